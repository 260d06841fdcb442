// What every chart of the app shares: colours, type, ticks, the loss line and
// white paper for images. Only types come from chart.js here, so this file costs
// nothing until a chart is drawn.
import type { Plugin } from 'chart.js'
import { formatCompactMoney, formatDate, formatShortDate, isoOfDay } from '@/domain'

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

/**
 * An axis tick in the base currency, short, by the domain's money formatter: `$40K`, `HK$400K`; in
 * Chinese as every other amount, the same on every tick: `18.6万美元`, `25万美元`, `人民币25万元`.
 */
export function moneyTick(value: number, currency: string, locale: string): string {
  return formatCompactMoney(String(value), currency, locale)
}

/** A day on the time axis: `May 9`, or `May 9, 2024` when the negotiation spans years. */
export function dayTick(day: number, locale: string, withYear: boolean): string {
  return (withYear ? formatDate : formatShortDate)(isoOfDay(day), locale)
}

/** Whole days between ticks so that at most `limit` ticks fit in `span` days. */
export function dayStep(span: number, limit: number): number {
  for (const step of [1, 2, 3, 7, 14, 30, 61, 91, 182, 365, 730]) if (span / step <= limit) return step
  return Math.ceil(span / limit)
}

/** Draws the loss as a labelled horizontal line, so no one has to look it up in a legend. */
export function lossLinePlugin(loss: number | null, label: string, drawLine: boolean, size: number): Plugin {
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
export const paperPlugin: Plugin = {
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

export function common(env: ChartEnv) {
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

