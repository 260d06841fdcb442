// The stage clock beside the negotiation (issue 20, item 5): the current procedural
// stage (the latest event recorded), the next statutory deadline and the days left.
// Restitution and a guilty plea are weighed by how early and how actively they come
// (legal-context.md, "Timing"); the clock never puts a percentage on a stage.
import type { Deadline, ProcedureView } from '../legal/deadlines'
import type { ProcedureEvent } from '../tracker/criminalSchema'

export interface StageClock {
  /** The latest event recorded; null before any. */
  stage: ProcedureEvent | null
  /** The earliest running deadline; else the latest missed one; null when none. */
  next: Deadline | null
  /** The day the next deadline falls on, after a holiday moves it. */
  nextDay: string | null
  /** A Hong Kong case: no mainland deadlines. */
  hongKong: boolean
}

const dayOf = (deadline: Deadline) => deadline.movedTo ?? deadline.due

export function stageClock(procedure: ProcedureView, hongKong: boolean): StageClock {
  const stage = procedure.events[procedure.events.length - 1] ?? null
  if (hongKong) return { stage, next: null, nextDay: null, hongKong }
  const byDay = (a: Deadline, b: Deadline) => (dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : 0)
  const open = procedure.deadlines.filter((d) => d.state === 'open').sort(byDay)
  const overdue = procedure.deadlines.filter((d) => d.state === 'overdue').sort(byDay)
  const next = open[0] ?? overdue[overdue.length - 1] ?? null
  return { stage, next, nextDay: next ? dayOf(next) : null, hongKong }
}
