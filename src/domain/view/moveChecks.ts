// What may be wrong with a move as typed, asked about before it is recorded (never refused):
// a step back from the side's previous move (a lower offer, a higher demand), a date before
// the side's previous move (it would renumber the moves), a date after today.
import type { Dec } from '../money/decimal'
import type { Offer } from '../caseFile/schema'
import type { CaseView, OfferRow } from './caseView'
import { movePreview } from './newMove'

export interface MoveWarnings {
  /** The move goes back on the side's previous move, and by how much (base currency, positive). */
  stepBack: { previous: OfferRow; by: Dec } | null
  /** The side's previous move, when this move is dated before it. */
  datedBefore: OfferRow | null
  /** Dated after the user's today. */
  future: boolean
}

/** The side's last standing move before `move` (before its place in the negotiation when it is already recorded). */
function previousOfSide(view: CaseView, move: Offer): OfferRow | null {
  const at = view.offers.findIndex((row) => row.id === move.id)
  const before = at === -1 ? view.offers : view.offers.slice(0, at)
  for (let i = before.length - 1; i >= 0; i--) {
    const row = before[i]
    if (row && row.from === move.from && row.summary.status !== 'withdrawn') return row
  }
  return null
}

export function moveWarnings(view: CaseView, move: Offer, today: string): MoveWarnings {
  const preview = movePreview(view, move)
  const stepBack =
    preview?.previous && preview.movement && preview.movement.isNegative() ? { previous: preview.previous, by: preview.movement.abs() } : null
  const previous = previousOfSide(view, move)
  return {
    stepBack,
    datedBefore: previous && move.date !== '' && move.date < previous.summary.date ? previous : null,
    future: move.date > today,
  }
}

/** Whether any warning needs the user's word before the move is recorded. */
export function needsConfirming(warnings: MoveWarnings): boolean {
  return warnings.stepBack !== null || warnings.datedBefore !== null || warnings.future
}
