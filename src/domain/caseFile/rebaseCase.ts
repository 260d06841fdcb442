// Changing a case's base currency. Every rate says how many units of a currency
// one unit of the base buys, so a new base means new rates: each is converted
// through the rate between the old and the new base, exactly in decimal, and
// only rounded (half-up, to the 8 decimals a rate may have) when the quotient
// does not end. The figures then say the same in the new currency; nothing is
// ever reinterpreted.
import { Dec } from '../money/decimal'
import { parseCaseFile } from './parse'
import { problem, type Problem } from './problemCodes'
import { summarizeCase } from '../figures/summary'
import { amountProblem, currencyProblem, type CaseFile, type FxRate } from './schema'

/** The decimals a rate may have in a case file. */
const RATE_DECIMALS = 8
const MAX_WHOLE_DIGITS = 15

export interface RateChange {
  currency: string
  /** Units per one old base; null for the old base itself. */
  before: string | null
  /** Units per one new base; null for the new base itself. */
  after: string | null
  /** The exact quotient had more than 8 decimals and was rounded half-up. */
  rounded: boolean
}

export interface Rebase {
  from: string
  to: string
  /** One old base buys this much of the new one. */
  rate: string
  /** The case with its new base and converted rates, checked by the engine. */
  next: CaseFile
  /** Every rate before and after, the old base and the new one included, in the order of the new rates. */
  rates: RateChange[]
  /** The total loss before (old base) and after (new base), and what the exact conversion gives. */
  lossTotal: { before: Dec; after: Dec; exact: Dec }
}

export type RebaseOutcome = { rebase: Rebase } | { problem: Problem }

/** Whether the case holds any amount or rate, so that changing its base needs a rate between the two. */
export function needsRateToRebase(file: CaseFile): boolean {
  return (
    file.fx.length > 0 ||
    file.losses.length > 0 ||
    file.properties.length > 0 ||
    file.offers.length > 0 ||
    file.payments.length > 0 ||
    file.costs.length > 0
  )
}

/** The rate the case already has for `to` (units of `to` per one base), if any. */
export function knownRate(file: CaseFile, to: string): string | null {
  return file.fx.find((rate) => rate.currency === to)?.perBase ?? null
}

/**
 * The case with `to` as its base. `rate` is how many `to` one current base buys (default: the
 * case's own rate for `to`); it is needed whenever the case holds an amount or a rate.
 */
export function rebaseCase(file: CaseFile, to: string, rate?: string): RebaseOutcome {
  const from = file.baseCurrency
  const code = to.trim()
  const badCode = currencyProblem(code)
  if (badCode) return { problem: badCode }
  if (code === from) return { problem: problem('rebase.same', { currency: from }) }
  const given = rate?.trim() || knownRate(file, code)
  const needed = needsRateToRebase(file)
  if (!given && needed) return { problem: problem('rebase.needsRate', { from, to: code }) }
  if (given) {
    const badRate = amountProblem(given, true)
    if (badRate) return { problem: badRate }
  }
  const r = new Dec(given ?? '1')
  const known = new Map(file.fx.map((entry) => [entry.currency, entry]))
  const rates: RateChange[] = []
  const fx: FxRate[] = []
  const convert = (value: Dec, currency: string): { text: string; rounded: boolean } | Problem => {
    const exact = value.decimalPlaces() <= RATE_DECIMALS
    const text = value.toDecimalPlaces(RATE_DECIMALS, Dec.ROUND_HALF_UP).toFixed()
    if (new Dec(text).isZero()) return problem('rebase.rateTooSmall', { currency, to: code })
    if (text.split('.')[0]!.length > MAX_WHOLE_DIGITS) return problem('rebase.rateTooLarge', { currency, to: code })
    return { text, rounded: !exact }
  }
  for (const entry of file.fx) {
    if (entry.currency === code) {
      // The new base leaves the rates; the old base takes its place, at the inverse rate.
      rates.push({ currency: code, before: entry.perBase, after: null, rounded: false })
      continue
    }
    const converted = convert(new Dec(entry.perBase).div(r), entry.currency)
    if ('code' in converted) return { problem: converted }
    fx.push({ ...entry, perBase: converted.text })
    rates.push({ currency: entry.currency, before: entry.perBase, after: converted.text, rounded: converted.rounded })
  }
  if (given) {
    const inverse = convert(new Dec(1).div(r), from)
    if ('code' in inverse) return { problem: inverse }
    const source = known.get(code)
    // Where the new base had a rate, the old base's rate comes from the same quote.
    const dated = source && source.perBase === given ? { ...(source.asOf ? { asOf: source.asOf } : {}), ...(source.source ? { source: source.source } : {}) } : {}
    const at = file.fx.findIndex((entry) => entry.currency === code)
    fx.splice(at < 0 ? 0 : at, 0, { currency: from, perBase: inverse.text, ...dated })
    rates.unshift({ currency: from, before: null, after: inverse.text, rounded: inverse.rounded })
    if (!known.has(code)) rates.unshift({ currency: code, before: given, after: null, rounded: false })
  }
  const next = parseCaseFile({ ...file, baseCurrency: code, fx })
  const before = summarizeCase(file).lossTotal
  return {
    rebase: {
      from,
      to: code,
      rate: r.toFixed(),
      next,
      rates: orderLike(rates, next.fx, code, from),
      lossTotal: { before, after: summarizeCase(next).lossTotal, exact: before.times(r) },
    },
  }
}

/** The new base first, then the old base, then the other currencies in the order of the new rates. */
function orderLike(rates: RateChange[], fx: readonly FxRate[], to: string, from: string): RateChange[] {
  const rank = (currency: string) => (currency === to ? -2 : currency === from ? -1 : fx.findIndex((entry) => entry.currency === currency))
  return [...rates].sort((a, b) => rank(a.currency) - rank(b.currency))
}
