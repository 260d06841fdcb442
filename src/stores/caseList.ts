// The list of stored cases: create, rename, duplicate, delete with undo, import, export and backups.
// Every change is announced to the other tabs, and the list reloads when they announce theirs.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { summarizeCase, type CaseFile, type CaseFileIssue, type CaseSummary } from '@/domain'
import {
  EncryptedFileError,
  ImportConflictError,
  decryptEnvelope,
  encryptText,
  readEnvelope,
  type CaseRecord,
  type Envelope,
  type RestorePlan,
} from '@/persistence'
import { issueAt, problem } from '@/domain'
import { useRepository } from './repository'
import { issuesOf } from './issues'
import { useStorageStore } from './storage'
import { useTabsStore } from './tabs'

export interface CaseRow {
  id: string
  title: string
  baseCurrency: string
  updatedAt: string
  partyNames: string[]
  /** Worked out when first read: a list of thousands of cases summarizes only the rows it shows. */
  readonly summary: CaseSummary
}

export type ImportOutcome =
  | { kind: 'imported'; id: string }
  | { kind: 'invalid'; issues: CaseFileIssue[] }
  | { kind: 'conflict'; incoming: CaseFile; existing: CaseRecord }
  /** The file is protected with a passphrase: `unlock` it, then import its text. */
  | { kind: 'locked'; envelope: Envelope }

export type Unlocked = { text: string } | { issues: CaseFileIssue[] }

// By id, for the stored version it was computed from (revision and time, so a test's fresh database never matches).
const summaryCache = new Map<string, { version: string; summary: CaseSummary }>()

function summaryOf(record: CaseRecord): CaseSummary {
  let cached = summaryCache.get(record.id)
  const version = `${record.revision}@${record.updatedAt}`
  if (!cached || cached.version !== version) {
    cached = { version, summary: summarizeCase(record.file) }
    summaryCache.set(record.id, cached)
  }
  return cached.summary
}

function rowOf(record: CaseRecord): CaseRow {
  return {
    id: record.id,
    title: record.file.title,
    baseCurrency: record.file.baseCurrency,
    updatedAt: record.updatedAt,
    partyNames: record.file.parties.map((party) => party.name),
    get summary() {
      return summaryOf(record)
    },
  }
}

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

/** Cases read first when the list opens: one page of the table. */
const FIRST_PAGE = 50

export const useCaseListStore = defineStore('caseList', () => {
  // state
  const records = shallowRef<CaseRecord[]>([])
  /** How many cases are stored; while `complete` is false only the most recent ones are in `records`. */
  const total = ref(0)
  const complete = ref(false)
  const loading = ref(false)
  const loadError = shallowRef<unknown>(null)
  const query = ref('')
  const lastDeleted = shallowRef<CaseRecord | null>(null)

  // computed
  const rows = computed(() => records.value.map(rowOf))
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
      const repository = useRepository()
      let done = false
      if (!complete.value) {
        // A list of thousands shows its most recent page at once, and the rest once it is read.
        const first = await repository.firstPage(FIRST_PAGE)
        if (thisLoad === latestLoad && !complete.value) {
          records.value = first.items
          total.value = first.total
          // The first page was the whole list.
          done = first.total <= first.items.length
          complete.value = done
        }
      }
      if (!done) {
        const listed = await repository.list()
        if (thisLoad === latestLoad) {
          records.value = listed
          total.value = listed.length
          complete.value = true
        }
      }
    } catch (error) {
      if (thisLoad === latestLoad) loadError.value = error
    } finally {
      if (thisLoad === latestLoad) loading.value = false
    }
    stopListening ??= tabs.listen(() => void load())
  }

  async function create(title: string, baseCurrency: string): Promise<string> {
    const record = await useRepository().create(title, baseCurrency)
    tabs.announce({ kind: 'created', caseIds: [record.id], revision: record.revision })
    void storage.request()
    await load()
    return record.id
  }

  async function rename(id: string, title: string): Promise<CaseFileIssue[] | null> {
    try {
      const record = await useRepository().rename(id, title)
      tabs.announce({ kind: 'renamed', caseIds: [id], revision: record.revision })
      await load()
      return null
    } catch (error) {
      return issuesOf(error)
    }
  }

  /** `copyTitle` words the copy's title in the interface's language. */
  async function duplicate(id: string, copyTitle?: (title: string) => string): Promise<string> {
    const copy = await useRepository().duplicate(id, copyTitle)
    tabs.announce({ kind: 'duplicated', caseIds: [copy.id], revision: copy.revision })
    await load()
    return copy.id
  }

  async function remove(id: string): Promise<void> {
    lastDeleted.value = (await useRepository().remove(id)) ?? null
    tabs.announce({ kind: 'deleted', caseIds: [id] })
    await load()
  }

  async function undoRemove(): Promise<void> {
    const record = lastDeleted.value
    if (!record) return
    const restored = await useRepository().restoreRecord(record)
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
      const imported = await useRepository().importText(text, { onConflict, ...(copyTitle ? { copyTitle } : {}) })
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
  async function unlock(envelope: Envelope, passphrase: string): Promise<Unlocked> {
    try {
      return { text: await decryptEnvelope(envelope, passphrase) }
    } catch (error) {
      return { issues: issuesOf(error) }
    }
  }

  /** A case file's text; with a passphrase, encrypted for sending. */
  async function exportText(id: string, passphrase?: string): Promise<string> {
    const text = await useRepository().exportText(id)
    return passphrase ? encryptText(text, passphrase, 'restitution-case') : text
  }

  /** Every case in one backup text; with a passphrase, encrypted for sending. */
  async function exportBackup(passphrase?: string): Promise<string> {
    const text = await useRepository().exportBackup()
    return passphrase ? encryptText(text, passphrase, 'restitution-backup') : text
  }

  async function planRestore(text: string): Promise<{ plan: RestorePlan } | { issues: CaseFileIssue[] } | { envelope: Envelope }> {
    try {
      const locked = lockedFor(text, 'restitution-backup')
      if (locked) return locked
      return { plan: await useRepository().planRestore(text) }
    } catch (error) {
      return { issues: issuesOf(error) }
    }
  }

  async function applyRestore(plan: RestorePlan): Promise<void> {
    const result = await useRepository().applyRestore(plan)
    const caseIds = [...result.added, ...result.replaced]
    if (caseIds.length > 0) tabs.announce({ kind: 'restored', caseIds })
    void storage.request()
    await load()
  }

  function $reset(): void {
    stopListening?.()
    stopListening = null
    records.value = []
    total.value = 0
    complete.value = false
    loading.value = false
    loadError.value = null
    query.value = ''
    lastDeleted.value = null
  }

  return {
    records,
    total,
    complete,
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
