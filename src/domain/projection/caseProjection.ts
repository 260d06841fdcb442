// The projection of the talks (issue 20, docs/projection.md): each side's trend, where
// they meet (the round and the date) or how far apart the trends stop (a stall), the
// midpoint rules beside it, and how well the method would have predicted the last move.
import { Dec } from '../money/decimal'
import { dayNumber, daysBetween, isoOfDay } from '../support/dates'
import type { CaseView, OfferRow } from '../view/caseView'
import { fitDecay, leaveOneOutFits, bandOf, type Band } from './decay'
import { concessionsOf, fitPoints, movesOf, sideProjection, type Side, type SideProjection } from './side'

/** Rounds looked ahead for a meeting before saying it is further off. */
export const MAX_ROUNDS_AHEAD = 24
/** The methods disagree when their figures are further apart than this share of the loss (the app's threshold). */
export const DISAGREEMENT_SHARE = new Dec('0.1')

export type Outcome =
  /** The trends cross: in `roundsAhead` more rounds, about `amount`, about `date`. */
  | { kind: 'meet'; roundsAhead: number; round: number; date: string | null; amount: Dec; seller: Dec; buyer: Dec }
  /** Both sides slow down and stop apart: the seller's ceiling under the buyer's floor, by `gap`. */
  | { kind: 'stall'; gap: Dec; ceiling: Dec; floor: Dec }
  /** They meet only after more than MAX_ROUNDS_AHEAD rounds. */
  | { kind: 'beyond'; rounds: number }
  /** The latest offer already reaches the latest demand, or a move is accepted. */
  | { kind: 'met' }
  /** A side's trend cannot be read (missing moves, a step back): no outcome. */
  | { kind: 'unknown' }

export interface Backtest {
  side: Side
  /** The move left out: the side's last. */
  row: OfferRow
  /** What the trend without it said that move would be (one more concession on the fitted trend). */
  predicted: Dec
  band: Band | null
  actual: Dec
}

export interface Midpoints {
  first: Dec | null
  latest: Dec | null
}

export interface Disagreement {
  /** The largest difference between the methods' figures. */
  spread: Dec
  /** 10% of the loss. */
  limit: Dec
  disagree: boolean
}

export interface CaseProjection {
  seller: SideProjection
  buyer: SideProjection
  outcome: Outcome
  /** The median days between a side's consecutive moves; null with no two moves on a side. */
  daysPerRound: number | null
  midpoints: Midpoints
  /** The concession-decay figure set against the midpoint rules: the meeting amount, else the seller's ceiling. */
  decayFigure: Dec | null
  disagreement: Disagreement | null
  backtests: readonly Backtest[]
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}

function daysBetweenMoves(moves: readonly OfferRow[]): number[] {
  return moves.slice(1).map((row, i) => daysBetween((moves[i] as OfferRow).summary.date, row.summary.date))
}

const addDays = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days)

/** Both sides keep conceding on their trends, one move each per round, until the offer reaches the demand. */
function meeting(seller: SideProjection, buyer: SideProjection, rounds: number, lastDate: string, days: number | null): Outcome {
  const [sFit, bFit] = [seller.fit, buyer.fit]
  if (!sFit || !bFit || !seller.latest || !buyer.latest || !seller.lastConcession || !buyer.lastConcession) return { kind: 'unknown' }
  if (seller.limit && buyer.limit && seller.limit.lessThan(buyer.limit))
    return { kind: 'stall', gap: buyer.limit.minus(seller.limit), ceiling: seller.limit, floor: buyer.limit }
  let offer = seller.latest
  let demand = buyer.latest
  let sStep = seller.lastConcession
  let bStep = buyer.lastConcession
  for (let ahead = 1; ahead <= MAX_ROUNDS_AHEAD; ahead++) {
    sStep = sStep.times(sFit.rho)
    bStep = bStep.times(bFit.rho)
    offer = offer.plus(sStep)
    demand = demand.minus(bStep)
    if (offer.greaterThanOrEqualTo(demand))
      return { kind: 'meet', roundsAhead: ahead, round: rounds + ahead, date: days === null ? null : addDays(lastDate, days * ahead), amount: offer.plus(demand).div(2), seller: offer, buyer: demand }
  }
  return { kind: 'beyond', rounds: MAX_ROUNDS_AHEAD }
}

