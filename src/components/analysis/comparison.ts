// Seller offers side by side: a small pure helper over the engine's offer
// summaries. It only regroups amounts the engine already converted
// (componentAmounts); every total, ratio, concession and signal is the engine's.
import {
  ZERO,
  COMPONENT_KINDS,
  PROPERTY_KINDS,
  type CaseFile,
  type CaseSummary,
  type ComponentKind,
  type Dec,
  type OfferComponent,
  type OfferSummary,
  type Party,
  type PartyGroup,
  GROUP_ORDER,
  partyGroup,
  payersOf,
  propertyLabel,
} from '@/domain'


/** When the money arrives: cash now, a promise for later, or money a property stands behind. */
export type Timing = 'now' | 'later' | 'property'
export const TIMINGS: readonly Timing[] = ['now', 'later', 'property']

/**
 * Cash is money now unless it is due after the day of the offer; a mortgage or a
 * property sale is backed by property; installments and other parts are promises.
 */
export function timingOf(component: OfferComponent, offerDate: string): Timing {
  if (PROPERTY_KINDS.includes(component.kind)) return 'property'
  if (component.kind === 'cash' && (!component.dueDate || component.dueDate <= offerDate)) return 'now'
  return 'later'
}

export interface PledgeInOffer {
  propertyId: string
  pledged: Dec
  /** What is pledged beyond the property's quick-sale net equity; null when within it. */
  overPledge: Dec | null
}

export interface ComparedOffer {
  summary: OfferSummary
  /** The offer of the series before this one, whose total the concession is measured from. */
  previousId: string | null
  byParty: Map<string, Dec>
  byTiming: Record<Timing, Dec>
  pledges: Map<string, PledgeInOffer>
}

export interface ComparedProperty {
  id: string
  description: string
  ownerName: string
  netEquity: Dec
}

export interface Comparison {
  offers: ComparedOffer[]
  /** Every party paying in any compared offer: the seller's side, immediate family, extended family, associates. */
  parties: { party: Party; group: PartyGroup }[]
  /** The kinds used in any compared offer, in the format's order. */
  kinds: ComponentKind[]
  /** The properties pledged in any compared offer. */
  properties: ComparedProperty[]
}

/** The chosen seller offers in negotiation order, with their parts regrouped for a side-by-side table. */
export function compareOffers(file: CaseFile, summary: CaseSummary, ids: readonly string[]): Comparison {
  const chosen = new Set(ids)
  const netEquity = new Map(summary.properties.map((p) => [p.id, p.netEquity]))
  const partiesById = new Map(file.parties.map((party) => [party.id, party]))
  const offers: ComparedOffer[] = []
  const paying = new Set<string>()
  const pledgedProperties = new Set<string>()

  for (const offerSummary of summary.offers) {
    const offer = offerSummary.offer
    if (!chosen.has(offerSummary.id) || offer.from !== 'seller') continue
    const byParty = new Map(payersOf(offerSummary, partiesById).map((payer) => [payer.party.id, payer.amount]))
    for (const partyId of byParty.keys()) paying.add(partyId)
    const byTiming: Record<Timing, Dec> = { now: ZERO, later: ZERO, property: ZERO }
    const pledged = new Map<string, Dec>()
    offer.components.forEach((component, index) => {
      const amount = offerSummary.componentAmounts[index] ?? ZERO
      const timing = timingOf(component, offer.date)
      byTiming[timing] = byTiming[timing].plus(amount)
      if (component.propertyId) {
        pledged.set(component.propertyId, (pledged.get(component.propertyId) ?? ZERO).plus(amount))
        pledgedProperties.add(component.propertyId)
      }
    })
    const pledges = new Map<string, PledgeInOffer>()
    for (const [propertyId, amount] of pledged) {
      const equity = netEquity.get(propertyId) ?? ZERO
      pledges.set(propertyId, { propertyId, pledged: amount, overPledge: amount.greaterThan(equity) ? amount.minus(equity) : null })
    }
    const inSeries = summary.series.indexOf(offerSummary)
    offers.push({
      summary: offerSummary,
      previousId: inSeries > 0 ? summary.series[inSeries - 1]?.id ?? null : null,
      byParty,
      byTiming,
      pledges,
    })
  }

  const parties = GROUP_ORDER.flatMap((group) =>
    file.parties.filter((party) => paying.has(party.id) && partyGroup(party) === group).map((party) => ({ party, group })),
  )
  const kinds = COMPONENT_KINDS.filter((kind) => offers.some((o) => !o.summary.byKind[kind].isZero()))
  const properties = file.properties
    .filter((property) => pledgedProperties.has(property.id))
    .map((property) => ({
      id: property.id,
      description: propertyLabel(property),
      ownerName: file.parties.find((party) => party.id === property.ownerId)?.name ?? property.ownerId,
      netEquity: netEquity.get(property.id) ?? ZERO,
    }))
  return { offers, parties, kinds, properties }
}

/** The offers a comparison starts with: the last two of the series (or every seller offer when fewer). */
export function defaultComparison(summary: CaseSummary): string[] {
  const pool = summary.series.length >= 2 ? summary.series : summary.offers.filter((o) => o.from === 'seller')
  return pool.slice(-2).map((o) => o.id)
}
