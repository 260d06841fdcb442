// The chart adapter: turns the engine's exact chart series (src/domain/view/
// chartSeries.ts) into the plain numbers chart.js draws. This is the only place
// in the app where a Decimal becomes a JavaScript number; every text a chart
// shows (tooltips, legend, labels) is worded from the exact figures.
import {
  Dec,
  dayNumber,
  minorUnits,
  offerLabel,
  partyLabel,
  roundMoney,
  roundPercent,
  type CompositionMode,
  type CompositionSeries,
  type ComponentKind,
  type ConvergenceSeries,
  type OfferRow,
  type PartyGroup,
  type SeriesPoint,
  type Words,
} from '@/domain'
import { moneyTick } from './chartTheme'
import { pointNote, wordedFor, type PointNote } from './pointNotes'
import { projectionMarks, type ProjectionMarks } from './projectionMarks'

export { pointNote, type PointNote }

export type { CompositionMode }

// Kept by the exact value's identity: the case view keeps an offer's figures (the same Dec
// objects) while the offer does not change, so an edit converts only what it changed.
const converted = new WeakMap<Dec, { currency: string; number: number }>()

/** Money in base currency as chart.js gets it: rounded half-up to the currency's minor units. */
export function chartMoney(value: Dec, currency: string): number {
  const kept = converted.get(value)
  if (kept && kept.currency === currency) return kept.number
  const number = Number(roundMoney(value, currency).toFixed(minorUnits(currency)))
  converted.set(value, { currency, number })
  return number
}

const days = new Map<string, number>()
/** The day number of a date on the time axis (kept: a long negotiation has few distinct dates). */
function dayOf(iso: string): number {
  let day = days.get(iso)
  if (day === undefined) days.set(iso, (day = dayNumber(iso)))
  return day
}

/** A ratio as chart.js gets it: a percentage rounded half-up to two decimals (0.76803075 → 76.8). */
export function chartPercent(ratio: Dec): number {
  return Number(roundPercent(ratio).toFixed(2))
}

export interface ChartPoint {
  x: number
  y: number
}

export interface ConvergenceData {
  currency: string
  locale: string
  /** The time axis, in days since 1970-01-01, padded so no point sits on the edge. */
  xMin: number
  xMax: number
  /** A little above the largest value drawn, so the top point is not cut. */
  yMax: number
  loss: number | null
  lossLabel: string
  seller: ChartPoint[]
  /** One per seller point; null for the point that only holds the last value. */
  sellerNotes: (PointNote | null)[]
  buyer: ChartPoint[]
  buyerNotes: (PointNote | null)[]
  withdrawn: ChartPoint[]
  withdrawnNotes: PointNote[]
  accepted: ChartPoint | null
  acceptedNote: PointNote | null
  empty: boolean
  legend: { seller: string; buyer: string; withdrawn: string; accepted: string }
  marks: ConvergenceMarks
}

/** What the chart draws over its lines: the midpoint, the bracket of the gap, the projected landing, and a value beside each point. */
export interface ConvergenceMarks {
  midpoint: { y: number; label: string } | null
  bracket: { x: number; from: number; to: number; label: string } | null
  projection: { y: number; label: string } | null
  /** The decay projection's band, meeting point or stall, and the next deadline. */
  ahead?: ProjectionMarks
  /** One per point of the seller's and the buyer's lines; '' for a point that only holds the last value. */
  readonly sellerLabels: string[]
  readonly buyerLabels: string[]
}

const HEADROOM = new Dec('1.08')

