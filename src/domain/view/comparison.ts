// Seller offers side by side: each offer's money by who pays, by kind and by
// when it arrives, and what it asks of each property.
import { Dec, ZERO } from '../money/decimal'
import { inGroupOrder, partyGroup, type PartyGroup } from '../figures/partyGroups'
import { COMPONENT_KINDS, PROPERTY_KINDS, type ComponentKind, type OfferComponent, type Party, type Property } from '../caseFile/schema'
import type { CaseView, OfferRow } from './caseView'
import { payersOf } from './payers'

/** When the money arrives: cash now, a promise for later, or money that depends on a property (a mortgage loan or a sale). */
export type Timing = 'now' | 'later' | 'property'
export const TIMINGS: readonly Timing[] = ['now', 'later', 'property']

/**
 * Cash is money now unless it is due after the day of the offer; a mortgage or a
 * property sale depends on a property; installments and other parts are promises.
 */
export function timingOf(component: Pick<OfferComponent, 'kind' | 'dueDate'>, offerDate: string): Timing {
  if (PROPERTY_KINDS.includes(component.kind)) return 'property'
  if (component.kind === 'cash' && (!component.dueDate || component.dueDate <= offerDate)) return 'now'
  return 'later'
}

export interface PropertyInOffer {
  propertyId: string
  amount: Dec
  /** What the offer asks beyond the property's quick-sale net equity; null when within it. */
  beyondEquity: Dec | null
}

export interface ComparedOffer {
  row: OfferRow
  /** The offer of the series before this one, whose total the concession is measured from. */
  previous: OfferRow | null
  byParty: ReadonlyMap<string, Dec>
  byTiming: Record<Timing, Dec>
  properties: ReadonlyMap<string, PropertyInOffer>
}

export interface ComparedProperty {
  property: Property
  owner: Party | null
  netEquity: Dec
}

export interface Comparison {
  offers: ComparedOffer[]
  /** Every party paying in any compared offer: the seller's side, immediate family, extended family, associates. */
  parties: { party: Party; group: PartyGroup }[]
  /** The kinds used in any compared offer, in the format's order. */
  kinds: ComponentKind[]
  /** The properties any compared offer relies on. */
  properties: ComparedProperty[]
  /** The second offer's figures minus the first's, when exactly two are compared. */
  change: ((pick: (offer: ComparedOffer) => Dec | null | undefined) => Dec | null) | null
}

/** The chosen seller offers in negotiation order, with their parts regrouped for a side-by-side table. */
export function compareOffers(view: CaseView, ids: readonly string[]): Comparison {
  const { summary } = view
  const chosen = new Set(ids)
  const netEquity = new Map(summary.properties.map((p) => [p.id, p.netEquity]))
  const offers: ComparedOffer[] = []
  const paying = new Set<string>()
  const relied = new Set<string>()
  const seriesIndex = new Map(summary.series.map((offer, index) => [offer.id, index]))

  for (const row of view.offers) {
    const offer = row.offer
    if (!chosen.has(row.id) || offer.from !== 'seller') continue
    const byParty = new Map(payersOf(row.summary, view.parties).map((payer) => [payer.party.id, payer.amount]))
    for (const partyId of byParty.keys()) paying.add(partyId)
    const byTiming: Record<Timing, Dec> = { now: ZERO, later: ZERO, property: ZERO }
    const onProperty = new Map<string, Dec>()
    offer.components.forEach((component, index) => {
      const amount = row.summary.componentAmounts[index] ?? ZERO
      const timing = timingOf(component, offer.date)
      byTiming[timing] = byTiming[timing].plus(amount)
      if (component.propertyId) {
        onProperty.set(component.propertyId, (onProperty.get(component.propertyId) ?? ZERO).plus(amount))
        relied.add(component.propertyId)
      }
    })
    const properties = new Map<string, PropertyInOffer>()
    for (const [propertyId, amount] of onProperty) {
      const equity = netEquity.get(propertyId) ?? ZERO
      properties.set(propertyId, { propertyId, amount, beyondEquity: amount.greaterThan(equity) ? amount.minus(equity) : null })
    }
    const index = seriesIndex.get(row.id)
    const previousId = index !== undefined && index > 0 ? summary.series[index - 1]?.id : undefined
    offers.push({ row, previous: previousId ? view.offerById.get(previousId) ?? null : null, byParty, byTiming, properties })
  }

  const parties = inGroupOrder(
    view.file.parties.filter((party) => paying.has(party.id)).map((party) => ({ party, group: partyGroup(party) })),
  )
  const kinds = COMPONENT_KINDS.filter((kind) => offers.some((o) => !o.row.summary.byKind[kind].isZero()))
  const properties = view.file.properties
    .filter((property) => relied.has(property.id))
    .map((property) => ({ property, owner: view.parties.get(property.ownerId) ?? null, netEquity: netEquity.get(property.id) ?? ZERO }))
  const [first, second] = offers
  const change =
    offers.length === 2 && first && second
      ? (pick: (offer: ComparedOffer) => Dec | null | undefined) => {
          const [a, b] = [pick(first), pick(second)]
          return a && b ? b.minus(a) : null
        }
      : null
  return { offers, parties, kinds, properties, change }
}

/** The offers a comparison starts with: the last two of the series (or every seller offer when fewer). */
export function defaultComparison(view: CaseView): string[] {
  const { summary } = view
  const pool = summary.series.length >= 2 ? summary.series : summary.offers.filter((o) => o.from === 'seller')
  return pool.slice(-2).map((o) => o.id)
}
