// The decay projection's marks on the convergence chart (issue 20), in the chart's
// numbers: the seller's ceiling range as a band, the meeting point or the stall gap,
// and the next procedural deadline as a vertical line; each with one label.
// Money becomes a number only through the adapter's `toChart` (chartAdapter.ts).
import { dayNumber, type AheadMarks, type Dec, type Words } from '@/domain'

export interface ProjectionMarks {
  /** A band across the plot from `from` to `to` (null: to the top). */
  band: { from: number; to: number | null; label: string } | null
  meet: { x: number; y: number; label: string } | null
  stall: { x: number; from: number; to: number; label: string } | null
  deadline: { x: number; label: string } | null
}

export const NO_PROJECTION_MARKS: ProjectionMarks = { band: null, meet: null, stall: null, deadline: null }

/** "Ceiling range $1–$2"; one figure when the refits agree to the cent; "from $1" when open above. */
function bandLabel(low: string, high: string | null, words: Words): string {
  if (high === null) return words.text('projection.chart.bandOpen', { low })
  return low === high ? words.text('projection.chart.bandOne', { low }) : words.text('projection.chart.band', { low, high })
}

export function projectionMarks(ahead: AheadMarks, currency: string, words: Words, toChart: (value: Dec) => number): ProjectionMarks {
  const money = (value: Dec) => words.money(value, currency)
  const { band, meet, stall, deadline } = ahead
  return {
    band: band
      ? {
          from: toChart(band.low),
          to: band.high ? toChart(band.high) : null,
          label: bandLabel(money(band.low), band.high ? money(band.high) : null, words),
        }
      : null,
    meet: meet ? { x: dayNumber(meet.date), y: toChart(meet.value), label: words.text('projection.chart.meet', { amount: money(meet.value) }) } : null,
    stall: stall ? { x: dayNumber(stall.date), from: toChart(stall.ceiling), to: toChart(stall.floor), label: words.text('projection.chart.stall', { gap: money(stall.gap) }) } : null,
    deadline: deadline ? { x: dayNumber(deadline.date), label: words.text('projection.chart.deadline', { date: words.shortDate(deadline.date) }) } : null,
  }
}
