// The chart adapter: turns the engine's exact figures into the plain numbers
// chart.js draws. This is the only place in the app where a Decimal becomes a
// JavaScript number; every text a chart shows (tooltips, legend) is formatted
// here from the exact Decimal, never from the number.
import {
  Dec,
  ZERO,
  formatMoney,
  formatPercent,
  minorUnits,
  GROUP_ORDER,
  partyGroup,
  type PartyGroup,
  roundMoney,
  roundPercent,
  COMPONENT_KINDS,
  PROPERTY_KINDS,
  type CaseFile,
  type CaseSummary,
  type ComponentKind,
  type OfferSummary,
  type Party,
  type SignalCode,
} from '@/domain'

export type Translate = (key: string, named?: Record<string, unknown>) => string
export type Side = 'seller' | 'buyer'
export type CompositionMode = 'party' | 'kind'

export interface TextOptions {
  t: Translate
  /** BCP 47 tag of the interface language: `en`, `zh-CN`. */
  locale: string
}

/** Money in base currency as chart.js gets it: rounded half-up to the currency's minor units. */
export function chartMoney(value: Dec, currency: string): number {
  return Number(roundMoney(value, currency).toFixed(minorUnits(currency)))
}

/** A ratio as chart.js gets it: a percentage rounded half-up to two decimals (0.76803075 → 76.8). */
export function chartPercent(ratio: Dec): number {
  return Number(roundPercent(ratio).toFixed(2))
}

/** Days since 1970-01-01 for a YYYY-MM-DD date: the x of a point on the time axis. */
export function dayNumber(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map((part) => Number.parseInt(part, 10))
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/** A day number back to YYYY-MM-DD, for the axis labels. */
export function isoOfDay(day: number): string {
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...(withYear ? { year: 'numeric' } : {}), month: 'short', day: 'numeric', timeZone: 'UTC' })
    dateFormats.set(key, format)
  }
  return format
}
const utcDate = (iso: string) => {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map((part) => Number.parseInt(part, 10))
  return new Date(Date.UTC(y, m - 1, d))
}

/**
 * `May 9, 2024` / `2024年5月9日`, as the rest of the app shows a date (i18n/format.ts),
 * with the formatter kept: making one per point costs seconds on a long negotiation.
 */
export function longDate(iso: string, locale: string): string {
  return dateFormat(locale, true).format(utcDate(iso))
}

/** `May 9` / `5月9日`: a date on an axis, where the year is in the tooltip. */
export function shortDate(iso: string, locale: string): string {
  return dateFormat(locale, false).format(utcDate(iso))
}

export interface ChartPoint {
  x: number
  y: number
}

/** What the tooltip of one point says, worded from exact values. */
export interface PointNote {
  offerId: string
  side: Side
  title: string
  lines: string[]
}

export interface ConvergenceData {
  currency: string
  locale: string
  /** The time axis, in days since 1970-01-01, padded so no point sits on the edge. */
  xMin: number
  xMax: number
  /** A little above the largest value drawn, so the top point is not cut. */
  yMax: number
  /** The loss total, drawn as a horizontal line; null when no loss is recorded. */
  loss: number | null
  lossLabel: string
  /** Seller offers of the series (not withdrawn), stepped; the last value held to the last date of the negotiation. */
  seller: ChartPoint[]
  /** One per seller point; null for the point that only holds the last value. */
  sellerNotes: (PointNote | null)[]
  /** Buyer demands that are not withdrawn, stepped in the same way. */
  buyer: ChartPoint[]
  buyerNotes: (PointNote | null)[]
  /** Withdrawn offers and demands, drawn faded and not joined. */
  withdrawn: ChartPoint[]
  withdrawnNotes: PointNote[]
  accepted: ChartPoint | null
  acceptedNote: PointNote | null
  /** True when there is no offer or demand to draw. */
  empty: boolean
}

function sideLabel(t: Translate, side: Side, id: string): string {
  return t('analysis.tip.title', { side: t(`offer.from.${side}`), id })
}

/**
 * The tooltip of an offer's point. Worded only when first read (on hover):
 * formatting money, ratio and date for every point up front costs about 0.1 ms
 * each, which a negotiation of a thousand moves would pay on every edit.
 */
