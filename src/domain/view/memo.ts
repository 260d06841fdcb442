// What the printed memo shows, section by section: the figures and rows of
// each; the print view only words and lays them out.
import { Dec, ZERO, max } from '../decimal'
import type { FxRate, Loss, Payment } from '../schema'
import type { CaseView, OfferRow, PropertyRow, RecordRow } from './caseView'
import type { PayerGroup } from './payers'

/** The figures of the recovery table, by name; `also` is a share of the loss shown beside an amount. */
export type MemoFigure =
  | { name: 'lossTotal' | 'receivedTotal' | 'outstanding' | 'costTotal' | 'netRecovered'; money: Dec | null }
  /** Once an offer is accepted the gap and midpoint are closed, at the accepted total (`closedAt`). */
  | { name: 'gap' | 'midpoint'; money: Dec | null; closedAt: Dec | null }
  | { name: 'recoveredRatio' | 'netRecoveredRatio' | 'lift'; ratio: Dec | null }
  | { name: 'latestOffer' | 'bestOffer' | 'latestDemand'; money: Dec | null; also: Dec | null }

export interface MemoModel {
  /** The seller's side as the memo names it. */
  sellers: string[]
  /** The buyer as the case title names it (the part before " v. "), unless given. */
  buyer: string
  rates: readonly FxRate[]
  recovery: MemoFigure[]
  losses: { rows: readonly RecordRow<Loss>[]; total: Dec }
  negotiation: readonly OfferRow[]
  contributions: { offer: OfferRow; groups: readonly PayerGroup[] } | null
  properties: readonly PropertyRow[]
  payments: { accepted: OfferRow; payments: Payment[]; paid: Dec; remaining: Dec } | null
}

export function memoModel(view: CaseView): MemoModel {
  const { summary, file } = view
  const accepted = view.acceptedOffer
  const paid = summary.paidAgainstAccepted ?? ZERO
  return {
    sellers: file.parties.filter((party) => party.role === 'seller').map((party) => party.name),
    buyer: file.title.split(/\s+v\.?\s+/i)[0] ?? '',
    rates: file.fx,
    recovery: [
      { name: 'lossTotal', money: summary.lossTotal },
      { name: 'receivedTotal', money: summary.receivedTotal },
      { name: 'outstanding', money: summary.outstanding },
      { name: 'recoveredRatio', ratio: summary.recoveredRatio },
      { name: 'costTotal', money: summary.costTotal },
      { name: 'netRecovered', money: summary.netRecovered },
      { name: 'netRecoveredRatio', ratio: summary.netRecoveredRatio },
      { name: 'latestOffer', money: summary.latestOffer?.total ?? null, also: summary.latestOffer?.ratio ?? null },
      { name: 'bestOffer', money: summary.bestOffer?.total ?? null, also: summary.bestOffer?.ratio ?? null },
      { name: 'latestDemand', money: summary.latestDemand?.total ?? null, also: summary.latestDemand?.ratio ?? null },
      { name: 'gap', money: summary.gap, closedAt: accepted?.summary.total ?? null },
      { name: 'midpoint', money: summary.midpoint, closedAt: accepted?.summary.total ?? null },
      { name: 'lift', ratio: summary.lift },
    ],
    losses: { rows: view.losses, total: summary.lossTotal },
    negotiation: view.offers,
    contributions: view.latestOffer ? { offer: view.latestOffer, groups: view.latestPayerGroups } : null,
    properties: view.propertyRows,
    payments: accepted
      ? {
          accepted,
          payments: file.payments.filter((payment) => payment.offerId === accepted.id),
          paid,
          remaining: max(ZERO, accepted.summary.total.minus(paid)),
        }
      : null,
  }
}