export function convergenceData(series: ConvergenceSeries, currency: string, words: Words): ConvergenceData {
  const first = series.firstDate ? dayOf(series.firstDate) : 0
  const last = series.axisEnd ? dayOf(series.axisEnd) : series.lastDate ? dayOf(series.lastDate) : 0
  const pad = Math.max(1, Math.round((last - first) * 0.05))
  const point = (p: SeriesPoint): ChartPoint => ({ x: dayOf(p.date), y: chartMoney(p.value, currency) })
  const note = (p: SeriesPoint) => (p.row ? pointNote(p.row, words) : null)
  const lossLabel = words.text('analysis.convergence.loss', { amount: words.money(series.loss, currency) })
  return {
    currency,
    locale: words.locale,
    xMin: first - pad,
    xMax: last + pad,
    yMax: chartMoney(series.highest.times(HEADROOM), currency),
    loss: series.loss ? chartMoney(series.loss, currency) : null,
    lossLabel,
    seller: series.seller.map(point),
    sellerNotes: series.seller.map(note),
    buyer: series.buyer.map(point),
    buyerNotes: series.buyer.map(note),
    withdrawn: series.withdrawn.map(point),
    withdrawnNotes: series.withdrawn.flatMap((p) => (p.row ? [pointNote(p.row, words)] : [])),
    accepted: series.accepted ? point(series.accepted) : null,
    acceptedNote: series.accepted?.row ? pointNote(series.accepted.row, words) : null,
    empty: series.firstDate === null,
    legend: {
      seller: words.text('analysis.convergence.seller'),
      buyer: words.text('analysis.convergence.buyer'),
      withdrawn: words.text('analysis.convergence.withdrawn'),
      accepted: words.text('analysis.convergence.accepted'),
    },
    marks: convergenceMarks(series, currency, words),
  }
}

function convergenceMarks(series: ConvergenceSeries, currency: string, words: Words): ConvergenceMarks {
  const money = (value: Dec) => words.money(value, currency)
  // Short, so the labels of neighbouring points do not run into each other ("$41.7K"); kept per row.
  const label = (p: SeriesPoint) => (p.row ? (wordedFor(p.row, words).tick ??= moneyTick(chartMoney(p.value, currency), currency, words.locale)) : '')
  // Worded when read: the chart draws them only for a short negotiation.
  let sellerLabels: string[] | null = null
  let buyerLabels: string[] | null = null
  const marks = {
    midpoint: series.midpoint ? { y: chartMoney(series.midpoint, currency), label: words.text('live.chart.midpoint', { amount: money(series.midpoint) }) } : null,
    bracket: series.bracket
      ? {
          x: dayNumber(series.bracket.date),
          from: chartMoney(series.bracket.offer, currency),
          to: chartMoney(series.bracket.demand, currency),
          label: words.text('live.chart.gap', { amount: money(series.bracket.gap) }),
        }
      : null,
    projection: series.projection ? { y: chartMoney(series.projection, currency), label: words.text('live.chart.projection', { amount: money(series.projection) }) } : null,
    ahead: projectionMarks(series.ahead, currency, words, (value) => chartMoney(value, currency)),
  }
  // Not enumerable: worded from the points' values, which `sameDrawing` compares already.
  return Object.defineProperties(marks, {
    sellerLabels: { get: () => (sellerLabels ??= series.seller.map(label)), enumerable: false, configurable: true },
    buyerLabels: { get: () => (buyerLabels ??= series.buyer.map(label)), enumerable: false, configurable: true },
  }) as typeof marks & Pick<ConvergenceMarks, 'sellerLabels' | 'buyerLabels'>
}

/** Colours: the seller's own money in teal, immediate family blue, extended family purple, associates amber. */
export const GROUP_COLOURS: Record<PartyGroup, readonly string[]> = {
  seller: ['#2b6f69', '#4c968f', '#7fbab3', '#1d4f4a'],
  immediate: ['#1f5fa8', '#4d87c9', '#8bb2e0', '#143f72'],
  extended: ['#7a3e9d', '#a466c4', '#c79edd', '#552a6e'],
  associate: ['#9a6700', '#c98c1c', '#e3b65d', '#6b4800'],
}
export const KIND_COLOURS: Record<ComponentKind, string> = {
  cash: '#2e7d4f',
  installments: '#3b7fb6',
  mortgage: '#b5452d',
  'property-sale': '#d07a24',
  other: '#7b8594',
}

