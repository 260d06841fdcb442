// The list of stored cases: create, rename, duplicate, delete with undo, import, export and backups.
// Every change is announced to the other tabs, and the list reloads when they announce theirs.
// The list shows each case's row (persistence CaseListing: title, parties, figures rounded for
// display), read without loading the repository or the engine; they load on the first write.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CaseFile, CaseFileIssue } from '@/domain'
import type { CaseListing, CaseRecord, RestorePlan } from '@/persistence'
import { readCaseList } from '@/persistence/caseListReader'
import { ImportConflictError } from '@/persistence/errors'
import { loadRepository, loadedRepository } from './repository'
import { issuesOf } from './issues'
import { useTabsStore } from './tabs'

/** A row of the case list: what is stored beside each case for it (figures null until first worked out). */
export type CaseRow = CaseListing

export type ImportOutcome =
  | { kind: 'imported'; id: string }
  | { kind: 'invalid'; issues: CaseFileIssue[] }
  | { kind: 'conflict'; incoming: CaseFile; existing: CaseRecord }

export const useCaseListStore = defineStore('caseList', () => {
  // state
  const listings = shallowRef<CaseListing[]>([])
  const loading = ref(false)
  const loadError = shallowRef<unknown>(null)
  const query = ref('')
  const lastDeleted = shallowRef<CaseRecord | null>(null)

  // computed
  const rows = computed<readonly CaseRow[]>(() => listings.value)
  const filteredRows = computed(() => {
    const words = query.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean)
    if (words.length === 0) return rows.value
    return rows.value.filter((row) => {
      const haystack = [row.title, ...row.partyNames].join('\n').toLocaleLowerCase()
      return words.every((word) => haystack.includes(word))
    })
  })

  // functions
  // Taken once: in an action the active Pinia may be another one (another tab, in tests).
  const tabs = useTabsStore()
  let stopListening: (() => void) | null = null
  /** Only the latest of overlapping loads (one per message from a busy tab) may set the list. */
  let latestLoad = 0

  async function load(): Promise<void> {
    const thisLoad = ++latestLoad
    loading.value = true
    loadError.value = null
    try {
      // Through the repository once it is loaded; else straight from the database, without it.
      const loaded = loadedRepository()
      const listed = (loaded ? await loaded.listings() : await readCaseList()) ?? (await (await loadRepository()).listings())
      if (thisLoad === latestLoad) {
        listings.value = listed
        void fillFigures(listed, thisLoad)
      }
    } catch (error) {
      if (thisLoad === latestLoad) loadError.value = error
    } finally {
      if (thisLoad === latestLoad) loading.value = false
    }
    stopListening ??= tabs.listen(() => void load())
  }

  /** Rows stored before rows had figures get them from the engine, once, and keep them. */
  async function fillFigures(listed: readonly CaseListing[], thisLoad: number): Promise<void> {
    const missing = listed.filter((row) => row.figures === null)
    if (missing.length === 0) return
    try {
      const repository = await loadRepository()
      for (const row of missing) {
        const filled = await repository.fillListing(row.id)
        if (!filled || thisLoad !== latestLoad) continue
        listings.value = listings.value.map((item) => (item.id === filled.id ? filled : item))
      }
    } catch {
      // The row shows without figures; the next load tries again.
    }
  }

  async function create(title: string, baseCurrency: string): Promise<string> {
    const record = await (await loadRepository()).create(title, baseCurrency)
    tabs.announce({ kind: 'created', caseIds: [record.id], revision: record.revision })
    await load()
    return record.id
  }

  async function rename(id: string, title: string): Promise<CaseFileIssue[] | null> {
    try {
      const record = await (await loadRepository()).rename(id, title)
      tabs.announce({ kind: 'renamed', caseIds: [id], revision: record.revision })
      await load()
      return null
    } catch (error) {
      return issuesOf(error)
    }
  }

  async function duplicate(id: string): Promise<string> {
    const copy = await (await loadRepository()).duplicate(id)
    tabs.announce({ kind: 'duplicated', caseIds: [copy.id], revision: copy.revision })
    await load()
    return copy.id
  }

  async function remove(id: string): Promise<void> {
    lastDeleted.value = (await (await loadRepository()).remove(id)) ?? null
    tabs.announce({ kind: 'deleted', caseIds: [id] })
    await load()
  }

  async function undoRemove(): Promise<void> {
    const record = lastDeleted.value
    if (!record) return
    const restored = await (await loadRepository()).restoreRecord(record)
    lastDeleted.value = null
    tabs.announce({ kind: 'restored', caseIds: [restored.id], revision: restored.revision })
    await load()
  }

  async function importText(text: string, onConflict: 'ask' | 'replace' | 'copy' = 'ask'): Promise<ImportOutcome> {
    try {
      const imported = await (await loadRepository()).importText(text, { onConflict })
      if (imported.outcome !== 'unchanged') tabs.announce({ kind: 'imported', caseIds: [imported.id], revision: imported.record.revision })
      await load()
      return { kind: 'imported', id: imported.id }
    } catch (error) {
      if (error instanceof ImportConflictError) return { kind: 'conflict', incoming: error.incoming, existing: error.existing }
      return { kind: 'invalid', issues: issuesOf(error) }
    }
  }

  async function exportText(id: string): Promise<string> {
    return (await loadRepository()).exportText(id)
  }

  async function exportBackup(): Promise<string> {
    return (await loadRepository()).exportBackup()
  }

  async function planRestore(text: string): Promise<{ plan: RestorePlan } | { issues: CaseFileIssue[] }> {
    try {
      return { plan: await (await loadRepository()).planRestore(text) }
    } catch (error) {
      return { issues: issuesOf(error) }
    }
  }

  async function applyRestore(plan: RestorePlan): Promise<void> {
    const result = await (await loadRepository()).applyRestore(plan)
    const caseIds = [...result.added, ...result.replaced]
    if (caseIds.length > 0) tabs.announce({ kind: 'restored', caseIds })
    await load()
  }

  function $reset(): void {
    stopListening?.()
    stopListening = null
    listings.value = []
    loading.value = false
    loadError.value = null
    query.value = ''
    lastDeleted.value = null
  }

  return {
    listings,
    loading,
    loadError,
    query,
    lastDeleted,
    rows,
    filteredRows,
    load,
    create,
    rename,
    duplicate,
    remove,
    undoRemove,
    importText,
    exportText,
    exportBackup,
    planRestore,
    applyRestore,
    $reset,
  }
})
