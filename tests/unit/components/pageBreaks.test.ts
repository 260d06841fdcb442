// The PDF tests' own check of page breaks, on made-up pages: it finds what it is meant to find.
import { describe, expect, it } from 'vitest'
import { pageBreakProblems, type MemoOnScreen, type PrintedMemo } from '../../e2e/pdf'

const printed = (...pages: string[]): PrintedMemo => ({ path: '', pages, pageCount: pages.length, fonts: [] })
const screen = (over: Partial<MemoOnScreen>): MemoOnScreen => ({ headings: [], tables: [], foots: [], scheduleRows: [], ...over })
const FOOTER = 'Case · As of Jul 15, 2024        Page 1 of 2'

describe('page breaks', () => {
  it('accepts a heading followed by its content', () => {
    expect(pageBreakProblems(printed(`Losses\n  row 1\n${FOOTER}`), screen({ headings: ['Losses'] }))).toEqual([])
  })
  it('finds a heading that ends its page', () => {
    expect(pageBreakProblems(printed(`text\nLosses\n${FOOTER}`, `row 1\n${FOOTER}`), screen({ headings: ['Losses'] }))).toEqual(['heading “Losses” ends page 1'])
  })
  const table = { heading: 'Payments', rows: ['$1.00 $1.00', '$2.00 $2.00', '$3.00 $3.00'] }
  it('accepts a table whose first and last rows each have company', () => {
    expect(pageBreakProblems(printed(`Payments\n$1.00 $1.00\n$2.00 $2.00\n${FOOTER}`, `$3.00 $3.00\nmore\n${FOOTER}`), screen({ tables: [{ ...table, rows: ['$1.00 $1.00', '$2.00 $2.00'] }] }))).toEqual([])
  })
  it('finds a first row alone at the foot of a page', () => {
    expect(pageBreakProblems(printed(`Payments\n$1.00 $1.00\n${FOOTER}`, `$2.00 $2.00\n$3.00 $3.00\n${FOOTER}`), screen({ tables: [table] }))).toEqual([
      'table row “$1.00 $1.00” alone at the foot of page 1',
    ])
  })
  it('finds a last row alone at the top of a page', () => {
    expect(pageBreakProblems(printed(`Payments\n$1.00 $1.00\n$2.00 $2.00\n${FOOTER}`, `$3.00 $3.00\n${FOOTER}`), screen({ tables: [table] }))).toEqual([
      'table row “$3.00 $3.00” alone at the top of page 2',
    ])
  })
  it('looks for rows from the page of the table’s heading on', () => {
    // The same figures earlier in the memo (a summary) do not count as the table's rows.
    expect(pageBreakProblems(printed(`$2.00 $2.00 summary\n${FOOTER}`, `Payments\n$1.00 $1.00\n$2.00 $2.00\n$3.00 $3.00\n${FOOTER}`), screen({ tables: [table] }))).toEqual([])
  })
})
