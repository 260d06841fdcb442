// The open case: its file, its summary, and autosave. Every edit goes through
// `update`, which validates the whole next case with the engine before it is
// kept, so nothing invalid is ever saved.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { parseCaseFile, summarizeCase, type CaseFile, type CaseFileIssue } from '@/domain'
import { SaveConflictError, requestPersistentStorage } from '@/persistence'
import { useRepository } from './repository'
import { issuesOf } from './issues'
import { announceSaved, onSavedElsewhere } from './tabs'

/** `conflict`: another tab saved this case first; this tab's edit is kept on screen, not written over theirs. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict'
export type StorageGrant = 'unknown' | 'granted' | 'denied' | 'unsupported'
export type ListName = 'fx' | 'parties' | 'losses' | 'properties' | 'offers' | 'payments' | 'costs'
export type RecordOf<K extends ListName> = CaseFile[K][number]

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
  const storageGrant = ref<StorageGrant>('unknown')
  const changedElsewhere = ref(false)

  // computed
  const summary = computed(() => (file.value ? summarizeCase(file.value) : null))
  const partiesById = computed(() => new Map((file.value?.parties ?? []).map((party) => [party.id, party])))
  const propertiesById = computed(() => new Map((file.value?.properties ?? []).map((p) => [p.id, p])))
  const hasUnsavedChanges = computed(() => ['saving', 'failed', 'conflict'].includes(saveState.value))

  // functions
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
    try {
      const record = await useRepository().get(id)
      file.value = record?.file ?? null
      lastSavedAt.value = record?.updatedAt ?? null
      revision.value = record?.revision ?? null
      saveState.value = record ? 'saved' : 'idle'
      if (!record) loadError.value = 'notFound'
    } catch (error) {
      file.value = null
      loadError.value = error
    } finally {
      loading.value = false
    }
    stopListening?.()
    stopListening = onSavedElsewhere((savedId) => {
      if (savedId !== file.value?.id) return
      if (saveState.value === 'saved') void reloadFromStorage({ onlyIfUnchanged: true })
      else changedElsewhere.value = true
    })
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
    if (options.onlyIfUnchanged && (file.value !== before || saveState.value !== 'saved')) {
      changedElsewhere.value = true
      return
    }
    if (record) {
      file.value = record.file
      lastSavedAt.value = record.updatedAt
      revision.value = record.revision
      saveState.value = 'saved'
      changedElsewhere.value = false
    }
  }

  /** Applies an edit when the whole resulting case is valid; otherwise changes nothing and returns the problems. */
  function update(recipe: (current: CaseFile) => CaseFile): CaseFileIssue[] | null {
    const current = file.value
    if (!current) return [{ path: '', message: 'No case is open.' }]
    let next: CaseFile
    try {
      next = parseCaseFile(recipe(current))
    } catch (error) {
      return issuesOf(error)
    }
    file.value = next
    scheduleSave()
    return null
  }

  function addRecord<K extends ListName>(list: K, record: RecordOf<K>): CaseFileIssue[] | null {
    return update((current) => ({ ...current, [list]: [...current[list], record] }))
  }

  function replaceRecord<K extends ListName>(list: K, index: number, record: RecordOf<K>): CaseFileIssue[] | null {
    return update((current) => {
      const items = [...current[list]]
      items[index] = record
      return { ...current, [list]: items }
    })
  }

  function removeRecord<K extends ListName>(list: K, index: number): CaseFileIssue[] | null {
    return update((current) => ({ ...current, [list]: current[list].filter((_, i) => i !== index) }))
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
        announceSaved(snapshot.id)
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
    summary,
    partiesById,
    propertiesById,
    hasUnsavedChanges,
    open,
    reloadFromStorage,
    update,
    addRecord,
    replaceRecord,
    removeRecord,
    flush,
    retrySave,
    keepMine,
    $reset,
  }
})
