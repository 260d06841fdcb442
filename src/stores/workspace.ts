// The open case: its file, its summary, autosave and undo. Every edit (add, replace,
// remove, changeCase, undo) goes through one path that validates the whole next
// case with the engine before it is kept, so nothing invalid is ever saved, and
// that records the case as it was, so the edit can be undone.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { issueAt, parseCaseFile, problem, summarizeCase, type CaseFile, type CaseFileIssue } from '@/domain'
import { SaveConflictError, requestPersistentStorage } from '@/persistence'
import { useRepository } from './repository'
import { issuesOf } from './issues'
import { useTabsStore, type CaseMessage } from './tabs'

/** `conflict`: another tab saved this case first; this tab's edit is kept on screen, not written over theirs. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict'
export type StorageGrant = 'unknown' | 'granted' | 'denied' | 'unsupported'
export type ListName = 'fx' | 'parties' | 'losses' | 'properties' | 'offers' | 'payments' | 'costs'
export type RecordOf<K extends ListName> = CaseFile[K][number]
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

/** How a record is addressed in its list: its id, or for an exchange rate its currency (rates have no id). */
export function recordKey<K extends ListName>(list: K, record: RecordOf<K>): string {
  return list === 'fx' ? (record as RecordOf<'fx'>).currency : (record as { id: string }).id
}

/** The word for one record of each list in the engine's problems (`problemWhat` in the catalogues). */
const RECORD_WHAT: Record<ListName, string> = {
  fx: 'rate',
  parties: 'party',
  losses: 'loss',
  properties: 'property',
  offers: 'offer',
  payments: 'payment',
  costs: 'cost',
}

const SAVE_DELAY_MS = 250
/** Earlier case values kept for undo; each is the immutable case as it was, so an entry costs little. */
const UNDO_LIMIT = 100

