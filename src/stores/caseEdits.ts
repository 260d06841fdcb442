// The one way the open case changes: add, replace or remove a record by key, change
// the case itself, or undo. Each edit is checked by the engine before it is kept, so
// nothing invalid is ever saved: the changed record and every rule across records,
// giving the very case (or refusal) a check of the whole next case gives
// (src/domain/caseFile/editCheck.ts). Each edit records the case as it was, so it can be undone.
import type { ShallowRef } from 'vue'
import {
  RECORD_WHAT,
  applyCaseChange,
  applyRecordChange,
  issueAt,
  problem,
  recordKey,
  type CaseFile,
  type CaseFileIssue,
  type ListName,
  type RecordOf,
} from '@/domain'
import { plainCopy } from '@/persistence'
import { issuesOf } from './issuesOf'

const LISTS: readonly string[] = ['fx', 'parties', 'losses', 'properties', 'offers', 'payments', 'costs']

/** Why an edit was not made, with every problem; nothing changed. */
export type Refusal = CaseFileIssue[]

/**
 * One edit that `undo` can take back. `record` is the record it was about: the one added (undo
 * takes it away), or the one replaced or removed as it was (undo puts it back), so a screen can
 * say "Undo delete of …". `label` names a case-level change (e.g. 'settings', 'case').
 */
export interface UndoEntry {
  readonly action: 'add' | 'replace' | 'remove' | 'case'
  readonly list?: ListName
  readonly key?: string
  readonly record?: RecordOf<ListName> | undefined
  readonly label?: string
}

export type UndoStack = readonly (UndoEntry & { readonly before: CaseFile })[]

/** Earlier case values kept for undo; each is the immutable case as it was, so an entry costs little. */
export const UNDO_LIMIT = 100

/** The edits of the case held in `state.file`; `scheduleSave` runs after each one that was kept. */
/** `isReadOnly`: a reader of a synced workspace (issue 23) changes nothing; every edit is refused. */
export function caseEdits(state: { file: ShallowRef<CaseFile | null>; undoStack: ShallowRef<UndoStack> }, scheduleSave: () => void, isReadOnly: () => boolean = () => false) {
  const { file, undoStack } = state

  /**
   * The one way the case changes: `edit` gives the next case from the current one, checked by the
   * engine, or a refusal. The current case goes on the undo stack under `entry`. On a refusal
   * (or a CaseFileError) nothing changes.
   */
  function apply(edit: (current: CaseFile) => CaseFile | Refusal, entry: (current: CaseFile) => UndoEntry): Refusal | null {
    const current = file.value
    if (!current) return [issueAt('', problem('record.noCase'))]
    if (isReadOnly()) return [issueAt('', problem('record.readOnly'))]
    let next: CaseFile
    try {
      const checked = edit(current)
      if (Array.isArray(checked)) return checked
      next = checked
    } catch (error) {
      return issuesOf(error)
    }
    undoStack.value = [...undoStack.value.slice(1 - UNDO_LIMIT), { ...entry(current), before: current }]
    file.value = next
    scheduleSave()
    return null
  }

  function indexOf<K extends ListName>(current: CaseFile, list: K, key: string): number {
    return (current[list] as readonly RecordOf<K>[]).findIndex((item) => recordKey(list, item) === key)
  }

  function gone(list: ListName): Refusal {
    return [issueAt(list, problem('record.gone', { what: RECORD_WHAT[list] }))]
  }

  /** What a form hands in, as plain data: a Vue proxy must never reach storage (house rule 4). */
  const plain = <T>(value: T): T => plainCopy(value) as T

  /** Adds a record at the end of its list. */
  function add<K extends ListName>(list: K, record: RecordOf<K>): Refusal | null {
    return apply(
      (current) => applyRecordChange(current, { kind: 'add', list, record: plain(record) }),
      () => ({ action: 'add', list, key: recordKey(list, record), record }),
    )
  }

  /**
   * Replaces the record stored under `key` (its id; for 'fx' the currency), wherever it now stands
   * in its list; `record` may carry a new id. Refused with `record.gone` when no record has that key.
   */
  function replace<K extends ListName>(list: K, key: string, record: RecordOf<K>): Refusal | null {
    return apply(
      (current) => {
        const index = indexOf(current, list, key)
        if (index < 0) return gone(list)
        return applyRecordChange(current, { kind: 'replace', list, index, record: plain(record) })
      },
      (current) => ({ action: 'replace', list, key, record: current[list][indexOf(current, list, key)] }),
    )
  }

  /** Removes the record stored under `key`; refused with `record.gone` when no record has that key. */
  function remove<K extends ListName>(list: K, key: string): Refusal | null {
    return apply(
      (current) => {
        const index = indexOf(current, list, key)
        if (index < 0) return gone(list)
        return applyRecordChange(current, { kind: 'remove', list, index })
      },
      (current) => ({ action: 'remove', list, key, record: current[list][indexOf(current, list, key)] }),
    )
  }

  /** A change to the case as a whole: title, base currency, settings. `label` says which, for the undo entry. */
  function changeCase(recipe: (current: CaseFile) => CaseFile, label?: string): Refusal | null {
    return apply(
      (current) => {
        // Lists the change kept are the case's own, checked and plain; anything else is copied.
        const proposed: Record<string, unknown> = {}
        for (const [key, value] of Object.entries(recipe(current)))
          Object.defineProperty(proposed, key, {
            value: LISTS.includes(key) && value === current[key as ListName] ? value : plainCopy(value),
            enumerable: true,
            writable: true,
            configurable: true,
          })
        return applyCaseChange(current, proposed)
      },
      () => ({ action: 'case', ...(label === undefined ? {} : { label }) }),
    )
  }

  /**
   * Takes back the last edit: the case as it was before it comes back, and is saved like any
   * edit. Undoing with nothing to undo changes nothing.
   */
  function undo(): Refusal | null {
    if (!file.value) return [issueAt('', problem('record.noCase'))]
    const last = undoStack.value[undoStack.value.length - 1]
    if (!last) return null
    // That case value was valid when it was current, and case values are never changed in place.
    undoStack.value = undoStack.value.slice(0, -1)
    file.value = last.before
    scheduleSave()
    return null
  }

  return { add, replace, remove, changeCase, undo }
}