/** The side's trend without its last move, set against that move. */
function backtest(rows: readonly OfferRow[], side: Side): Backtest | null {
  const moves = movesOf(rows, side)
  const last = moves[moves.length - 1]
  if (!last || moves.length < 4) return null
  const before = moves.slice(0, -1)
  const concessions = concessionsOf(before, side)
  const points = fitPoints(concessions)
  const fit = fitDecay(points)
  const lastStep = concessions[concessions.length - 1]
  const from = before[before.length - 1]
  if (!fit || !lastStep || !lastStep.amount.greaterThan(0) || !from) return null
  const direction = side === 'seller' ? 1 : -1
  const next = (rho: Dec) => {
    const step = lastStep.amount.times(rho)
    return direction === 1 ? from.summary.total.plus(step) : from.summary.total.minus(step)
  }
  // One more move on the trend: every refit gives a figure, slowing or not.
  const band = bandOf(leaveOneOutFits(points), (refit) => next(refit.rho), direction)
  return { side, row: last, predicted: next(fit.rho), band, actual: last.summary.total }
}

// Worked out once per case view: the panel, the chart, the CSV and the memo read the same one.
const ofView = new WeakMap<CaseView, CaseProjection>()

export function caseProjection(view: CaseView): CaseProjection {
  let found = ofView.get(view)
  if (!found) ofView.set(view, (found = projectionOf(view)))
  return found
}

function projectionOf(view: CaseView): CaseProjection {
  const rows = view.offers
  const seller = sideProjection(rows, 'seller')
  const buyer = sideProjection(rows, 'buyer')
  const daysPerRound = median([...daysBetweenMoves(seller.moves), ...daysBetweenMoves(buyer.moves)])
  const lastDate = rows.reduce<string | null>((max, row) => (max === null || row.summary.date > max ? row.summary.date : max), null)
  const { latestOffer, latestDemand } = view.summary
  const settled = view.acceptedOffer !== null || (latestOffer !== null && latestDemand !== null && latestOffer.total.greaterThanOrEqualTo(latestDemand.total))
  const count = (side: Side) => rows.reduce((n, row) => (row.from === side && row.summary.status !== 'withdrawn' ? n + 1 : n), 0)
  const rounds = Math.max(count('seller'), count('buyer'))
  const outcome: Outcome = settled ? { kind: 'met' } : lastDate ? meeting(seller, buyer, rounds, lastDate, daysPerRound) : { kind: 'unknown' }

  const firstOffer = rows.find((row) => row.from === 'seller' && row.summary.status !== 'withdrawn')?.summary.total
  const firstDemand = rows.find((row) => row.from === 'buyer' && row.summary.status !== 'withdrawn')?.summary.total
  const midpoints: Midpoints = {
    first: firstOffer && firstDemand ? firstOffer.plus(firstDemand).div(2) : null,
    latest: view.summary.midpoint,
  }
  const decayFigure = outcome.kind === 'meet' ? outcome.amount : seller.limit
  const figures = [decayFigure, midpoints.first, midpoints.latest].filter((figure): figure is Dec => figure !== null)
  let disagreement: Disagreement | null = null
  if (decayFigure && figures.length > 1 && !view.summary.lossTotal.isZero()) {
    const spread = Dec.max(...figures).minus(Dec.min(...figures))
    const limit = view.summary.lossTotal.times(DISAGREEMENT_SHARE)
    disagreement = { spread, limit, disagree: spread.greaterThan(limit) }
  }
  const backtests = (['seller', 'buyer'] as const).flatMap((side) => {
    const found = backtest(rows, side)
    return found ? [found] : []
  })
  return { seller, buyer, outcome, daysPerRound, midpoints, decayFigure, disagreement, backtests }
}
