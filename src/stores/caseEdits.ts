// The one way the open case changes: add, replace or remove a record by key, change
// the case itself, or undo. Each edit validates the whole next case with the engine
// before it is kept, so nothing invalid is ever saved, and records the case as it
// was, so the edit can be undone.
import type { ShallowRef } from 'vue'
import {
  RECORD_WHAT,
  issueAt,
  parseCaseFile,
  problem,
  recordKey,
  type CaseFile,
  type CaseFileIssue,
  type ListName,
  type RecordOf,
} from '@/domain'
import { issuesOf } from './issues'

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
  readonly record?: RecordOf<ListName>
  readonly label?: string
}

export type UndoStack = readonly (UndoEntry & { readonly before: CaseFile })[]

/** Earlier case values kept for undo; each is the immutable case as it was, so an entry costs little. */
export const UNDO_LIMIT = 100

/** The edits of the case held in `state.file`; `scheduleSave` runs after each one that was kept. */
export function caseEdits(state: { file: ShallowRef<CaseFile | null>; undoStack: ShallowRef<UndoStack> }, scheduleSave: () => void) {
  const { file, undoStack } = state

  /**
   * The one way the case changes: `edit` gives the next case from the current one, or a refusal.
   * The next case is kept only when the engine finds the whole of it valid; the current one goes
   * on the undo stack under `entry`. On a refusal nothing changes.
   */
  function apply(edit: (current: CaseFile) => CaseFile | Refusal, entry: (current: CaseFile) => UndoEntry): Refusal | null {
    const current = file.value
    if (!current) return [issueAt('', problem('record.noCase'))]
    let next: CaseFile
    try {
      const proposed = edit(current)
      if (Array.isArray(proposed)) return proposed
      next = parseCaseFile(proposed)
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

  /** Adds a record at the end of its list. */
  function add<K extends ListName>(list: K, record: RecordOf<K>): Refusal | null {
    return apply(
      (current) => ({ ...current, [list]: [...current[list], record] }),
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
        return { ...current, [list]: current[list].map((item, i) => (i === index ? record : item)) }
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
        return { ...current, [list]: current[list].filter((_, i) => i !== index) }
      },
      (current) => ({ action: 'remove', list, key, record: current[list][indexOf(current, list, key)] }),
    )
  }

  /** A change to the case as a whole: title, base currency, settings. `label` says which, for the undo entry. */
  function changeCase(recipe: (current: CaseFile) => CaseFile, label?: string): Refusal | null {
    return apply(recipe, () => ({ action: 'case', ...(label === undefined ? {} : { label }) }))
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