export interface CompositionBars {
  key: string
  label: string
  colour: string
  /** Drawn hatched: money that depends on a property (a mortgage loan or a sale). */
  hatched: boolean
  /** One value per seller offer, base currency. */
  data: number[]
  /** The exact amounts behind `data`. */
  exact: Dec[]
  /** The tooltip line for one offer, worded from the exact amount when asked; null where this segment is zero. */
  note: (offerIndex: number) => string | null
}

export interface CompositionData {
  currency: string
  locale: string
  mode: CompositionMode
  offerIds: string[]
  /** The lines under each bar: the offer's name and date, and "withdrawn" for a withdrawn offer. */
  labels: string[][]
  /** Withdrawn offers are drawn faded. */
  faded: boolean[]
  /** Each offer's figures, which its tooltip words (compared when the chart is drawn again: chartRedraw.ts). */
  summaries: readonly OfferRow['summary'][]
  /** Tooltip title and footer of an offer's bar, worded when asked. */
  title: (offerIndex: number) => string
  footer: (offerIndex: number) => string[]
  segments: CompositionBars[]
  loss: number | null
  lossLabel: string
  yMax: number
  empty: boolean
}

export function compositionData(series: CompositionSeries, currency: string, words: Words): CompositionData {
  const offers = series.offers
  const shades = new Map<PartyGroup, number>()
  const colourOf = (group: PartyGroup, partyId: string, seen: Map<string, string>) => {
    let colour = seen.get(partyId)
    if (!colour) {
      const shade = shades.get(group) ?? 0
      shades.set(group, shade + 1)
      const colours = GROUP_COLOURS[group]
      colour = colours[shade % colours.length] ?? '#777'
      seen.set(partyId, colour)
    }
    return colour
  }
  const partyColours = new Map<string, string>()
  const segments = series.segments.map((segment): CompositionBars => {
    const base = segment.party ? partyLabel(segment.party, words) : words.text(`kind.${segment.kind}`)
    const label = segment.party && segment.dependsOnProperty ? words.text('analysis.composition.againstProperty', { label: base }) : base
    const colour =
      segment.party && segment.group ? colourOf(segment.group, segment.party.id, partyColours) : KIND_COLOURS[segment.kind ?? 'other']
    return {
      key: segment.key,
      label,
      colour,
      hatched: segment.dependsOnProperty,
      data: segment.values.map((value) => (value.isZero() ? 0 : chartMoney(value, currency))),
      exact: segment.values,
      note: (index) => {
        const value = segment.values[index]
        return !value || value.isZero() ? null : words.text('analysis.tip.part', { label, amount: words.money(value, currency) })
      },
    }
  })
  return {
    currency,
    locale: words.locale,
    mode: series.mode,
    offerIds: offers.map((row) => row.id),
    labels: offers.map((row) => {
      const kept = wordedFor(row, words)
      return (kept.lines ??= [
        offerLabel(row.label, words),
        words.shortDate(row.summary.date),
        ...(row.summary.status === 'withdrawn' ? [words.text('status.withdrawn')] : []),
      ])
    }),
    faded: offers.map((row) => row.summary.status === 'withdrawn'),
    summaries: offers.map((row) => row.summary),
    title: (index) => {
      const row = offers[index]
      return row ? offerLabel(row.label, words, 'dated') : ''
    },
    footer: (index) => {
      const row = offers[index]
      if (!row) return []
      return [
        words.text('analysis.tip.total', { amount: words.money(row.summary.total, currency) }),
        words.text('analysis.tip.ofLoss', { percent: words.percent(row.summary.ratio) }),
        words.text('analysis.tip.status', { status: words.text(`status.${row.summary.status}`) }),
      ]
    },
    segments,
    loss: series.loss ? chartMoney(series.loss, currency) : null,
    lossLabel: words.text('analysis.convergence.loss', { amount: words.money(series.loss, currency) }),
    yMax: chartMoney(series.highest.times(HEADROOM), currency),
    empty: offers.length === 0,
  }
}
