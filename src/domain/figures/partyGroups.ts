// Who pays, grouped the way the practitioners' rule reads it: the seller's own
// side, immediate family, extended family, associates.
import { isExtended, type Party } from '../caseFile/schema'

export type PartyGroup = 'seller' | 'immediate' | 'extended' | 'associate'
export const GROUP_ORDER: readonly PartyGroup[] = ['seller', 'immediate', 'extended', 'associate']

export function partyGroup(party: Pick<Party, 'role' | 'relation'>): PartyGroup {
  if (party.role === 'family') return isExtended(party.relation) ? 'extended' : 'immediate'
  return party.role
}

/** Items in group order (seller, immediate, extended, associate), file order within a group. */
export function inGroupOrder<T extends { group: PartyGroup }>(items: readonly T[]): T[] {
  return GROUP_ORDER.flatMap((group) => items.filter((item) => item.group === group))
}
