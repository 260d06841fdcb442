// Who still owes what, and when: the accepted offer part by part, with what has
// been paid against each part and what is outstanding on a given day.
//
// Payments linked to the accepted offer and received by the schedule's day are
// taken in date order (ties in file order). Each goes first to its payer's own parts, earliest due first; what a
// payment brings beyond its payer's parts, and a payment that names no payer
// (or a payer with no part), goes to the earliest open parts of anyone. What is
// left after every part is paid is a surplus. Matching works on the amounts as
// shown (base currency, rounded to its minor units), so every row and total of
// the schedule foots (docs/figures-that-foot.md).
import { Dec, ZERO } from '../decimal'
import { daysBetween } from '../dates'
import type { ComponentKind, Party, Payment } from '../schema'
import type { CaseView, OfferRow, PartRow } from './caseView'
import { SHOWN_ZERO, shownMoney, shownSum, type Shown } from './footing'

export type PartStatus = 'paid' | 'part-paid' | 'open'

export interface MatchedPayment {
  payment: Payment
  /** The part of the payment matched to this row. */
  amount: Shown
}

export interface ScheduleRow {
  /** The part's position in the accepted offer (file order); 0 for an accepted buyer demand. */
  index: number
  /** The part; null for an accepted buyer demand, which the seller's side owes as a whole. */
  part: PartRow | null
  payer: Party | null
  partyId: string | null
  kind: ComponentKind | null
  /** As written, in its own currency. */
  amount: Dec
  currency: string
  /** The due date: the part's own, or the offer's date when none was agreed (due on acceptance). */
  due: string
  /** Whether the due date was agreed for the part (false: due on acceptance). */
  dueAgreed: boolean
  inBase: Shown
  paid: Shown
  outstanding: Shown
  status: PartStatus
  /** Outstanding after its due date, on the schedule's day. */
  overdue: boolean
  /** Days past the due date on the schedule's day; 0 when not overdue. */
  daysOverdue: number
  /** The date of the payment that completed the part; null while something is outstanding. */
  settledOn: string | null
  matched: MatchedPayment[]
  note: string | null
}

/** What one payer still owes, with the earliest due date of their open parts. */
export interface Owing {
  payer: Party | null
  partyId: string | null
  outstanding: Shown
  due: string
  overdue: boolean
  rows: ScheduleRow[]
}

export interface PaymentSchedule {
  offer: OfferRow
  /** The day the schedule is worked out for (the memo's "as of" date, or today). */
  asOf: string
  /** Earliest due first; parts due the same day in the offer's order. */
  rows: ScheduleRow[]
  total: Shown
  paid: Shown
  outstanding: Shown
  overdue: Shown
  /** Paid beyond every part of the offer. */
  surplus: Shown
  /** Who still owes, earliest due first. */
  owing: Owing[]
}

interface Draft {
  row: Omit<ScheduleRow, 'paid' | 'outstanding' | 'status' | 'overdue' | 'daysOverdue'>
  open: Dec
}

