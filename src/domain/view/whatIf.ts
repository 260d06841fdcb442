// A hypothetical offer run through the same engine as the real ones: the case
// plus the draft, validated and summarized, and nothing stored.
import { ZERO, type Dec } from '../money/decimal'
import { ID_PREFIXES, nextId } from '../caseFile/ids'
import { CaseFileError, type CaseFileIssue } from '../caseFile/issues'
import { parseCaseFile } from '../caseFile/parse'
import type { CaseFile, ComponentKind, Offer, SellerOffer } from '../caseFile/schema'
import type { Assessment } from '../figures/signals'
import { summarizeCase, type CaseSummary, type OfferSummary } from '../figures/summary'
import type { CaseView } from './caseView'
import { timingOf, type Timing } from './comparison'

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

/** One part added to the latest seller offer: "if the cousin adds CNY 50,000". */
export interface AddedPart {
  partyId: string
  kind: ComponentKind
  amount: string
  currency: string
  propertyId?: string
  dueDate?: string
}

/** The compact what-if's draft: the latest seller offer's parts and one more, dated `today`. */
export function withAddedPart(view: CaseView, part: AddedPart, today: string): SellerOffer {
  const start = startingDraft(view, today) as SellerOffer
  const earlier = view.latestOffer ? start.components : []
  return { ...start, components: [...earlier, { ...part }] }
}

/** What a what-if tells the buyer: the offer against the loss, the costs and the demand, and when its money comes. */
export interface WhatIfFigures {
  total: Dec
  ratio: Dec | null
  /** The total less what recovery has cost so far. */
  netOfCosts: Dec
  /** Latest demand minus the total, and their midpoint; null without a demand. */
  gap: Dec | null
  midpoint: Dec | null
  /** Cash now, promised later, and money that depends on a property. */
  byTiming: Record<Timing, Dec>
  assessment: Assessment | null
}

export function whatIfFigures(view: CaseView, outcome: Extract<WhatIf, { ok: true }>): WhatIfFigures {
  const offer = outcome.offer
  const demand = outcome.summary.latestDemand && outcome.summary.latestDemand.id !== offer.id ? outcome.summary.latestDemand : null
  const byTiming: Record<Timing, Dec> = { now: ZERO, later: ZERO, property: ZERO }
  if (offer.offer.from === 'seller') {
    const date = offer.offer.date
    offer.offer.components.forEach((component, index) => {
      const timing = timingOf(component, date)
      byTiming[timing] = byTiming[timing].plus(offer.componentAmounts[index] ?? ZERO)
    })
  }
  return {
    total: offer.total,
    ratio: offer.ratio,
    netOfCosts: offer.total.minus(view.summary.costTotal),
    gap: demand ? demand.total.minus(offer.total) : null,
    midpoint: demand ? demand.total.plus(offer.total).div(2) : null,
    byTiming,
    assessment: offer.assessment ?? null,
  }
}
