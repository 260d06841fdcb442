// A case as sync stores it (docs/sync.md §3.2): one head (everything of the file but its record
// lists) and one document per record, with the record exactly as the case file has it and its
// place in the list as a fractional order key. An offer is one record with its components or
// parts (they have no ids of their own). joinCase(splitCase(file)) is the file again.
import type { CaseFile, ListName, RecordOf } from '@/domain'
import { recordKey } from '@/domain'
import { compareKeys, keysFor } from './order'

/** The record lists of a case file, in the file's order (schema.ts, lists.ts). */
export const LIST_NAMES = ['fx', 'parties', 'losses', 'properties', 'offers', 'payments', 'costs'] as const satisfies readonly ListName[]
// Every list is named above: this fails to compile when lists.ts gains one.
type Unlisted = Exclude<ListName, (typeof LIST_NAMES)[number]>
const EVERY_LIST_NAMED: [Unlisted] extends [never] ? true : never = true
void EVERY_LIST_NAMED

/** Everything of a case file except its record lists: format, version, id, title, base currency, settings, top-level extra. */
export type CaseHead = Omit<CaseFile, ListName>

/** One record of one list, with its place in the list. */
export type RecordDocOf<K extends ListName> = {
  caseId: string
  list: K
  /** The record's id; for a rate (fx), which has none, its currency (recordKey). */
  recordId: string
  record: RecordOf<K>
  /** Fractional index (order.ts); ties are broken by recordId. */
  order: string
}
export type RecordDoc = { [K in ListName]: RecordDocOf<K> }[ListName]

/** A case split for sync. */
export interface SplitCase {
  head: CaseHead
  records: RecordDoc[]
}

/** A record's key within its case: list and id (used to match records across versions). */
export function recordDocKey(doc: Pick<RecordDoc, 'list' | 'recordId'>): string {
  return `${doc.list}/${doc.recordId}`
}

/** The head and one document per record; each list's records get increasing order keys in file order. */
export function splitCase(file: CaseFile): SplitCase {
  const head: Record<string, unknown> = {}
  const lists = new Set<string>(LIST_NAMES)
  for (const [key, value] of Object.entries(file)) if (!lists.has(key)) head[key] = value
  const records: RecordDoc[] = []
  for (const list of LIST_NAMES) {
    const items = file[list] as RecordOf<typeof list>[]
    const orders = keysFor(items.length)
    items.forEach((record, i) => {
      records.push({ caseId: file.id, list, recordId: recordKey(list, record), record, order: orders[i] ?? '' } as RecordDoc)
    })
  }
  return { head: head as CaseHead, records }
}

/**
 * The case file of a head and its records: each list sorted by order key, ties by record id (both
 * as code units). Throws when a record belongs to another case or a list holds one id twice (the
 * caller's mistake, never a merge's outcome). The result is not checked: parseCaseFile does that.
 */
export function joinCase(head: CaseHead, records: readonly RecordDoc[]): CaseFile {
  const byList = new Map<ListName, RecordDoc[]>(LIST_NAMES.map((list) => [list, []]))
  const seen = new Set<string>()
  for (const doc of records) {
    if (doc.caseId !== head.id) throw new Error(`Record ${recordDocKey(doc)} belongs to another case than ${head.id}.`)
    const key = recordDocKey(doc)
    if (seen.has(key)) throw new Error(`Record ${key} appears twice.`)
    seen.add(key)
    const list = byList.get(doc.list)
    if (!list) throw new Error(`Unknown list ${String(doc.list)}.`)
    list.push(doc)
  }
  const { format, version, id, title, baseCurrency, settings, ...rest } = head
  const lists = Object.fromEntries(
    LIST_NAMES.map((list) => [list, (byList.get(list) ?? []).sort(inListOrder).map((doc) => doc.record)]),
  )
  return { format, version, id, title, baseCurrency, settings, ...lists, ...rest } as CaseFile
}

/** The order of records in their list: by order key, then by record id. */
export function inListOrder(a: Pick<RecordDoc, 'order' | 'recordId'>, b: Pick<RecordDoc, 'order' | 'recordId'>): number {
  return compareKeys(a.order, b.order) || compareKeys(a.recordId, b.recordId)
}
