// One side's reading of the trend: its moves and concessions, any step back named,
// the decay fit, where it stops (the seller's ceiling O∞ or the buyer's floor D∞)
// and the band of leave-one-round-out refits (docs/projection.md).
import { Dec } from '../money/decimal'
import type { OfferRow } from '../view/caseView'
import { CONCESSION_PLACES, bandOf, fitDecay, leaveOneOutFits, limitOf, type Band, type DecayFit, type FitPoint } from './decay'

export type Side = 'seller' | 'buyer'

/** Moves a side needs before its trend is read: three moves give two concessions. */
export const MIN_MOVES = 3
/** The trend is read from a side's latest moves, at most this many (docs/projection.md, "Limits"). */
export const TREND_MOVES = 25

export interface Concession {
  k: number
  /** The move that made it. */
  row: OfferRow
  /** Toward the other side (a seller's raise, a buyer's lowering), rounded to 8 places; negative for a step back. */
  amount: Dec
}

/**
 * `missing`: fewer than three moves; `broken`: the latest move is a step back or no move, or fewer
 * than two concessions are left to fit once steps back are set aside; `not-slowing`: ρ ≥ 1;
 * `slowing`: ρ < 1, with a limit.
 */
export type SideState = 'missing' | 'broken' | 'not-slowing' | 'slowing'

export interface SideProjection {
  side: Side
  state: SideState
  /** The side's moves that count (not withdrawn), in negotiation order: its latest TREND_MOVES. */
  moves: readonly OfferRow[]
  /** How many more moves the side needs before a figure (state `missing`). */
  missing: number
  concessions: readonly Concession[]
  /** Steps back (named, never fitted). */
  retreats: readonly Concession[]
  /** Moves that did not move (named, never fitted). */
  standstills: readonly Concession[]
  fit: DecayFit | null
  /** O_n or D_n. */
  latest: Dec | null
  /** c_n: the last concession, when the trend is read from it. */
  lastConcession: Dec | null
  /** O∞ (seller) or D∞ (buyer); null unless slowing. */
  limit: Dec | null
  /** Leave-one-round-out band of the limit; null with fewer than three concessions fitted. */
  band: Band | null
}

export const directionOf = (side: Side): 1 | -1 => (side === 'seller' ? 1 : -1)

/** The side's latest moves (at most TREND_MOVES): not withdrawn, in negotiation order. */
export function movesOf(rows: readonly OfferRow[], side: Side): OfferRow[] {
  const found: OfferRow[] = []
  for (let i = rows.length - 1; i >= 0 && found.length < TREND_MOVES; i--) {
    const row = rows[i] as OfferRow
    if (row.from === side && row.summary.status !== 'withdrawn') found.push(row)
  }
  return found.reverse()
}

export function concessionsOf(moves: readonly OfferRow[], side: Side): Concession[] {
  return moves.slice(1).map((row, index) => {
    const before = (moves[index] as OfferRow).summary.total
    const moved = side === 'seller' ? row.summary.total.minus(before) : before.minus(row.summary.total)
    return { k: index + 1, row, amount: moved.toDecimalPlaces(CONCESSION_PLACES, Dec.ROUND_HALF_UP) }
  })
}

export const fitPoints = (concessions: readonly Concession[]): FitPoint[] =>
  concessions.filter((c) => c.amount.greaterThan(0)).map((c) => ({ k: c.k, amount: c.amount }))

export function sideProjection(rows: readonly OfferRow[], side: Side): SideProjection {
  const moves = movesOf(rows, side)
  const concessions = concessionsOf(moves, side)
  const retreats = concessions.filter((c) => c.amount.isNegative())
  const standstills = concessions.filter((c) => c.amount.isZero())
  const last = concessions[concessions.length - 1]
  const latest = moves[moves.length - 1]?.summary.total ?? null
  const base = { side, moves, concessions, retreats, standstills, latest, missing: 0, fit: null, lastConcession: null, limit: null, band: null }
  if (moves.length < MIN_MOVES) return { ...base, state: 'missing', missing: MIN_MOVES - moves.length }
  const points = fitPoints(concessions)
  const fit = fitDecay(points)
  if (!last || !last.amount.greaterThan(0) || !fit || latest === null) return { ...base, state: 'broken', fit }
  const direction = directionOf(side)
  const limit = limitOf(latest, last.amount, fit, direction)
  const band = bandOf(leaveOneOutFits(points), (refit) => limitOf(latest, last.amount, refit, direction), direction)
  return { ...base, state: fit.slowing ? 'slowing' : 'not-slowing', fit, lastConcession: last.amount, limit, band: fit.slowing ? band : null }
}
