// The geometric decay of one side's concessions (docs/projection.md): c_k ≈ c_1·ρ^(k−1),
// fitted by least squares on ln c_k, all in exact decimals (Dec's ln and exp, 40 digits).
import { Dec, ZERO, sum } from '../decimal'

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

/** The least-squares fit of ln c on (k − 1); null with fewer than two points. */
export function fitDecay(points: readonly FitPoint[]): DecayFit | null {
  if (points.length < 2) return null
  const n = new Dec(points.length)
  const xs = points.map((point) => new Dec(point.k - 1))
  const ys = points.map((point) => point.amount.ln())
  const meanX = sum(xs).div(n)
  const meanY = sum(ys).div(n)
  let sxy = ZERO
  let sxx = ZERO
  xs.forEach((x, i) => {
    const dx = x.minus(meanX)
    sxy = sxy.plus(dx.times((ys[i] as Dec).minus(meanY)))
    sxx = sxx.plus(dx.times(dx))
  })
  if (sxx.isZero()) return null
  const slope = sxy.div(sxx).toDecimalPlaces(SLOPE_PLACES, Dec.ROUND_HALF_UP)
  return { slope, rho: slope.exp(), slowing: slope.isNegative() }
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

/** The fits with one point left out each (leave-one-round-out); empty with fewer than three points. */
export function leaveOneOutFits(points: readonly FitPoint[]): DecayFit[] {
  if (points.length < 3) return []
  return points.flatMap((_, skip) => {
    const fit = fitDecay(points.filter((__, i) => i !== skip))
    return fit ? [fit] : []
  })
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
