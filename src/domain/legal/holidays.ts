// The official PRC holiday calendar (the State Council's yearly notice), as bundled by the
// `chinese-days` package: public holidays and makeup working days (调休) for the years it
// covers. An ordinary deadline whose last day is a holiday (a weekend or a public holiday,
// never a makeup working day) ends on the first day after it (CPL Art. 105);
// custody periods never move, which is the deadline's business, not this module's.
// Named imports let the bundler leave out the data's third table (in-lieu days), which is not used.
import { holidays as holidayTable, workdays as workdayTable } from 'chinese-days/dist/chinese-days.json'
import { dayNumber, isoOfDay } from '../support/dates'
import { isWeekend } from './periods'

/** The public holidays the calendar names, by the English name the data gives them. */
const HOLIDAY_NAMES = {
  "New Year's Day": 'new-year',
  'Spring Festival': 'spring-festival',
  'Tomb-sweeping Day': 'tomb-sweeping',
  'Labour Day': 'labour-day',
  'Dragon Boat Festival': 'dragon-boat',
  'Mid-autumn Festival': 'mid-autumn',
  'National Day': 'national-day',
  'Anti-Fascist 70th Day': 'victory-70th',
} as const

export type HolidayCode = (typeof HOLIDAY_NAMES)[keyof typeof HOLIDAY_NAMES] | 'weekend'

const holidays: Readonly<Record<string, string>> = holidayTable
const workdays: Readonly<Record<string, string>> = workdayTable

const years = Object.keys(holidays).map((day) => day.slice(0, 4))
/** The first and last years the bundled calendar covers. */
export const HOLIDAY_CALENDAR_YEARS = { from: years.reduce((a, b) => (a < b ? a : b)), to: years.reduce((a, b) => (a > b ? a : b)) } as const

export function calendarCovers(iso: string): boolean {
  const year = iso.slice(0, 4)
  return year >= HOLIDAY_CALENDAR_YEARS.from && year <= HOLIDAY_CALENDAR_YEARS.to
}

/** The holiday a day is, by the official calendar; null on a working day (makeup working days included). */
export function holidayOf(iso: string): HolidayCode | null {
  if (workdays[iso]) return null
  const named = holidays[iso]
  if (named) return HOLIDAY_NAMES[named.split(',')[0] as keyof typeof HOLIDAY_NAMES] ?? 'weekend'
  return isWeekend(iso) ? 'weekend' : null
}

/** Where a last day moves by the official calendar: the first day after the holiday (a makeup working day is no holiday), and the holiday; null when it does not move or the calendar does not cover it. */
export function holidayMove(due: string): { movedTo: string; holiday: HolidayCode } | null {
  if (!calendarCovers(due)) return null
  const holiday = holidayOf(due)
  if (!holiday) return null
  // A weekend joined to a public holiday is named after the holiday (2024-06-08 is in the Dragon Boat Festival's days off).
  let named: HolidayCode = holiday
  let day = dayNumber(due) + 1
  for (let next = holidayOf(isoOfDay(day)); next; next = holidayOf(isoOfDay(++day))) if (named === 'weekend') named = next
  const movedTo = isoOfDay(day)
  // A move that runs past the calendar's last year cannot be known.
  return calendarCovers(movedTo) ? { movedTo, holiday: named } : null
}
