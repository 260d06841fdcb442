// What a list of the case is on screen: its form, its table, its new record.
import type { CaseFileIssue, CaseView, Dec, FxRate, ListName, PropertySummary, RecordOf, Words } from '@/domain'
import type { Component } from 'vue'
import type { FieldSpec } from '../fields'

export interface ListContext {
  view: CaseView
  words: Words
  /** Today in the user's calendar: the date a new record starts with. */
  today: string
  /** Records an exchange rate asked for in a form (a currency chosen without one); absent where none may be added. */
  addRate?: (rate: FxRate) => CaseFileIssue[] | null
}

/** One row of a list's table: the record, how it is addressed, and any figures the engine has for it. */
export interface ListRow<K extends ListName> {
  key: string
  record: RecordOf<K>
  /** The record's amount in base currency (losses, payments, costs). */
  inBase?: Dec
  /** A property's figures. */
  figures?: PropertySummary
}

export interface Column<K extends ListName> {
  label: string
  value: (row: ListRow<K>) => string
  align?: 'end'
  /** Short values (dates, roles) that should not break across lines. */
  nowrap?: boolean
}

export interface ListDefinition<K extends ListName> {
  list: K
  /** Catalogue keys of the section's title, its add button and its empty text. */
  title: string
  addLabel: string
  empty: string
  rows: (view: CaseView) => readonly ListRow<K>[]
  fields: (context: ListContext) => FieldSpec[]
  columns: (context: ListContext) => Column<K>[]
  /**
   * What the columns read of the case besides a row, the base currency and the language (a
   * payer's name, the offer a payment is against): while these and the rows stay the same
   * objects, the table's texts are not worked out again after an edit elsewhere.
   */
  reads?: (view: CaseView) => readonly unknown[]
  newRecord: (context: ListContext) => RecordOf<K>
  /**
   * A form of its own in place of the field-by-field RecordEditor (the rates: the one rate
   * editor). It takes RecordEditor's props and events, and the list's context as `context`.
   */
  editor?: Component
  /** A total under the table (the contract figure, rounded from its exact value), with the exact figure for `data-value`. */
  footer?: (context: ListContext) => { label: string; value: string; exact?: string; testid?: string }
}