/** The schedule of the accepted offer on `asOf` (YYYY-MM-DD); null without an accepted offer. */
export function paymentSchedule(view: CaseView, asOf: string): PaymentSchedule | null {
  const offer = view.acceptedOffer
  if (!offer) return null
  const base = view.base
  const drafts: Draft[] = obligations(offer, base).sort((a, b) => (a.row.due < b.row.due ? -1 : a.row.due > b.row.due ? 1 : a.row.index - b.row.index))
  const payments = view.payments
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.record.offerId === offer.id && row.record.date <= asOf)
    .sort((a, b) => (a.row.record.date < b.row.record.date ? -1 : a.row.record.date > b.row.record.date ? 1 : a.order - b.order))

  const surplus: Shown[] = []
  for (const { row } of payments) {
    const payment = row.record
    const whole = shownMoney(row.inBase, base)
    let left = whole.shown
    let leftExact = whole.exact
    const take = (draft: Draft) => {
      const amount = Dec.min(left, draft.open)
      if (amount.lte(0)) return
      left = left.minus(amount)
      draft.open = draft.open.minus(amount)
      // The last piece of a payment carries what is left of its exact value.
      const exact = left.isZero() ? leftExact : amount
      leftExact = leftExact.minus(exact)
      draft.row.matched.push({ payment, amount: { shown: amount, exact } })
      if (draft.open.isZero()) draft.row.settledOn = payment.date
    }
    for (const draft of drafts) if (payment.partyId !== undefined && draft.row.partyId === payment.partyId) take(draft)
    for (const draft of drafts) take(draft)
    if (left.gt(0)) surplus.push({ shown: left, exact: leftExact })
  }

  const rows = drafts.map(({ row }): ScheduleRow => {
    const paid = shownSum(row.matched.map((match) => match.amount))
    const outstanding = { shown: row.inBase.shown.minus(paid.shown), exact: row.inBase.exact.minus(paid.exact) }
    const open = outstanding.shown.gt(0)
    const overdue = open && row.due < asOf
    return {
      ...row,
      paid,
      outstanding,
      status: !open ? 'paid' : paid.shown.gt(0) ? 'part-paid' : 'open',
      overdue,
      daysOverdue: overdue ? daysBetween(row.due, asOf) : 0,
    }
  })
  return {
    offer,
    asOf,
    rows,
    total: shownSum(rows.map((row) => row.inBase)),
    paid: shownSum(rows.map((row) => row.paid)),
    outstanding: shownSum(rows.map((row) => row.outstanding)),
    overdue: shownSum(rows.filter((row) => row.overdue).map((row) => row.outstanding)),
    surplus: surplus.length ? shownSum(surplus) : SHOWN_ZERO,
    owing: owingByPayer(rows),
  }
}

function obligations(offer: OfferRow, base: string): Draft[] {
  const draft = (row: Draft['row']): Draft => ({ row, open: row.inBase.shown })
  if (offer.from === 'buyer' || !offer.parts.length) {
    const demand = offer.demand
    return [
      draft({
        index: 0,
        part: null,
        payer: null,
        partyId: null,
        kind: null,
        amount: demand?.amount ?? offer.summary.total,
        currency: demand?.currency ?? base,
        due: offer.summary.date,
        dueAgreed: false,
        inBase: shownMoney(offer.summary.total, base),
        settledOn: null,
        matched: [],
        note: null,
      }),
    ]
  }
  return offer.parts.map((part, index) =>
    draft({
      index,
      part,
      payer: part.payer,
      partyId: part.partyId,
      kind: part.kind,
      amount: part.amount,
      currency: part.currency,
      due: part.dueDate ?? offer.summary.date,
      dueAgreed: part.dueDate !== undefined,
      inBase: shownMoney(part.inBase, base),
      settledOn: null,
      matched: [],
      note: part.note ?? null,
    }),
  )
}

function owingByPayer(rows: readonly ScheduleRow[]): Owing[] {
  const byPayer = new Map<string, Owing>()
  for (const row of rows) {
    if (!row.outstanding.shown.gt(0)) continue
    const key = row.partyId ?? ''
    const found = byPayer.get(key)
    if (found) {
      found.rows.push(row)
      found.outstanding = shownSum([found.outstanding, row.outstanding])
      found.overdue ||= row.overdue
    } else byPayer.set(key, { payer: row.payer, partyId: row.partyId, outstanding: row.outstanding, due: row.due, overdue: row.overdue, rows: [row] })
  }
  // Rows come earliest due first, so each payer's first row holds their earliest date.
  return [...byPayer.values()]
}

/** The outstanding amount is zero when nothing is owed: a convenience for screens. */
export function nothingOwed(schedule: PaymentSchedule | null): boolean {
  return !schedule || schedule.outstanding.shown.lte(ZERO)
}
