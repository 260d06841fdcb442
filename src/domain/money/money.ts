// Display rounding and formatting. The engine never rounds; these are the only
// places where a value is rounded, and only to be shown.
import { Dec } from './decimal'
import { formatRoundedMoney, formatRoundedPercent, minorUnits, numberFormat } from './formatRounded'

export { minorUnits }

/** Rounds half-up to the currency's minor units, for display. */
export function roundMoney(value: Dec, currency: string): Dec {
  return value.toDecimalPlaces(minorUnits(currency), Dec.ROUND_HALF_UP)
}

/** The exact figure to 8 decimal places, half-up, as the worked examples write it ("0.69122765"); '' for none. */
export function exactFigure(value: Dec | null | undefined): string {
  return value ? value.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8) : ''
}

/** A ratio as a percentage rounded half-up to two decimals: 0.691227 → "69.12". */
export function roundPercent(ratio: Dec): Dec {
  return ratio.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP)
}

/** `$90,418.83`, `¥1,235`, `HK$440,000.00`: rounded half-up, then formatted from an exact string. */
export function formatMoney(value: Dec, currency: string, locale = 'en-US'): string {
  return formatRoundedMoney(roundedMoneyText(value, currency), currency, locale)
}

/** The text of money rounded half-up to the currency's minor units: "90418.83", "1235" (JPY). */
export function roundedMoneyText(value: Dec, currency: string): string {
  return roundMoney(value, currency).toFixed(minorUnits(currency))
}

/** The text of a ratio rounded half-up to four decimals, what a percentage with two shows: "0.6912". */
export function roundedRatioText(ratio: Dec): string {
  return ratio.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4)
}

/** An amount without a currency sign, with the given currency's minor units: `90,418.83`. */
export function formatAmount(value: Dec, currency: string, locale = 'en-US'): string {
  const units = minorUnits(currency)
  const nf = numberFormat(`amount|${locale}|${units}`, () =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: units, maximumFractionDigits: units }),
  )
  return nf.format(roundMoney(value, currency).toFixed(units) as `${number}`)
}

/** `69.12%` from 0.69122765, rounded half-up to two decimals. */
export function formatPercent(ratio: Dec, locale = 'en-US'): string {
  return formatRoundedPercent(roundedRatioText(ratio), locale)
}
