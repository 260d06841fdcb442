// The figures of each offer on its own, and of each property: the parts of a case
// summary (summary.ts) that need nothing but the record, the rates and the parties.
import { Dec, ZERO, max } from '../money/decimal'
import type { Converter } from './convert'
import { demandParts } from './recordAmounts'
import type { Offer, Party, Property, SellerOffer } from '../caseFile/schema'
import type { ByKind, Figures, OfferSummary, PropertySummary } from './summaryTypes'

function zeroByKind(): ByKind {
  return { cash: ZERO, installments: ZERO, mortgage: ZERO, 'property-sale': ZERO, other: ZERO }
}

export function propertySummaries(properties: readonly Property[], latestOffer: OfferSummary | null, convert: Converter, quickSaleFactor: string): PropertySummary[] {
  return properties.map((property): PropertySummary => {
    const quickSale = convert.toBase(property.marketValue, property.currency).times(quickSaleFactor)
    const netEquity = max(ZERO, quickSale.minus(convert.toBase(property.encumbrances, property.currency)))
    let pledgedInLatest = ZERO
    if (latestOffer?.offer.from === 'seller')
      latestOffer.offer.components.forEach((component, index) => {
        if (component.propertyId === property.id) pledgedInLatest = pledgedInLatest.plus(latestOffer.componentAmounts[index] ?? ZERO)
      })
    return { id: property.id, netEquity, pledgedInLatest, overPledged: pledgedInLatest.greaterThan(netEquity) }
  })
}

export function sellerOfferFigures(offer: SellerOffer, convert: Converter, parties: Map<string, Party>): Figures {
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

export function buyerDemandFigures(offer: Extract<Offer, { from: 'buyer' }>, convert: Converter): Figures {
  return {
    total: convert.sumToBase(demandParts(offer)),
    bySeller: ZERO,
    byFamily: ZERO,
    byAssociates: ZERO,
    byKind: zeroByKind(),
    componentAmounts: [],
  }
}
