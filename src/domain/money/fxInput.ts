// An exchange rate as people quote it, either way round: "1 USD = 7.2 CNY" is the
// case file's own form (units of the currency per unit of the base); "1 CNY =
// 0.1389 USD" is turned round to 8 decimal places, the most the format keeps.
import { Dec } from './decimal'
import { readMoney } from './moneyInput'
import { problem, type Problem } from '../caseFile/problemCodes'

export type RateDirection = 'perBase' | 'inBase'

/** The rate to store (`perBase`) from what was typed, or why it cannot be one. */
export function perBaseOf(typed: string, direction: RateDirection): { ok: true; perBase: string } | { ok: false; problem: Problem } {
  const reading = readMoney(typed, { allowCurrency: false })
  if (!reading.ok) return reading
  const value = new Dec(reading.amount)
  if (value.isZero()) return { ok: false, problem: problem('amount.zero') }
  if (direction === 'perBase') return { ok: true, perBase: reading.amount }
  const turned = new Dec(1).div(value).toDecimalPlaces(8, Dec.ROUND_HALF_UP)
  if (turned.isZero()) return { ok: false, problem: problem('fx.tooSmall') }
  return { ok: true, perBase: turned.toFixed() }
}
