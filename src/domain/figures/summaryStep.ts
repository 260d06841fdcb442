// The summary after an edit that replaced one offer where it stood: the same id,
// side, status and date (an edit of its amounts, parts or words), nothing else of
// the case changed. Its place in the negotiation is then the one it had, so the
// summarizer (summary.ts) works out again that offer and the offers of the series
// measured from it (the next one's concession, the one after's assessment), and
// keeps every other summary without looking at it. Property tests hold the result
// equal to summarizing the case afresh (tests/unit/domain/summaryStep.test.ts).
import type { CaseFile, Offer } from '../caseFile/schema'
import type { CaseSummary, OfferSummary } from './summaryTypes'

/** The offers in negotiation order, their summaries, and the seller's series among them. */
export interface Walked {
  order: Offer[]
  offers: OfferSummary[]
  series: OfferSummary[]
}

/** An offer's summary, given the series' summary before it and how many came before it in the series. */
export type Step = (offer: Offer, previous: OfferSummary | undefined, inSeries: number) => OfferSummary

/**
 * The index of the one offer `next` replaced in `before`, when that is all that changed and the
 * offer keeps its id, side, status and date; -1 otherwise (the summarizer then walks every offer).
 */
export function oneOfferReplaced(before: CaseFile, next: CaseFile): number {
  const a = before.offers
  const b = next.offers
  if (a === b || a.length !== b.length) return -1
  const was = before as unknown as Record<string, unknown>
  const now = next as unknown as Record<string, unknown>
  const keys = Object.keys(now)
  if (keys.length !== Object.keys(was).length) return -1
  for (const key of keys) if (key !== 'offers' && now[key] !== was[key]) return -1
  let found = -1
  for (let i = 0; i < b.length; i++)
    if (a[i] !== b[i]) {
      if (found >= 0) return -1
      found = i
    }
  if (found < 0) return -1
  const old = a[found]!
  const offer = b[found]!
  return old.id === offer.id && old.from === offer.from && old.status === offer.status && old.date === offer.date ? found : -1
}

/** The walk of `last` with `old` replaced by `offer` (see oneOfferReplaced), each summary worked out by `step`. */
export function afterReplacing(last: { order: readonly Offer[]; result: CaseSummary }, offer: Offer, old: Offer, step: Step): Walked {
  const at = last.order.indexOf(old)
  const order = last.order.slice()
  order[at] = offer
  const offers = last.result.offers.slice()
  const series = last.result.series.slice()
  const j = series.indexOf(offers[at]!)
  if (j < 0) {
    // A buyer's demand or a withdrawn offer: no other offer is measured from it.
    offers[at] = step(offer, undefined, 0)
    return { order, offers, series }
  }
  // The series from it on, until an offer's summary is the one it had.
  let position = at
  for (let k = j; k < series.length; k++) {
    const was = series[k]!
    const summary = step(k === j ? offer : was.offer, series[k - 1], k)
    if (summary === was) break
    if (k > j) position = offers.indexOf(was, position + 1)
    series[k] = summary
    offers[position] = summary
  }
  return { order, offers, series }
}
