// What keeps work from being lost on the case list: Recently deleted (deleted cases and those a
// restore replaced, kept 30 days) and the offer to undo the last restore, both read from storage
// so they survive a reload. Counts and the offer are read without the repository (the home page
// loads neither Dexie nor the engine); the list itself, and every change, go through it.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { DeletedListItem, PutBack, RestoreUndoOffer, RestoreUndone } from '@/persistence'
import { readSafetyState } from '@/persistence/safetyReader'
import { loadRepository, loadedRepository } from './loadRepository'
import { useCaseListStore } from './caseList'
import { useTabsStore } from './tabs'

export const useSafetyStore = defineStore('safety', () => {
  // state
  /** Cases in Recently deleted. */
  const deletedCount = ref(0)
  /** The last restore, while it can be undone (after a reload too, until dismissed). */
  const restoreUndo = shallowRef<RestoreUndoOffer | null>(null)
  /** Recently deleted as shown, when open (null: closed). */
  const deleted = shallowRef<DeletedListItem[] | null>(null)

  // functions
  // Taken once: in an action the active Pinia may be another one (another tab, in tests).
  const tabs = useTabsStore()
  const caseList = useCaseListStore()
  let stopListening: (() => void) | null = null
  let latestLoad = 0

  async function load(): Promise<void> {
    const thisLoad = ++latestLoad
    // Through the repository once it is loaded; else straight from the database, without it.
    const loaded = loadedRepository()
    const state = loaded
      ? { deletedCount: (await loaded.deletedCases()).length, restoreUndo: await loaded.restoreUndoOffer() }
      : await readSafetyState()
    if (thisLoad !== latestLoad) return
    deletedCount.value = state.deletedCount
    restoreUndo.value = state.restoreUndo
    if (deleted.value) await openDeleted()
    stopListening ??= tabs.listen(() => void load())
  }

  async function openDeleted(): Promise<void> {
    const listed = await (await loadRepository()).deletedCases()
    deleted.value = listed
    deletedCount.value = listed.length
  }

  function closeDeleted(): void {
    deleted.value = null
  }

  /** Puts a case back from Recently deleted (as a copy, titled by `copyTitle`, when its id is taken). */
  async function putBack(seq: number, copyTitle?: (title: string) => string): Promise<PutBack> {
    const back = await (await loadRepository()).restoreDeleted(seq, copyTitle)
    tabs.announce({ kind: 'restored', caseIds: [back.id] })
    await Promise.all([caseList.load(), load()])
    return back
  }

  /** Empties Recently deleted for good (the screen asks first). */
  async function emptyDeleted(): Promise<void> {
    await (await loadRepository()).emptyDeleted()
    tabs.announce({ kind: 'deleted', caseIds: [] })
    await load()
  }

  /** Undoes the last restore: every case as it was before it; a case changed since goes to Recently deleted. */
  async function undoRestore(): Promise<RestoreUndone> {
    const undone = await (await loadRepository()).undoRestore()
    if (undone.removed.length > 0) tabs.announce({ kind: 'deleted', caseIds: undone.removed })
    if (undone.putBack.length > 0) tabs.announce({ kind: 'restored', caseIds: undone.putBack })
    await Promise.all([caseList.load(), load()])
    return undone
  }

  async function dismissRestoreUndo(): Promise<void> {
    await (await loadRepository()).dismissRestoreUndo()
    restoreUndo.value = null
    tabs.announce({ kind: 'restored', caseIds: [] })
  }

  function $reset(): void {
    stopListening?.()
    stopListening = null
    deletedCount.value = 0
    restoreUndo.value = null
    deleted.value = null
  }

  return { deletedCount, restoreUndo, deleted, load, openDeleted, closeDeleted, putBack, emptyDeleted, undoRestore, dismissRestoreUndo, $reset }
})
