// Edits of split cases (src/sync/documents.ts) for the merge tests: each edit gives a new split
// case and leaves its input as it was, as a device's edit would.
import { parseCaseFile, parseCaseFileText, recordKey, type ListName, type RecordOf } from '@/domain'
import { joinCase, recordDocKey, splitCase, type CaseHead, type RecordDoc, type SplitCase } from '@/sync/documents'
import { keyBetween } from '@/sync/order'
import { exampleText } from './examples'

export type Edit = (split: SplitCase) => SplitCase

export function harborSplit(): SplitCase {
  return splitCase(parseCaseFileText(exampleText('harbor-tools')))
}

export function applyEdits(split: SplitCase, ...edits: Edit[]): SplitCase {
  return edits.reduce((current, edit) => edit(current), split)
}

export function findDoc(split: SplitCase, list: ListName, recordId: string): RecordDoc | undefined {
  return split.records.find((doc) => doc.list === list && doc.recordId === recordId)
}

/** Changes fields of one record (a key set to undefined is removed). */
export const editRecord = (list: ListName, recordId: string, change: Record<string, unknown>): Edit => (split) => {
  if (!findDoc(split, list, recordId)) throw new Error(`no ${list}/${recordId}`)
  return {
    head: split.head,
    records: split.records.map((doc) => {
      if (doc.list !== list || doc.recordId !== recordId) return doc
      const record = Object.fromEntries(Object.entries({ ...doc.record, ...change }).filter(([, value]) => value !== undefined))
      return { ...doc, record } as RecordDoc
    }),
  }
}

export const moveRecord = (list: ListName, recordId: string, order: string): Edit => (split) => ({
  head: split.head,
  records: split.records.map((doc) => (doc.list === list && doc.recordId === recordId ? { ...doc, order } : doc)),
})

export const removeRecord = (list: ListName, recordId: string): Edit => (split) => {
  if (!findDoc(split, list, recordId)) throw new Error(`no ${list}/${recordId}`)
  return { head: split.head, records: split.records.filter((doc) => doc.list !== list || doc.recordId !== recordId) }
}

/** Adds a record at the end of its list (as a device appending offline does). */
export const addRecord = <K extends ListName>(list: K, record: RecordOf<K>): Edit => (split) => {
  const orders = split.records.filter((doc) => doc.list === list).map((doc) => doc.order).sort()
  const doc = { caseId: split.head.id, list, recordId: recordKey(list, record), record, order: keyBetween(orders.at(-1) ?? null, null) } as RecordDoc
  if (findDoc(split, list, doc.recordId)) throw new Error(`${recordDocKey(doc)} exists`)
  return { head: split.head, records: [...split.records, doc] }
}

export const editHead = (change: Partial<CaseHead>): Edit => (split) => ({ head: { ...split.head, ...change }, records: split.records })

/** Whether the split case is a valid case (parseCaseFile). */
export function isValidSplit(split: SplitCase): boolean {
  try {
    parseCaseFile(JSON.parse(JSON.stringify(joinCase(split.head, split.records))))
    return true
  } catch {
    return false
  }
}

/** The records of a split case by key, for comparisons that ignore the order of the array. */
export function recordMap(split: SplitCase): Record<string, RecordDoc> {
  return Object.fromEntries(split.records.map((doc) => [recordDocKey(doc), doc]))
}
