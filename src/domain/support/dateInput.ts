// A date as a person types it (issue 22): 2026-01-15, 2026/1/15, 2026.1.15 or
// 2026年1月15日, with full-width digits too, read as the file's `YYYY-MM-DD`. The file
// format keeps one form; only the typing is forgiving, and the field then shows the
// date it understood in the interface's language, so nothing is reinterpreted silently.
import { problem, type Problem } from '../caseFile/problemCodes'
import { dateProblem } from '../caseFile/values'

const TYPED = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/

export type DateReading = { ok: true; date: string } | { ok: false; problem: Problem }

/** The `YYYY-MM-DD` date a typed text means, or why it is not one. Day-first and month-first forms are refused: 03/04/2026 is ambiguous. */
export function readDate(typed: string): DateReading {
  // NFKC folds full-width digits and punctuation (２０２６／１／１５) into their ASCII forms.
  const text = typed.normalize('NFKC').trim()
  const match = TYPED.exec(text)
  if (!match) return { ok: false, problem: problem('date.typed') }
  const [, year = '', month = '', day = ''] = match
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const found = dateProblem(date)
  // The month or day as the person typed it, not as padded: "2026年13月1日" has no month 13.
  return found ? { ok: false, problem: found.code === 'date.notReal' ? problem('date.notReal', { date: text }) : found } : { ok: true, date }
}
