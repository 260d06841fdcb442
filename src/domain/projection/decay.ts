// The geometric decay of one side's concessions (docs/projection.md): c_k ≈ c_1·ρ^(k−1),
// fitted by least squares on ln c_k, all in exact decimals (Dec's ln and exp, 40 digits).
import { Dec, ZERO } from '../money/decimal'

/** Concessions are compared to 8 places: the same raise converted twice may differ in the 40th digit. */
export const CONCESSION_PLACES = 8
/** The fitted slope of ln c is kept to 20 places: equal concessions give exactly 0 (ρ = 1, not slowing). */
const SLOPE_PLACES = 20

export interface FitPoint {
  /** The concession's place in the side's series: 1 for the side's first concession (its second move). */
  k: number
  /** The concession, rounded to 8 places, greater than 0. */
  amount: Dec
}

export interface DecayFit {
  /** The slope b of ln c_k = a + b·(k − 1), to 20 places. */
  slope: Dec
  /** ρ = e^b. */
  rho: Dec
  /** ρ < 1: each concession smaller than the one before, on the trend. */
  slowing: boolean
}

interface Sums {
  n: Dec
  x: Dec
  y: Dec
  xx: Dec
  xy: Dec
}

// ln of each concession by its value, worked out once: a refit, and the next edit (which changes
// one move, so one or two concessions), reuse it. Emptied when it grows past a long negotiation's worth.
const logs = new Map<string, Dec>()
const MAX_LOGS = 50_000
function logOf(amount: Dec): Dec {
  const key = amount.toFixed()
  let found = logs.get(key)
  if (!found) {
    if (logs.size >= MAX_LOGS) logs.clear()
    logs.set(key, (found = amount.ln()))
  }
  return found
}

function sumsOf(points: readonly FitPoint[]): Sums {
  let sums: Sums = { n: ZERO, x: ZERO, y: ZERO, xx: ZERO, xy: ZERO }
  for (const point of points) sums = shift(sums, point, 1)
  return sums
}

/** The sums with one point added (sign 1) or taken out (sign −1). */
function shift(sums: Sums, point: FitPoint, sign: 1 | -1): Sums {
  const x = new Dec(point.k - 1)
  const y = logOf(point.amount)
  const s = new Dec(sign)
  return { n: sums.n.plus(s), x: sums.x.plus(x.times(s)), y: sums.y.plus(y.times(s)), xx: sums.xx.plus(x.times(x).times(s)), xy: sums.xy.plus(x.times(y).times(s)) }
}

/** slope = (n·Σxy − Σx·Σy) / (n·Σxx − (Σx)²): ordinary least squares, to 20 places. */
function slopeOf(sums: Sums): Dec | null {
  if (sums.n.lessThan(2)) return null
  const denominator = sums.n.times(sums.xx).minus(sums.x.times(sums.x))
  if (denominator.isZero()) return null
  return sums.n.times(sums.xy).minus(sums.x.times(sums.y)).div(denominator).toDecimalPlaces(SLOPE_PLACES, Dec.ROUND_HALF_UP)
}

const fitWith = (slope: Dec): DecayFit => ({ slope, rho: slope.exp(), slowing: slope.lessThan(0) })

function fitOf(sums: Sums): DecayFit | null {
  const slope = slopeOf(sums)
  return slope ? fitWith(slope) : null
}

/** The least-squares fit of ln c on (k − 1); null with fewer than two points. */
export function fitDecay(points: readonly FitPoint[]): DecayFit | null {
  return points.length < 2 ? null : fitOf(sumsOf(points))
}

/** ρ/(1 − ρ): what the remaining concessions add up to, in units of the last one (ρ < 1 only). */
export function remainingFactor(rho: Dec): Dec {
  return rho.div(new Dec(1).minus(rho))
}

/**
 * Where a side's moves stop on the trend: latest + direction·c_n·ρ/(1 − ρ), direction +1 for the
 * seller (offers go up), −1 for the buyer (demands come down). Null when the fit is not slowing.
 */
export function limitOf(latest: Dec, lastConcession: Dec, fit: DecayFit, direction: 1 | -1): Dec | null {
  if (!fit.slowing) return null
  const rest = lastConcession.times(remainingFactor(fit.rho))
  return direction === 1 ? latest.plus(rest) : latest.minus(rest)
}

/**
 * Of the fits with one point left out each (leave-one-round-out), the two that bound the rest: the
 * lowest and the highest slope. Every figure the band is drawn from (a limit, a next move) rises or
 * falls with ρ, so its range over all the refits is its range over these two. Empty with fewer
 * than three points.
 */
export function leaveOneOutFits(points: readonly FitPoint[]): DecayFit[] {
  if (points.length < 3) return []
  // One pass: the sums of all the points, less the point left out; e^b only for the two extremes.
  const all = sumsOf(points)
  let lowest: Dec | null = null
  let highest: Dec | null = null
  for (const point of points) {
    const slope = slopeOf(shift(all, point, -1))
    if (!slope) continue
    if (lowest === null || slope.lessThan(lowest)) lowest = slope
    if (highest === null || slope.greaterThan(highest)) highest = slope
  }
  return lowest && highest ? [fitWith(lowest), fitWith(highest)] : []
}

/** A range that may be open on one side (null: no bound, a refit finds the side not slowing). */
export interface Band {
  low: Dec | null
  high: Dec | null
}

/** The band of a figure worked out with each refit: its lowest and highest; open where a refit is not slowing. */
export function bandOf(fits: readonly DecayFit[], figure: (fit: DecayFit) => Dec | null, direction: 1 | -1): Band | null {
  if (fits.length === 0) return null
  let low: Dec | null = null
  let high: Dec | null = null
  let open = false
  for (const fit of fits) {
    const value = figure(fit)
    if (value === null) {
      open = true
      continue
    }
    if (low === null || value.lessThan(low)) low = value
    if (high === null || value.greaterThan(high)) high = value
  }
  // Not slowing means no ceiling (seller) or no floor (buyer): the band is open on that side.
  if (open) return direction === 1 ? { low, high: null } : { low: null, high }
  return { low, high }
}
