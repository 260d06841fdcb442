// The figures the charts draw, exact: the convergence of offers and demands over
// time, and what each seller offer is made of. The chart adapter turns them into
// numbers for chart.js (src/components/analysis/chartAdapter.ts).
import { Dec, ZERO } from '../money/decimal'
import { GROUP_ORDER, partyGroup, type PartyGroup } from '../figures/partyGroups'
import { COMPONENT_KINDS, PROPERTY_KINDS, type ComponentKind, type Party } from '../caseFile/schema'
import type { SignalCode } from '../figures/signals'
import type { CaseView, OfferRow } from './caseView'
import { projectedLanding } from './rounds'
import { criminalView } from './criminalView'
import { caseProjection } from '../projection/caseProjection'
import { stageClock } from '../projection/stageClock'

export interface SeriesPoint {
  date: string
  /** Base currency. */
  value: Dec
  /** The offer behind the point; null for the point that only holds the last value to the end. */
  row: OfferRow | null
}

export interface ConvergenceSeries {
  /** Seller offers of the series (not withdrawn), stepped; the last value held to the last date of the negotiation. */
  seller: SeriesPoint[]
  /** Buyer demands that are not withdrawn, stepped in the same way. */
  buyer: SeriesPoint[]
  /** Withdrawn offers and demands, drawn apart. */
  withdrawn: SeriesPoint[]
  accepted: SeriesPoint | null
  /** The loss total; null when no loss is recorded. */
  loss: Dec | null
  /** The largest value drawn (loss included). */
  highest: Dec
  /** The first and last dates of the negotiation; null without offers. */
  firstDate: string | null
  lastDate: string | null
  /** While no move is accepted and both sides have moved: the midpoint of the latest demand and offer. */
  midpoint: Dec | null
  /** The same: the bracket between the latest demand and offer, drawn at the last date, and the gap it spans. */
  bracket: { date: string; demand: Dec; offer: Dec; gap: Dec } | null
  /** The projected landing of the seller's shrinking raises, while no move is accepted. */
  projection: Dec | null
  /** The decay projection's marks (issue 20): the ceiling's range, the meeting point or the stall, the next deadline. */
  ahead: AheadMarks
  /** The last date the time axis shows: the last move, or a later meeting date or deadline. */
  axisEnd: string | null
}

export interface AheadMarks {
  /** The seller's ceiling range from leave-one-round-out refits (high null: no upper bound), while talks are open. */
  band: { low: Dec; high: Dec | null } | null
  /** Where and when the trends meet. */
  meet: { date: string; value: Dec } | null
  /** The seller's ceiling under the buyer's floor, drawn at the last date. */
  stall: { date: string; ceiling: Dec; floor: Dec; gap: Dec } | null
  /** The next procedural deadline (with today only). */
  deadline: { date: string } | null
}

/** The projection's marks for the chart; the deadline only when today is known. */
export function aheadMarks(view: CaseView, lastDate: string | null, today?: string): AheadMarks {
  const projection = caseProjection(view)
  const { seller, outcome } = projection
  const open = outcome.kind !== 'met'
  const band = open && seller.state === 'slowing' && seller.band?.low ? { low: seller.band.low, high: seller.band.high } : null
  const meet = outcome.kind === 'meet' && outcome.date ? { date: outcome.date, value: outcome.amount } : null
  const stall = outcome.kind === 'stall' && lastDate ? { date: lastDate, ceiling: outcome.ceiling, floor: outcome.floor, gap: outcome.gap } : null
  let deadline: AheadMarks['deadline'] = null
  if (today) {
    const criminal = criminalView(view, today)
    const clock = stageClock(criminal.procedure, criminal.hongKong)
    if (clock.nextDay && clock.next?.state === 'open') deadline = { date: clock.nextDay }
  }
  return { band, meet, stall, deadline }
}

export function convergenceSeries(view: CaseView, today?: string): ConvergenceSeries {
  const rows = view.offers
  const dates = rows.map((row) => row.summary.date)
  const firstDate = dates.reduce<string | null>((min, date) => (min === null || date < min ? date : min), null)
  const lastDate = dates.reduce<string | null>((max, date) => (max === null || date > max ? date : max), null)
  const stepped = (side: 'seller' | 'buyer') => {
    const points: SeriesPoint[] = rows
      .filter((row) => row.from === side && row.summary.status !== 'withdrawn')
      .map((row) => ({ date: row.summary.date, value: row.summary.total, row }))
    const end = points[points.length - 1]
    // The last offer stands until the other side moves: hold it to the last date.
    if (end && lastDate && end.date < lastDate) points.push({ date: lastDate, value: end.value, row: null })
    return points
  }
  const lossTotal = view.summary.lossTotal
  let highest: Dec = lossTotal
  for (const row of rows) if (row.summary.total.greaterThan(highest)) highest = row.summary.total
  const accepted = view.acceptedOffer
  const { latestOffer, latestDemand, gap, midpoint } = view.summary
  const open = !accepted && latestOffer && latestDemand && gap && midpoint && lastDate
  const projection = accepted ? null : projectedLanding(view.summary)?.landing ?? null
  if (projection && projection.greaterThan(highest)) highest = projection
  const ahead = aheadMarks(view, lastDate, today)
  // The band's top is left out: a ρ near 1 puts it far above the moves, and the band is clipped at the plot's top.
  for (const value of [ahead.band?.low, ahead.stall?.floor, ahead.meet?.value]) if (value && value.greaterThan(highest)) highest = value
  const axisEnd = [ahead.meet?.date, ahead.deadline?.date].reduce<string | null>((end, date) => (date && (end === null || date > end) ? date : end), lastDate)
  return {
    seller: stepped('seller'),
    buyer: stepped('buyer'),
    withdrawn: rows.filter((row) => row.summary.status === 'withdrawn').map((row) => ({ date: row.summary.date, value: row.summary.total, row })),
    accepted: accepted ? { date: accepted.summary.date, value: accepted.summary.total, row: accepted } : null,
    loss: lossTotal.isZero() ? null : lossTotal,
    highest,
    firstDate,
    lastDate,
    midpoint: open ? midpoint : null,
    bracket: open ? { date: lastDate, demand: latestDemand.total, offer: latestOffer.total, gap } : null,
    projection,
    ahead,
    axisEnd,
  }
}

