// What a person types into an amount field, read as an exact amount: grouping
// separators, a currency sign or code, spaces around it, full-width digits, and
// 万 / k shorthands are accepted; only what could mean two different amounts (or
// two currencies) is refused, with the reason. The result is a plain amount
// string as the case file writes it, never a float.
import { Dec, sum } from './decimal'
import { problem, type Problem } from '../caseFile/problemCodes'

export type MoneyReading = { ok: true; amount: string; currency: string | null } | { ok: false; problem: Problem }

export interface MoneyContext {
  /** The currencies the field may take (the base and every currency with a rate): a shared sign is read as one of these. */
  currencies?: readonly string[] | undefined
  /** The field's currency now: "$" or "¥" means it when it fits. */
  current?: string | undefined
  /** Whether a currency may be typed at all (a rate or a setting takes none). */
  allowCurrency?: boolean
}

/** Words and signs that name one currency. Codes (three letters) name themselves. */
const NAMED: Record<string, string> = {
  'US$': 'USD',
  'HK$': 'HKD',
  'NT$': 'TWD',
  'S$': 'SGD',
  'A$': 'AUD',
  'C$': 'CAD',
  'CN¥': 'CNY',
  'JP¥': 'JPY',
  RMB: 'CNY',
  '人民币': 'CNY',
  '元': 'CNY',
  '美元': 'USD',
  '港币': 'HKD',
  '港元': 'HKD',
  '欧元': 'EUR',
  '英镑': 'GBP',
  '日元': 'JPY',
  '€': 'EUR',
  '£': 'GBP',
  '₩': 'KRW',
}
/** Signs several currencies share, and the one they mean when the case says nothing else. */
const SHARED: Record<string, { candidates: readonly string[]; usual: string }> = {
  $: { candidates: ['USD', 'HKD', 'SGD', 'AUD', 'CAD', 'NZD', 'TWD'], usual: 'USD' },
  '¥': { candidates: ['CNY', 'JPY'], usual: 'CNY' },
}
const MULTIPLIERS: Record<string, number> = { k: 3, m: 6, '万': 4, '萬': 4, '亿': 8, '億': 8 }
const TOKENS = [...Object.keys(NAMED), ...Object.keys(SHARED)].sort((a, b) => b.length - a.length)
const PLAIN = /^\d{1,15}(\.\d{1,8})?$/
const SPACES = /[\s\u00a0\u2009\u202f]/g

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
const TOKEN_PATTERN = TOKENS.map(escape).join('|')
const PREFIX = new RegExp(`^(${TOKEN_PATTERN}|[A-Za-z]{3}(?![A-Za-z]))`, 'i')
const SUFFIX = new RegExp(`(?<![A-Za-z])(${TOKEN_PATTERN}|[A-Za-z]{3})$`, 'i')

/** The currency a sign, word or code names, given the case's currencies. */
function currencyOf(token: string, context: MoneyContext): string | Problem {
  const upper = token.toUpperCase()
  const named = NAMED[upper] ?? NAMED[token]
  if (named) return named
  const shared = SHARED[token]
  if (!shared) return upper
  if (context.current && shared.candidates.includes(context.current)) return context.current
  const inCase = shared.candidates.filter((code) => context.currencies?.includes(code))
  if (inCase.length === 1 && inCase[0]) return inCase[0]
  if (inCase.length > 1) return problem('amount.ambiguousSign', { sign: token, options: inCase.join(', ') })
  return shared.usual
}

