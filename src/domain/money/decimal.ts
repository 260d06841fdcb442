// The one decimal type of the app: a private clone, so no other code's global
// Decimal configuration can change how money is computed here.
import Decimal from 'decimal.js'

export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
})

export type Dec = InstanceType<typeof Dec>

export const ZERO: Dec = new Dec(0)

/** Adds up values without mutating any of them. */
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO
  for (const value of values) total = total.plus(value)
  return total
}

export function max(a: Dec, b: Dec): Dec {
  return a.greaterThanOrEqualTo(b) ? a : b
}

/**
 * For comparing drawn data: whether two values are the same exact amount (true or false), or
 * null when neither is an amount. A component compares figures through this, never parsing.
 */
export function sameExact(a: unknown, b: unknown): boolean | null {
  const aDec = a instanceof Dec
  const bDec = b instanceof Dec
  if (!aDec && !bDec) return null
  return aDec && bDec && a.eq(b)
}
