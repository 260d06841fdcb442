// A hypothetical offer run through the same engine as the real ones: the case
// plus the draft, validated and summarized, and nothing stored.
import type { Dec } from '../decimal'
import { ID_PREFIXES, nextId } from '../ids'
import { CaseFileError, type CaseFileIssue } from '../issues'
import { parseCaseFile } from '../parse'
import type { CaseFile, Offer } from '../schema'
import { summarizeCase, type CaseSummary, type OfferSummary } from '../summary'
import type { CaseView } from './caseView'

export type WhatIf =
  | {
      ok: true
      /** The summary of the case as it would be with the draft. */
      summary: CaseSummary
      /** The draft's own figures and assessment. */
      offer: OfferSummary
      /** Latest buyer demand minus the draft's total (negative when the draft offers more); null without a demand. */
      gapToDemand: Dec | null
      /** The draft's total minus the latest real seller offer's; null without one. */
      changeFromLatest: Dec | null
    }
  | { ok: false; issues: CaseFileIssue[] }

/** The case with `draft` added, as the engine would see it. */
export function whatIf(view: CaseView, draft: Offer): WhatIf {
  let hypothetical: CaseFile
  try {
    hypothetical = parseCaseFile({ ...view.file, offers: [...view.file.offers, draft] })
  } catch (error) {
    if (error instanceof CaseFileError) return { ok: false, issues: error.issues }
    throw error
  }
  const summary = summarizeCase(hypothetical)
  const offer = summary.offers.find((o) => o.id === draft.id)
  if (!offer) throw new Error('The hypothetical offer is missing from its summary.')
  const demand = summary.latestDemand
  const latest = view.summary.latestOffer
  return {
    ok: true,
    summary,
    offer,
    gapToDemand: demand && demand.id !== draft.id ? demand.total.minus(offer.total) : null,
    changeFromLatest: latest ? offer.total.minus(latest.total) : null,
  }
}

/** The starting point of a what-if: the latest seller offer's parts, dated `today`, not yet saved. */
export function startingDraft(view: CaseView, today: string): Offer {
  const { file, summary } = view
  const latest = summary.latestOffer?.offer
  // A seller's offer answers the buyer's latest demand (or, without one, the last move).
  const respondsTo = summary.latestDemand?.id ?? summary.offers[summary.offers.length - 1]?.id
  const seller = file.parties.find((party) => party.role === 'seller')
  const components =
    latest?.from === 'seller'
      ? latest.components.map(({ extra: _extra, ...component }) => ({ ...component }))
      : [{ partyId: seller?.id ?? '', kind: 'cash' as const, amount: '', currency: file.baseCurrency }]
  return {
    id: nextId(ID_PREFIXES.sellerOffers, file.offers),
    date: today,
    from: 'seller',
    status: 'open',
    type: 'counter',
    ...(respondsTo ? { respondsTo } : {}),
    components,
  }
}
