// A rate checked against the bundled reference table: the cross rate for any base, the
// other direction of a typed rate, and "more than 3 times away" (either way), with what
// was compared, so the screen can say it and offer the rate the other way round.
import { Dec } from '../money/decimal'
import { perBaseOf, type RateDirection } from '../money/fxInput'
import type { Problem } from '../caseFile/problemCodes'
import { REFERENCE_PER_USD, REFERENCE_SOURCES, type ReferenceSource } from './referenceRates'

/** A rate further than this many times from the reference, either way, is worth a question. */
export const RATE_TOLERANCE = new Dec(3)

/** The reference rate: units of `currency` one unit of `base` buys, and where the figures come from. */
export interface ReferenceRate {
  perBase: Dec
  sources: readonly ReferenceSource[]
}

/** The reference rate between two currencies of the table (a cross rate through the US dollar), or null. */
export function referenceRate(base: string, currency: string): ReferenceRate | null {
  const from = REFERENCE_PER_USD[base]
  const to = REFERENCE_PER_USD[currency]
  if (!from || !to || base === currency) return null
  const ids = [...new Set([to.source, from.source])]
  return { perBase: new Dec(to.perUsd).div(from.perUsd), sources: ids.map((id) => REFERENCE_SOURCES[id]) }
}

/** Digits that make sense for a rate worked out from one typed with `typed` digits: one more, 4 to 6. */
function shownDigits(typed: Dec): number {
  return Math.min(6, Math.max(4, typed.precision(false) + 1))
}

/** The other direction of a rate ("1 USD = 7.2202 CNY" gives 0.1385), to a sensible number of significant digits. */
export function shownInverse(rate: string | Dec): string {
  const value = new Dec(rate)
  return new Dec(1).div(value).toSignificantDigits(shownDigits(value)).toFixed()
}

/** A figure worked out (a reference rate, how many times away), to `digits` significant digits. */
function shown(value: Dec, digits: number): string {
  return value.toSignificantDigits(digits).toFixed()
}

/** What a rate was compared with, and what came of it. Figures are shown strings, plain data. */
export interface RateCheck {
  base: string
  currency: string
  /** The rate checked, as it stands (units of the currency per unit of the base). */
  perBase: string
  /** The reference rate, shown (4 significant digits). */
  reference: string
  sources: readonly ReferenceSource[]
  /** How many times the rate is away from the reference (at least 1), shown. */
  factor: string
  /** Whether the rate is below or above the reference. */
  side: 'below' | 'above'
  /** More than 3 times away, either way. */
  off: boolean
  /** The rate to store if the figure was meant the other way round ("1 CUR = x BASE"): 1/x, as perBaseOf keeps it. */
  inverse: string
  /** That rate, shown. */
  inverseShown: string
  /** Whether the other way round is within 3 times of the reference. */
  inverseFits: boolean
}

function within(rate: Dec, reference: Dec): boolean {
  const ratio = rate.div(reference)
  return ratio.lte(RATE_TOLERANCE) && ratio.gte(new Dec(1).div(RATE_TOLERANCE))
}

/** A rate compared with the reference table; null when either currency is not in the table. */
export function checkRate(base: string, currency: string, perBase: string): RateCheck | null {
  const reference = referenceRate(base, currency)
  const rate = new Dec(perBase)
  if (!reference || !rate.isFinite() || rate.lte(0)) return null
  const ratio = rate.div(reference.perBase)
  const side = ratio.lt(1) ? 'below' : 'above'
  const factor = side === 'below' ? new Dec(1).div(ratio) : ratio
  const inverse = perBaseOf(perBase, 'inBase')
  const inverseRate = inverse.ok ? inverse.perBase : null
  return {
    base,
    currency,
    perBase: rate.toFixed(),
    reference: shown(reference.perBase, 4),
    sources: reference.sources,
    factor: shown(factor, 2),
    side,
    off: !within(rate, reference.perBase),
    inverse: inverseRate ?? '',
    inverseShown: shownInverse(rate),
    inverseFits: inverseRate !== null && within(new Dec(inverseRate), reference.perBase),
  }
}

/** The check, only when the rate is more than 3 times away from the reference. */
export function rateWarning(base: string, currency: string, perBase: string): RateCheck | null {
  const check = checkRate(base, currency, perBase)
  return check?.off ? check : null
}

/** Every rate of a case that is more than 3 times away from the reference, in the case's order. */
export function ratesOffReference(file: { baseCurrency: string; fx: readonly { currency: string; perBase: string }[] }): RateCheck[] {
  return file.fx.flatMap((rate) => rateWarning(file.baseCurrency, rate.currency, rate.perBase) ?? [])
}

/** A rate as it is being typed, either way round: what it stores, both directions shown, and any warning. */
export type RateReading =
  | {
      ok: true
      perBase: string
      /** "1 BASE = x CUR" and "1 CUR = y BASE": the typed figure as typed, the other worked out. */
      perBaseShown: string
      inBaseShown: string
      warning: RateCheck | null
    }
  | { ok: false; problem: Problem }

export function readRate(typed: string, direction: RateDirection, base: string, currency: string): RateReading {
  const stored = perBaseOf(typed, direction)
  if (!stored.ok) return stored
  const figure = perBaseOf(typed, 'perBase')
  const asTyped = figure.ok ? figure.perBase : stored.perBase
  const other = shownInverse(asTyped)
  return {
    ok: true,
    perBase: stored.perBase,
    perBaseShown: direction === 'perBase' ? asTyped : other,
    inBaseShown: direction === 'perBase' ? other : asTyped,
    warning: /^[A-Z]{3}$/.test(currency) ? rateWarning(base, currency, stored.perBase) : null,
  }
}
