// Counting a statutory period as the Criminal Procedure Law counts it (CPL Art. 105 and
// the SPC's rule on months): the day a period starts on is not counted; a month runs to
// the same day of the later month, from the last day of a month to the last day of the
// later month, and to the later month's last day where it has no such day. Half a month
// is 15 days. Holidays are not moved here: which last days move is the deadline's business.
import { dateParts, dayNumber, isoOfDay } from '../support/dates'

export type PeriodUnit = 'days' | 'months'

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years below 100 as written.
  const date = new Date(0)
  date.setUTCFullYear(year, month, 0)
  return date.getUTCDate()
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/**
 * The last day of a period of `amount` days or months that starts on `start` (`YYYY-MM-DD`),
 * as `YYYY-MM-DD`. `addLegalPeriod('2024-01-31', 1, 'months')` is `2024-02-29`;
 * `addLegalPeriod('2024-04-30', 1, 'months')` is `2024-05-31`; half a month is `(start, 15, 'days')`.
 */
export function addLegalPeriod(start: string, amount: number, unit: PeriodUnit): string {
  const parts = dateParts(start)
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month))
    throw new RangeError(`Not a calendar date: ${start}`)
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`A period is a whole number of ${unit}, not ${amount}`)
  if (unit === 'days') return isoOfDay(dayNumber(start) + amount)
  if (unit !== 'months') throw new RangeError(`A period is counted in days or months, not ${String(unit)}`)
  const monthIndex = parts.year * 12 + (parts.month - 1) + amount
  const year = Math.floor(monthIndex / 12)
  const month = (monthIndex % 12) + 1
  const last = daysInMonth(year, month)
  const fromMonthEnd = parts.day === daysInMonth(parts.year, parts.month)
  const day = fromMonthEnd ? last : Math.min(parts.day, last)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** 0 for Sunday … 6 for Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7
}

export function isWeekend(iso: string): boolean {
  const day = dayOfWeek(iso)
  return day === 0 || day === 6
}
