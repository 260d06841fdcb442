// Who pays the offer the memo is about (the accepted one, else the latest), by
// payer and by group, each amount the sum of that payer's parts as shown.
import type { Dec } from '../decimal'
import { inGroupOrder, partyGroup, type PartyGroup } from '../parties'
import type { Party } from '../schema'
import type { CaseView, OfferRow } from './caseView'
import { shownMoney, shownSum, type Shown } from './footing'

export interface MemoPayer {
  party: Party
  group: PartyGroup
  amount: Shown
  /** Share of the offer's total (exact); null for an offer of zero. */
  share: Dec | null
}

export interface MemoGroup {
  group: PartyGroup
  members: MemoPayer[]
  total: Shown
  share: Dec | null
}

export interface MemoContributions {
  offer: OfferRow
  /** Whether the offer is the accepted one (else the latest of the series). */
  accepted: boolean
  groups: MemoGroup[]
  total: Shown
}

export function memoContributions(view: CaseView): MemoContributions | null {
  const accepted = view.acceptedOffer?.from === 'seller' ? view.acceptedOffer : null
  const offer = accepted ?? view.latestOffer
  if (!offer) return null
  const exactTotal = offer.summary.total
  const share = (value: Shown) => (exactTotal.isZero() ? null : value.exact.div(exactTotal))
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
      return { party, group: partyGroup(party), amount, share: share(amount) }
    }),
  )
  const groups: MemoGroup[] = []
  for (const payer of payers) {
    let group = groups.find((g) => g.group === payer.group)
    if (!group) groups.push((group = { group: payer.group, members: [], total: shownSum([]), share: null }))
    group.members.push(payer)
  }
  for (const group of groups) {
    group.total = shownSum(group.members.map((member) => member.amount))
    group.share = share(group.total)
  }
  return { offer, accepted: accepted !== null, groups, total: shownSum(groups.map((group) => group.total)) }
}
