// The list of stored cases: create, rename, duplicate, delete with undo, import, export and backups.
// Every change is announced to the other tabs, and the list reloads when they announce theirs.
// The list shows each case's row (persistence CaseListing: title, parties, figures rounded for
// display), read without loading the repository or the engine; they load on the first write.
// A list of ten thousand cases reads ten thousand of these small rows, never the cases; the
// table shows them 50 a page.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CaseFile, CaseFileIssue } from '@/domain'
import type { CaseListing, CaseRecord, Envelope, RestoreChoice, RestorePlan, RestoreResult } from '@/persistence'
import { readCaseList } from '@/persistence/caseListReader'
import { ImportConflictError } from '@/persistence/errors'
import { issueAt } from '@/domain/caseFile/issues'
import { problem } from '@/domain/caseFile/problemCodes'
import { DerivationCancelledError, EncryptedFileError, decryptEnvelope, encryptText, readEnvelope } from '@/persistence/encryption'
import { loadRepository, loadedRepository } from './loadRepository'
import { issuesOf } from './issuesOf'
import { useStorageStore } from './storage'
import { useTabsStore } from './tabs'

/** A row of the case list: what is stored beside each case for it (figures null until first worked out). */
export type CaseRow = CaseListing

export type ImportOutcome =
  | { kind: 'imported'; id: string }
  | { kind: 'invalid'; issues: CaseFileIssue[] }
  | { kind: 'conflict'; incoming: CaseFile; existing: CaseRecord }
  /** The file is protected with a passphrase: `unlock` it, then import its text. */
  | { kind: 'locked'; envelope: Envelope }

/** `cancelled`: the user stopped it while the key was derived; nothing was opened. */
export type Unlocked = { text: string } | { issues: CaseFileIssue[] } | { cancelled: true }

/** The envelope of an encrypted file meant for `use`, or the issue of one meant for the other use. */
function lockedFor(text: string, use: 'restitution-case' | 'restitution-backup'): { envelope: Envelope } | { issues: CaseFileIssue[] } | null {
  try {
    const envelope = readEnvelope(text)
    if (!envelope) return null
    if (envelope.contains !== use)
      return { issues: [issueAt('', problem(use === 'restitution-case' ? 'encrypted.isBackup' : 'encrypted.isCase'))] }
    return { envelope }
  } catch (error) {
    if (error instanceof EncryptedFileError) return { issues: error.issues }
    throw error
  }
}

export const useCaseListStore = defineStore('caseList', () => {
  // state
  const listings = shallowRef<CaseListing[]>([])
  const loading = ref(false)
  const loadError = shallowRef<unknown>(null)
  const query = ref('')
  const lastDeleted = shallowRef<CaseRecord | null>(null)

  // computed
  const rows = computed<readonly CaseRow[]>(() => listings.value)
  /** How many cases are stored. */
  const total = computed(() => listings.value.length)
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
  const storage = useStorageStore()
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
    void storage.request()
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

  /** `copyTitle` words the copy's title in the interface's language. */
  async function duplicate(id: string, copyTitle?: (title: string) => string): Promise<string> {
    const copy = await (await loadRepository()).duplicate(id, copyTitle)
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

  async function importText(
    text: string,
    onConflict: 'ask' | 'replace' | 'copy' = 'ask',
    copyTitle?: (title: string) => string,
  ): Promise<ImportOutcome> {
    try {
      const locked = lockedFor(text, 'restitution-case')
      if (locked) return 'envelope' in locked ? { kind: 'locked', envelope: locked.envelope } : { kind: 'invalid', issues: locked.issues }
      const imported = await (await loadRepository()).importText(text, { onConflict, ...(copyTitle ? { copyTitle } : {}) })
      if (imported.outcome !== 'unchanged') tabs.announce({ kind: 'imported', caseIds: [imported.id], revision: imported.record.revision })
      void storage.request()
      await load()
      return { kind: 'imported', id: imported.id }
    } catch (error) {
      if (error instanceof ImportConflictError) return { kind: 'conflict', incoming: error.incoming, existing: error.existing }
      return { kind: 'invalid', issues: issuesOf(error) }
    }
  }

  /** The text inside a protected file, or why it could not be opened; nothing is stored either way. */
  async function unlock(envelope: Envelope, passphrase: string, signal?: AbortSignal): Promise<Unlocked> {
    try {
      return { text: await decryptEnvelope(envelope, passphrase, { signal }) }
    } catch (error) {
      if (error instanceof DerivationCancelledError) return { cancelled: true }
      return { issues: issuesOf(error) }
    }
  }

  /** A case file's text; with a passphrase, encrypted for sending (`signal` cancels: DerivationCancelledError). */
  async function exportText(id: string, passphrase?: string, signal?: AbortSignal): Promise<string> {
    const text = await (await loadRepository()).exportText(id)
    return passphrase ? encryptText(text, passphrase, 'restitution-case', { signal }) : text
  }

  /** Every case in one backup text; with a passphrase, encrypted for sending (`signal` cancels). */
  async function exportBackup(passphrase?: string, signal?: AbortSignal): Promise<string> {
    const text = await (await loadRepository()).exportBackup()
    return passphrase ? encryptText(text, passphrase, 'restitution-backup', { signal }) : text
  }

  async function planRestore(text: string): Promise<{ plan: RestorePlan } | { issues: CaseFileIssue[] } | { envelope: Envelope }> {
    try {
      const locked = lockedFor(text, 'restitution-backup')
      if (locked) return locked
      return { plan: await (await loadRepository()).planRestore(text) }
    } catch (error) {
      return { issues: issuesOf(error) }
    }
  }

  /**
   * Restores a backup as planned, with the user's `choices` for cases stored with other data (by
   * default a stored case changed after the backup was made is kept, the backup's as a copy titled
   * by `copyTitle`). The restore can then be undone (the safety store), after a reload too.
   */
  async function applyRestore(plan: RestorePlan, choices: Readonly<Record<string, RestoreChoice>> = {}, copyTitle?: (title: string) => string): Promise<RestoreResult> {
    const result = await (await loadRepository()).applyRestore(plan, choices, copyTitle)
    const caseIds = [...result.added, ...result.replaced, ...result.copied]
    if (caseIds.length > 0) tabs.announce({ kind: 'restored', caseIds })
    void storage.request()
    await load()
    return result
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
    total,
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
    unlock,
    exportText,
    exportBackup,
    planRestore,
    applyRestore,
    $reset,
  }
})
