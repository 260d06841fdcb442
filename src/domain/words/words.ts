// Words: how the engine's values become text in one language. A `Words` holds a
// catalogue lookup and the formatters of its locale; the engine words its
// English sentences with `englishWords()`, a screen with its own catalogue.
import type { Dec } from '../money/decimal'
import { formatDate, formatDateTime, formatShortDate } from '../support/dates'
import { formatAmount, formatMoney, formatPercent } from '../money/money'
import { DOMAIN_TEXTS } from './english'

export interface Formatter {
  /** BCP 47 tag: `en-US`, `zh-CN`. */
  readonly locale: string
  /** Money rounded half-up to the currency's minor units; '—' for none. */
  money(value: Dec | null | undefined, currency: string): string
  /** An amount without a currency sign, with the currency's minor units. */
  amount(value: Dec, currency: string): string
  /** A ratio as a percentage with two decimals; '—' for none. */
  percent(ratio: Dec | null | undefined): string
  /** A `YYYY-MM-DD` date; '—' for none. */
  date(iso: string | null | undefined): string
  /** A `YYYY-MM-DD` date without its year. */
  shortDate(iso: string): string
  /** An ISO 8601 instant in the user's time zone. */
  dateTime(iso: string): string
}

export interface Words extends Formatter {
  /** The catalogue text at `key` (dotted, e.g. `signal.FAMILY_IMMEDIATE`), with `{name}` parameters filled. */
  text(key: string, params?: Record<string, unknown>): string
}

const formatters = new Map<string, Formatter>()

/** The formatters of one locale (kept: each holds cached Intl formatters). */
export function formatterFor(locale: string): Formatter {
  let found = formatters.get(locale)
  if (!found) {
    found = {
      locale,
      money: (value, currency) => (value === null || value === undefined ? '—' : formatMoney(value, currency, locale)),
      amount: (value, currency) => formatAmount(value, currency, locale),
      percent: (ratio) => (ratio === null || ratio === undefined ? '—' : formatPercent(ratio, locale)),
      date: (iso) => (iso ? formatDate(iso, locale) : '—'),
      shortDate: (iso) => formatShortDate(iso, locale),
      dateTime: (iso) => formatDateTime(iso, locale),
    }
    formatters.set(locale, found)
  }
  return found
}

/** `{name}` placeholders of a template filled from `params`; unknown ones are left as written. */
export function fillTemplate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

type Table = { readonly [key: string]: string | Table }

/** The text at a dotted key of a nested table, or undefined. */
export function lookup(table: Table, key: string): string | undefined {
  let node: string | Table | undefined = table
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Table)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The engine's own English, as the `en` catalogue has it. */
export function englishWords(locale = 'en-US'): Words {
  return {
    ...formatterFor(locale),
    text: (key, params) => fillTemplate(lookup(DOMAIN_TEXTS, key) ?? key, params),
  }
}
