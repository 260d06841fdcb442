// Who pays an offer, grouped the way the practitioners' rule reads it: the
// seller's own side, immediate family, extended family, associates.
import { Dec, ZERO } from './decimal'
import { isExtended, type Party, type Property } from './schema'
import type { OfferSummary } from './summary'

export type PartyGroup = 'seller' | 'immediate' | 'extended' | 'associate'
export const GROUP_ORDER: readonly PartyGroup[] = ['seller', 'immediate', 'extended', 'associate']

export function partyGroup(party: Party): PartyGroup {
  if (party.role === 'family') return isExtended(party.relation) ? 'extended' : 'immediate'
  return party.role
}

export interface Payer {
  party: Party
  group: PartyGroup
  /** The sum of this party's parts of the offer, base currency. */
  amount: Dec
}

/** Each party paying part of a seller offer, once, with the sum of its parts; in group order, then file order. */
export function payersOf(offer: OfferSummary, parties: ReadonlyMap<string, Party>): Payer[] {
  if (offer.offer.from !== 'seller') return []
  const byParty = new Map<string, Payer>()
  offer.offer.components.forEach((component, index) => {
    const party = parties.get(component.partyId)
    if (!party) return
    const amount = offer.componentAmounts[index] ?? ZERO
    const payer = byParty.get(party.id)
    if (payer) payer.amount = payer.amount.plus(amount)
    else byParty.set(party.id, { party, group: partyGroup(party), amount })
  })
  const payers = [...byParty.values()]
  return GROUP_ORDER.flatMap((group) => payers.filter((payer) => payer.group === group))
}

/** "Two-bedroom flat, Yiwu, Zhejiang": a property as a sentence names it. */
export function propertyLabel(property: Pick<Property, 'description' | 'location'>): string {
  return property.location ? `${property.description}, ${property.location}` : property.description
}
