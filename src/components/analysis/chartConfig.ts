// chart.js configurations for the analysis charts, built from the adapter's
// numbers and texts (chartData.ts). Only types come from chart.js here, so this
// file costs nothing until a chart is drawn.
import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js'
import { isoOfDay, longDate, shortDate, type ChartPoint, type CompositionData, type ConvergenceData, type PointNote, type Translate } from './chartData'

export interface ChartEnv {
  /** A narrow screen: smaller type, fewer ticks. */
  compact: boolean
  /** The fill of a hatched bar segment (a canvas pattern), or a plain colour where no canvas is at hand. */
  hatch: (colour: string, faded: boolean) => CanvasPattern | string
  /** For an image: no animation, the canvas's own size, a given pixel ratio and white paper behind. */
  still?: { devicePixelRatio: number }
  /** Type size in CSS pixels; by default 11 on a narrow screen, 12 otherwise. An image for print wants more. */
  fontSize?: number
}

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
export const COLOURS = {
  seller: '#1f5fa8',
  buyer: '#c2571a',
  loss: '#1c2430',
  accepted: '#1d7a46',
  grid: '#e6e9ef',
  tick: '#4b5565',
} as const

/** `#1f5fa8` at 35% opacity: withdrawn offers and the tint behind hatching. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

const compactMoneyFormats = new Map<string, Intl.NumberFormat>()
/** An axis tick in the base currency, short: `$40K`, `US$4万`, `HK$400K`. */
export function moneyTick(value: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`
  let format = compactMoneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 })
    compactMoneyFormats.set(key, format)
  }
  return format.format(value)
}

/** A day on the time axis: `May 9`, or `May 9, 2024` when the negotiation spans years. */
export function dayTick(day: number, locale: string, withYear: boolean): string {
  return (withYear ? longDate : shortDate)(isoOfDay(day), locale)
}

/** Whole days between ticks so that at most `limit` ticks fit in `span` days. */
export function dayStep(span: number, limit: number): number {
  for (const step of [1, 2, 3, 7, 14, 30, 61, 91, 182, 365, 730]) if (span / step <= limit) return step
  return Math.ceil(span / limit)
}

/** Draws the loss as a labelled horizontal line, so no one has to look it up in a legend. */
function lossLinePlugin(loss: number | null, label: string, drawLine: boolean, size: number): Plugin {
  return {
    id: 'lossLine',
    afterDatasetsDraw(chart) {
      const scale = chart.scales.y
      if (loss === null || !scale) return
      const { ctx, chartArea } = chart
      const y = scale.getPixelForValue(loss)
      if (y < chartArea.top - 1 || y > chartArea.bottom + 1) return
      ctx.save()
      if (drawLine) {
        ctx.strokeStyle = COLOURS.loss
        ctx.lineWidth = 1.5
        ctx.setLineDash([6, 4])
        ctx.beginPath()
        ctx.moveTo(chartArea.left, y)
        ctx.lineTo(chartArea.right, y)
        ctx.stroke()
        ctx.setLineDash([])
      }
      ctx.font = `600 ${size}px ${FONT_FAMILY}`
      ctx.textAlign = 'right'
      ctx.textBaseline = 'bottom'
      const x = chartArea.right - 4
      const width = ctx.measureText(label).width
      // A white band behind the text keeps it readable over a line or a bar.
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)'
      ctx.fillRect(x - width - 3, y - size - 5, width + 6, size + 3)
      ctx.fillStyle = COLOURS.loss
      ctx.fillText(label, x, y - 3)
      ctx.restore()
    },
  }
}

/** White paper behind an exported image (a PNG is transparent otherwise). */
const paperPlugin: Plugin = {
  id: 'paper',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

function common(env: ChartEnv) {
  const size = env.fontSize ?? (env.compact ? 11 : 12)
  return {
    size,
    base: {
      responsive: !env.still,
      maintainAspectRatio: false,
      animation: env.still ? (false as const) : { duration: 250 },
      ...(env.still ? { devicePixelRatio: env.still.devicePixelRatio } : {}),
      layout: { padding: env.still ? { top: 12, right: 14, bottom: 4, left: 6 } : { top: 4, right: env.compact ? 4 : 8 } },
    },
    legend: {
      position: 'bottom' as const,
      labels: {
        usePointStyle: true,
        boxWidth: env.compact ? 8 : 10,
        boxHeight: env.compact ? 8 : 10,
        padding: env.compact ? 10 : 16,
        color: COLOURS.loss,
        font: { size },
      },
    },
    tooltip: {
      backgroundColor: 'rgba(28, 36, 48, 0.94)',
      titleFont: { size: size + 1, weight: 'bold' as const },
      bodyFont: { size },
      footerFont: { size, weight: 'normal' as const },
      padding: 10,
      boxPadding: 4,
    },
    ticks: { color: COLOURS.tick, font: { size } },
  }
}

export interface ConvergenceTexts {
  t: Translate
}

/** The convergence chart: two stepped lines over a time axis, the loss line, withdrawn offers faded, the accepted one ringed. */
export function convergenceConfig(data: ConvergenceData, { t }: ConvergenceTexts, env: ChartEnv): ChartConfiguration<'line', ChartPoint[]> {
  const { size, base, legend, tooltip, ticks } = common(env)
  const datasets: ChartDataset<'line', ChartPoint[]>[] = []
  const notes: (readonly (PointNote | null)[])[] = []
  const radius = (list: readonly (PointNote | null)[], r: number) => list.map((note) => (note ? r : 0))

  if (data.seller.length) {
    datasets.push({
      label: t('analysis.convergence.seller'),
      data: data.seller,
      stepped: 'before',
      borderColor: COLOURS.seller,
      backgroundColor: COLOURS.seller,
      borderWidth: 2.5,
      pointStyle: 'circle',
      pointRadius: radius(data.sellerNotes, 4.5),
      pointHoverRadius: radius(data.sellerNotes, 6.5),
      pointHitRadius: radius(data.sellerNotes, 12),
      order: 2,
    })
    notes.push(data.sellerNotes)
  }
  if (data.buyer.length) {
    datasets.push({
      label: t('analysis.convergence.buyer'),
      data: data.buyer,
      stepped: 'before',
      borderColor: COLOURS.buyer,
      backgroundColor: COLOURS.buyer,
      borderWidth: 2.5,
      pointStyle: 'rect',
      pointRadius: radius(data.buyerNotes, 4.5),
      pointHoverRadius: radius(data.buyerNotes, 6.5),
      pointHitRadius: radius(data.buyerNotes, 12),
      order: 3,
    })
    notes.push(data.buyerNotes)
  }
  if (data.withdrawn.length) {
    const colours = data.withdrawnNotes.map((note) => withAlpha(note.side === 'seller' ? COLOURS.seller : COLOURS.buyer, 0.35))
    datasets.push({
      label: t('analysis.convergence.withdrawn'),
      data: data.withdrawn,
      showLine: false,
      pointStyle: data.withdrawnNotes.map((note) => (note.side === 'seller' ? 'circle' : 'rect')),
      pointRadius: 5,
      pointHoverRadius: 7,
      pointHitRadius: 12,
      backgroundColor: colours,
      borderColor: colours,
      order: 4,
    })
    notes.push(data.withdrawnNotes)
  }
  if (data.accepted && data.acceptedNote) {
    datasets.push({
      label: t('analysis.convergence.accepted'),
      data: [data.accepted],
      showLine: false,
      pointStyle: 'circle',
      pointRadius: 10,
      pointHoverRadius: 11,
      pointHitRadius: 12,
      borderWidth: 3,
      pointHoverBorderWidth: 3,
      borderColor: COLOURS.accepted,
      backgroundColor: 'rgba(255, 255, 255, 0)',
      order: 1,
    })
    notes.push([data.acceptedNote])
  }
  const lossIndex = datasets.length
  if (data.loss !== null) {
    datasets.push({
      label: data.lossLabel,
      data: [
        { x: data.xMin, y: data.loss },
        { x: data.xMax, y: data.loss },
      ],
      borderColor: COLOURS.loss,
      backgroundColor: COLOURS.loss,
      borderWidth: 1.5,
      borderDash: [6, 4],
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
      pointStyle: 'line',
      order: 5,
    })
    notes.push([null, null])
  }

  const noteOf = (item: TooltipItem<'line'>) => notes[item.datasetIndex]?.[item.dataIndex] ?? null
  const span = data.xMax - data.xMin
  const withYear = isoOfDay(data.xMin).slice(0, 4) !== isoOfDay(data.xMax).slice(0, 4)
  const tickLimit = env.compact ? 4 : 8
  const step = dayStep(span, tickLimit)

  return {
    type: 'line',
    data: { datasets },
    options: {
      ...base,
      parsing: false,
      interaction: { mode: 'nearest', intersect: true },
      scales: {
        x: {
          type: 'linear',
          min: data.xMin,
          max: data.xMax,
          grid: { color: COLOURS.grid },
          border: { color: '#b8c0cc' },
          afterBuildTicks(scale) {
            const first = Math.ceil(data.xMin)
            const ticks: { value: number }[] = []
            for (let day = first; day <= data.xMax; day += step) ticks.push({ value: day })
            scale.ticks = ticks
          },
          ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 12, callback: (value) => dayTick(Number(value), data.locale, withYear) },
        },
        y: {
          beginAtZero: true,
          suggestedMax: data.yMax,
          grid: { color: COLOURS.grid },
          border: { display: false },
          ticks: { ...ticks, maxTicksLimit: env.compact ? 6 : 8, callback: (value) => moneyTick(Number(value), data.currency, data.locale) },
        },
      },
      plugins: {
        legend: {
          ...legend,
          // In the order the datasets are listed (chart.js would sort by drawing order), without the labelled loss line.
          labels: { ...legend.labels, filter: (item) => item.datasetIndex !== lossIndex, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
        },
        tooltip: {
          ...tooltip,
          displayColors: false,
          // The accepted ring sits on an offer's own point: one tooltip per offer.
          filter: (item, index, items) => {
            const note = noteOf(item)
            return note !== null && items.findIndex((other) => noteOf(other)?.offerId === note.offerId) === index
          },
          callbacks: {
            title: (items) => (items[0] ? noteOf(items[0])?.title ?? '' : ''),
            label: (item) => noteOf(item)?.lines ?? [],
          },
        },
      },
    },
    plugins: [lossLinePlugin(data.loss, data.lossLabel, false, size), ...(env.still ? [paperPlugin] : [])],
  }
}

/** The composition chart: each seller offer a stacked bar, by who pays or by kind; property-backed money hatched. */
export function compositionConfig(data: CompositionData, env: ChartEnv): ChartConfiguration<'bar', number[], string[]> {
  const { size, base, legend, tooltip, ticks } = common(env)
  const datasets: ChartDataset<'bar', number[]>[] = data.segments.map((segment) => ({
    label: segment.label,
    data: segment.data,
    backgroundColor: data.faded.map((faded) => (segment.hatched ? env.hatch(segment.colour, faded) : faded ? withAlpha(segment.colour, 0.3) : segment.colour)),
    borderColor: data.faded.map((faded) => (faded ? withAlpha(segment.colour, 0.45) : segment.colour)),
    borderWidth: segment.hatched ? 1.5 : 0,
    stack: 'offer',
    maxBarThickness: 76,
    categoryPercentage: 0.72,
    barPercentage: 0.9,
  }))

  // On a phone every bar keeps its label: the id and the date only (a withdrawn bar is faded and says so on hover).
  const labels = env.compact ? data.labels.map((lines) => lines.slice(0, 2)) : data.labels
  const crowded = data.labels.length > (env.compact ? 6 : 12)
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...base,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked: true,
          grid: { display: false },
          border: { color: '#b8c0cc' },
          ticks: { ...ticks, maxRotation: 0, autoSkip: crowded, autoSkipPadding: 6 },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          suggestedMax: data.yMax,
          grid: { color: COLOURS.grid },
          border: { display: false },
          ticks: { ...ticks, maxTicksLimit: env.compact ? 6 : 8, callback: (value) => moneyTick(Number(value), data.currency, data.locale) },
        },
      },
      plugins: {
        legend,
        tooltip: {
          ...tooltip,
          filter: (item) => (data.segments[item.datasetIndex]?.note(item.dataIndex) ?? null) !== null,
          callbacks: {
            title: (items) => (items[0] ? data.title(items[0].dataIndex) : ''),
            label: (item) => data.segments[item.datasetIndex]?.note(item.dataIndex) ?? '',
            footer: (items) => (items[0] ? data.footer(items[0].dataIndex) : []),
          },
        },
      },
    },
    plugins: [lossLinePlugin(data.loss, data.lossLabel, true, size), ...(env.still ? [paperPlugin] : [])],
  }
}
