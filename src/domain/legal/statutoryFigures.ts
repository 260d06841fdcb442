// Statutory figures are whole: "RMB 3,000", "up to 30%", never "3,000.00" or "30.00%".
import type { Dec } from '../money/decimal'

const formats = new Map<string, Intl.NumberFormat>()

function format(locale: string, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${style}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.NumberFormat(locale, { style, maximumFractionDigits: 2 })
    formats.set(key, found)
  }
  return found
}

/** `3,000`; a fraction, if a figure has one, is kept to two places. */
export function statutoryNumber(value: Dec, locale: string): string {
  return format(locale, 'decimal').format(value.toDecimalPlaces(2).toFixed() as `${number}`)
}

/** `30%` from 0.3. */
export function statutoryPercent(ratio: Dec, locale: string): string {
  return format(locale, 'percent').format(ratio.toDecimalPlaces(4).toFixed() as `${number}`)
}
