// What the moves say about the talks: how far each side moved per round (the
// buyer's concessions as well as the seller's), the days between rounds and since
// the last move, and where the seller's shrinking raises would land.
import { Dec } from '../decimal'
import { daysBetween } from '../dates'
import type { CaseSummary } from '../summary'
import type { CaseView, OfferRow } from './caseView'

export interface Round {
  row: OfferRow
  /**
   * How far this side came toward the other since its previous move: a seller's raise, or how
   * much a buyer lowered the demand (negative when a side went back). Null for a side's first move.
   */
  movement: Dec | null
  /** Days since the move before it, of either side; null for the first. */
  daysSincePrevious: number | null
}

export interface Rounds {
  /** Every move that is not withdrawn, in negotiation order. */
  rounds: Round[]
  /** Each side's movements, oldest first (one per move after that side's first). */
  seller: Dec[]
  buyer: Dec[]
  lastMove: OfferRow | null
  /** Days from the last move to `today`; null without moves. */
  daysSinceLastMove: number | null
}

/** The rounds of one case view, worked out once per view (several screens read them). */
interface ViewRounds {
  rounds: Round[]
  byId: Map<string, Round>
  seller: Dec[]
  buyer: Dec[]
  lastMove: OfferRow | null
}
const ofView = new WeakMap<CaseView, ViewRounds>()
// A row's round, kept while the row (the view builder keeps a row while its offer and figures do)
// and what it is measured from stay the same: an edit makes new rounds only where it changed
// something, and a screen can tell which rounds it need not draw again.
const kept = new WeakMap<OfferRow, { before: Dec | null; previous: OfferRow | null; round: Round }>()

const sameFigure = (a: Dec | null, b: Dec | null) => a === b || (a !== null && b !== null && a.equals(b))

function roundsOf(view: CaseView): ViewRounds {
  let found = ofView.get(view)
  if (found) return found
  const rounds: Round[] = []
  const previousTotal: Record<'seller' | 'buyer', Dec | null> = { seller: null, buyer: null }
  const moved: Record<'seller' | 'buyer', Dec[]> = { seller: [], buyer: [] }
  let previous: OfferRow | null = null
  for (const row of view.offers) {
    if (row.summary.status === 'withdrawn') continue
    const before = previousTotal[row.from]
    const old = kept.get(row)
    let round: Round
    if (old && sameFigure(old.before, before) && (old.previous === previous || old.previous?.summary.date === previous?.summary.date)) round = old.round
    else {
      // Toward the other side: up for the seller, down for the buyer.
      const movement = before === null ? null : row.from === 'seller' ? row.summary.total.minus(before) : before.minus(row.summary.total)
      round = { row, movement, daysSincePrevious: previous ? daysBetween(previous.summary.date, row.summary.date) : null }
    }
    kept.set(row, { before, previous, round })
    if (round.movement) moved[row.from].push(round.movement)
    rounds.push(round)
    previousTotal[row.from] = row.summary.total
    previous = row
  }
  found = { rounds, byId: new Map(rounds.map((round) => [round.row.id, round])), seller: moved.seller, buyer: moved.buyer, lastMove: previous }
  ofView.set(view, found)
  return found
}

export function negotiationRounds(view: CaseView, today: string): Rounds {
  const { rounds, seller, buyer, lastMove } = roundsOf(view)
  return { rounds, seller, buyer, lastMove, daysSinceLastMove: lastMove ? daysBetween(lastMove.summary.date, today) : null }
}

/** Each move's round by its id (withdrawn moves have none): the same object from edit to edit while it does not change. */
export function roundsById(view: CaseView): ReadonlyMap<string, Round> {
  return roundsOf(view).byId
}

export interface Projection {
  /** Where the seller's offers would land: latest + last raise × r / (1 − r). Base currency. */
  landing: Dec
  latest: Dec
  lastRaise: Dec
  previousRaise: Dec
  /** r = last raise / previous raise, with 0 < r < 1. */
  ratio: Dec
}

/**
 * The projected landing: when the seller's last raise is smaller than the one before
 * (0 < r < 1), and each later raise keeps shrinking by the same ratio, the offers approach
 * the limit of a geometric series. Null with fewer than three offers in the series, or when
 * the raises are not shrinking (r ≥ 1, or a raise of zero or less).
 */
export function projectedLanding(summary: Pick<CaseSummary, 'series'>): Projection | null {
  const series = summary.series
  if (series.length < 3) return null
  const [first, second, latest] = series.slice(-3).map((offer) => offer.total) as [Dec, Dec, Dec]
  // Raises are compared to 8 decimal places: two raises of CNY 200,000 converted at 7.2 differ
  // only in the 40th digit, and equal raises must read as r = 1, not as "shrinking".
  const previousRaise = second.minus(first).toDecimalPlaces(8, Dec.ROUND_HALF_UP)
  const lastRaise = latest.minus(second).toDecimalPlaces(8, Dec.ROUND_HALF_UP)
  if (!previousRaise.greaterThan(0) || !lastRaise.greaterThan(0)) return null
  const ratio = lastRaise.div(previousRaise)
  if (ratio.greaterThanOrEqualTo(1)) return null
  const landing = latest.plus(lastRaise.times(ratio).div(new Dec(1).minus(ratio)))
  return { landing, latest, lastRaise, previousRaise, ratio }
}