export const useWorkspaceStore = defineStore('workspace', () => {
  // state
  const file = shallowRef<CaseFile | null>(null)
  const loading = ref(false)
  /** 'notFound', or the failure itself, worded by the screen in its language. */
  const loadError = shallowRef<unknown>(null)
  const saveState = ref<SaveState>('idle')
  const saveError = shallowRef<unknown>(null)
  const lastSavedAt = ref<string | null>(null)
  /** The stored revision this tab's case is based on: a save replaces that one only. */
  const revision = ref<number | null>(null)
  const storageGrant = ref<StorageGrant>('unknown')
  const changedElsewhere = ref(false)
  /** Another tab deleted this case. What is on screen stays, edit included, until the user chooses. */
  const deletedElsewhere = ref(false)
  /** Edits that can be undone, oldest first, each with the case as it was before it. */
  const undoStack = shallowRef<readonly (UndoEntry & { readonly before: CaseFile })[]>([])

  // computed
  const summary = computed(() => (file.value ? summarizeCase(file.value) : null))
  const partiesById = computed(() => new Map((file.value?.parties ?? []).map((party) => [party.id, party])))
  const propertiesById = computed(() => new Map((file.value?.properties ?? []).map((p) => [p.id, p])))
  const hasUnsavedChanges = computed(() => ['saving', 'failed', 'conflict'].includes(saveState.value))
  const canUndo = computed(() => undoStack.value.length > 0)
  const lastChange = computed<UndoEntry | null>(() => undoStack.value[undoStack.value.length - 1] ?? null)

  // functions
  // Taken once: in an action the active Pinia may be another one (another tab, in tests).
  const tabs = useTabsStore()
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> = Promise.resolve()
  let askedForPersistence = false
  let stopListening: (() => void) | null = null
  /** The stored revision seen when a save conflicted (null: deleted): "keep mine" may replace that one only. */
  let conflictWith: number | null = null

  /** Loads the stored case (always: it may have changed since this tab last showed it). */
  async function open(id: string): Promise<void> {
    if (file.value?.id === id && hasUnsavedChanges.value) return // keep an edit that is not stored yet on screen
    await flush()
    loading.value = true
    loadError.value = null
    changedElsewhere.value = false
    deletedElsewhere.value = false
    try {
      const record = await useRepository().get(id)
      file.value = record?.file ?? null
      // Undo belongs to the case as this tab last loaded it (see docs/decisions.md).
      undoStack.value = []
      lastSavedAt.value = record?.updatedAt ?? null
      revision.value = record?.revision ?? null
      saveState.value = record ? 'saved' : 'idle'
      if (!record) loadError.value = 'notFound'
    } catch (error) {
      file.value = null
      undoStack.value = []
      loadError.value = error
    } finally {
      loading.value = false
    }
    stopListening?.()
    stopListening = tabs.listen(heardFromAnotherTab)
  }

  function heardFromAnotherTab(message: CaseMessage): void {
    const id = file.value?.id
    if (!id || !message.caseIds.includes(id)) return
    if (message.kind === 'deleted') {
      deletedElsewhere.value = true
      return
    }
    if (message.revision !== undefined && revision.value !== null && message.revision <= revision.value) return // already shown
    if (saveState.value === 'saved')
      // A failed read leaves the case as it is, with the notice that it changed.
      void reloadFromStorage({ onlyIfUnchanged: true }).catch(() => (changedElsewhere.value = true))
    else {
      // Any change but a delete means a case is stored under this id (again).
      deletedElsewhere.value = false
      changedElsewhere.value = true
    }
  }

  /**
   * Shows the stored version. With `onlyIfUnchanged` (the automatic reload after another tab's
   * save) it gives way to an edit made while it was reading: that edit is then saved, and
   * conflicts, in the usual way.
   */
  async function reloadFromStorage(options: { onlyIfUnchanged?: boolean } = {}): Promise<void> {
    const before = file.value
    const id = before?.id
    if (!id) return
    const record = await useRepository().get(id)
    if (file.value?.id !== id) return // another case was opened meanwhile
    if (!record) {
      deletedElsewhere.value = true
      return
    }
    deletedElsewhere.value = false
    if (options.onlyIfUnchanged && (file.value !== before || saveState.value !== 'saved')) {
      changedElsewhere.value = true
      return
    }
    file.value = record.file
    // Undoing an edit made before another tab's save would write that save away unseen.
    undoStack.value = []
    lastSavedAt.value = record.updatedAt
    revision.value = record.revision
    saveState.value = 'saved'
    changedElsewhere.value = false
  }

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

  function scheduleSave(): void {
    saveState.value = 'saving'
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void persist()
    }, SAVE_DELAY_MS)
  }

  function persist(options: { overwrite?: boolean } = {}): Promise<void> {
    const snapshot = file.value
    if (!snapshot) return saving
    saving = saving.then(async () => {
      if (saveState.value === 'conflict' && !options.overwrite) return
      try {
        // Keeping this tab's version replaces the version seen at the conflict, and nothing newer.
        const expectedRevision = options.overwrite ? conflictWith : revision.value
        const record = await useRepository().save(snapshot, { expectedRevision })
        lastSavedAt.value = record.updatedAt
        revision.value = record.revision
        if (file.value?.id === snapshot.id) deletedElsewhere.value = false
        tabs.announce({ kind: 'saved', caseIds: [snapshot.id], revision: record.revision })
        if (file.value === snapshot) {
          saveState.value = 'saved'
          saveError.value = null
          changedElsewhere.value = false
        }
        if (!askedForPersistence) {
          askedForPersistence = true
          // Outside the save chain: a permission prompt left unanswered must never hold up saving.
          void requestPersistentStorage().then((grant) => (storageGrant.value = grant))
        }
      } catch (error) {
        if (error instanceof SaveConflictError) {
          saveState.value = 'conflict'
          changedElsewhere.value = true
          conflictWith = error.storedRevision
        } else saveState.value = 'failed'
        saveError.value = error
      }
    })
    return saving
  }

  /** Writes a pending edit now (before leaving the case or the page). */
  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      timer = null
      await persist()
    }
    await saving
  }

  function retrySave(): Promise<void> {
    return persist()
  }

  /** After a conflict: keep this tab's version, replacing what the other tab saved. */
  function keepMine(): Promise<void> {
    saveState.value = 'saving'
    return persist({ overwrite: true })
  }

  function $reset(): void {
    if (timer) clearTimeout(timer)
    timer = null
    stopListening?.()
    stopListening = null
    file.value = null
    loading.value = false
    loadError.value = null
    saveState.value = 'idle'
    saveError.value = null
    lastSavedAt.value = null
    revision.value = null
    changedElsewhere.value = false
    deletedElsewhere.value = false
    undoStack.value = []
  }

  return {
    file,
    loading,
    loadError,
    saveState,
    saveError,
    lastSavedAt,
    revision,
    storageGrant,
    changedElsewhere,
    deletedElsewhere,
    undoStack,
    summary,
    partiesById,
    propertiesById,
    hasUnsavedChanges,
    canUndo,
    lastChange,
    open,
    reloadFromStorage,
    add,
    replace,
    remove,
    changeCase,
    undo,
    flush,
    retrySave,
    keepMine,
    $reset,
  }
})
