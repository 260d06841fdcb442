// Filtering the history as the panel offers it: by person, by record, by a range of days.
import type { HistoryEntry, RecordRef, StoredEntry } from './historyTypes'
import { inHistoryOrder } from './entryOrder'

export interface HistoryFilter {
  /** An author's name; all when empty. */
  person?: string
  /** A record's key (recordKeyOf), 'case' for the case's own fields; all when empty. */
  record?: string
  /** First and last day (YYYY-MM-DD, inclusive) in the time zone the history is shown in. */
  from?: string
  to?: string
}

/** A record's key for the filter: 'offers/o3', or 'case' for the case's own fields. */
export function recordKeyOf(record: RecordRef | null): string {
  return record ? `${record.list}/${record.id}` : 'case'
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The day (YYYY-MM-DD) of an instant in `timeZone` (the device's own when absent). */
export function historyDay(iso: string, timeZone?: string): string {
  let format = dayFormats.get(timeZone ?? '')
  if (!format) dayFormats.set(timeZone ?? '', (format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone })))
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : format.format(date)
}

/** The entries that pass the filter, newest first (inHistoryOrder, reversed: the same order on every device). */
export function filterHistory(entries: readonly StoredEntry[], filter: HistoryFilter, timeZone?: string): StoredEntry[] {
  const shown = entries.filter(({ entry }) => {
    if (filter.person && entry.author !== filter.person) return false
    if (filter.record && recordKeyOf(entry.record) !== filter.record) return false
    if (filter.from || filter.to) {
      const day = historyDay(entry.at, timeZone)
      if (filter.from && day < filter.from) return false
      if (filter.to && day > filter.to) return false
    }
    return true
  })
  return inHistoryOrder(shown, entries).reverse()
}

/** The people and the records a history names, each once, sorted, for the filters' choices (a record with one of its entries, to name it). */
export function historyChoices(entries: readonly StoredEntry[]): { people: string[]; records: { key: string; entry: HistoryEntry }[] } {
  const people = new Set<string>()
  const records = new Map<string, HistoryEntry>()
  for (const { entry } of entries) {
    people.add(entry.author)
    const key = recordKeyOf(entry.record)
    if (!records.has(key) || entry.field === '') records.set(key, entry)
  }
  const sortedKeys = [...records.keys()].sort((a, b) => (a === 'case' ? -1 : b === 'case' ? 1 : a < b ? -1 : a > b ? 1 : 0))
  return { people: [...people].sort(), records: sortedKeys.map((key) => ({ key, entry: records.get(key)! })) }
}
