// Shares that foot (docs/figures-that-foot.md, rule 5): percentages of one total
// printed beside a sub-total add up to it on paper. Each share is worked out
// exactly, then rounded to two decimals of a percent by largest remainder
// (Hamilton): every share is first rounded down, and the hundredths of a percent
// still missing from the shown total go one each to the shares that lost the most.
// Nested groups foot twice: the groups add up to the shown total (100.00% when
// they cover the whole) and each group's parts add up to the group's shown share.
import { Dec, sum } from '../money/decimal'
import type { Shown } from './footing'

/** A ratio is shown as a percentage with two decimals: four decimals of the ratio. */
const PLACES = 4
const UNIT = new Dec(10).pow(PLACES)

/** A ratio as shown on its own, with nothing to foot with: rounded half-up to two decimals of a percent. */
export function shownRatio(exact: Dec): Shown {
  return { shown: exact.toDecimalPlaces(PLACES, Dec.ROUND_HALF_UP), exact }
}

/**
 * Rounds exact ratios to four decimals so that the rounded ratios add up to `total`
 * (itself a ratio with four decimals). Every ratio is rounded down, then the units
 * (0.0001) still missing go one each to the largest remainders; ties go to the larger
 * ratio, then to the first listed. When `total` is the sum of the exact ratios
 * rounded, or a rounding of it to within 0.0001, every ratio moves by less than 0.0001.
 */
export function apportion(exact: readonly Dec[], total: Dec): Shown[] {
  if (!exact.length) return []
  const scaled = exact.map((ratio) => ratio.times(UNIT))
  const floors = scaled.map((value) => value.floor())
  const missing = total.times(UNIT).toDecimalPlaces(0, Dec.ROUND_HALF_UP).minus(sum(floors))
  // A total far from the ratios (never the case for shares of one whole) is spread evenly first.
  const each = missing.div(exact.length).floor()
  const extra = missing.minus(each.times(exact.length))
  const order = scaled
    .map((value, index) => ({ index, remainder: value.minus(floors[index]!), value }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || b.value.comparedTo(a.value) || a.index - b.index)
  const bonus = new Set(order.filter((_, rank) => extra.greaterThan(rank)).map((entry) => entry.index))
  return exact.map((ratio, index) => ({
    shown: floors[index]!.plus(each).plus(bonus.has(index) ? 1 : 0).div(UNIT),
    exact: ratio,
  }))
}

export interface FootedGroup {
  /** The group's share: its parts' exact shares added up, shown so that the groups foot to the total. */
  share: Shown
  /** Its parts' shares, shown so that they foot to the group's shown share. */
  parts: Shown[]
}

export interface FootedShares {
  groups: FootedGroup[]
  total: Shown
}

/**
 * The shares of `whole` that amounts make, in groups, shown so that they foot: each
 * group's parts add up to the group's shown share, and the groups to the shown total.
 * Null when the whole is zero (no share can be worked out).
 */
export function footedShares(groups: readonly (readonly Dec[])[], whole: Dec): FootedShares | null {
  if (whole.isZero()) return null
  const exactParts = groups.map((amounts) => amounts.map((amount) => amount.div(whole)))
  // A group's exact share is worked from its amounts, not its parts' ratios, so that a whole is exactly one.
  const exactGroups = groups.map((amounts) => sum(amounts).div(whole))
  const total = shownRatio(sum(groups.map((amounts) => sum(amounts))).div(whole))
  const shownGroups = apportion(exactGroups, total.shown)
  return {
    groups: shownGroups.map((share, index) => ({ share, parts: apportion(exactParts[index] ?? [], share.shown) })),
    total,
  }
}
