// The bridge between the cases stored here (Dexie) and the local replica of the team's database
// (PouchDB, ciphertext only): docs/sync.md §3.1 and §4. Outgoing, a saved case becomes one sealed
// document per changed record, on top of the revision last applied here (the base), plus one signed
// history entry per changed field. Incoming, each case whose documents changed is merged record by
// record against that base; what both sides changed differently is a conflict to choose, never a
// silent pick. Every task runs in one queue, so a merge never races a save.
import { parseCaseFile, type CaseFile } from '@/domain'
import { changesBetween } from '@/domain/history/changes'
import type { DeviceRecord, HistoryEntry, Revocation, StoredEntry } from '@/domain/history/types'
import { appendChanges } from './history/entries'
import { verifyHistory } from './history/verify'
import { registerFirstDevice } from './history/devices'
import type { WorkspaceKeys } from './keys'
import { docId, seal, unseal, TamperedDocumentError, type SealedDoc, type PlainDoc } from './sealed'
import { splitCase, joinCase, type CaseHead, type RecordDoc, type SplitCase } from './documents'
import { keyBetween } from './order'
import { mergeCase, type Conflict } from './merge'
import type { SyncRefusal } from './status'
import type { SyncDeviceKey } from './device'

/** What the bridge needs of the case store (the repository, through the sync store). */
export interface CaseAccess {
  ids(): Promise<string[]>
  get(id: string): Promise<{ file: CaseFile; revision: number } | undefined>
  /** Stores the case if the stored one is still `expectedRevision` (null: none); returns the new revision. */
  save(file: CaseFile, expectedRevision: number | null): Promise<number>
  /** Deletes the case (it goes to Recently deleted). */
  remove(id: string): Promise<void>
}

export interface SyncConflict {
  caseId: string
  caseTitle: string
  /** `case` for the case's own fields, else `list/recordId`. */
  key: string
  list: string | null
  recordId: string | null
  kind: 'edit-edit' | 'delete-edit' | 'case-deleted'
  /** The versions to choose from: this device's first; `record` null is a deletion. */
  versions: ConflictVersion[]
}

export interface ConflictVersion {
  record: unknown
  author: string | null
  device: string | null
  here: boolean
}

export interface BridgeEvents {
  /** Cases stored here that sync changed (so open screens reload them). */
  applied(caseIds: string[]): void
  conflicts(conflicts: SyncConflict[]): void
  refused(refusal: SyncRefusal): void
  history(caseId: string): void
}

interface BridgeOptions {
  local: PouchDB.Database
  keys: WorkspaceKeys
  cases: CaseAccess
  person: string
  deviceName: string
  device: SyncDeviceKey
  readOnly: boolean
  events: BridgeEvents & { written(): void }
}

interface BaseEntry {
  body: unknown
  rev: string
  seq: number
}

/** What this device last had in common with the team, per case (a `_local` document: never replicated). */
interface Base {
  _id: string
  _rev?: string
  head: BaseEntry | null
  records: Record<string, BaseEntry>
  heads: string[]
  deleted?: boolean
}

interface DocInfo {
  caseId: string
  kind: PlainDoc['kind']
  key: string
}

const CASE_KEY = 'case'
const APPLIED_ID = '_local/applied'

export class Bridge {
  private readonly index = new Map<string, DocInfo>()
  private readonly caseDocs = new Map<string, Set<string>>()
  private readonly history = new Map<string, StoredEntry[]>()
  private readonly devices = new Map<string, DeviceRecord>()
  private readonly revocations: Revocation[] = []
  private readonly conflicts = new Map<string, SyncConflict[]>()
  private queue: Promise<void> = Promise.resolve()
  private changes: PouchDB.Core.Changes<object> | null = null
  private pendingIncoming = new Set<string>()
  private incomingTimer: ReturnType<typeof setTimeout> | null = null
  private appliedSeq: number | string = 0
  private stopped = false

  constructor(private readonly options: BridgeOptions) {}

