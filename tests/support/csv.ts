// Reading CSV back as a spreadsheet would (RFC 4180), for the tests of what the app writes.
import { expect } from 'vitest'

/** An RFC 4180 reader, to read back what was written as a spreadsheet would. */
export function readCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += char
  }
  expect(quoted, 'every quoted field is closed').toBe(false)
  expect(field === '' && row.length === 0, 'the text ends with CRLF').toBe(true)
  return rows
}


/** What a spreadsheet would run: a cell starting with a formula character, also after spaces. */
export const isLive = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell) || /^[=+\-@\t\r]/.test(cell.trimStart())
