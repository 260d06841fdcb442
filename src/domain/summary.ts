// Every figure of a case (case-format.md, section 2), exact and unrounded.
import { Dec, ZERO, max } from './decimal'
import { assessOffer, type Assessment } from './assessment'
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

/**
 * The figures of one offer or demand. `ratio` and `assessment` are worked out
 * when first read and then kept: a screen showing 50 of 5,000 offers should not
 * pay for the other 4,950 on every keystroke.
 */
export class OfferSummary {
  readonly id: string
  readonly from: 'seller' | 'buyer'
  readonly status: OfferStatus
  readonly date: string
  readonly total: Dec
  readonly bySeller: Dec
  readonly byFamily: Dec
  readonly byAssociates: Dec
  readonly byKind: ByKind
  /** Each component of a seller offer in base currency, in file order; empty for a buyer demand. */
  readonly componentAmounts: Dec[]
  /** Change from the previous offer of the series; null for the first, buyer demands and withdrawn offers. */
  concession: Dec | null = null
  /** The offer as recorded. */
  readonly offer: Offer
  /** `total / lossTotal`; null when there is no loss. Worked out on first read. */
  declare readonly ratio: Dec | null
  /** Seller offers only (undefined for a buyer demand). Worked out on first read. */
  declare readonly assessment: Assessment | undefined
  /** Set once by summarizeCase, when the offer's place in the series is known. */
  declare readonly assessWith: (assess: () => Assessment) => void

  constructor(
    offer: Offer,
    figures: { total: Dec; bySeller: Dec; byFamily: Dec; byAssociates: Dec; byKind: ByKind; componentAmounts: Dec[] },
    lossTotal: Dec,
  ) {
    this.id = offer.id
    this.from = offer.from
    this.status = offer.status
    this.date = offer.date
    this.offer = offer
    this.total = figures.total
    this.bySeller = figures.bySeller
    this.byFamily = figures.byFamily
    this.byAssociates = figures.byAssociates
    this.byKind = figures.byKind
    this.componentAmounts = figures.componentAmounts
    // Own, enumerable properties (a spread or JSON.stringify sees them), computed once when read.
    let ratio: Dec | null | undefined
    let assess: (() => Assessment) | null = null
    let assessment: Assessment | undefined
    Object.defineProperties(this, {
      ratio: {
        enumerable: true,
        get: () => (ratio === undefined ? (ratio = lossTotal.isZero() ? null : this.total.div(lossTotal)) : ratio),
      },
      assessment: {
        enumerable: true,
        get: () => {
          if (assessment === undefined && assess) {
            assessment = assess()
            assess = null
          }
          return assessment
        },
      },
      assessWith: { enumerable: false, value: (next: () => Assessment) => void (assess = next) },
    })
  }
}

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

/** Converts amounts of the case's currencies to its base currency, each on its own. */
export class Converter {
  private readonly rates = new Map<string, Dec>()

  constructor(
    readonly base: string,
    fx: CaseFile['fx'],
  ) {
    for (const rate of fx) this.rates.set(rate.currency, new Dec(rate.perBase))
  }

  toBase(amount: string, currency: string): Dec {
    const value = new Dec(amount)
    if (currency === this.base) return value
    const rate = this.rates.get(currency)
    if (!rate) throw new Error(`No exchange rate for ${currency}`)
    return value.div(rate)
  }
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
  const sumOf = (items: readonly { amount: string; currency: string }[]) => {
    let total = ZERO
    for (const item of items) total = total.plus(convert.toBase(item.amount, item.currency))
    return total
  }

  const lossTotal = sumOf(file.losses)
  const costTotal = sumOf(file.costs)
  const receivedTotal = sumOf(file.payments)
  const netRecovered = receivedTotal.minus(costTotal)

  const parties = new Map<string, Party>(file.parties.map((party) => [party.id, party]))
  const properties = new Map<string, Property>(file.properties.map((property) => [property.id, property]))

  const offers: OfferSummary[] = []
  const series: OfferSummary[] = []
  for (const offer of negotiationOrder(file.offers)) {
    const figures = offer.from === 'seller' ? sellerOfferFigures(offer, convert, parties) : buyerDemandFigures(offer, convert)
    const summary = new OfferSummary(offer, figures, lossTotal)
    offers.push(summary)
    if (offer.from !== 'seller' || offer.status === 'withdrawn') continue
    const previous = series[series.length - 1]
    summary.concession = previous ? summary.total.minus(previous.total) : null
    series.push(summary)
  }

  const settings = {
    concessionShrinkFactor: new Dec(file.settings.concessionShrinkFactor),
    thirdPartyMajority: new Dec(file.settings.thirdPartyMajority),
  }
  let seriesIndex = 0
  for (const summary of offers) {
    if (summary.from !== 'seller') continue
    const inSeries = series[seriesIndex] === summary
    const previousConcession = inSeries && seriesIndex >= 2 ? series[seriesIndex - 1]?.concession ?? null : null
    summary.assessWith(() =>
      assessOffer({
        offer: summary.offer as SellerOffer,
        figures: summary,
        previousConcession,
        parties,
        properties,
        settings,
        baseCurrency: file.baseCurrency,
      }),
    )
    if (inSeries) seriesIndex++
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
    ? sumOf(file.payments.filter((payment) => payment.offerId === acceptedOffer.id))
    : null

  const propertySummaries = file.properties.map((property): PropertySummary => {
    const quickSale = convert.toBase(property.marketValue, property.currency).times(file.settings.quickSaleFactor)
    const netEquity = max(ZERO, quickSale.minus(convert.toBase(property.encumbrances, property.currency)))
    let pledgedInLatest = ZERO
    if (latestOffer?.offer.from === 'seller')
      for (const component of latestOffer.offer.components)
        if (component.propertyId === property.id)
          pledgedInLatest = pledgedInLatest.plus(convert.toBase(component.amount, component.currency))
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

type Figures = ConstructorParameters<typeof OfferSummary>[1]

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