  async start(): Promise<void> {
    await this.buildIndex()
    await this.registerDevice()
    // Everything that arrived before this session, then everything stored here that is not out yet.
    await this.enqueue(async () => {
      for (const caseId of this.caseDocs.keys()) await this.incomingCase(caseId)
    })
    if (!this.options.readOnly) this.outgoing(await this.options.cases.ids())
    this.follow()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.changes?.cancel()
    if (this.incomingTimer) clearTimeout(this.incomingTimer)
    await this.queue.catch(() => undefined)
  }

  /** Cases saved here: their changed records go to the replica. */
  outgoing(caseIds: readonly string[]): void {
    if (this.options.readOnly) return
    for (const caseId of caseIds) void this.enqueue(() => this.outgoingCase(caseId, true))
  }

  conflictsOf(caseId: string): SyncConflict[] {
    return this.conflicts.get(caseId) ?? []
  }

  historyOf(caseId: string): StoredEntry[] {
    return this.history.get(caseId) ?? []
  }

  deviceList(): DeviceRecord[] {
    return [...this.devices.values()]
  }

  /** The check of a case's history: intact, or the first entry that fails and why. */
  checkHistory(caseId: string): ReturnType<typeof verifyHistory> {
    return verifyHistory(this.historyOf(caseId), [...this.devices.values()], this.revocations)
  }

  /** The user's choice for a conflict: the version at `index` of its versions (a deletion when its record is null). */
  resolve(conflict: SyncConflict, index: number): Promise<void> {
    return this.enqueue(() => this.resolveConflict(conflict, index))
  }

