// What the moves say about the talks: how far each side moved per round (the
// buyer's concessions as well as the seller's), the days between rounds and since
// the last move, and where the seller's shrinking raises would land.
import { Dec } from '../money/decimal'
import { daysBetween } from '../support/dates'
import type { CaseSummary } from '../figures/summary'
import { viewBefore, type CaseView, type OfferRow } from './caseView'
import { shownDifference, shownMoney, type Shown } from './footing'

export interface Round {
  row: OfferRow
  /**
   * How far this side came toward the other since its previous move: a seller's raise, or how
   * much a buyer lowered the demand (negative when a side went back). Null for a side's first move.
   */
  movement: Dec | null
  /**
   * How much this move changed its side's figure, as shown (the rounded totals' difference) and
   * exactly: a seller's raise is positive, a buyer's lowered demand negative. Null for a side's first move.
   */
  change: Shown | null
  /** Days since the move before it, of either side; null for the first. */
  daysSincePrevious: number | null
}

export interface Rounds {
  /** Every move that is not withdrawn, in negotiation order. */
  rounds: Round[]
  /** Each side's movements, oldest first (one per move after that side's first). */
  seller: Dec[]
  buyer: Dec[]
  /** Each side's changes of its figure as shown, oldest first (a raise +, a lowered demand −): what a screen lists. */
  changes: { seller: Shown[]; buyer: Shown[] }
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
  changes: { seller: Shown[]; buyer: Shown[] }
  lastMove: OfferRow | null
}
const ofView = new WeakMap<CaseView, ViewRounds>()
// A row's round, kept while the row (the view builder keeps a row while its offer and figures do)
// and what it is measured from stay the same: an edit makes new rounds only where it changed
// something, and a screen can tell which rounds it need not draw again.
const kept = new WeakMap<OfferRow, { before: Dec | null; previous: OfferRow | null; base: string; round: Round }>()

const sameFigure = (a: Dec | null, b: Dec | null) => a === b || (a !== null && b !== null && a.equals(b))

/** The round of `row`, given the total of its side's move before it and the move before it of either side. */
function roundOf(row: OfferRow, before: Dec | null, previous: OfferRow | null, base: string): Round {
  const old = kept.get(row)
  if (old && old.base === base && sameFigure(old.before, before) && (old.previous === previous || old.previous?.summary.date === previous?.summary.date)) return old.round
  // Toward the other side: up for the seller, down for the buyer.
  const movement = before === null ? null : row.from === 'seller' ? row.summary.total.minus(before) : before.minus(row.summary.total)
  // The figure's own change, worked from the totals as shown: the sign is the figure's, whichever side moved.
  const change = before === null ? null : shownDifference(shownMoney(row.summary.total, base), shownMoney(before, base))
  const round = { row, movement, change, daysSincePrevious: previous ? daysBetween(previous.summary.date, row.summary.date) : null }
  kept.set(row, { before, previous, base, round })
  return round
}

function roundsOf(view: CaseView): ViewRounds {
  let found = ofView.get(view)
  if (found) return found
  // From the rounds of the view built before this one, when they were worked out.
  const before = viewBefore(view)
  const earlier = before && ofView.get(before)
  found = (before && earlier && afterReplacing(before, earlier, view)) ?? walk(view)
  ofView.set(view, found)
  return found
}

function walk(view: CaseView): ViewRounds {
  const rounds: Round[] = []
  const previousTotal: Record<'seller' | 'buyer', Dec | null> = { seller: null, buyer: null }
  let previous: OfferRow | null = null
  for (const row of view.offers) {
    if (row.summary.status === 'withdrawn') continue
    rounds.push(roundOf(row, previousTotal[row.from], previous, view.base))
    previousTotal[row.from] = row.summary.total
    previous = row
  }
  return finished(rounds)
}

function finished(rounds: Round[], byId: Map<string, Round> = new Map(rounds.map((round) => [round.row.id, round]))): ViewRounds {
  const moved: Record<'seller' | 'buyer', Dec[]> = { seller: [], buyer: [] }
  const changes: Record<'seller' | 'buyer', Shown[]> = { seller: [], buyer: [] }
  for (const round of rounds) {
    if (round.movement) moved[round.row.from].push(round.movement)
    if (round.change) changes[round.row.from].push(round.change)
  }
  const lastMove = rounds[rounds.length - 1]?.row ?? null
  return { rounds, byId, seller: moved.seller, buyer: moved.buyer, changes, lastMove }
}

/**
 * The rounds of `view` from those of `before`, when its rows are those of `before` but a few
 * replaced where they stood (the same id, side, status and date): the rounds of the replaced rows
 * and the next round of each side after them are worked out again, no other. Null otherwise.
 */
function afterReplacing(before: CaseView, found: ViewRounds, view: CaseView): ViewRounds | null {
  const was = before.offers
  const rows = view.offers
  if (was.length !== rows.length) return null
  // The replaced rows that have a round (a withdrawn move has none), by id.
  const replaced = new Map<string, OfferRow>()
  let count = 0
  for (let i = 0; i < rows.length; i++) {
    const a = was[i]!
    const b = rows[i]!
    if (a === b) continue
    if (++count > MOST_REPLACED || a.id !== b.id || a.from !== b.from || a.summary.status !== b.summary.status || a.summary.date !== b.summary.date) return null
    if (b.summary.status !== 'withdrawn') replaced.set(b.id, b)
  }
  if (replaced.size === 0) return count === 0 ? found : { ...found }
  const rounds = found.rounds.slice()
  const byId = new Map(found.byId)
  let start = rounds.length
  for (const id of replaced.keys()) start = Math.min(start, rounds.indexOf(found.byId.get(id)!))
  // The rounds before the first replaced row stand. From there on, each round is worked out (or
  // kept) again, until each side has made its first move after the last replaced row.
  const previousTotal: Record<'seller' | 'buyer', Dec | null> = { seller: null, buyer: null }
  const seen = { seller: false, buyer: false }
  for (let k = start - 1; k >= 0 && !(seen.seller && seen.buyer); k--) {
    const row = rounds[k]!.row
    if (!seen[row.from]) previousTotal[row.from] = row.summary.total
    seen[row.from] = true
  }
  let previous = rounds[start - 1]?.row ?? null
  const after = { seller: false, buyer: false }
  const left = new Set(replaced.keys())
  for (let k = start; k < rounds.length && !(after.seller && after.buyer); k++) {
    const row = replaced.get(rounds[k]!.row.id) ?? rounds[k]!.row
    if (left.size === 0) after[row.from] = true
    const round = roundOf(row, previousTotal[row.from], previous, view.base)
    rounds[k] = round
    byId.set(row.id, round)
    previousTotal[row.from] = row.summary.total
    previous = row
    left.delete(row.id)
  }
  return finished(rounds, byId)
}
/** More rows replaced than this, and the rounds are walked again in full. */
const MOST_REPLACED = 8

export function negotiationRounds(view: CaseView, today: string): Rounds {
  const { rounds, seller, buyer, changes, lastMove } = roundsOf(view)
  return { rounds, seller, buyer, changes, lastMove, daysSinceLastMove: lastMove ? daysBetween(lastMove.summary.date, today) : null }
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
