// The column definition of a memo table (MemoTable.vue): every schedule's table has the
// same markup (headers in each language, figures right-aligned with their exact value in
// data-value, cells that add up to a footer total marked data-adds / data-foot), so each
// schedule only says what its columns are.
import type { Dec } from '@/domain'
import type { Params } from './memoWords'

export interface MemoColumn<R> {
  /** The column's name: its `v-for` key, and the slot (`#name`) of a cell with more than text. */
  name: string
  /** The header: a catalogue key, shown in each of the memo's languages, stacked. */
  label: string
  params?: Params
  /** A figure: aligned to the end. */
  num?: boolean
  /** A cell that never wraps (a date). */
  nowrap?: boolean
  /** Another class of the cells (memo-parts). */
  cellClass?: string
  /** The cell's finished text (a figure as shown, a phrase); a column without it fills its cells from its slot. */
  text?: (row: R) => string
  /** The exact value of a shown figure, for `data-value` ('' when the row has none). */
  exact?: (row: R) => Dec | null | undefined
  /** The total the column's cells add up to (`data-adds`, matched by a footer or group cell's `foot`); by row where rows of several groups add up to their group's. */
  adds?: string | ((row: R) => string)
  /** `data-col`: which figure the cell is, where a test reads columns by name. */
  col?: string
  testid?: string
}

/** A cell of a footer row after its label: a total (its text, exact value and what it foots) or an empty cell. */
export interface MemoFooterCell {
  text?: string
  exact?: Dec | null
  /** `data-foot`: the total the column's `adds` cells add up to. */
  foot?: string
  /** `data-adds`: a group's total that itself adds up to the footer's. */
  adds?: string
  col?: string
  num?: boolean
  span?: number
}

/** Rows under a heading row of their own (a `tbody` each): the heading's label and totals, then the rows. */
export interface MemoRowGroup<R> {
  key: string
  label: string
  cells: MemoFooterCell[]
  rows: readonly R[]
}

export interface MemoFooterRow {
  /** The row's label (a catalogue key in each language) and how many columns it spans. */
  label: string
  span: number
  cells: MemoFooterCell[]
}

/** The attributes of a body cell: only those the column has, so the markup is what a hand-written cell had. */
export function cellAttributes<R>(column: MemoColumn<R>, row: R, exactFigure: (value: Dec | null | undefined) => string): Record<string, string> {
  const classes = [column.num ? 'num' : '', column.nowrap ? 'nowrap' : '', column.cellClass ?? ''].filter(Boolean).join(' ')
  return {
    ...(classes ? { class: classes } : {}),
    ...(column.adds ? { 'data-adds': typeof column.adds === 'string' ? column.adds : column.adds(row) } : {}),
    ...(column.col ? { 'data-col': column.col } : {}),
    ...(column.exact ? { 'data-value': exactFigure(column.exact(row)) } : {}),
    ...(column.testid ? { 'data-testid': column.testid } : {}),
  }
}

/** The attributes of a footer cell. */
export function footerAttributes(cell: MemoFooterCell, exactFigure: (value: Dec | null | undefined) => string): Record<string, string | number> {
  return {
    ...(cell.num || cell.text !== undefined ? { class: 'num' } : {}),
    ...(cell.span ? { colspan: cell.span } : {}),
    ...(cell.adds ? { 'data-adds': cell.adds } : {}),
    ...(cell.col ? { 'data-col': cell.col } : {}),
    ...(cell.foot ? { 'data-foot': cell.foot } : {}),
    ...(cell.exact !== undefined ? { 'data-value': exactFigure(cell.exact) } : {}),
  }
}
