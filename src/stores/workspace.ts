// The open case: its file, summary and view, loading, autosave, and what other
// tabs did to it. Every edit goes through caseEdits (one validated path with undo).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { createViewBuilder, sharedSummarizer, listingFigures, recordKey, type CaseFile, type ListName, type RecordOf } from '@/domain'
import { SaveConflictError } from '@/persistence/errors'
import { loadRepository } from './loadRepository'
import { caseEdits, type Refusal, type UndoEntry, type UndoStack } from './caseEdits'
import { useStorageStore } from './storage'
import { useTabsStore, type CaseMessage } from './tabs'

/** `conflict`: another tab saved this case first; this tab's edit is kept on screen, not written over theirs. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict'
export type { ListName, RecordOf, Refusal, UndoEntry }

/** A version this tab saved that another tab then replaced with "Keep my version", offered back. */
export interface ReplacedVersion {
  file: CaseFile
  savedAt: string
}
export { recordKey }
const SAVE_DELAY_MS = 250

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
  const changedElsewhere = ref(false)
  /** This tab's saved change, replaced by another tab that kept its own version: told, and offered back. */
  const replacedMine = shallowRef<ReplacedVersion | null>(null)
  /** This tab kept its version over another tab's save; that tab has been told. */
  const keptMine = ref(false)
  /** Another tab deleted this case. What is on screen stays, edit included, until the user chooses. */
  const deletedElsewhere = ref(false)
  /** Edits that can be undone, oldest first, each with the case as it was before it. */
  const undoStack = shallowRef<UndoStack>([])
  /** Set by team sync for a reader's account: every edit is refused, and the page says so. */
  const readOnly = ref(false)

  // computed
  // Each keeps what the last edit did not change, so an edit costs what it touches.
  // Shared with storage: a case just imported is not summarized again in full when it opens.
  const summarize = sharedSummarizer
  const viewOf = createViewBuilder()
  const summary = computed(() => (file.value ? summarize(file.value) : null))
  /** Every figure, row and label source the screens show, built once per edit. */
  const caseView = computed(() => (file.value && summary.value ? viewOf(file.value, summary.value) : null))
  const hasUnsavedChanges = computed(() => ['saving', 'failed', 'conflict'].includes(saveState.value))
  const canUndo = computed(() => undoStack.value.length > 0)
  const lastChange = computed<UndoEntry | null>(() => undoStack.value[undoStack.value.length - 1] ?? null)

  // functions
  // Taken once: in an action the active Pinia may be another one (another tab, in tests).
  const tabs = useTabsStore()
  const storage = useStorageStore()
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> = Promise.resolve()
  let stopListening: (() => void) | null = null
  /** The stored revision seen when a save conflicted (null: deleted): "keep mine" may replace that one only. */
  let conflictWith: number | null = null
  /** The last version this tab stored of the open case, so it can be offered back if another tab replaces it. */
  let lastStored: { revision: number; file: CaseFile; savedAt: string } | null = null
  /** Putting back a replaced version replaces the other tab's kept one: the next save tells it so. */
  let replacing: number | null = null

  /** Loads the stored case (always: it may have changed since this tab last showed it). */
  async function open(id: string): Promise<void> {
    if (file.value?.id === id && hasUnsavedChanges.value) return // keep an edit that is not stored yet on screen
    await flush()
    loading.value = true
    loadError.value = null
    changedElsewhere.value = false
    deletedElsewhere.value = false
    forgetOtherVersions()
    try {
      const record = await (await loadRepository()).get(id)
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
    if (message.replaced !== undefined && lastStored && message.replaced === lastStored.revision)
      replacedMine.value = { file: lastStored.file, savedAt: lastStored.savedAt }
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
    const record = await (await loadRepository()).get(id)
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

  const { add, replace, remove, changeCase, undo } = caseEdits({ file, undoStack }, scheduleSave, () => readOnly.value)

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
    // The case list's figures, from the summary the screen shows, rather than summarizing the case again.
    const figures = summary.value ? listingFigures(summary.value, snapshot.baseCurrency) : undefined
    saving = saving.then(async () => {
      if (saveState.value === 'conflict' && !options.overwrite) return
      try {
        // Keeping this tab's version replaces the version seen at the conflict, and nothing newer.
        const expectedRevision = options.overwrite ? conflictWith : revision.value
        const record = await (await loadRepository()).save(snapshot, { expectedRevision, ...(figures ? { figures } : {}) })
        lastSavedAt.value = record.updatedAt
        revision.value = record.revision
        conflictWith = null
        lastStored = { revision: record.revision, file: snapshot, savedAt: record.updatedAt }
        if (file.value?.id === snapshot.id) deletedElsewhere.value = false
        // A save that knowingly replaces another tab's saved version says which, so that tab can tell its user.
        const replaced = options.overwrite ? expectedRevision : replacing !== null && expectedRevision === replacing ? replacing : null
        replacing = null
        tabs.announce({ kind: 'saved', caseIds: [snapshot.id], revision: record.revision, ...(replaced !== null ? { replaced } : {}) })
        if (options.overwrite && replaced !== null) keptMine.value = true
        if (file.value === snapshot) {
          saveState.value = 'saved'
          saveError.value = null
          changedElsewhere.value = false
        }
        // Outside the save chain: a permission prompt left unanswered must never hold up saving.
        void storage.request()
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

  /** Puts back this tab's version that another tab replaced: an edit like any other (Undo takes it back), and that tab is told. */
  function restoreMine(): Refusal | null {
    const mine = replacedMine.value
    if (!mine || !file.value || mine.file.id !== file.value.id) return null
    replacing = revision.value
    const refused = changeCase(() => mine.file, 'restoreMine')
    if (refused) replacing = null
    else replacedMine.value = null
    return refused
  }

  function forgetOtherVersions(): void {
    replacedMine.value = null
    keptMine.value = false
    lastStored = null
    replacing = null
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
    forgetOtherVersions()
  }

  return {
    file,
    loading,
    loadError,
    saveState,
    saveError,
    lastSavedAt,
    revision,
    changedElsewhere,
    replacedMine,
    keptMine,
    deletedElsewhere,
    undoStack,
    readOnly,
    summary,
    caseView,
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
    restoreMine,
    $reset,
  }
})
