// Who still owes what, and when: the accepted offer part by part, with what has
// been paid against each part and what is outstanding on a given day.
//
// Payments linked to the accepted offer and received by the schedule's day are
// taken in date order (ties in file order). Each goes first to its payer's own parts, earliest due first
// (a payment from several payers: each payer's share to that payer's parts); what a
// payment brings beyond its payers' parts, and a payment that names no payer
// (or a payer with no part), goes to the earliest open parts of anyone. What is
// left after every part is paid is a surplus. Matching works on the amounts as
// shown (base currency, rounded to its minor units), so every row and total of
// the schedule foots (docs/figures-that-foot.md).
import { Dec, ZERO } from '../money/decimal'
import { daysBetween } from '../support/dates'
import type { ComponentKind, Party, Payment } from '../caseFile/schema'
import { Converter } from '../figures/convert'
import { paymentShares } from '../figures/recordAmounts'
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

/** What is still to be matched of one payer's share of a payment (base currency, as shown and exact). */
interface Piece {
  partyId: string | null
  left: Dec
  leftExact: Dec
}

/**
 * A payment split by payer: each share converted on its own and shown rounded, the last share
 * taking what is left of the payment's shown amount, so the pieces foot to the payment as shown.
 */
function payerPieces(payment: Payment, whole: Shown, convert: Converter, base: string): Piece[] {
  const shares = paymentShares(payment)
  let shownLeft = whole.shown
  let exactLeft = whole.exact
  return shares.map((share, index) => {
    const last = index === shares.length - 1
    const exact = last ? exactLeft : convert.toBase(share.amount, payment.currency)
    const shown = last ? shownLeft : Dec.min(shownLeft, shownMoney(exact, base).shown)
    shownLeft = shownLeft.minus(shown)
    exactLeft = exactLeft.minus(exact)
    return { partyId: share.partyId, left: shown, leftExact: exact }
  })
}

/** Matches as much of a piece as the part still lacks; the piece's last bit carries what is left of its exact value. */
function take(payment: Payment, piece: Piece, draft: Draft): void {
  const amount = Dec.min(piece.left, draft.open)
  if (amount.lte(0)) return
  piece.left = piece.left.minus(amount)
  draft.open = draft.open.minus(amount)
  const exact = piece.left.isZero() ? piece.leftExact : amount
  piece.leftExact = piece.leftExact.minus(exact)
  const matched = draft.row.matched
  const same = matched[matched.length - 1]
  if (same && same.payment === payment) same.amount = { shown: same.amount.shown.plus(amount), exact: same.amount.exact.plus(exact) }
  else matched.push({ payment, amount: { shown: amount, exact } })
  if (draft.open.isZero()) draft.row.settledOn = payment.date
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
  const convert = new Converter(base, view.file.fx)
  for (const { row } of payments) {
    const payment = row.record
    // Each payer's share goes first to that payer's own parts; what is left of every share, then to anyone's.
    const pieces = payerPieces(payment, shownMoney(row.inBase, base), convert, base)
    for (const piece of pieces) for (const draft of drafts) if (piece.partyId !== null && draft.row.partyId === piece.partyId) take(payment, piece, draft)
    for (const piece of pieces) for (const draft of drafts) take(payment, piece, draft)
    for (const piece of pieces) if (piece.left.gt(0)) surplus.push({ shown: piece.left, exact: piece.leftExact })
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
    // A demand stated in one currency owes that amount; one in several currencies, its total in base.
    const demand = offer.demand?.length === 1 ? offer.demand[0] : undefined
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
