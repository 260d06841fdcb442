// Who pays a seller offer, once per party, and the groups they fall in.
import { Dec, ZERO, sum } from '../money/decimal'
import { inGroupOrder, partyGroup, type PartyGroup } from '../figures/partyGroups'
import type { Party } from '../caseFile/schema'
import type { OfferSummary } from '../figures/summary'

export interface Payer {
  party: Party
  group: PartyGroup
  /** The sum of this party's parts of the offer, base currency. */
  amount: Dec
}

export interface PayerGroup {
  group: PartyGroup
  members: Payer[]
  /** Base currency. */
  total: Dec
  /** The group's share of the offer's total; null for an offer of zero. */
  share: Dec | null
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
  return inGroupOrder([...byParty.values()])
}

/** The payers of an offer by group, with each group's total and share of the offer. */
export function payerGroups(offer: OfferSummary, payers: readonly Payer[]): PayerGroup[] {
  const groups: PayerGroup[] = []
  for (const payer of payers) {
    let group = groups.find((g) => g.group === payer.group)
    if (!group) groups.push((group = { group: payer.group, members: [], total: ZERO, share: null }))
    group.members.push(payer)
  }
  for (const group of groups) {
    group.total = sum(group.members.map((member) => member.amount))
    group.share = offer.total.isZero() ? null : group.total.div(offer.total)
  }
  return groups
}

/** A payer's share of the offer's total; null for an offer of zero. */
export function shareOf(amount: Dec, offer: OfferSummary): Dec | null {
  return offer.total.isZero() ? null : amount.div(offer.total)
}
