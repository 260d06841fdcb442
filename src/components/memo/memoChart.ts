// The memo's convergence chart as a PNG: the analysis chart, drawn in the memo's
// fonts, labelled in every language of the memo (legend, axes, loss line), with
// each offer and demand labelled with its total as the memo shows it.
import type { Chart as ChartType, Plugin } from 'chart.js'
import { convergenceSeries, dayNumber, shownOfferTotal, type CaseView, type SeriesPoint, type Words } from '@/domain'
import { chartMoney, convergenceData } from '@/components/analysis/chartAdapter'
import { convergenceConfig } from '@/components/analysis/convergenceConfig'
import { COLOURS } from '@/components/analysis/chartTheme'
import { hatchPattern, loadChartJs } from '@/components/analysis/loadChart'
import { chartPng } from '@/components/analysis/printChart'
import { MEMO_FONTS } from './memoFonts'

export interface MemoChartText {
  legend: { seller: string; buyer: string; withdrawn: string; accepted: string }
  /** "Loss 损失 $90,418.83" */
  loss: string
  axes: { x: string; y: string }
  /** Formats ticks and point labels. */
  words: Words
}

interface ValueLabel {
  x: number
  y: number
  text: string
  below: boolean
  colour: string
}

function valueLabels(view: CaseView, words: Words): ValueLabel[] {
  const series = convergenceSeries(view)
  const label = (point: SeriesPoint, below: boolean, colour: string): ValueLabel[] =>
    point.row
      ? [{ x: dayNumber(point.date), y: chartMoney(point.value, view.base), text: words.money(shownOfferTotal(point.row, view.base).shown, view.base), below, colour }]
      : []
  // Offers rise from below and demands come down from above: label each on its own side of the lines.
  return [
    ...series.seller.flatMap((point) => label(point, true, COLOURS.seller)),
    ...series.buyer.flatMap((point) => label(point, false, COLOURS.buyer)),
    ...series.withdrawn.flatMap((point) => label(point, false, '#777777')),
  ]
}

function labelsPlugin(labels: readonly ValueLabel[], loss: { y: number | null; text: string }, size: number): Plugin {
  return {
    id: 'memoLabels',
    afterDatasetsDraw(chart: ChartType) {
      const { ctx, chartArea, scales } = chart
      const xScale = scales.x
      const yScale = scales.y
      if (!xScale || !yScale) return
      ctx.save()
      ctx.font = `600 ${size}px ${MEMO_FONTS}`
      type Box = { left: number; top: number; width: number; height: number }
      const boxOf = (text: string, x: number, y: number, align: CanvasTextAlign, baseline: CanvasTextBaseline): Box => {
        const width = ctx.measureText(text).width
        const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x
        return { left: left - 3, top: baseline === 'bottom' ? y - size - 1 : y - 1, width: width + 6, height: size + 3 }
      }
      const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height
      const draw = (text: string, x: number, y: number, align: CanvasTextAlign, baseline: CanvasTextBaseline, colour: string) => {
        const box = boxOf(text, x, y, align, baseline)
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)'
        ctx.fillRect(box.left, box.top, box.width, box.height)
        ctx.fillStyle = colour
        ctx.textAlign = align
        ctx.textBaseline = baseline
        ctx.fillText(text, x, y)
      }
      const placed: Box[] = []
      for (const label of labels) {
        const px = Math.min(Math.max(xScale.getPixelForValue(label.x), chartArea.left + 40), chartArea.right - 40)
        const py = yScale.getPixelForValue(label.y)
        const y = label.below ? py + 9 : py - 9
        const baseline = label.below ? 'top' : 'bottom'
        placed.push(boxOf(label.text, px, y, 'center', baseline))
        draw(label.text, px, y, 'center', baseline, label.colour)
      }
      if (loss.y !== null) {
        const y = yScale.getPixelForValue(loss.y)
        // The loss's own label goes where no point's label is: right or left, above or below its line.
        const spots: [number, number, CanvasTextAlign, CanvasTextBaseline][] = [
          [chartArea.right - 4, y - 3, 'right', 'bottom'],
          [chartArea.left + 4, y - 3, 'left', 'bottom'],
          [chartArea.right - 4, y + 3, 'right', 'top'],
          [chartArea.left + 4, y + 3, 'left', 'top'],
        ]
        const spot = spots.find(([x, sy, align, baseline]) => !placed.some((box) => overlaps(box, boxOf(loss.text, x, sy, align, baseline)))) ?? spots[0]!
        if (y >= chartArea.top - 1 && y <= chartArea.bottom + 1) draw(loss.text, ...spot, COLOURS.loss)
      }
      ctx.restore()
    },
  }
}

/** The labels of the projection's marks on the memo's chart, so their typefaces are loaded before drawing. */
export function projectionMarkLabels(view: CaseView, words: MemoChartText['words'], projectedOn: string): string[] {
  const ahead = convergenceData(convergenceSeries(view, projectedOn), view.base, words).marks.ahead
  return ahead ? [ahead.band?.label, ahead.meet?.label, ahead.stall?.label, ahead.deadline?.label].filter((label): label is string => !!label) : []
}

/** The chart as `data:image/png;base64,...`, `width` × `height` CSS pixels at `devicePixelRatio`. */
export async function renderMemoChartPng(view: CaseView, text: MemoChartText, size: { width: number; height: number; devicePixelRatio: number }, projectedOn?: string): Promise<string> {
  const { Chart } = await loadChartJs()
  // With the projection chosen, the chart carries its marks as of the memo's day (issue 20): the
  // ceiling's band, the meeting point or the stall, and the next deadline, each labelled once.
  const drawn = convergenceData(convergenceSeries(view, projectedOn), view.base, text.words)
  // Each point is labelled once, by this chart's own labels (the total in full, as the memo prints it):
  // the analysis chart's short labels ("$196.3K") are left out, or every point would carry two.
  const { midpoint, bracket, projection, ahead } = drawn.marks
  const marks = { midpoint, bracket, projection, ...(projectedOn && ahead ? { ahead } : {}), sellerLabels: [], buyerLabels: [] }
  const data = { ...drawn, marks, legend: text.legend, lossLabel: text.loss }
  const fontSize = Math.round(Math.min(16, Math.max(12, size.width / 60)))
  const config = convergenceConfig(data, { compact: false, hatch: hatchPattern, still: { devicePixelRatio: size.devicePixelRatio }, fontSize })
  const axisTitle = (title: string) => ({ display: true, text: title, color: COLOURS.tick, font: { size: fontSize } })
  const scales = config.options?.scales
  if (scales?.x) Object.assign(scales.x, { title: axisTitle(text.axes.x) })
  if (scales?.y) Object.assign(scales.y, { title: axisTitle(text.axes.y) })
  // The loss line's label is drawn with the memo's fonts, beside the amounts.
  config.plugins = [...(config.plugins ?? []).filter((plugin) => plugin.id !== 'lossLine'), labelsPlugin(valueLabels(view, text.words), { y: data.loss, text: text.loss }, fontSize)]

  const font = Chart.defaults.font
  const family = font.family
  font.family = MEMO_FONTS
  try {
    return chartPng(Chart, config, size.width, size.height)
  } finally {
    if (family === undefined) delete font.family
    else font.family = family
  }
}
