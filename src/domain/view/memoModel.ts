// What the printed memo shows: the executive summary's facts, then each schedule's
// rows and totals. Every money figure is a `Shown` (docs/figures-that-foot.md):
// rounded once per record, totals and differences worked from the shown figures.
// The print view only words and lays them out.
import { Dec } from '../money/decimal'
import { paymentShares } from '../figures/recordAmounts'
import type { Assessment } from '../figures/signals'
import type { Cost, FxRate, Loss, Party, Payment } from '../caseFile/schema'
import { caseTracker, type SignOff } from '../tracker'
import type { CaseView, OfferRow, PropertyRow } from './caseView'
import { shownFigures, shownMoney, shownMovements, shownOfferTotal, shownSum, type Shown, type ShownFigures } from './footing'
import { memoContributions, type MemoContributions } from './memoContributions'
import { paymentSchedule, type PaymentSchedule } from './schedule'

export { type MemoContributions, type MemoGroup, type MemoPayer } from './memoContributions'

/** The memo's day: figures and what is overdue are worked out for it. */
export interface MemoOptions {
  asOf: string
}

export interface MemoRecord<T> {
  record: T
  inBase: Shown
}

export interface MemoOfferRow {
  row: OfferRow
  /** The total as shown: the sum of its parts as shown. */
  total: Shown
  /** A seller offer's concession, or a buyer demand's step down, from the same side's previous move; null for a first move or a withdrawn one. */
  movement: Shown | null
}

/** Where the talks stand, for the first page. */
export type Standing =
  | { kind: 'agreed'; offer: OfferRow; total: Shown; ratio: Dec | null; paid: Shown; stillToPay: Shown }
  | { kind: 'open'; offer: OfferRow | null; offerTotal: Shown | null; demand: OfferRow | null; demandTotal: Shown | null; gap: Shown | null }
  | { kind: 'none' }

/** Who paid a payment: the party, and their share (the payment's currency) when several paid it. */
export interface MemoPaymentPayer {
  party: Party | null
  share: Dec | null
}

export interface MemoModel {
  asOf: string
  /** The matter as counsel presents it (the case's tracker block). */
  matter: { reference: string | null; stage: string | null; counselComment: string | null; privilegeLegend: string | null; signOff: SignOff }
  /** The seller's side as the memo names it. */
  sellers: string[]
  /** The buyer as the case title names it (the part before " v. "); empty when the title names no sides. */
  buyer: string
  figures: ShownFigures
  standing: Standing
  assessment: { offer: OfferRow; assessment: Assessment } | null
  /** The accepted offer part by part on the memo's day; null without one. */
  schedule: PaymentSchedule | null
  /** Every party, with its role or relation and its note (a detention date, a position). */
  parties: readonly Party[]
  losses: { rows: MemoRecord<Loss>[]; total: Shown }
  negotiation: MemoOfferRow[]
  contributions: MemoContributions | null
  properties: readonly PropertyRow[]
  payments: { rows: (MemoRecord<Payment> & { against: OfferRow | null; payers: MemoPaymentPayer[] })[]; total: Shown }
  costs: { rows: MemoRecord<Cost>[]; total: Shown }
  rates: readonly FxRate[]
}

export function memoModel(view: CaseView, options: MemoOptions): MemoModel {
  const { file, base } = view
  const tracker = caseTracker(file)
  const figures = shownFigures(view)
  const rows = <T>(list: readonly { record: T; inBase: Dec }[]): MemoRecord<T>[] => list.map((row) => ({ record: row.record, inBase: shownMoney(row.inBase, base) }))
  const losses = rows(view.losses)
  const costs = rows(view.costs)
  const movements = shownMovements(view)
  return {
    asOf: options.asOf,
    matter: {
      reference: tracker.reference ?? null,
      stage: tracker.stage ?? null,
      counselComment: tracker.counselComment ?? null,
      privilegeLegend: tracker.privilegeLegend ?? null,
      signOff: tracker.signOff ?? {},
    },
    sellers: file.parties.filter((party) => party.role === 'seller').map((party) => party.name),
    buyer: /\s+v\.?\s+/i.test(file.title) ? (file.title.split(/\s+v\.?\s+/i)[0] ?? '') : '',
    figures,
    standing: standingOf(view, figures),
    assessment: view.latestOffer && view.summary.assessment ? { offer: view.latestOffer, assessment: view.summary.assessment } : null,
    schedule: paymentSchedule(view, options.asOf),
    parties: file.parties,
    losses: { rows: losses, total: shownSum(losses.map((row) => row.inBase)) },
    negotiation: view.offers.map((row) => ({ row, total: shownOfferTotal(row, base), movement: movements.get(row.id) ?? null })),
    contributions: memoContributions(view),
    properties: view.propertyRows,
    payments: paymentRows(view),
    costs: { rows: costs, total: shownSum(costs.map((row) => row.inBase)) },
    rates: file.fx,
  }
}

function standingOf(view: CaseView, figures: ShownFigures): Standing {
  const accepted = view.acceptedOffer
  if (accepted && figures.acceptedOffer && figures.paidAgainstAccepted && figures.stillToPay)
    return { kind: 'agreed', offer: accepted, total: figures.acceptedOffer, ratio: accepted.summary.ratio, paid: figures.paidAgainstAccepted, stillToPay: figures.stillToPay }
  if (!view.latestOffer && !view.latestDemand) return { kind: 'none' }
  return { kind: 'open', offer: view.latestOffer, offerTotal: figures.latestOffer, demand: view.latestDemand, demandTotal: figures.latestDemand, gap: figures.gap }
}

function paymentRows(view: CaseView): MemoModel['payments'] {
  const rows = view.payments.map((row) => ({
    record: row.record,
    inBase: shownMoney(row.inBase, view.base),
    against: row.record.offerId ? view.offerById.get(row.record.offerId) ?? null : null,
    // Who paid: one payer, or several each with their share in the payment's currency.
    payers: paymentShares(row.record).map((share) => ({
      party: share.partyId ? view.parties.get(share.partyId) ?? null : null,
      share: row.record.payers ? new Dec(share.amount) : null,
    })),
  }))
  return { rows, total: shownSum(rows.map((row) => row.inBase)) }
}