export function pointNote(offer: OfferSummary, currency: string, { t, locale }: TextOptions): PointNote {
  let worded: { title: string; lines: string[] } | null = null
  const word = () =>
    (worded ??= {
      title: sideLabel(t, offer.from, offer.id),
      lines: [
        t('analysis.tip.date', { date: longDate(offer.date, locale) }),
        t('analysis.tip.total', { amount: formatMoney(offer.total, currency, locale) }),
        t('analysis.tip.ofLoss', { percent: offer.ratio ? formatPercent(offer.ratio, locale) : '—' }),
        t('analysis.tip.status', { status: t(`status.${offer.status}`) }),
      ],
    })
  return {
    offerId: offer.id,
    side: offer.from,
    get title() {
      return word().title
    },
    get lines() {
      return word().lines
    },
  }
}

/** The convergence chart: seller offers and buyer demands over time against the loss. */
export function convergenceData(file: CaseFile, summary: CaseSummary, text: TextOptions): ConvergenceData {
  const currency = file.baseCurrency
  const offers = summary.offers
  const days = offers.map((offer) => dayNumber(offer.date))
  const first = days.length ? Math.min(...days) : 0
  const last = days.length ? Math.max(...days) : 0
  const pad = Math.max(1, Math.round((last - first) * 0.05))
  const hasLoss = !summary.lossTotal.isZero()

  const stepped = (side: Side) => {
    const points: ChartPoint[] = []
    const notes: (PointNote | null)[] = []
    for (const offer of offers) {
      if (offer.from !== side || offer.status === 'withdrawn') continue
      points.push({ x: dayNumber(offer.date), y: chartMoney(offer.total, currency) })
      notes.push(pointNote(offer, currency, text))
    }
    const end = points[points.length - 1]
    // The last offer stands until the other side moves: hold it to the last date.
    if (end && end.x < last) {
      points.push({ x: last, y: end.y })
      notes.push(null)
    }
    return { points, notes }
  }
  const seller = stepped('seller')
  const buyer = stepped('buyer')
  const withdrawnOffers = offers.filter((offer) => offer.status === 'withdrawn')
  const accepted = summary.acceptedOffer

  let highest: Dec = hasLoss ? summary.lossTotal : ZERO
  for (const offer of offers) if (offer.total.greaterThan(highest)) highest = offer.total

  return {
    currency,
    locale: text.locale,
    xMin: first - pad,
    xMax: last + pad,
    yMax: chartMoney(highest.times(new Dec('1.08')), currency),
    loss: hasLoss ? chartMoney(summary.lossTotal, currency) : null,
    lossLabel: text.t('analysis.convergence.loss', { amount: formatMoney(summary.lossTotal, currency, text.locale) }),
    seller: seller.points,
    sellerNotes: seller.notes,
    buyer: buyer.points,
    buyerNotes: buyer.notes,
    withdrawn: withdrawnOffers.map((offer) => ({ x: dayNumber(offer.date), y: chartMoney(offer.total, currency) })),
    withdrawnNotes: withdrawnOffers.map((offer) => pointNote(offer, currency, text)),
    accepted: accepted ? { x: dayNumber(accepted.date), y: chartMoney(accepted.total, currency) } : null,
    acceptedNote: accepted ? pointNote(accepted, currency, text) : null,
    empty: offers.length === 0,
  }
}

// --- composition

// The groups themselves (partyGroup, GROUP_ORDER) are the engine's: src/domain/parties.ts.
export { GROUP_ORDER, partyGroup, type PartyGroup }

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

export interface CompositionSegment {
  /** `party:ID`, `party:ID:property` (that party's mortgage or property sale) or `kind:KIND`. */
  key: string
  label: string
  group: PartyGroup | ComponentKind
  colour: string
  /** Drawn hatched: money that a property stands behind. */
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
  /** The lines under each bar: the offer id, its date, and "withdrawn" for a withdrawn offer. */
  labels: string[][]
  /** Withdrawn offers are drawn faded. */
  faded: boolean[]
  /** Tooltip title and footer of an offer's bar, worded when asked. */
  title: (offerIndex: number) => string
  footer: (offerIndex: number) => string[]
  segments: CompositionSegment[]
  loss: number | null
  lossLabel: string
  yMax: number
  empty: boolean
}

function whoLabel(party: Party, t: Translate): string {
  if (party.role === 'family' && party.relation)
    return t('analysis.composition.family', {
      relation: t(`relation.${party.relation}`),
      group: t(`relationGroup.${partyGroup(party)}`),
    })
  return t(`role.${party.role}`)
}

export function partyLabel(party: Party, t: Translate): string {
  return t('analysis.composition.party', { name: party.name, who: whoLabel(party, t) })
}