  // --- the queue -------------------------------------------------------------------------

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => (this.stopped ? undefined : task()))
    this.queue = run.catch((error: unknown) => {
      console.error('sync task failed', error)
    })
    return run
  }

  // --- index ----------------------------------------------------------------------------

  private async buildIndex(): Promise<void> {
    const { local } = this.options
    const all = await local.allDocs({ include_docs: true })
    for (const row of all.rows) if (row.doc) await this.learn(row.doc as unknown as SealedDoc)
    try {
      const applied = (await local.get(APPLIED_ID)) as unknown as { seq: number | string }
      this.appliedSeq = applied.seq
    } catch {
      this.appliedSeq = 0
    }
  }

  /** Reads a document into the index (and the history and devices); null when it is not ours or refused. */
  private async learn(doc: SealedDoc): Promise<PlainDoc | null> {
    if (doc._id === 'workspace' || doc._id.startsWith('_')) return null
    let plain: PlainDoc
    try {
      plain = await unseal(this.options.keys, doc)
    } catch (error) {
      if (error instanceof TamperedDocumentError && !doc._deleted)
        this.options.events.refused({ docId: doc._id, reason: 'tampered', at: Date.now() })
      return null
    }
    const key = keyOf(plain)
    this.index.set(doc._id, { caseId: plain.caseId, kind: plain.kind, key })
    if (plain.kind === 'case' || plain.kind === 'record') {
      let docs = this.caseDocs.get(plain.caseId)
      if (!docs) this.caseDocs.set(plain.caseId, (docs = new Set()))
      docs.add(doc._id)
    } else if (plain.kind === 'history' && !doc._deleted) {
      const entries = this.history.get(plain.caseId) ?? []
      const stored = plain.body as StoredEntry
      if (!entries.some((entry) => entry.id === stored.id)) {
        entries.push(stored)
        this.history.set(plain.caseId, entries)
      }
    } else if (plain.kind === 'device' && !doc._deleted) {
      const body = plain.body as { device?: DeviceRecord; revocation?: Revocation }
      if (body.device) this.devices.set(body.device.fingerprint, body.device)
      if (body.revocation) this.revocations.push(body.revocation)
    }
    return plain
  }

  private async registerDevice(): Promise<void> {
    const { device, person, deviceName, local, keys } = this.options
    if (this.devices.has(device.fingerprint)) return
    const record = await registerFirstDevice(device.keys, { person, deviceName, at: new Date().toISOString() })
    this.devices.set(record.fingerprint, record)
    if (this.options.readOnly) return
    const id = await docId(keys, 'devices', 'device', 'device', record.fingerprint)
    const sealed = await seal(keys, id, { kind: 'device', caseId: 'devices', body: { device: record }, seq: 1, author: person, device: device.fingerprint })
    await local.put(sealed as unknown as PouchDB.Core.PutDocument<object>).catch(() => undefined)
  }

  // --- following the replica ------------------------------------------------------------

  private follow(): void {
    const { local } = this.options
    this.changes = local.changes({ since: this.appliedSeq, live: true, include_docs: true })
    this.changes.on('change', (change) => {
      const doc = change.doc as unknown as SealedDoc | undefined
      if (!doc) return
      void this.learn(doc).then((plain) => {
        if (!plain) return
        if (plain.kind === 'history') this.options.events.history(plain.caseId)
        if (plain.kind === 'case' || plain.kind === 'record') this.pendingIncoming.add(plain.caseId)
        this.appliedSeq = change.seq
        this.scheduleIncoming()
      })
    })
    this.changes.on('error', (error) => console.error('sync changes feed failed', error))
  }

  private scheduleIncoming(): void {
    if (this.incomingTimer) return
    this.incomingTimer = setTimeout(() => {
      this.incomingTimer = null
      const caseIds = [...this.pendingIncoming]
      this.pendingIncoming.clear()
      const seq = this.appliedSeq
      void this.enqueue(async () => {
        for (const caseId of caseIds) await this.incomingCase(caseId)
        await this.putLocal(APPLIED_ID, { seq })
      })
    }, 30)
  }

  // --- base -----------------------------------------------------------------------------

  private async loadBase(caseId: string): Promise<Base> {
    const id = `_local/base-${caseId}`
    try {
      return (await this.options.local.get(id)) as unknown as Base
    } catch {
      return { _id: id, head: null, records: {}, heads: [] }
    }
  }

  private async saveBase(base: Base): Promise<void> {
    const saved = await this.options.local.put(base as unknown as PouchDB.Core.PutDocument<object>)
    base._rev = saved.rev
  }

  private async putLocal(id: string, body: object): Promise<void> {
    const { local } = this.options
    let rev: string | undefined
    try {
      rev = (await local.get(id))._rev
    } catch {
      rev = undefined
    }
    await local.put({ _id: id, ...(rev ? { _rev: rev } : {}), ...body })
  }

  // --- outgoing -------------------------------------------------------------------------

  private async outgoingCase(caseId: string, retry: boolean): Promise<void> {
    const { cases, local } = this.options
    const stored = await cases.get(caseId)
    const base = await this.loadBase(caseId)
    const conflicted = new Set(this.conflictsOf(caseId).map((conflict) => conflict.key))
    const writes: { key: string; doc: SealedDoc; body: unknown; seq: number }[] = []
    const baseFile = baseCase(caseId, base)

    if (!stored) {
      if (!base.head || base.deleted) return
      // Deleted here: every document of the case becomes a tombstone (the other devices keep it in Recently deleted).
      for (const [key, entry] of [[CASE_KEY, base.head] as const, ...Object.entries(base.records)]) {
        if (conflicted.has(key)) continue
        writes.push(await this.sealed(caseId, key, { deleted: true }, entry, true))
      }
    } else {
      const split = withKeptOrder(splitCase(stored.file), base)
      if (!conflicted.has(CASE_KEY) && !same(split.head, base.head?.body))
        writes.push(await this.sealed(caseId, CASE_KEY, split.head, base.head, false))
      const present = new Set<string>()
      for (const record of split.records) {
        const key = recordKey(record)
        present.add(key)
        if (conflicted.has(key) || same(record, base.records[key]?.body)) continue
        writes.push(await this.sealed(caseId, key, record, base.records[key], false))
      }
      for (const [key, entry] of Object.entries(base.records))
        if (!present.has(key) && !conflicted.has(key)) writes.push(await this.sealed(caseId, key, { deleted: true }, entry, true))
    }
    if (writes.length === 0) return

    const results = await local.bulkDocs(writes.map((write) => write.doc as unknown as PouchDB.Core.PutDocument<object>))
    let clash = false
    results.forEach((result, i) => {
      const write = writes[i]!
      if ('ok' in result && result.ok) {
        this.index.set(write.doc._id, { caseId, kind: write.key === CASE_KEY ? 'case' : 'record', key: write.key })
        let docs = this.caseDocs.get(caseId)
        if (!docs) this.caseDocs.set(caseId, (docs = new Set()))
        docs.add(write.doc._id)
        const entry = { body: write.body, rev: result.rev, seq: write.seq }
        if (write.key === CASE_KEY) {
          if (write.doc._deleted) {
            base.deleted = true
            base.head = entry
          } else {
            base.head = entry
            base.deleted = false
          }
        } else if (write.doc._deleted) delete base.records[write.key]
        else base.records[write.key] = entry
      } else clash = true
    })
    // The history: one signed entry per changed field, following this case's heads.
    if (stored) await this.writeHistory(caseId, base, baseFile, stored.file)
    await this.saveBase(base)
    this.options.events.written()
    if (clash && retry) {
      // The replica moved on under this save (a colleague's change arrived): merge it, then send what is left.
      await this.incomingCase(caseId)
      await this.outgoingCase(caseId, false)
    }
  }

  private async sealed(caseId: string, key: string, body: unknown, previous: BaseEntry | null | undefined, deleted: boolean) {
    const { keys, person, device } = this.options
    const [list, recordId] = key === CASE_KEY ? [null, null] : splitKey(key)
    const id = await docId(keys, caseId, key === CASE_KEY ? 'case' : 'record', list ?? undefined, recordId ?? undefined)
    const seq = (previous?.seq ?? 0) + 1
    const plain: PlainDoc = { kind: key === CASE_KEY ? 'case' : 'record', caseId, body, seq, author: person, device: device.fingerprint }
    const doc: SealedDoc = { ...(await seal(keys, id, plain)), ...(previous ? { _rev: previous.rev } : {}), ...(deleted ? { _deleted: true } : {}) }
    return { key, doc, body, seq }
  }

  private async writeHistory(caseId: string, base: Base, before: CaseFile | null, after: CaseFile): Promise<void> {
    const { keys, person, device, local } = this.options
    const changes = changesBetween(before, after)
    if (changes.length === 0) return
    const heads = base.heads.length > 0 ? base.heads : headsOf(this.historyOf(caseId))
    const entries = await appendChanges(heads, changes, { caseId, author: person, device: device.fingerprint, at: new Date().toISOString(), privateKey: device.keys.privateKey })
    const docs: SealedDoc[] = []
    for (const entry of entries) {
      const id = await docId(keys, caseId, 'history', 'history', entry.id)
      docs.push(await seal(keys, id, { kind: 'history', caseId, body: entry, seq: 1, author: person, device: device.fingerprint }, { history: true }))
    }
    await local.bulkDocs(docs as unknown as PouchDB.Core.PutDocument<object>[])
    const known = this.history.get(caseId) ?? []
    known.push(...entries)
    this.history.set(caseId, known)
    base.heads = [entries[entries.length - 1]!.id]
    this.options.events.history(caseId)
  }

  // --- incoming -------------------------------------------------------------------------

  /** The team's current version of each document of a case, and the documents whose leaves disagree. */
  private async remoteState(caseId: string, base: Base) {
    const { local, keys } = this.options
    const current = new Map<string, { body: unknown; rev: string; seq: number; deleted: boolean; plain: PlainDoc }>()
    const leafConflicts: SyncConflict[] = []
    for (const id of this.caseDocs.get(caseId) ?? []) {
      const info = this.index.get(id)
      if (!info) continue
      const baseEntry = info.key === CASE_KEY ? base.head : base.records[info.key]
      let winner: SealedDoc & { _conflicts?: string[] }
      try {
        winner = (await local.get(id, { conflicts: true })) as unknown as SealedDoc & { _conflicts?: string[] }
      } catch {
        // Deleted (a tombstone wins only when every leaf is deleted).
        const tombstone = await this.deletedLeaf(id)
        if (tombstone) current.set(info.key, { body: null, rev: tombstone.rev, seq: tombstone.plain.seq, deleted: true, plain: tombstone.plain })
        continue
      }
      let plain: PlainDoc
      try {
        plain = await unseal(keys, winner)
      } catch {
        this.options.events.refused({ docId: id, reason: 'tampered', at: Date.now(), caseId })
        continue
      }
      if (baseEntry && winner._rev !== baseEntry.rev && plain.seq < baseEntry.seq) {
        // An older copy served as new (docs/sync.md §7): ignored, and said.
        this.options.events.refused({ docId: id, reason: 'replayed', at: Date.now(), caseId })
        continue
      }
      current.set(info.key, { body: plain.body, rev: winner._rev, seq: plain.seq, deleted: false, plain })
      if (baseEntry?.rev === winner._rev && !winner._conflicts?.length) continue
      const conflict = await this.leafConflict(caseId, id, info, winner, plain, baseEntry)
      if (conflict) leafConflicts.push(conflict)
    }
    return { current, leafConflicts }
  }

  private async deletedLeaf(id: string): Promise<{ rev: string; plain: PlainDoc } | null> {
    try {
      const leaves = (await this.options.local.get(id, { open_revs: 'all' })) as unknown as { ok?: SealedDoc }[]
      for (const leaf of leaves) {
        if (!leaf.ok) continue
        try {
          return { rev: leaf.ok._rev!, plain: await unseal(this.options.keys, leaf.ok) }
        } catch {
          /* a tombstone without a body: nothing to tell */
        }
      }
    } catch {
      /* not there */
    }
    return null
  }

  /** Two devices wrote this document without seeing each other: both versions, to choose from. */
  private async leafConflict(caseId: string, id: string, info: DocInfo, winner: SealedDoc, plain: PlainDoc, baseEntry: BaseEntry | null | undefined): Promise<SyncConflict | null> {
    const { local, keys, device } = this.options
    const leaves = (await local.get(id, { open_revs: 'all' })) as unknown as { ok?: SealedDoc & { _deleted?: boolean } }[]
    const answered = new Set(((plain.body as { answered?: string[] } | null)?.answered ?? []).concat())
    const versions: ConflictVersion[] = []
    let deletedLeaf: PlainDoc | null = null
    for (const leaf of leaves) {
      const doc = leaf.ok
      if (!doc || answered.has(doc._rev!)) continue
      let leafPlain: PlainDoc
      try {
        leafPlain = await unseal(keys, doc)
      } catch {
        continue
      }
      if (doc._deleted) {
        deletedLeaf = leafPlain
        continue
      }
      const record = strip(leafPlain.body)
      if (!versions.some((version) => same(version.record, record)))
        versions.push({ record, author: leafPlain.author, device: leafPlain.device, here: leafPlain.device === device.fingerprint })
    }
    const title = await this.titleOf(caseId)
    const [list, recordId] = info.key === CASE_KEY ? [null, null] : splitKey(info.key)
    if (versions.length > 1) {
      versions.sort((a, b) => Number(b.here) - Number(a.here))
      return { caseId, caseTitle: title, key: info.key, list, recordId, kind: 'edit-edit', versions }
    }
    if (deletedLeaf && versions.length === 1 && winner._rev !== baseEntry?.rev) {
      const deletion: ConflictVersion = { record: null, author: deletedLeaf.author, device: deletedLeaf.device, here: deletedLeaf.device === device.fingerprint }
      const ordered = deletion.here ? [deletion, versions[0]!] : [versions[0]!, deletion]
      return { caseId, caseTitle: title, key: info.key, list, recordId, kind: info.key === CASE_KEY ? 'case-deleted' : 'delete-edit', versions: ordered }
    }
    return null
  }

  private async titleOf(caseId: string): Promise<string> {
    return (await this.options.cases.get(caseId))?.file.title ?? caseId
  }

  private async incomingCase(caseId: string): Promise<void> {
    const { cases } = this.options
    const base = await this.loadBase(caseId)
    const { current, leafConflicts } = await this.remoteState(caseId, base)
    const stored = await cases.get(caseId)
    const conflictKeys = new Set(leafConflicts.map((conflict) => conflict.key))

    // The case deleted by the team (and not changed here since): it goes to Recently deleted here too.
    const head = current.get(CASE_KEY)
    if (head?.deleted) {
      if (stored && !base.deleted && conflictKeys.size === 0) {
        const localSplit = withKeptOrder(splitCase(stored.file), base)
        const unchanged = same(localSplit.head, base.head?.body) && localSplit.records.every((record) => same(record, base.records[recordKey(record)]?.body))
        if (unchanged) {
          await cases.remove(caseId)
          this.options.events.applied([caseId])
        } else {
          const conflict: SyncConflict = {
            caseId,
            caseTitle: stored.file.title,
            key: CASE_KEY,
            list: null,
            recordId: null,
            kind: 'case-deleted',
            versions: [
              { record: stored.file, author: this.options.person, device: this.options.device.fingerprint, here: true },
              { record: null, author: head.plain.author, device: head.plain.device, here: false },
            ],
          }
          this.setConflicts(caseId, [conflict])
          return
        }
      }
      base.deleted = true
      base.head = { body: null, rev: head.rev, seq: head.seq }
      base.records = {}
      await this.saveBase(base)
      this.setConflicts(caseId, [])
      return
    }
    if (!head) return // the case's own document has not arrived yet: its records wait for it

    const remote: SplitCase = { head: head.body as CaseHead, records: [] }
    for (const [key, entry] of current) if (key !== CASE_KEY && !entry.deleted) remote.records.push(strip(entry.body) as RecordDoc)
    const baseSplit: SplitCase | null = base.head && !base.deleted ? { head: base.head.body as CaseHead, records: Object.values(base.records).map((entry) => entry.body as RecordDoc) } : null
    const localSplit = stored ? withKeptOrder(splitCase(stored.file), base) : null

    // A document whose leaves disagree is decided by the user: the merge keeps this device's version meanwhile.
    if (localSplit) for (const key of conflictKeys) keepLocal(remote, localSplit, key)
    const result = mergeCase(baseSplit, localSplit ?? baseSplit, remote)
    const mergeConflicts = result.conflicts.map((conflict) => this.shownConflict(caseId, stored?.file.title ?? (remote.head as { title?: string }).title ?? caseId, conflict))
    this.setConflicts(caseId, [...leafConflicts, ...mergeConflicts.filter((conflict) => !conflictKeys.has(conflict.key))])

    // The base moves to the team's version, except where a conflict waits.
    const waiting = new Set([...conflictKeys, ...mergeConflicts.map((conflict) => conflict.key)])
    if (!waiting.has(CASE_KEY)) base.head = { body: head.body, rev: head.rev, seq: head.seq }
    for (const [key, entry] of current) {
      if (key === CASE_KEY || waiting.has(key)) continue
      if (entry.deleted) delete base.records[key]
      else base.records[key] = { body: strip(entry.body), rev: entry.rev, seq: entry.seq }
    }
    base.deleted = false
    const parsed = validOrNull(joinCase(result.merged))
    if (!parsed) {
      this.options.events.refused({ docId: caseId, reason: 'invalid', at: Date.now(), caseId })
      return
    }
    await this.saveBase(base)
    if (!stored || !same(stored.file, parsed)) {
      await this.store(parsed, stored?.revision ?? null)
      this.options.events.applied([caseId])
    }
  }

  private async store(file: CaseFile, revision: number | null): Promise<void> {
    try {
      await this.options.cases.save(file, revision)
    } catch (error) {
      // Saved here meanwhile: that save's outgoing run merges again.
      if ((error as { name?: string }).name !== 'SaveConflictError') throw error
    }
  }

  private shownConflict(caseId: string, title: string, conflict: Conflict): SyncConflict {
    const key = conflict.list && conflict.recordId ? `${conflict.list}/${conflict.recordId}` : CASE_KEY
    const [list, recordId] = key === CASE_KEY ? [null, null] : splitKey(key)
    return {
      caseId,
      caseTitle: title,
      key,
      list,
      recordId,
      kind: conflict.kind === 'delete-edit' ? 'delete-edit' : 'edit-edit',
      versions: [
        { record: conflict.local ?? null, author: this.options.person, device: this.options.device.fingerprint, here: true },
        { record: conflict.remote ?? null, author: null, device: null, here: false },
      ],
    }
  }

  private setConflicts(caseId: string, list: SyncConflict[]): void {
    if (list.length === 0) this.conflicts.delete(caseId)
    else this.conflicts.set(caseId, list)
    this.options.events.conflicts([...this.conflicts.values()].flat())
  }

  // --- resolving ------------------------------------------------------------------------

  private async resolveConflict(conflict: SyncConflict, index: number): Promise<void> {
    const chosen = conflict.versions[index]
    if (!chosen) return
    const { local, keys, cases } = this.options
    const base = await this.loadBase(conflict.caseId)
    const stored = await cases.get(conflict.caseId)
    if (conflict.kind === 'case-deleted') {
      if (chosen.record === null) {
        if (stored) await cases.remove(conflict.caseId)
      } else if (stored) {
        // Kept: every document is written again over the deletion.
        base.head = null
        base.records = {}
        base.deleted = false
        await this.saveBase(base)
      }
      this.setConflicts(conflict.caseId, this.conflictsOf(conflict.caseId).filter((other) => other.key !== conflict.key))
      this.options.events.applied([conflict.caseId])
      if (stored && chosen.record !== null) await this.outgoingCase(conflict.caseId, false)
      return
    }
    const id = await docId(keys, conflict.caseId, conflict.key === CASE_KEY ? 'case' : 'record', conflict.list ?? undefined, conflict.recordId ?? undefined)
    const leaves = ((await local.get(id, { open_revs: 'all' })) as unknown as { ok?: SealedDoc & { _deleted?: boolean } }[]).flatMap((leaf) => (leaf.ok ? [leaf.ok] : []))
    const winner = leaves.find((leaf) => !leaf._deleted) ?? leaves[0]
    if (!winner) return
    const losers = leaves.filter((leaf) => leaf._rev !== winner._rev)
    const answered = losers.map((leaf) => leaf._rev!)
    const previousSeq = Math.max(0, ...(await Promise.all(leaves.map(async (leaf) => (await unseal(keys, leaf).catch(() => null))?.seq ?? 0))))
    const body = chosen.record === null ? { deleted: true, answered } : { ...(chosen.record as object), answered }
    const written = await this.sealed(conflict.caseId, conflict.key, body, { body, rev: winner._rev!, seq: previousSeq }, chosen.record === null)
    const docs = [written.doc, ...losers.filter((leaf) => !leaf._deleted).map((leaf) => ({ _id: leaf._id, _rev: leaf._rev, _deleted: true, v: leaf.v, iv: leaf.iv, c: leaf.c }))]
    const results = await local.bulkDocs(docs as unknown as PouchDB.Core.PutDocument<object>[])
    const first = results[0]
    if (first && 'ok' in first && first.ok) {
      if (conflict.key === CASE_KEY) base.head = { body: chosen.record, rev: first.rev, seq: written.seq }
      else if (chosen.record === null) delete base.records[conflict.key]
      else base.records[conflict.key] = { body: chosen.record, rev: first.rev, seq: written.seq }
      await this.saveBase(base)
    }
    // The case here takes the chosen version.
    if (stored) {
      const split = withKeptOrder(splitCase(stored.file), base)
      if (conflict.key === CASE_KEY) split.head = chosen.record as CaseHead
      else {
        split.records = split.records.filter((record) => recordKey(record) !== conflict.key)
        if (chosen.record !== null) split.records.push(chosen.record as RecordDoc)
      }
      const parsed = validOrNull(joinCase(split))
      if (parsed) await this.store(parsed, stored.revision)
    }
    this.setConflicts(conflict.caseId, this.conflictsOf(conflict.caseId).filter((other) => other.key !== conflict.key))
    this.options.events.applied([conflict.caseId])
  }
}

