// Display rounding and formatting. The engine never rounds; these are the only
// places where a value is rounded, and only to be shown.
import { Dec } from './decimal'

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

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = formatters.get(key)
  if (!found) {
    found = make()
    formatters.set(key, found)
  }
  return found
}

/**
 * `$90,418.83`, `¥1,235`, `HK$440,000.00`: rounded half-up, then formatted from an exact
 * string. English writes the yuan by its code, `CNY 2,400.00` (Intl's "CN¥" is easily
 * taken for the yen); Chinese keeps its own sign (`¥2,400.00`).
 */
export function formatMoney(value: Dec, currency: string, locale = 'en-US'): string {
  const units = minorUnits(currency)
  const byCode = locale.toLowerCase().startsWith('en') && currency === 'CNY'
  const nf = formatter(`money|${locale}|${currency}`, () =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: byCode ? 'code' : 'symbol',
      minimumFractionDigits: units,
      maximumFractionDigits: units,
    }),
  )
  const shown = nf.format(roundMoney(value, currency).toFixed(units) as `${number}`)
  // "CNY 2,400.00" with a plain space, as it is written (Intl puts a no-break space there).
  return byCode ? shown.replace(/\u00a0/g, ' ') : shown
}

/** An amount without a currency sign, with the given currency's minor units: `90,418.83`. */
export function formatAmount(value: Dec, currency: string, locale = 'en-US'): string {
  const units = minorUnits(currency)
  const nf = formatter(`amount|${locale}|${units}`, () =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: units, maximumFractionDigits: units }),
  )
  return nf.format(roundMoney(value, currency).toFixed(units) as `${number}`)
}

/** `69.12%` from 0.69122765, rounded half-up to two decimals. */
export function formatPercent(ratio: Dec, locale = 'en-US'): string {
  const nf = formatter(`percent|${locale}`, () =>
    new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  )
  return nf.format(ratio.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4) as `${number}`)
}
