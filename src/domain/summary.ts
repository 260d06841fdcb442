// Every figure of a case (case-format.md, section 2), exact and unrounded.
import { Dec, ZERO, max } from './decimal'
import { assessOffer } from './assessment'
import { Converter } from './convert'
import { lazy } from './lazy'
import type { Assessment } from './signals'
import {
  type CaseFile,
  type ComponentKind,
  type Offer,
  type OfferStatus,
  type Party,
  type Property,
  type SellerOffer,
} from './schema'

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

type Figures = Pick<OfferSummary, 'total' | 'bySeller' | 'byFamily' | 'byAssociates' | 'byKind' | 'componentAmounts'>

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

function zeroByKind(): ByKind {
  return { cash: ZERO, installments: ZERO, mortgage: ZERO, 'property-sale': ZERO, other: ZERO }
}

function ratioOf(value: Dec, lossTotal: Dec): Dec | null {
  return lossTotal.isZero() ? null : value.div(lossTotal)
}

/** Offers sorted by date; Array.prototype.sort is stable, so same-day offers keep file order. */
export function negotiationOrder<T extends { date: string }>(offers: readonly T[]): T[] {
  return [...offers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export function summarizeCase(file: CaseFile): CaseSummary {
  const convert = new Converter(file.baseCurrency, file.fx)
  const lossTotal = convert.sumToBase(file.losses)
  const costTotal = convert.sumToBase(file.costs)
  const receivedTotal = convert.sumToBase(file.payments)
  const netRecovered = receivedTotal.minus(costTotal)

  const parties = new Map<string, Party>(file.parties.map((party) => [party.id, party]))
  const properties = new Map<string, Property>(file.properties.map((property) => [property.id, property]))

  // First pass: each offer's figures, the series and its concessions.
  const offers: OfferSummary[] = []
  const series: OfferSummary[] = []
  for (const offer of negotiationOrder(file.offers)) {
    const figures = offer.from === 'seller' ? sellerOfferFigures(offer, convert, parties) : buyerDemandFigures(offer, convert)
    const inSeries = offer.from === 'seller' && offer.status !== 'withdrawn'
    const previous = inSeries ? series[series.length - 1] : undefined
    const summary = lazy(
      {
        id: offer.id,
        from: offer.from,
        status: offer.status,
        date: offer.date,
        ...figures,
        concession: previous ? figures.total.minus(previous.total) : null,
        offer,
      },
      'ratio',
      () => ratioOf(figures.total, lossTotal),
    ) as OfferSummary
    offers.push(summary)
    if (inSeries) series.push(summary)
  }

  // Second pass: each seller offer's assessment, which needs the concession before it in the series.
  const settings = {
    concessionShrinkFactor: new Dec(file.settings.concessionShrinkFactor),
    thirdPartyMajority: new Dec(file.settings.thirdPartyMajority),
  }
  const placeInSeries = new Map(series.map((summary, index) => [summary, index]))
  for (const summary of offers) {
    if (summary.offer.from !== 'seller') continue
    const index = placeInSeries.get(summary)
    const previousConcession = index !== undefined && index >= 2 ? series[index - 1]?.concession ?? null : null
    const offer = summary.offer
    lazy(summary, 'assessment', () =>
      assessOffer({ offer, figures: summary, previousConcession, parties, properties, settings, baseCurrency: file.baseCurrency }),
    )
  }

  const firstOffer = series[0] ?? null
  const latestOffer = series[series.length - 1] ?? null
  let bestOffer: OfferSummary | null = null
  for (const summary of series) if (!bestOffer || summary.total.greaterThan(bestOffer.total)) bestOffer = summary

  let acceptedOffer: OfferSummary | null = null
  let latestDemand: OfferSummary | null = null
  for (const summary of offers) {
    if (summary.status === 'accepted') acceptedOffer = summary
    if (summary.from === 'buyer' && summary.status !== 'withdrawn') latestDemand = summary
  }
  const paidAgainstAccepted = acceptedOffer
    ? convert.sumToBase(file.payments.filter((payment) => payment.offerId === acceptedOffer.id))
    : null

  const propertySummaries = file.properties.map((property): PropertySummary => {
    const quickSale = convert.toBase(property.marketValue, property.currency).times(file.settings.quickSaleFactor)
    const netEquity = max(ZERO, quickSale.minus(convert.toBase(property.encumbrances, property.currency)))
    let pledgedInLatest = ZERO
    if (latestOffer?.offer.from === 'seller')
      latestOffer.offer.components.forEach((component, index) => {
        if (component.propertyId === property.id) pledgedInLatest = pledgedInLatest.plus(latestOffer.componentAmounts[index] ?? ZERO)
      })
    return { id: property.id, netEquity, pledgedInLatest, overPledged: pledgedInLatest.greaterThan(netEquity) }
  })

  return {
    lossTotal,
    costTotal,
    receivedTotal,
    outstanding: max(ZERO, lossTotal.minus(receivedTotal)),
    recoveredRatio: ratioOf(receivedTotal, lossTotal),
    netRecovered,
    netRecoveredRatio: ratioOf(netRecovered, lossTotal),
    latestOffer,
    bestOffer,
    firstOffer,
    acceptedOffer,
    paidAgainstAccepted,
    latestDemand,
    gap: latestDemand && latestOffer ? latestDemand.total.minus(latestOffer.total) : null,
    midpoint: latestDemand && latestOffer ? latestDemand.total.plus(latestOffer.total).div(2) : null,
    lift: firstOffer && latestOffer && series.length >= 2 ? latestOffer.total.minus(firstOffer.total).div(firstOffer.total) : null,
    assessment: latestOffer?.assessment ?? null,
    offers,
    series,
    properties: propertySummaries,
  }
}

function sellerOfferFigures(offer: SellerOffer, convert: Converter, parties: Map<string, Party>): Figures {
  let total = ZERO
  let bySeller = ZERO
  let byFamily = ZERO
  let byAssociates = ZERO
  const byKind = zeroByKind()
  const componentAmounts: Dec[] = []
  for (const component of offer.components) {
    const amount = convert.toBase(component.amount, component.currency)
    componentAmounts.push(amount)
    total = total.plus(amount)
    byKind[component.kind] = byKind[component.kind].plus(amount)
    const role = parties.get(component.partyId)?.role
    if (role === 'seller') bySeller = bySeller.plus(amount)
    else if (role === 'family') byFamily = byFamily.plus(amount)
    else if (role === 'associate') byAssociates = byAssociates.plus(amount)
  }
  return { total, bySeller, byFamily, byAssociates, byKind, componentAmounts }
}

function buyerDemandFigures(offer: Extract<Offer, { from: 'buyer' }>, convert: Converter): Figures {
  return {
    total: convert.toBase(offer.amount, offer.currency),
    bySeller: ZERO,
    byFamily: ZERO,
    byAssociates: ZERO,
    byKind: zeroByKind(),
    componentAmounts: [],
  }
}
