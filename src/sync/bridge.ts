// The bridge between the cases stored here (Dexie) and the local replica of the team's database
// (PouchDB, ciphertext only): docs/sync.md §3.1 and §4. Outgoing, a saved case becomes one sealed
// document per changed record, on top of the revision last applied here (the base), and one signed
// history entry per changed field. Incoming, each case whose documents changed is merged record by
// record against that base; what both sides changed differently is a conflict for the user to
// choose, never a silent pick. Every task runs in one queue, so a merge never races a save.
import { parseCaseFile, type CaseFile } from '@/domain'
import { changesBetween } from '@/domain/history/changes'
import type { DeviceRecord, HistoryCheck, Revocation, StoredEntry } from '@/domain/history/types'
import { appendChanges, headsOf, registerDevice, registerFirstDevice, signerOf, verifyHistory, publicKeyText } from './history'
import type { WorkspaceKeys } from './keys'
import { docId, seal, unseal, type Plain, type SealedDoc } from './sealed'
import { joinCase, recordDocKey, splitCase, type CaseHead, type RecordDoc, type SplitCase } from './documents'
import { keyBetween, compareKeys } from './order'
import { mergeCase, type Conflict } from './merge'
import { revisionVerdict } from './replay'
import { sameValue } from './equal'
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
  /** The versions to choose from, this device's first; a version's `record` null is a deletion. */
  versions: ConflictVersion[]
}

export interface ConflictVersion {
  /** The record (a RecordDoc), the case's head, or null for a deletion. */
  record: unknown
  author: string | null
  here: boolean
}

/** A device that asked to join the workspace and waits for a registered member to register it. */
export interface DeviceRequest {
  fingerprint: string
  publicKey: string
  person: string
  deviceName: string
  at: string
}

export interface BridgeEvents {
  /** Cases stored here that sync changed (so open screens reload them). */
  applied(caseIds: string[]): void
  conflicts(conflicts: SyncConflict[]): void
  refused(refusal: SyncRefusal): void
  history(caseId: string): void
  devices(): void
}

export interface BridgeOptions {
  local: PouchDB.Database
  keys: WorkspaceKeys
  cases: CaseAccess
  person: string
  deviceName: string
  device: SyncDeviceKey
  readOnly: boolean
  /** This device made the workspace: it registers itself as its first device. */
  firstDevice: boolean
  events: BridgeEvents & { written(): void }
}

interface BaseEntry<T> {
  body: T
  rev: string
  seq: number
  hash: string
}

/** What this device last had in common with the team, per case (a `_local` document: never replicated). */
interface Base {
  _id: string
  _rev?: string
  head: BaseEntry<CaseHead> | null
  records: Record<string, BaseEntry<RecordDoc>>
  heads: string[]
  deleted?: boolean
}

/** The team's current version of one document (its winning leaf). */
interface Current {
  body: CaseHead | RecordDoc | null
  rev: string
  seq: number
  hash: string
  deleted: boolean
  author: string
}

interface DocInfo {
  caseId: string
  key: string
}

type PouchDoc = SealedDoc & { _deleted?: boolean; _conflicts?: string[] }
type Write = { key: string; doc: PouchDoc; body: CaseHead | RecordDoc | null; seq: number; hash: string }

const CASE_KEY = 'case'
const APPLIED_ID = '_local/applied'
const WORKSPACE_WIDE = ''

export class Bridge {
  private readonly index = new Map<string, DocInfo>()
  private readonly caseDocs = new Map<string, Set<string>>()
  private readonly history = new Map<string, Map<string, StoredEntry>>()
  private readonly devices = new Map<string, DeviceRecord>()
  private readonly requests = new Map<string, DeviceRequest>()
  private readonly revocations: Revocation[] = []
  private readonly conflicts = new Map<string, SyncConflict[]>()
  private queue: Promise<void> = Promise.resolve()
  private changes: PouchDB.Core.Changes<object> | null = null
  private readonly pendingIncoming = new Set<string>()
  private incomingTimer: ReturnType<typeof setTimeout> | null = null
  private appliedSeq: number | string = 0
  private stopped = false

  constructor(private readonly options: BridgeOptions) {}

