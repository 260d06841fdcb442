// The figures of a case (case-format.md, section 2): what summarizeCase returns.
import type { Dec } from '../money/decimal'
import type { Assessment } from './signals'
import type { ComponentKind, Offer, OfferStatus } from '../caseFile/schema'

export type ByKind = Record<ComponentKind, Dec>

/** The figures of one offer or demand (case-format.md, section 2). A plain object. */
export interface OfferSummary {
  readonly id: string
  readonly from: 'seller' | 'buyer'
  readonly status: OfferStatus
  readonly date: string
  readonly total: Dec
  readonly bySeller: Dec
  readonly byFamily: Dec
  readonly byAssociates: Dec
  readonly byKind: ByKind
  /** Change from the previous offer of the series; null for the first, buyer demands and withdrawn offers. */
  readonly concession: Dec | null
  /** `total / lossTotal`; null when there is no loss. Worked out on first read. */
  readonly ratio: Dec | null
  /** Seller offers only (absent for a buyer demand). Worked out on first read. */
  readonly assessment?: Assessment
  /** Each component of a seller offer in base currency, in file order; empty for a buyer demand. */
  readonly componentAmounts: readonly Dec[]
  /** The offer as recorded. */
  readonly offer: Offer
}

export type Figures = Pick<OfferSummary, 'total' | 'bySeller' | 'byFamily' | 'byAssociates' | 'byKind' | 'componentAmounts'>

export interface PropertySummary {
  id: string
  netEquity: Dec
  pledgedInLatest: Dec
  overPledged: boolean
}

export interface CaseSummary {
  lossTotal: Dec
  costTotal: Dec
  receivedTotal: Dec
  outstanding: Dec
  recoveredRatio: Dec | null
  netRecovered: Dec
  netRecoveredRatio: Dec | null
  latestOffer: OfferSummary | null
  bestOffer: OfferSummary | null
  firstOffer: OfferSummary | null
  acceptedOffer: OfferSummary | null
  paidAgainstAccepted: Dec | null
  latestDemand: OfferSummary | null
  gap: Dec | null
  midpoint: Dec | null
  lift: Dec | null
  assessment: Assessment | null
  /** Every offer and demand in negotiation order. */
  offers: OfferSummary[]
  /** The seller offers that count: negotiation order, not withdrawn. */
  series: OfferSummary[]
  properties: PropertySummary[]
}
