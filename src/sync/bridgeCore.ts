// What the bridge's parts share (bridge.ts): the index of documents, the history and devices
// read so far, the conflicts waiting, the base per case, and the one queue every task runs in.
// Internal to src/sync: the screens use Bridge.
import { type CaseFile } from '@/domain'
import type { DeviceRecord,  Revocation, StoredEntry } from '@/domain/history/historyTypes'
import { CASE_KEY, type Base, type BridgeOptions, type DeviceRequest, type DocInfo, type PouchDoc, type SyncConflict } from './bridgeTypes'
import type { CaseHead } from './documents'
import type { ChangesFeed } from './pouch'
import { unseal, type Plain } from './sealed'
export class BridgeCore {
  readonly index = new Map<string, DocInfo>()
  readonly caseDocs = new Map<string, Set<string>>()
  readonly history = new Map<string, Map<string, StoredEntry>>()
  readonly devices = new Map<string, DeviceRecord>()
  readonly requests = new Map<string, DeviceRequest>()
  readonly revocations: Revocation[] = []
  readonly conflicts = new Map<string, SyncConflict[]>()
  /** Cases whose merge was not a valid case (documents still arriving, or a refused change). */
  readonly invalid = new Set<string>()
  queue: Promise<void> = Promise.resolve()
  changes: ChangesFeed | null = null
  readonly pendingIncoming = new Set<string>()
  incomingTimer: ReturnType<typeof setTimeout> | null = null
  /** A merge task of the pending cases is queued and has not started yet. */
  incomingQueued = false
  appliedSeq: number | string = 0
  stopped = false
  /**
   * Case and record documents read by learn() and not merged yet, by id, with the revision read:
   * the merge takes their plaintext from here instead of decrypting them a second time.
   */
  readonly opened = new Map<string, { rev: string; plain: Plain }>()

  constructor(readonly options: BridgeOptions) {}

  enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => (this.stopped ? undefined : task()))
    this.queue = run.catch((error: unknown) => {
      console.error('sync task failed', error)
    })
    return run
  }

  /** The plaintext of a sealed document: the one learn() read at this revision, or decrypted now. Throws as unseal does. */
  async open(doc: PouchDoc): Promise<Plain> {
    const known = this.opened.get(doc._id)
    if (known && doc._rev !== undefined && known.rev === doc._rev) return known.plain
    return unseal(this.options.keys, doc)
  }

  /** The case's documents are merged: their plaintexts are not needed again. */
  forgetOpened(caseId: string): void {
    for (const id of this.caseDocs.get(caseId) ?? []) this.opened.delete(id)
  }

  async loadBase(caseId: string): Promise<Base> {
    const id = `_local/base-${caseId}`
    try {
      return (await this.options.local.get(id)) as unknown as Base
    } catch {
      return { _id: id, head: null, records: {}, heads: [] }
    }
  }

  async saveBase(base: Base): Promise<void> {
    const saved = await this.options.local.put(base)
    base._rev = saved.rev
  }

  async putLocal(id: string, body: object): Promise<void> {
    const { local } = this.options
    let rev: string | undefined
    try {
      rev = (await local.get(id))._rev
    } catch {
      rev = undefined
    }
    await local.put({ _id: id, ...(rev ? { _rev: rev } : {}), ...body })
  }

  allConflicts(): SyncConflict[] {
    return [...this.conflicts.values()].flat()
  }

  conflictsOf(caseId: string): SyncConflict[] {
    return this.conflicts.get(caseId) ?? []
  }

  historyOf(caseId: string): StoredEntry[] {
    return [...(this.history.get(caseId)?.values() ?? [])]
  }

  know(caseId: string, id: string, key: string): void {
    this.index.set(id, { caseId, key })
    let docs = this.caseDocs.get(caseId)
    if (!docs) this.caseDocs.set(caseId, (docs = new Set()))
    docs.add(id)
  }

  /** Every leaf revision of a document (the winner and any conflicting or deleted branches). */
  async leaves(id: string): Promise<{ rev: string; doc: PouchDoc }[]> {
    try {
      const found = (await this.options.local.get(id, { open_revs: 'all' })) as unknown as { ok?: PouchDoc }[]
      return found.flatMap((leaf) => (leaf.ok ? [{ rev: leaf.ok._rev!, doc: leaf.ok }] : []))
    } catch {
      return []
    }
  }

  async store(file: CaseFile, revision: number | null): Promise<boolean> {
    try {
      await this.options.cases.save(file, revision)
      return true
    } catch (error) {
      // Saved here meanwhile: that save's outgoing run merges again.
      if ((error as { name?: string }).name === 'SaveConflictError') return false
      throw error
    }
  }

  setConflicts(caseId: string, list: SyncConflict[]): void {
    // One question per record.
    const unique = new Map<string, SyncConflict>()
    for (const conflict of list) if (!unique.has(conflict.key)) unique.set(conflict.key, conflict)
    if (unique.size === 0) this.conflicts.delete(caseId)
    else this.conflicts.set(caseId, withRatesGrouped([...unique.values()]))
    this.options.events.conflicts(this.allConflicts())
  }
}

/**
 * Two base currencies to choose from: the case's rates were re-expressed on each side in its own
 * base, so a rate's conflict is answered with the base (`followsBase`) and the case's conflict says
 * it takes its rates (`withRates`). Otherwise each question stands on its own.
 */
export function withRatesGrouped(conflicts: SyncConflict[]): SyncConflict[] {
  const head = conflicts.find((conflict) => conflict.key === CASE_KEY)
  const bases = head && head.kind === 'edit-edit' ? head.versions.map((version) => (version.record as CaseHead | null)?.baseCurrency) : []
  const grouped = bases.length > 1 && new Set(bases).size > 1
  return conflicts.map((conflict) => {
    const { withRates: _withRates, followsBase: _followsBase, ...plain } = conflict
    if (grouped && conflict === head) return { ...plain, withRates: true }
    if (grouped && conflict.list === 'fx') return { ...plain, followsBase: true }
    return plain
  })
}