// --- helpers --------------------------------------------------------------------------------

/** The case if it is valid (the merge must never store an invalid case), else null. */
function validOrNull(file: unknown): CaseFile | null {
  try {
    return parseCaseFile(file)
  } catch {
    return null
  }
}

function keyOf(plain: PlainDoc): string {
  if (plain.kind === 'case') return CASE_KEY
  if (plain.kind === 'record') {
    const body = plain.body as Partial<RecordDoc> & { deleted?: boolean }
    return `${body.list}/${body.recordId}`
  }
  return `${plain.kind}`
}

function recordKey(record: RecordDoc): string {
  return `${record.list}/${record.recordId}`
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('/')
  return [key.slice(0, at), key.slice(at + 1)]
}

/** A body as the merge compares it: without the bookkeeping of answered conflicts. */
function strip(body: unknown): unknown {
  if (!body || typeof body !== 'object' || !('answered' in body)) return body
  const { answered: _answered, ...rest } = body as { answered?: unknown }
  return rest
}

function keepLocal(remote: SplitCase, local: SplitCase, key: string): void {
  if (key === CASE_KEY) {
    remote.head = local.head
    return
  }
  remote.records = remote.records.filter((record) => recordKey(record) !== key)
  const mine = local.records.find((record) => recordKey(record) === key)
  if (mine) remote.records.push(mine)
}

