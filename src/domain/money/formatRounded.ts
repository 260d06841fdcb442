// Showing figures that are already rounded for display (money.ts rounds them):
// Intl formats the exact decimal text, so nothing here needs decimal arithmetic,
// and a screen that only shows stored figures (the case list) need not load it.
import { chineseMoneyText } from '../words/chineseCurrency'

const minorUnitsCache = new Map<string, number>()

/** The currency's minor units as Intl knows them: 2 for USD, 0 for JPY. */
export function minorUnits(currency: string): number {
  let units = minorUnitsCache.get(currency)
  if (units === undefined) {
    try {
      units = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      units = 2
    }
    minorUnitsCache.set(currency, units)
  }
  return units
}

const formatters = new Map<string, Intl.NumberFormat>()

/** One Intl.NumberFormat per locale and style, kept: making one costs more than formatting with it. */
export function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = formatters.get(key)
  if (!found) {
    found = make()
    formatters.set(key, found)
  }
  return found
}

/**
 * `$90,418.83` from "90418.83", money already rounded to the currency's minor units. English
 * writes the yuan by its code, `CNY 2,400.00` (Intl's "CN¥" is easily taken for the yen);
 * Chinese writes the currency as a word after the figure, as a PRC lawyer does:
 * `人民币2,400.00元`, `90,418.83美元` (words/chineseCurrency.ts).
 */
export function formatRoundedMoney(rounded: string, currency: string, locale = 'en-US'): string {
  const units = minorUnits(currency)
  if (locale.toLowerCase().startsWith('zh')) {
    const negative = rounded.startsWith('-') && !/^-0*(\.0*)?$/.test(rounded)
    const figures = numberFormat(`amount|zh-CN|${units}`, () => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: units, maximumFractionDigits: units }))
    return chineseMoneyText(figures.format(rounded.replace(/^-/, '') as `${number}`), currency, negative)
  }
  const byCode = locale.toLowerCase().startsWith('en') && currency === 'CNY'
  const nf = numberFormat(`money|${locale}|${currency}`, () =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: byCode ? 'code' : 'symbol',
      minimumFractionDigits: units,
      maximumFractionDigits: units,
    }),
  )
  const shown = nf.format(rounded as `${number}`)
  // "CNY 2,400.00" with a plain space, as it is written (Intl puts a no-break space there).
  return byCode ? shown.replace(/\u00a0/g, ' ') : shown
}

/**
 * Money short, as an axis tick writes it: `$40K`, `HK$400K`, `CNY 250K`; in Chinese with the same
 * currency words as every other amount (words/chineseCurrency.ts): `18.6万美元`, `人民币25万元`.
 * `figure` is the decimal text of the value (a tick's value, already a plain figure).
 */
export function formatCompactMoney(figure: string, currency: string, locale = 'en-US'): string {
  const compact = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const
  if (locale.toLowerCase().startsWith('zh')) {
    const negative = figure.startsWith('-') && !/^-0*(\.0*)?$/.test(figure)
    const figures = numberFormat(`compact|zh-CN`, () => new Intl.NumberFormat('zh-CN', compact))
    return chineseMoneyText(figures.format(figure.replace(/^-/, '') as `${number}`), currency, negative)
  }
  const byCode = locale.toLowerCase().startsWith('en') && currency === 'CNY'
  const nf = numberFormat(`compact-money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: byCode ? 'code' : 'symbol', ...compact }))
  const shown = nf.format(figure as `${number}`)
  return byCode ? shown.replace(/\u00a0/g, ' ') : shown
}

/** `69.12%` from "0.6912", a ratio already rounded to four decimals. */
export function formatRoundedPercent(rounded: string, locale = 'en-US'): string {
  const nf = numberFormat(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }))
  return nf.format(rounded as `${number}`)
}