  async start(): Promise<void> {
    await this.buildIndex()
    await this.joinWorkspace()
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

  /** Resolves once every task queued so far has run (tests, and the benchmark). */
  idle(): Promise<void> {
    return this.queue
  }

  /** Cases saved here: their changed records go to the replica. */
  outgoing(caseIds: readonly string[]): void {
    if (this.options.readOnly) return
    for (const caseId of caseIds) void this.enqueue(() => this.outgoingCase(caseId, true))
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

  deviceList(): DeviceRecord[] {
    return [...this.devices.values()]
  }

  revocationList(): Revocation[] {
    return [...this.revocations]
  }

  /** Devices that asked to join and are not registered yet. */
  pendingDevices(): DeviceRequest[] {
    return [...this.requests.values()].filter((request) => !this.devices.has(request.fingerprint))
  }

  /** Whether this device is registered (it may then register others). */
  registered(): boolean {
    return this.devices.has(this.options.device.fingerprint)
  }

  /** The check of a case's history: intact, or the first entry that fails and why. */
  checkHistory(caseId: string): Promise<HistoryCheck> {
    return verifyHistory(this.historyOf(caseId), this.deviceList(), this.revocations)
  }

  /** Registers a device that asked to join, signed by this (registered) device. */
  register(request: DeviceRequest): Promise<void> {
    return this.enqueue(async () => {
      const record = await registerDevice(request.publicKey, { person: request.person, deviceName: request.deviceName, registeredAt: new Date().toISOString() }, await signerOf(this.options.device.keys))
      await this.putDevice(record.fingerprint, { device: record })
      this.devices.set(record.fingerprint, record)
      this.options.events.devices()
    })
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
    for (const row of all.rows) if (row.doc) await this.learn(row.doc as unknown as PouchDoc)
    try {
      const applied = (await local.get(APPLIED_ID)) as unknown as { seq: number | string }
      this.appliedSeq = applied.seq
    } catch {
      this.appliedSeq = 0
    }
  }

  /** Reads a document into the index (and the history and devices); null when it is not ours or refused. */
  private async learn(doc: PouchDoc): Promise<Plain | null> {
    if (doc._id === 'workspace' || doc._id.startsWith('_')) return null
    // A deletion stub without a ciphertext (CouchDB's own): the index already knows the document, or it says nothing.
    if (doc._deleted && typeof doc.c !== 'string') return null
    let plain: Plain
    try {
      plain = await unseal(this.options.keys, doc)
    } catch {
      this.options.events.refused({ docId: doc._id, reason: 'tampered', at: Date.now() })
      return null
    }
    if (plain.kind === 'case' || plain.kind === 'record') {
      const key = plain.kind === 'case' ? CASE_KEY : recordDocKey(plain.body)
      this.index.set(doc._id, { caseId: plain.caseId, key })
      let docs = this.caseDocs.get(plain.caseId)
      if (!docs) this.caseDocs.set(plain.caseId, (docs = new Set()))
      docs.add(doc._id)
    } else if (plain.kind === 'history' && !doc._deleted) {
      const stored = plain.body as StoredEntry
      let entries = this.history.get(plain.caseId)
      if (!entries) this.history.set(plain.caseId, (entries = new Map()))
      entries.set(stored.hash, stored)
    } else if (plain.kind === 'device' && !doc._deleted) {
      const body = plain.body as { device?: DeviceRecord; request?: DeviceRequest; revocation?: Revocation }
      if (body.device) this.devices.set(body.device.fingerprint, body.device)
      if (body.request) this.requests.set(body.request.fingerprint, body.request)
      if (body.revocation) this.revocations.push(body.revocation)
    }
    return plain
  }

  /** The first device registers itself; any other asks to be registered by a member's device. */
  private async joinWorkspace(): Promise<void> {
    const { device, person, deviceName, firstDevice, readOnly } = this.options
    if (this.devices.has(device.fingerprint) || readOnly) return
    const at = new Date().toISOString()
    if (firstDevice && this.devices.size === 0) {
      const record = await registerFirstDevice(device.keys, { person, deviceName, registeredAt: at })
      await this.putDevice(record.fingerprint, { device: record })
      this.devices.set(record.fingerprint, record)
    } else if (!this.requests.has(device.fingerprint)) {
      const request: DeviceRequest = { fingerprint: device.fingerprint, publicKey: await publicKeyText(device.keys.publicKey), person, deviceName, at }
      await this.putDevice(`request-${device.fingerprint}`, { request })
      this.requests.set(request.fingerprint, request)
    }
    this.options.events.devices()
  }

  private async putDevice(name: string, body: object): Promise<void> {
    const { keys, person, device, local } = this.options
    const id = await docId(keys, WORKSPACE_WIDE, 'device', undefined, name)
    const plain = { kind: 'device', caseId: WORKSPACE_WIDE, body, seq: 0, author: person, device: device.fingerprint } as Plain
    await local.put((await seal(keys, id, plain)) as unknown as PouchDB.Core.PutDocument<object>).catch((error: unknown) => {
      if ((error as { status?: number }).status !== 409) throw error
    })
  }

  // --- following the replica ------------------------------------------------------------

  private follow(): void {
    const { local } = this.options
    this.changes = local.changes({ since: this.appliedSeq, live: true, include_docs: true })
    this.changes.on('change', (change) => {
      const doc = change.doc as unknown as PouchDoc | undefined
      if (!doc) return
      void this.learn(doc).then((plain) => {
        this.appliedSeq = change.seq
        if (plain?.kind === 'history') this.options.events.history(plain.caseId)
        if (plain?.kind === 'device') this.options.events.devices()
        if (plain?.kind === 'case' || plain?.kind === 'record') this.pendingIncoming.add(plain.caseId)
        const info = this.index.get(doc._id)
        if (!plain && info) this.pendingIncoming.add(info.caseId)
        this.scheduleIncoming()
      })
    })
    this.changes.on('error', (error) => console.error('sync changes feed failed', error))
  }

  private scheduleIncoming(): void {
    if (this.incomingTimer || this.stopped) return
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
    const changed: { key: string; body: CaseHead | RecordDoc | null; previous: BaseEntry<unknown> | null }[] = []

    if (!stored) {
      if (!base.head || base.deleted || conflicted.has(CASE_KEY)) return
      // Deleted here: the case's document and its records become tombstones (the other devices keep the case in Recently deleted).
      changed.push({ key: CASE_KEY, body: null, previous: base.head })
      for (const [key, entry] of Object.entries(base.records)) changed.push({ key, body: null, previous: entry })
    } else {
      const split = withKeptOrder(splitCase(stored.file), base)
      if (!conflicted.has(CASE_KEY) && !sameValue(split.head, base.head?.body)) changed.push({ key: CASE_KEY, body: split.head, previous: base.head })
      const present = new Set<string>()
      for (const record of split.records) {
        const key = recordDocKey(record)
        present.add(key)
        const previous = base.records[key] ?? null
        if (conflicted.has(key) || sameValue(record, previous?.body)) continue
        changed.push({ key, body: record, previous })
      }
      for (const [key, entry] of Object.entries(base.records)) if (!present.has(key) && !conflicted.has(key)) changed.push({ key, body: null, previous: entry })
    }
    if (changed.length === 0) return

    // The history first: each document names the entry that produced it.
    const entries = stored ? await this.writeHistory(caseId, base, baseCase(base), stored.file) : []
    const lastHash = entries[entries.length - 1]?.hash ?? base.heads[0] ?? ''
    const hashOf = (key: string) => {
      for (let i = entries.length - 1; i >= 0; i--) {
        const record = entries[i]!.entry.record
        if ((record ? `${record.list}/${record.id}` : CASE_KEY) === key) return entries[i]!.hash
      }
      return lastHash
    }
    const writes: Write[] = []
    for (const change of changed) writes.push(await this.sealed(caseId, change.key, change.body, change.previous, hashOf(change.key), change.body === null ? (change.previous?.body as CaseHead) : undefined))

    const results = await local.bulkDocs(writes.map((write) => write.doc as unknown as PouchDB.Core.PutDocument<object>))
    let clash = false
    results.forEach((result, i) => {
      const write = writes[i]!
      if (!('ok' in result) || !result.ok) {
        clash = true
        return
      }
      this.know(caseId, write.doc._id, write.key)
      if (write.key === CASE_KEY) {
        base.head = { body: (write.body ?? base.head?.body) as CaseHead, rev: result.rev, seq: write.seq, hash: write.hash }
        base.deleted = write.body === null
      } else if (write.body === null) delete base.records[write.key]
      else base.records[write.key] = { body: write.body as RecordDoc, rev: result.rev, seq: write.seq, hash: write.hash }
    })
    await this.saveBase(base)
    this.options.events.written()
    if (clash && retry) {
      // The replica moved on under this save (a colleague's change arrived): merge it, then send what is left.
      await this.incomingCase(caseId)
      await this.outgoingCase(caseId, false)
    }
  }

  private know(caseId: string, id: string, key: string): void {
    this.index.set(id, { caseId, key })
    let docs = this.caseDocs.get(caseId)
    if (!docs) this.caseDocs.set(caseId, (docs = new Set()))
    docs.add(id)
  }

  /** One sealed document: the head, a record, or (body null) a tombstone, on top of `previous`. */
  private async sealed(caseId: string, key: string, body: CaseHead | RecordDoc | null, previous: { rev: string; seq: number } | null, hash: string, deletedHead?: CaseHead, answered?: string[]): Promise<Write> {
    const { keys, person, device } = this.options
    const seq = (previous?.seq ?? 0) + 1
    const common = { seq, author: person, device: device.fingerprint }
    const extra = answered && answered.length > 0 ? { answered } : {}
    let id: string
    let plain: Plain
    if (key === CASE_KEY) {
      id = await docId(keys, caseId, 'case')
      const head = body ?? deletedHead
      if (!head) throw new Error('A case document needs its head.')
      plain = { kind: 'case', caseId, body: { head: head as CaseHead, historyHash: hash, ...extra }, ...common }
    } else {
      const [list, recordId] = splitKey(key)
      id = await docId(keys, caseId, 'record', list, recordId)
      plain =
        body === null
          ? { kind: 'record', caseId, body: { caseId, list: list as RecordDoc['list'], recordId, deleted: true, historyHash: hash, ...extra }, ...common }
          : { kind: 'record', caseId, body: { ...(body as RecordDoc), historyHash: hash, ...extra }, ...common }
    }
    const sealedDoc = await seal(keys, id, plain)
    const doc: PouchDoc = { ...sealedDoc, ...(previous ? { _rev: previous.rev } : {}), ...(body === null ? { _deleted: true } : {}) }
    return { key, doc, body, seq, hash }
  }

  private async writeHistory(caseId: string, base: Base, before: CaseFile | null, after: CaseFile): Promise<StoredEntry[]> {
    const { keys, person, device, local } = this.options
    const changes = changesBetween(before, after)
    if (changes.length === 0) return []
    const heads = base.heads.length > 0 ? base.heads : headsOf(this.historyOf(caseId))
    const entries = await appendChanges(heads, changes, { caseId, author: person, device: device.fingerprint, at: new Date().toISOString(), privateKey: device.keys.privateKey })
    const docs: SealedDoc[] = []
    for (const stored of entries) {
      const id = await docId(keys, caseId, 'history', undefined, stored.hash)
      docs.push(await seal(keys, id, { kind: 'history', caseId, body: stored, seq: 0, author: person, device: device.fingerprint }))
    }
    await local.bulkDocs(docs as unknown as PouchDB.Core.PutDocument<object>[])
    let known = this.history.get(caseId)
    if (!known) this.history.set(caseId, (known = new Map()))
    for (const stored of entries) known.set(stored.hash, stored)
    base.heads = [entries[entries.length - 1]!.hash]
    this.options.events.history(caseId)
    return entries
  }

  // --- incoming -------------------------------------------------------------------------

  /** The team's current version of each document of a case, and the documents whose leaves disagree. */
  private async remoteState(caseId: string, base: Base, title: string) {
    const { local, keys } = this.options
    const current = new Map<string, Current>()
    const leafConflicts: SyncConflict[] = []
    for (const id of this.caseDocs.get(caseId) ?? []) {
      const info = this.index.get(id)
      if (!info) continue
      const baseEntry = info.key === CASE_KEY ? base.head : (base.records[info.key] ?? null)
      const leaves = await this.leaves(id)
      const winner = pickWinner(leaves)
      if (!winner) continue
      if (winner.rev === baseEntry?.rev && leaves.length === 1) {
        current.set(info.key, { body: baseEntry.body, rev: baseEntry.rev, seq: baseEntry.seq, hash: baseEntry.hash, deleted: winner.doc._deleted === true && info.key === CASE_KEY ? true : false, author: '' })
        if (winner.doc._deleted && info.key !== CASE_KEY) current.delete(info.key)
        continue
      }
      let plain: Plain
      try {
        plain = await unseal(keys, winner.doc)
      } catch {
        this.options.events.refused({ docId: id, reason: 'tampered', at: Date.now(), caseId })
        continue
      }
      const revision = revisionOf(plain)
      if (baseEntry && revisionVerdict({ seq: baseEntry.seq, historyHash: baseEntry.hash }, revision) === 'older') {
        // An older copy served as new (docs/sync.md §7): ignored, and said.
        this.options.events.refused({ docId: id, reason: 'replayed', at: Date.now(), caseId })
        current.set(info.key, { body: baseEntry.body, rev: baseEntry.rev, seq: baseEntry.seq, hash: baseEntry.hash, deleted: false, author: '' })
        continue
      }
      current.set(info.key, { body: bodyOf(plain), rev: winner.rev, seq: revision.seq, hash: revision.historyHash, deleted: winner.doc._deleted === true, author: plain.author })
      const conflict = await this.leafConflict(caseId, title, info, leaves, plain, baseEntry)
      if (conflict) leafConflicts.push(conflict)
    }
    return { current, leafConflicts }
  }

  /** Every leaf revision of a document (the winner and any conflicting or deleted branches). */
  private async leaves(id: string): Promise<{ rev: string; doc: PouchDoc }[]> {
    try {
      const found = (await this.options.local.get(id, { open_revs: 'all' })) as unknown as { ok?: PouchDoc }[]
      return found.flatMap((leaf) => (leaf.ok ? [{ rev: leaf.ok._rev!, doc: leaf.ok }] : []))
    } catch {
      return []
    }
  }

  /** Two devices wrote this document without seeing each other: both versions, to choose from. */
  private async leafConflict(caseId: string, title: string, info: DocInfo, leaves: { rev: string; doc: PouchDoc }[], winner: Plain, baseEntry: BaseEntry<unknown> | null): Promise<SyncConflict | null> {
    if (leaves.length < 2) return null
    const { keys, device } = this.options
    const answered = new Set(answeredOf(winner))
    const versions: ConflictVersion[] = []
    let deletion: ConflictVersion | null = null
    for (const leaf of leaves) {
      if (answered.has(leaf.rev) || typeof leaf.doc.c !== 'string') continue
      let plain: Plain
      try {
        plain = await unseal(keys, leaf.doc)
      } catch {
        continue
      }
      const here = plain.device === device.fingerprint
      if (leaf.doc._deleted) {
        deletion = { record: null, author: plain.author, here }
        continue
      }
      const body = bodyOf(plain)
      if (!versions.some((version) => sameValue(version.record, body))) versions.push({ record: body, author: plain.author, here })
    }
    const [list, recordId] = info.key === CASE_KEY ? [null, null] : splitKey(info.key)
    if (versions.length > 1) {
      versions.sort((a, b) => Number(b.here) - Number(a.here))
      return { caseId, caseTitle: title, key: info.key, list, recordId, kind: 'edit-edit', versions }
    }
    if (deletion && versions.length === 1 && !sameValue(versions[0]!.record, baseEntry?.body)) {
      const both = deletion.here ? [deletion, versions[0]!] : [versions[0]!, deletion]
      return { caseId, caseTitle: title, key: info.key, list, recordId, kind: info.key === CASE_KEY ? 'case-deleted' : 'delete-edit', versions: both }
    }
    return null
  }

  private async incomingCase(caseId: string): Promise<void> {
    const { cases } = this.options
    const base = await this.loadBase(caseId)
    const stored = await cases.get(caseId)
    const title = stored?.file.title ?? base.head?.body.title ?? caseId
    const { current, leafConflicts } = await this.remoteState(caseId, base, title)
    const head = current.get(CASE_KEY)
    if (!head) return // the case's own document has not arrived yet: its records wait for it
    const leafKeys = new Set(leafConflicts.map((conflict) => conflict.key))

    // The case deleted by the team.
    if (head.deleted) {
      if (leafKeys.has(CASE_KEY)) {
        this.setConflicts(caseId, leafConflicts)
        return
      }
      if (stored && !base.deleted) {
        const unchanged = base.head !== null && sameAsBase(withKeptOrder(splitCase(stored.file), base), base)
        if (!unchanged) {
          // Changed here since: ask, and keep the case meanwhile.
          this.setConflicts(caseId, [
            { caseId, caseTitle: title, key: CASE_KEY, list: null, recordId: null, kind: 'case-deleted', versions: [{ record: withKeptOrder(splitCase(stored.file), base).head, author: this.options.person, here: true }, { record: null, author: head.author, here: false }] },
          ])
          return
        }
        await cases.remove(caseId)
        this.options.events.applied([caseId])
      }
      base.deleted = true
      base.head = { body: (head.body as CaseHead | null) ?? (base.head?.body as CaseHead), rev: head.rev, seq: head.seq, hash: head.hash }
      base.records = {}
      await this.saveBase(base)
      this.setConflicts(caseId, [])
      return
    }
    // Deleted here, changed by the team since: ask.
    if (!stored && base.deleted && head.rev !== base.head?.rev) {
      this.setConflicts(caseId, [
        { caseId, caseTitle: title, key: CASE_KEY, list: null, recordId: null, kind: 'case-deleted', versions: [{ record: null, author: this.options.person, here: true }, { record: head.body, author: head.author, here: false }] },
      ])
      return
    }
    if (!stored && base.deleted) return

    const remote: SplitCase = { head: head.body as CaseHead, records: [] }
    for (const [key, entry] of current) if (key !== CASE_KEY && !entry.deleted && entry.body) remote.records.push(entry.body as RecordDoc)
    const baseSplit: SplitCase | null = base.head && !base.deleted ? { head: base.head.body, records: Object.values(base.records).map((entry) => entry.body) } : null
    const localSplit = stored ? withKeptOrder(splitCase(stored.file), base) : null

    // A document whose leaves disagree is the user's to decide: the merge keeps this device's version meanwhile.
    if (localSplit) for (const key of leafKeys) keepLocal(remote, localSplit, key)
    const result = mergeCase(baseSplit, localSplit ?? remote, remote)
    const mergeConflicts = result.conflicts.flatMap((conflict) => this.shownConflict(caseId, title, conflict, localSplit, remote, current))
    this.setConflicts(caseId, [...leafConflicts, ...mergeConflicts.filter((conflict) => !leafKeys.has(conflict.key))])

    // The base moves to the team's version, except where a conflict waits.
    const waiting = new Set([...leafKeys, ...mergeConflicts.map((conflict) => conflict.key)])
    if (!waiting.has(CASE_KEY)) base.head = { body: head.body as CaseHead, rev: head.rev, seq: head.seq, hash: head.hash }
    for (const [key, entry] of current) {
      if (key === CASE_KEY || waiting.has(key)) continue
      if (entry.deleted || !entry.body) delete base.records[key]
      else base.records[key] = { body: entry.body as RecordDoc, rev: entry.rev, seq: entry.seq, hash: entry.hash }
    }
    base.deleted = false
    const merged = validOrNull(joinCase(result.merged.head, result.merged.records))
    if (!merged) {
      this.options.events.refused({ docId: caseId, reason: 'invalid', at: Date.now(), caseId })
      return
    }
    await this.saveBase(base)
    if (!stored || !sameValue(stored.file, merged)) {
      const saved = await this.store(merged, stored?.revision ?? null)
      if (saved) this.options.events.applied([caseId])
    }
  }

  private async store(file: CaseFile, revision: number | null): Promise<boolean> {
    try {
      await this.options.cases.save(file, revision)
      return true
    } catch (error) {
      // Saved here meanwhile: that save's outgoing run merges again.
      if ((error as { name?: string }).name === 'SaveConflictError') return false
      throw error
    }
  }

  /** A merge's question as the screen shows it: the versions of the record (or the case's own fields) to choose from. */
  private shownConflict(caseId: string, title: string, conflict: Conflict, local: SplitCase | null, remote: SplitCase, current: Map<string, Current>): SyncConflict[] {
    if (conflict.kind === 'head-field' || conflict.kind === 'base-currency') {
      return [{ caseId, caseTitle: title, key: CASE_KEY, list: null, recordId: null, kind: 'edit-edit', versions: [{ record: local?.head ?? null, author: this.options.person, here: true }, { record: remote.head, author: current.get(CASE_KEY)?.author ?? null, here: false }] }]
    }
    if (!conflict.list || !conflict.recordId) return [] // a merge the case parser refuses: reported by the caller
    const key = `${conflict.list}/${conflict.recordId}`
    const kind = conflict.kind === 'edit-edit' ? 'edit-edit' : 'delete-edit'
    return [{ caseId, caseTitle: title, key, list: conflict.list, recordId: conflict.recordId, kind, versions: [{ record: conflict.local ?? null, author: this.options.person, here: true }, { record: conflict.remote ?? null, author: current.get(key)?.author ?? null, here: false }] }]
  }

  private setConflicts(caseId: string, list: SyncConflict[]): void {
    // One question per record.
    const unique = new Map<string, SyncConflict>()
    for (const conflict of list) if (!unique.has(conflict.key)) unique.set(conflict.key, conflict)
    if (unique.size === 0) this.conflicts.delete(caseId)
    else this.conflicts.set(caseId, [...unique.values()])
    this.options.events.conflicts(this.allConflicts())
  }

  // --- resolving ------------------------------------------------------------------------

  private async resolveConflict(conflict: SyncConflict, index: number): Promise<void> {
    const chosen = conflict.versions[index]
    if (!chosen) return
    const { local, keys, cases } = this.options
    const base = await this.loadBase(conflict.caseId)
    const stored = await cases.get(conflict.caseId)
    const id = conflict.key === CASE_KEY ? await docId(keys, conflict.caseId, 'case') : await docId(keys, conflict.caseId, 'record', conflict.list ?? undefined, conflict.recordId ?? undefined)
    const leaves = await this.leaves(id)
    const winner = pickWinner(leaves)
    const remaining = this.conflictsOf(conflict.caseId).filter((other) => other.key !== conflict.key)

    if (conflict.kind === 'case-deleted') {
      this.setConflicts(conflict.caseId, remaining)
      if (chosen.record === null) {
        if (stored) await cases.remove(conflict.caseId)
        else if (winner && !winner.doc._deleted) {
          // Deleted here, kept there: delete it again, over the team's version.
          base.deleted = false
          await this.saveBase(base)
        }
        this.options.events.applied([conflict.caseId])
        if (!stored) await this.outgoingCase(conflict.caseId, false)
        return
      }
      // Kept: every document is written again over the deletion, or the team's version comes back here.
      base.head = null
      base.records = {}
      base.deleted = false
      await this.saveBase(base)
      if (stored) await this.outgoingCase(conflict.caseId, false)
      else await this.incomingCase(conflict.caseId)
      this.options.events.applied([conflict.caseId])
      return
    }
    if (!winner) return
    const losers = leaves.filter((leaf) => leaf.rev !== winner.rev)
    const seqs = await Promise.all(leaves.map(async (leaf) => (typeof leaf.doc.c === 'string' ? ((await unseal(keys, leaf.doc).catch(() => null))?.seq ?? 0) : 0)))
    const previous = { rev: winner.rev, seq: Math.max(0, ...seqs) }
    const body = chosen.record as CaseHead | RecordDoc | null
    const deletedHead = conflict.key === CASE_KEY ? (base.head?.body as CaseHead) : undefined
    const written = await this.sealed(conflict.caseId, conflict.key, body, previous, base.heads[0] ?? '', deletedHead, losers.map((leaf) => leaf.rev))
    const docs = [written.doc, ...losers.filter((leaf) => !leaf.doc._deleted).map((leaf) => ({ ...leaf.doc, _deleted: true }))]
    const results = await local.bulkDocs(docs as unknown as PouchDB.Core.PutDocument<object>[])
    const first = results[0]
    if (first && 'ok' in first && first.ok) {
      if (conflict.key === CASE_KEY) base.head = { body: body as CaseHead, rev: first.rev, seq: written.seq, hash: written.hash }
      else if (body === null) delete base.records[conflict.key]
      else base.records[conflict.key] = { body: body as RecordDoc, rev: first.rev, seq: written.seq, hash: written.hash }
      await this.saveBase(base)
    }
    this.setConflicts(conflict.caseId, remaining)
    // The case here takes the chosen version.
    if (stored) {
      const split = withKeptOrder(splitCase(stored.file), base)
      if (conflict.key === CASE_KEY) split.head = body as CaseHead
      else {
        split.records = split.records.filter((record) => recordDocKey(record) !== conflict.key)
        if (body !== null) split.records.push(body as RecordDoc)
      }
      const file = validOrNull(joinCase(split.head, split.records))
      if (file && !sameValue(file, stored.file)) await this.store(file, stored.revision)
    }
    this.options.events.applied([conflict.caseId])
    // The choice itself goes into the history like any other change.
    if (stored) await this.outgoingCase(conflict.caseId, false)
  }
}

// --- helpers --------------------------------------------------------------------------------

/** CouchDB's winner: a non-deleted leaf over a deleted one, then the longest branch, then the highest revision. */
function pickWinner(leaves: { rev: string; doc: PouchDoc }[]): { rev: string; doc: PouchDoc } | null {
  const ranked = [...leaves].sort((a, b) => {
    const deleted = Number(a.doc._deleted === true) - Number(b.doc._deleted === true)
    if (deleted !== 0) return deleted
    const [aGen, aHash] = splitRev(a.rev)
    const [bGen, bHash] = splitRev(b.rev)
    return bGen - aGen || compareKeys(bHash, aHash)
  })
  return ranked[0] ?? null
}

function splitRev(rev: string): [number, string] {
  const at = rev.indexOf('-')
  return [Number.parseInt(rev.slice(0, at), 10), rev.slice(at + 1)]
}

function revisionOf(plain: Plain): { seq: number; historyHash: string } {
  const body = plain.body as { historyHash?: string }
  return { seq: plain.seq, historyHash: body.historyHash ?? '' }
}

/** The case head or record document a case or record plaintext holds (null for a record's tombstone). */
function bodyOf(plain: Plain): CaseHead | RecordDoc | null {
  if (plain.kind === 'case') return plain.body.head
  if (plain.kind === 'record') {
    if (plain.body.deleted) return null
    const { historyHash: _hash, answered: _answered, deleted: _deleted, ...record } = plain.body
    return record as RecordDoc
  }
  return null
}

function answeredOf(plain: Plain): string[] {
  if (plain.kind === 'case' || plain.kind === 'record') return plain.body.answered ?? []
  return []
}

/** The case if it is valid (a merge never stores an invalid case), else null. */
function validOrNull(file: unknown): CaseFile | null {
  try {
    return parseCaseFile(file)
  } catch {
    return null
  }
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('/')
  return [key.slice(0, at), key.slice(at + 1)]
}

function keepLocal(remote: SplitCase, local: SplitCase, key: string): void {
  if (key === CASE_KEY) {
    remote.head = local.head
    return
  }
  remote.records = remote.records.filter((record) => recordDocKey(record) !== key)
  const mine = local.records.find((record) => recordDocKey(record) === key)
  if (mine) remote.records.push(mine)
}

function sameAsBase(split: SplitCase, base: Base): boolean {
  if (!sameValue(split.head, base.head?.body)) return false
  if (split.records.length !== Object.keys(base.records).length) return false
  return split.records.every((record) => sameValue(record, base.records[recordDocKey(record)]?.body))
}

/** The case as the base has it, for the history's field changes. */
function baseCase(base: Base): CaseFile | null {
  if (!base.head || base.deleted) return null
  try {
    return joinCase(base.head.body, Object.values(base.records).map((entry) => entry.body))
  } catch {
    return null
  }
}

/**
 * Records keep the order key they had, so an edit that moves nothing rewrites nothing: a record
 * keeps its base key while the keys stay increasing in the file's order, and gets a key between
 * its neighbours otherwise.
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
      const keyOf = (doc: RecordDoc) => base.records[recordDocKey(doc)]?.body.order
      const kept = keyOf(record)
      let order: string
      if (kept !== undefined && (previous === null || compareKeys(kept, previous) > 0)) order = kept
      else {
        let next: string | null = null
        for (const later of list.slice(i + 1)) {
          const key = keyOf(later)
          if (key !== undefined && (previous === null || compareKeys(key, previous) > 0)) {
            next = key
            break
          }
        }
        order = keyBetween(previous, next)
      }
      previous = order
      records.push({ ...record, order } as RecordDoc)
    })
  }
  return { head: split.head, records }
}
