// Tables as CSV for spreadsheets (RFC 4180), safe to open: a cell that a
// spreadsheet would read as a formula is written as text, so nothing in a
// case (a title, a note, a name someone else typed) can run when it is opened.
import { withoutIsolates } from '../words/isolate'

/** The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * The text of a cell as a spreadsheet will show it, never run it: a value starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (also after leading spaces, which some
 * spreadsheets skip) gets a leading apostrophe, the spreadsheet's own mark for "text".
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) || FORMULA_START.test(value.trimStart()) ? `'${value}` : value
}

/**
 * One field as RFC 4180 writes it: in double quotes (quotes doubled) when it holds a comma, quote or
 * line break. A cell is a value of its own, so the isolates around names in the app's phrases
 * (words/isolate.ts) are left out: a spreadsheet would keep them as invisible characters.
 */
export function csvField(value: string): string {
  const safe = neutralizeCell(withoutIsolates(value))
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The CSV text of a table: a header row, then one line per row, each ended by CRLF (RFC 4180).
 * It starts with a byte-order mark so that Excel reads it as UTF-8 (Chinese names stay readable).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
