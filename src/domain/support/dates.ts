// Calendar dates (YYYY-MM-DD) as the case file writes them: shown in a locale,
// counted in days, and "today" as the user's own calendar has it.

/** Year, month (1-12) and day of a `YYYY-MM-DD` date; null when it is not one. */
export function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  return { year: Number.parseInt(match[1] ?? '', 10), month: Number.parseInt(match[2] ?? '', 10), day: Number.parseInt(match[3] ?? '', 10) }
}

/**
 * Midnight UTC of a calendar date. setUTCFullYear, unlike Date.UTC, keeps the
 * years 0-99 as written instead of reading them as 1900-1999.
 */
export function utcMidnight(iso: string): Date | null {
  const parts = dateParts(iso)
  if (!parts) return null
  const date = new Date(0)
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day)
  return date
}

/** Whole days since 1970-01-01 (negative before): the x of a point on a time axis, or a difference in days. */
export function dayNumber(iso: string): number {
  const date = utcMidnight(iso)
  return date ? Math.round(date.getTime() / 86_400_000) : 0
}

/** `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
  const date = new Date(Math.round(day) * 86_400_000)
  const year = date.getUTCFullYear()
  return `${String(year).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** The calendar date of an instant where the user is (not in UTC): what "today" means to them. */
export function localDate(now: Date): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** One Intl.DateTimeFormat per locale and style, kept: making one per call costs more than the formatting. */
function dateFormat(locale: string, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...(style === 'long' ? { year: 'numeric' } : {}),
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(key, format)
  }
  return format
}

/** `May 9, 2024` / `2024年5月9日`; the text as written when it is not a date. */
export function formatDate(iso: string, locale: string): string {
  const date = utcMidnight(iso)
  if (!date) return iso
  const format = dateFormat(locale, 'long')
  if (date.getUTCFullYear() >= 1000) return format.format(date)
  // Intl writes the year 24 as "24", which a reader takes for 2024: years before 1000 keep their four digits.
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'year' ? part.value.padStart(4, '0') : part.value))
    .join('')
}

/** `May 9` / `5月9日`: a date on an axis, where the year is shown elsewhere. */
export function formatShortDate(iso: string, locale: string): string {
  const date = utcMidnight(iso)
  return date ? dateFormat(locale, 'short').format(date) : iso
}

const instantFormats = new Map<string, Intl.DateTimeFormat>()

/** An instant (ISO 8601 with time) in the user's time zone: `May 9, 2024, 3:04 PM`. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  let format = instantFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    instantFormats.set(locale, format)
  }
  return format.format(date)
}
