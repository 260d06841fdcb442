// Who pays the offer the memo is about (the accepted one, else the latest), by
// payer and by group, each amount the sum of that payer's parts as shown, each
// share worked from the exact amounts and shown so that the payers' shares add up
// to their group's and the groups' to the total's (shares.ts).
import { inGroupOrder, partyGroup, type PartyGroup } from '../figures/partyGroups'
import type { Party } from '../caseFile/schema'
import type { CaseView, OfferRow } from './caseView'
import { shownMoney, shownSum, type Shown } from './footing'
import { footedShares } from './shares'

export interface MemoPayer {
  party: Party
  group: PartyGroup
  amount: Shown
  /** Share of the offer's total, shown so that a group's payers foot to the group's share; null for an offer of zero. */
  share: Shown | null
}

export interface MemoGroup {
  group: PartyGroup
  members: MemoPayer[]
  total: Shown
  /** Shown so that the groups foot to the total's share. */
  share: Shown | null
}

export interface MemoContributions {
  offer: OfferRow
  /** Whether the offer is the accepted one (else the latest of the series). */
  accepted: boolean
  groups: MemoGroup[]
  total: Shown
  /** The share of the offer the payers make together: 100.00% when every part has a payer; null for an offer of zero. */
  share: Shown | null
}

export function memoContributions(view: CaseView): MemoContributions | null {
  const accepted = view.acceptedOffer?.from === 'seller' ? view.acceptedOffer : null
  const offer = accepted ?? view.latestOffer
  if (!offer) return null
  const byParty = new Map<string, { party: Party; parts: Shown[] }>()
  for (const part of offer.parts) {
    if (!part.payer) continue
    const entry = byParty.get(part.payer.id) ?? { party: part.payer, parts: [] }
    entry.parts.push(shownMoney(part.inBase, view.base))
    byParty.set(part.payer.id, entry)
  }
  const payers = inGroupOrder(
    [...byParty.values()].map(({ party, parts }): MemoPayer => {
      const amount = shownSum(parts)
      return { party, group: partyGroup(party), amount, share: null }
    }),
  )
  const groups: MemoGroup[] = []
  for (const payer of payers) {
    let group = groups.find((g) => g.group === payer.group)
    if (!group) groups.push((group = { group: payer.group, members: [], total: shownSum([]), share: null }))
    group.members.push(payer)
  }
  for (const group of groups) group.total = shownSum(group.members.map((member) => member.amount))
  const shares = footedShares(
    groups.map((group) => group.members.map((member) => member.amount.exact)),
    offer.summary.total,
  )
  groups.forEach((group, index) => {
    const footed = shares?.groups[index]
    group.share = footed?.share ?? null
    group.members.forEach((member, at) => (member.share = footed?.parts[at] ?? null))
  })
  return { offer, accepted: accepted !== null, groups, total: shownSum(groups.map((group) => group.total)), share: shares?.total ?? null }
}