/** The case as the base has it, for the history's field changes. */
function baseCase(caseId: string, base: Base): CaseFile | null {
  if (!base.head || base.deleted || !base.head.body) return null
  try {
    return joinCase({ head: base.head.body as CaseHead, records: Object.values(base.records).map((entry) => entry.body as RecordDoc) })
  } catch {
    void caseId
    return null
  }
}

/**
 * Records keep the order key they had, so moving nothing rewrites nothing: a record keeps its
 * base key while the keys stay sorted in the file's order, and gets a key between its
 * neighbours otherwise.
 */
function withKeptOrder(split: SplitCase, base: Base): SplitCase {
  const byList = new Map<string, RecordDoc[]>()
  for (const record of split.records) {
    const list = byList.get(record.list) ?? []
    list.push(record)
    byList.set(record.list, list)
  }
  const records: RecordDoc[] = []
  for (const list of byList.values()) {
    let previous: string | null = null
    list.forEach((record, i) => {
      const kept = (base.records[recordKey(record)]?.body as RecordDoc | undefined)?.order
      let order: string
      if (kept !== undefined && (previous === null || kept > previous)) order = kept
      else {
        let next: string | null = null
        for (const later of list.slice(i + 1)) {
          const key = (base.records[recordKey(later)]?.body as RecordDoc | undefined)?.order
          if (key !== undefined && (previous === null || key > previous)) {
            next = key
            break
          }
        }
        order = keyBetween(previous, next)
      }
      previous = order
      records.push({ ...record, order })
    })
  }
  return { head: split.head, records }
}

function headsOf(entries: readonly StoredEntry[]): string[] {
  const parents = new Set(entries.flatMap((entry) => entry.entry.parents))
  return entries.filter((entry) => !parents.has(entry.id)).map((entry) => entry.id)
}

function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b)
}

function stable(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`
}

export type { HistoryEntry }