export type CompositionMode = 'party' | 'kind'

export interface CompositionSegment {
  /** `party:ID`, `party:ID:property` (that party's mortgage loan or property sale) or `kind:KIND`. */
  key: string
  /** The payer, for a segment by party. */
  party: Party | null
  /** The kind, for a segment by kind. */
  kind: ComponentKind | null
  group: PartyGroup | null
  /** Money that depends on a property (a mortgage loan or a sale). */
  dependsOnProperty: boolean
  /** One value per seller offer, base currency. */
  values: Dec[]
}

export interface CompositionSeries {
  mode: CompositionMode
  /** Every seller offer, withdrawn ones too, in negotiation order. */
  offers: OfferRow[]
  segments: CompositionSegment[]
  loss: Dec | null
  highest: Dec
}

/** Each seller offer as a stack, by who pays (the seller's side, immediate family, extended family, associates) or by kind. */
export function compositionSeries(view: CaseView, mode: CompositionMode): CompositionSeries {
  const offers = view.offers.filter((row) => row.from === 'seller')
  const sums = new Map<string, Dec[]>()
  offers.forEach((row, index) => {
    for (const [key, amount] of contributionsOf(row, mode)) {
      let values = sums.get(key)
      if (!values) sums.set(key, (values = offers.map(() => ZERO)))
      values[index] = amount
    }
  })

  const segments: CompositionSegment[] = []
  const push = (key: string, fields: Omit<CompositionSegment, 'key' | 'values'>) => {
    const values = sums.get(key)
    if (values) segments.push({ key, ...fields, values })
  }
  if (mode === 'kind') {
    for (const kind of COMPONENT_KINDS)
      push(`kind:${kind}`, { party: null, kind, group: null, dependsOnProperty: PROPERTY_KINDS.includes(kind) })
  } else {
    for (const group of GROUP_ORDER)
      for (const party of view.file.parties) {
        if (partyGroup(party) !== group) continue
        push(`party:${party.id}`, { party, kind: null, group, dependsOnProperty: false })
        push(`party:${party.id}:property`, { party, kind: null, group, dependsOnProperty: true })
      }
  }
  let highest: Dec = view.summary.lossTotal
  for (const row of offers) if (row.summary.total.greaterThan(highest)) highest = row.summary.total
  return { mode, offers, segments, loss: view.summary.lossTotal.isZero() ? null : view.summary.lossTotal, highest }
}

// Kept per row: an edit to one offer adds up that offer's parts again, and no other.
const contributions = new WeakMap<OfferRow, Partial<Record<CompositionMode, ReadonlyMap<string, Dec>>>>()

/** What each segment (by party, or by kind) gets from one seller offer, in base currency. */
function contributionsOf(row: OfferRow, mode: CompositionMode): ReadonlyMap<string, Dec> {
  let kept = contributions.get(row)
  if (!kept) contributions.set(row, (kept = {}))
  const found = kept[mode]
  if (found) return found
  const sums = new Map<string, Dec>()
  const offer = row.offer
  if (offer.from === 'seller')
    offer.components.forEach((component, c) => {
      const amount = row.summary.componentAmounts[c] ?? ZERO
      const key = mode === 'kind' ? `kind:${component.kind}` : `party:${component.partyId}${PROPERTY_KINDS.includes(component.kind) ? ':property' : ''}`
      sums.set(key, (sums.get(key) ?? ZERO).plus(amount))
    })
  return (kept[mode] = sums)
}

export interface Milestone {
  code: SignalCode
  row: OfferRow
}

/**
 * The first offer of the series where each kind of outside money appears, read
 * from the engine's own signals: when the family, extended family or a property
 * first comes in.
 */
export function firstAppearances(view: CaseView): Milestone[] {
  const codes: SignalCode[] = ['FAMILY_IMMEDIATE', 'FAMILY_EXTENDED', 'FAMILY_PROPERTY', 'SELLER_PROPERTY', 'THIRD_PARTY_MAJORITY']
  const found: Milestone[] = []
  for (const code of codes) {
    const offer = view.summary.series.find((o) => o.assessment?.signals.some((signal) => signal.code === code))
    const row = offer ? view.offerById.get(offer.id) : undefined
    if (row) found.push({ code, row })
  }
  return found.sort((a, b) => (a.row.summary.date < b.row.summary.date ? -1 : a.row.summary.date > b.row.summary.date ? 1 : 0))
}
