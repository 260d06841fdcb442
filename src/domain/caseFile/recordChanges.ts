// Which records an edit added, changed or removed: the case file before and after, list by list.
// Storage writes only the chunks holding these (src/persistence/chunks.ts); a sync can send only them.
import { recordKey, type ListName, type RecordOf } from './lists'
import type { CaseFile } from './schema'

/** Every list of a case file, in the file's order. */
export const LIST_NAMES: readonly ListName[] = ['fx', 'parties', 'losses', 'properties', 'offers', 'payments', 'costs']

/** One record an edit touched, addressed by its list and key (its id; for an exchange rate its currency). */
export interface ChangedRecord {
  list: ListName
  key: string
  change: 'added' | 'changed' | 'removed'
}

/**
 * The records that differ between `before` and `after` (null: no case before, so every record is
 * added), list by list in LIST_NAMES order, within a list in the order of `after` (removed ones
 * last, in the order of `before`). A record is changed when its data differs, whatever the order of
 * its keys; the same object in both is unchanged without being looked into, so an edit of one record
 * of an immutably updated case costs one comparison per record. A record that only moved within its
 * list is not listed. Where a list holds one key twice (an invalid case), the later record counts.
 */
export function changedRecords(before: CaseFile | null | undefined, after: CaseFile): ChangedRecord[] {
  const changes: ChangedRecord[] = []
  for (const list of LIST_NAMES) {
    const now = (after[list] ?? []) as readonly RecordOf<ListName>[]
    const was = (before?.[list] ?? []) as readonly RecordOf<ListName>[]
    if (now === was) continue
    const earlier = new Map<string, unknown>()
    for (const record of was) earlier.set(recordKey(list, record), record)
    const seen = new Set<string>()
    for (const record of now) {
      const key = recordKey(list, record)
      seen.add(key)
      if (!earlier.has(key)) changes.push({ list, key, change: 'added' })
      else if (!sameData(earlier.get(key), record)) changes.push({ list, key, change: 'changed' })
    }
    for (const key of earlier.keys()) if (!seen.has(key)) changes.push({ list, key, change: 'removed' })
  }
  return changes
}

/** Whether two plain JSON values hold the same data, whatever the order of object keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, index) => sameData(item, other[index]))
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined)
  const right = b as Record<string, unknown>
  const rightCount = Object.values(right).filter((value) => value !== undefined).length
  return left.length === rightCount && left.every(([key, value]) => Object.hasOwn(right, key) && sameData(value, right[key]))
}