/** The composition chart: each seller offer as a stacked bar, by who pays or by kind. */
export function compositionData(file: CaseFile, summary: CaseSummary, mode: CompositionMode, text: TextOptions): CompositionData {
  const { t, locale } = text
  const currency = file.baseCurrency
  const offers = summary.offers.filter((offer) => offer.from === 'seller')

  // Exact sums per segment and offer; converted to numbers once, at the end.
  const sums = new Map<string, Dec[]>()
  const add = (key: string, index: number, amount: Dec) => {
    let row = sums.get(key)
    if (!row) sums.set(key, (row = offers.map(() => ZERO)))
    row[index] = (row[index] ?? ZERO).plus(amount)
  }
  offers.forEach((summaryOfOffer, index) => {
    const offer = summaryOfOffer.offer
    if (offer.from !== 'seller') return
    offer.components.forEach((component, c) => {
      const amount = summaryOfOffer.componentAmounts[c] ?? ZERO
      if (mode === 'kind') add(`kind:${component.kind}`, index, amount)
      else add(`party:${component.partyId}${PROPERTY_KINDS.includes(component.kind) ? ':property' : ''}`, index, amount)
    })
  })

  const segments: CompositionSegment[] = []
  const segment = (key: string, label: string, group: PartyGroup | ComponentKind, colour: string, hatched: boolean) => {
    const row = sums.get(key)
    if (!row) return
    segments.push({
      key,
      label,
      group,
      colour,
      hatched,
      data: row.map((value) => (value.isZero() ? 0 : chartMoney(value, currency))),
      exact: row,
      note: (index) => {
        const value = row[index]
        return !value || value.isZero() ? null : t('analysis.tip.part', { label, amount: formatMoney(value, currency, locale) })
      },
    })
  }
  if (mode === 'kind') {
    for (const kind of COMPONENT_KINDS)
      segment(`kind:${kind}`, t(`kind.${kind}`), kind, KIND_COLOURS[kind], PROPERTY_KINDS.includes(kind))
  } else {
    for (const group of GROUP_ORDER) {
      let shade = 0
      for (const party of file.parties) {
        if (partyGroup(party) !== group) continue
        if (!sums.has(`party:${party.id}`) && !sums.has(`party:${party.id}:property`)) continue
        const colours = GROUP_COLOURS[group]
        const colour = colours[shade++ % colours.length] ?? '#777'
        const label = partyLabel(party, t)
        segment(`party:${party.id}`, label, group, colour, false)
        segment(`party:${party.id}:property`, t('analysis.composition.againstProperty', { label }), group, colour, true)
      }
    }
  }

  let highest: Dec = summary.lossTotal
  for (const offer of offers) if (offer.total.greaterThan(highest)) highest = offer.total

  return {
    currency,
    locale,
    mode,
    offerIds: offers.map((offer) => offer.id),
    labels: offers.map((offer) => [offer.id, shortDate(offer.date, locale), ...(offer.status === 'withdrawn' ? [t('status.withdrawn')] : [])]),
    faded: offers.map((offer) => offer.status === 'withdrawn'),
    title: (index) => {
      const offer = offers[index]
      return offer ? `${sideLabel(t, 'seller', offer.id)} · ${longDate(offer.date, locale)}` : ''
    },
    footer: (index) => {
      const offer = offers[index]
      if (!offer) return []
      return [
        t('analysis.tip.total', { amount: formatMoney(offer.total, currency, locale) }),
        t('analysis.tip.ofLoss', { percent: offer.ratio ? formatPercent(offer.ratio, locale) : '—' }),
        t('analysis.tip.status', { status: t(`status.${offer.status}`) }),
      ]
    },
    segments,
    loss: summary.lossTotal.isZero() ? null : chartMoney(summary.lossTotal, currency),
    lossLabel: t('analysis.convergence.loss', { amount: formatMoney(summary.lossTotal, currency, locale) }),
    yMax: chartMoney(highest.times(new Dec('1.08')), currency),
    empty: offers.length === 0,
  }
}

export interface Milestone {
  code: SignalCode
  offerId: string
  date: string
}

/**
 * The first offer of the series where each kind of outside money appears, read
 * from the engine's own signals: when the family, extended family or a property
 * first comes in.
 */
export function firstAppearances(summary: CaseSummary): Milestone[] {
  const codes: SignalCode[] = ['FAMILY_IMMEDIATE', 'FAMILY_EXTENDED', 'FAMILY_PROPERTY', 'SELLER_PROPERTY', 'THIRD_PARTY_MAJORITY']
  const found: Milestone[] = []
  for (const code of codes) {
    const offer = summary.series.find((o) => o.assessment?.signals.some((signal) => signal.code === code))
    if (offer) found.push({ code, offerId: offer.id, date: offer.date })
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