/** The digits of an amount with its separators: each group of thousands checked, the decimal point found. */
function plainDigits(number: string): string | Problem {
  if (/^[-−(]/.test(number)) return problem('amount.negative')
  if (/\d[eE][+-]?\d/.test(number)) return problem('amount.exponent')
  if (!/^[\d.,'_ ]+$/.test(number) || !/\d/.test(number)) return problem('amount.format')
  const commas = number.split(',').length - 1
  const points = number.split('.').length - 1
  let decimal: ',' | '.' | null = null
  if (commas && points) {
    decimal = number.lastIndexOf(',') > number.lastIndexOf('.') ? ',' : '.'
    if ((decimal === ',' ? commas : points) > 1) return problem('amount.grouping', { amount: number })
  } else if (points === 1) decimal = '.'
  else if (commas === 1) {
    // "27 000,50" groups with spaces, so its comma is the decimal one; "27,000" is twenty-seven
    // thousand; "27,5" or "27,50" could be a decimal comma.
    if (/\d[ '_]\d{3},\d+$/.test(number)) decimal = ','
    else if (!/,\d{3}(?!\d)/.test(number) || /,\d{3}\d/.test(number)) return problem('amount.decimalComma', { amount: number })
  }
  const [whole = '', fraction = ''] = decimal ? [number.slice(0, number.lastIndexOf(decimal)), number.slice(number.lastIndexOf(decimal) + 1)] : [number]
  if (/[^\d]/.test(fraction)) return problem('amount.grouping', { amount: number })
  const groups = whole.split(/[.,'_ ]/)
  if (groups.length > 1 && (groups.slice(1).some((g) => g.length !== 3) || !/^\d{1,3}$/.test(groups[0] ?? ''))) return problem('amount.grouping', { amount: number })
  const digits = groups.join('')
  return `${digits === '' ? '0' : digits}${fraction ? `.${fraction}` : ''}`
}

/**
 * Reads a typed amount. "27,000.00", "$27000", " 27000 ", "２７，０００", "CNY 2,400",
 * "25万元" and "250k" are all fine; "27,50" (a decimal comma?) and "¥5" in a case with
 * both CNY and JPY are refused with the reason. An amount already written as the case
 * file writes it ("85000.50") is kept exactly as typed.
 */
export function readMoney(text: string, context: MoneyContext = {}): MoneyReading {
  if (PLAIN.test(text)) return { ok: true, amount: text, currency: null }
  let rest = text.normalize('NFKC').replace(SPACES, ' ').trim()
  if (rest === '') return { ok: false, problem: problem('amount.empty') }
  let currency: string | null = null
  const take = (match: RegExpExecArray | null, at: 'start' | 'end'): Problem | null => {
    if (!match?.[1]) return null
    const found = currencyOf(match[1], context)
    if (typeof found !== 'string') return found
    if (currency && currency !== found) return problem('amount.twoCurrencies', { first: currency, second: found })
    currency = found
    rest = (at === 'start' ? rest.slice(match[1].length) : rest.slice(0, rest.length - match[1].length)).trim()
    return null
  }
  const negative = /^[-−]/.test(rest)
  if (negative) rest = rest.slice(1).trim()
  const early = take(PREFIX.exec(rest), 'start') ?? take(SUFFIX.exec(rest), 'end')
  if (early) return { ok: false, problem: early }
  if (negative || /^[-−]/.test(rest)) return { ok: false, problem: problem('amount.negative') }
  let shift = 0
  const multiplier = /(k|m|万|萬|亿|億)$/i.exec(rest)
  if (multiplier?.[1] && /\d\s*\S$/.test(rest)) {
    shift = MULTIPLIERS[multiplier[1].toLowerCase()] ?? 0
    rest = rest.slice(0, -1).trim()
    // "25万元": the currency word after the multiplier was taken above; "RMB 25万" before it.
  }
  if (currency === null) {
    const late = take(SUFFIX.exec(rest), 'end')
    if (late) return { ok: false, problem: late }
  }
  if (currency !== null && context.allowCurrency === false) return { ok: false, problem: problem('amount.noCurrencyHere') }
  if (rest === '') return { ok: false, problem: problem('amount.empty') }
  const digits = plainDigits(rest)
  if (typeof digits !== 'string') return { ok: false, problem: digits }
  const amount = shift ? new Dec(digits).times(new Dec(10).pow(shift)).toFixed() : digits.replace(/^0+(?=\d)/, '')
  const [whole = '', fraction = ''] = amount.split('.')
  if (whole.length > 15) return { ok: false, problem: problem('amount.tooManyDigits') }
  if (fraction.length > 8) return { ok: false, problem: problem('amount.tooManyDecimals') }
  return { ok: true, amount, currency }
}

/** Whether an amount as read ("0", "0.00") is zero. */
export function isZeroAmount(amount: string): boolean {
  return new Dec(amount).isZero()
}

/** Several payers' amounts as read against a payment's: what they place, the payment, and what is left to place (negative: placed beyond it). */
export function payersPlaced(amounts: readonly string[], total: string): { placed: Dec; total: Dec; left: Dec } {
  const placed = sum(amounts.map((amount) => new Dec(amount)))
  const whole = new Dec(total)
  return { placed, total: whole, left: whole.minus(placed) }
}
