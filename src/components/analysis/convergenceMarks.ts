// What the convergence chart draws over its lines, from the adapter's numbers and
// texts: a value beside each offer and demand, the midpoint of the latest demand
// and offer, the bracket of the gap between them, and the projected landing.
import type { Chart, Plugin } from 'chart.js'
import type { ConvergenceMarks } from './chartAdapter'
import type { ProjectionMarks } from './projectionMarks'
import { COLOURS, FONT_FAMILY } from './chartTheme'

export const MARK_COLOURS = { midpoint: '#6b3fa0', bracket: '#1c2430', projection: '#1f5fa8', band: '#1f5fa8', meet: '#1d6b3a', stall: '#a3261c', deadline: '#8a5a00' } as const

/** Text on a white band, so it reads over a line or the grid. */
function labelAt(chart: Chart, text: string, x: number, y: number, colour: string, size: number, align: CanvasTextAlign) {
  const { ctx } = chart
  ctx.font = `600 ${size}px ${FONT_FAMILY}`
  ctx.textAlign = align
  ctx.textBaseline = 'middle'
  const width = ctx.measureText(text).width
  // Kept inside the plot: a label at the last point would otherwise run off the right edge.
  const area = chart.chartArea
  x = Math.min(Math.max(x, area.left + (align === 'center' ? width / 2 : align === 'right' ? width : 0) + 3), area.right - (align === 'center' ? width / 2 : align === 'left' ? width : 0) - 3)
  const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x
  ctx.fillStyle = 'rgba(255, 255, 255, 0.88)'
  ctx.fillRect(left - 3, y - size / 2 - 2, width + 6, size + 4)
  ctx.fillStyle = colour
  ctx.fillText(text, x, y)
}

function dashedLine(chart: Chart, y: number, colour: string) {
  const { ctx, chartArea } = chart
  ctx.strokeStyle = colour
  ctx.lineWidth = 1.5
  ctx.setLineDash([3, 4])
  ctx.beginPath()
  ctx.moveTo(chartArea.left, y)
  ctx.lineTo(chartArea.right, y)
  ctx.stroke()
  ctx.setLineDash([])
}

export function marksPlugin(marks: ConvergenceMarks, size: number, pointLabels: boolean): Plugin {
  return {
    id: 'marks',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x
      const y = chart.scales.y
      if (!x || !y) return
      const { ctx, chartArea } = chart
      ctx.save()
      if (marks.midpoint) {
        const at = y.getPixelForValue(marks.midpoint.y)
        dashedLine(chart, at, MARK_COLOURS.midpoint)
        labelAt(chart, marks.midpoint.label, chartArea.left + 6, at - size, MARK_COLOURS.midpoint, size, 'left')
      }
      if (marks.projection) {
        const at = y.getPixelForValue(marks.projection.y)
        dashedLine(chart, at, MARK_COLOURS.projection)
        labelAt(chart, marks.projection.label, chartArea.left + 6, at - size, MARK_COLOURS.projection, size, 'left')
      }
      if (marks.bracket) {
        const at = Math.min(x.getPixelForValue(marks.bracket.x) + 10, chartArea.right - 4)
        const [top, bottom] = [y.getPixelForValue(marks.bracket.to), y.getPixelForValue(marks.bracket.from)]
        ctx.strokeStyle = MARK_COLOURS.bracket
        ctx.lineWidth = 1.5
        ctx.beginPath()
        ctx.moveTo(at - 5, top)
        ctx.lineTo(at, top)
        ctx.lineTo(at, bottom)
        ctx.lineTo(at - 5, bottom)
        ctx.stroke()
        // Beside the bracket, just under its middle, where the midpoint line runs.
        labelAt(chart, marks.bracket.label, at - 8, (top + bottom) / 2 + size + 2, MARK_COLOURS.bracket, size, 'right')
      }
      if (marks.ahead) drawAhead(chart, marks.ahead, size)
      if (pointLabels) {
        const lists: [number, readonly string[], number][] = [
          [0, marks.sellerLabels, -1],
          [1, marks.buyerLabels, 1],
        ]
        for (const [index, labels, side] of lists) {
          const meta = chart.getDatasetMeta(index)
          if (!meta || meta.hidden) continue
          meta.data.forEach((point, i) => {
            const text = labels[i]
            if (text) labelAt(chart, text, point.x, point.y + side * (size + 4), index === 0 ? COLOURS.seller : COLOURS.buyer, size - 1, 'center')
          })
        }
      }
      ctx.restore()
    },
  }
}

/** The decay projection (issue 20): the ceiling's range, the meeting point or the stall gap, the next deadline. */
function drawAhead(chart: Chart, ahead: ProjectionMarks, size: number) {
  const x = chart.scales.x
  const y = chart.scales.y
  if (!x || !y) return
  const { ctx, chartArea } = chart
  if (ahead.band) {
    const bottom = Math.min(y.getPixelForValue(ahead.band.from), chartArea.bottom)
    const top = ahead.band.to === null ? chartArea.top : Math.max(y.getPixelForValue(ahead.band.to), chartArea.top)
    ctx.fillStyle = 'rgba(31, 95, 168, 0.12)'
    ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, Math.max(bottom - top, 2))
    ctx.strokeStyle = MARK_COLOURS.band
    ctx.lineWidth = 1
    ctx.strokeRect(chartArea.left, top, chartArea.right - chartArea.left, Math.max(bottom - top, 2))
    labelAt(chart, ahead.band.label, chartArea.right - 6, top + size, MARK_COLOURS.band, size, 'right')
  }
  if (ahead.deadline) {
    const at = x.getPixelForValue(ahead.deadline.x)
    ctx.strokeStyle = MARK_COLOURS.deadline
    ctx.lineWidth = 2
    ctx.setLineDash([6, 4])
    ctx.beginPath()
    ctx.moveTo(at, chartArea.top)
    ctx.lineTo(at, chartArea.bottom)
    ctx.stroke()
    ctx.setLineDash([])
    // Near the foot of the line: the top right is where the loss line's label sits.
    labelAt(chart, ahead.deadline.label, at - 4, chartArea.bottom - size * 1.5, MARK_COLOURS.deadline, size, 'right')
  }
  if (ahead.meet) {
    const [px, py] = [x.getPixelForValue(ahead.meet.x), y.getPixelForValue(ahead.meet.y)]
    ctx.fillStyle = MARK_COLOURS.meet
    ctx.beginPath()
    ctx.moveTo(px, py - 7)
    ctx.lineTo(px + 7, py)
    ctx.lineTo(px, py + 7)
    ctx.lineTo(px - 7, py)
    ctx.closePath()
    ctx.fill()
    labelAt(chart, ahead.meet.label, px, py - size - 6, MARK_COLOURS.meet, size, 'center')
  }
  if (ahead.stall) {
    const at = Math.min(x.getPixelForValue(ahead.stall.x) + 24, chartArea.right - 4)
    const [top, bottom] = [y.getPixelForValue(ahead.stall.to), y.getPixelForValue(ahead.stall.from)]
    ctx.strokeStyle = MARK_COLOURS.stall
    ctx.lineWidth = 2
    ctx.beginPath()
    ctx.moveTo(at - 6, top)
    ctx.lineTo(at, top)
    ctx.lineTo(at, bottom)
    ctx.lineTo(at - 6, bottom)
    ctx.stroke()
    labelAt(chart, ahead.stall.label, at - 10, (top + bottom) / 2, MARK_COLOURS.stall, size, 'right')
  }
}
