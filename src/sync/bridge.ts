// The bridge between the cases stored here (Dexie) and the local replica of the team's database
// (PouchDB, ciphertext only): docs/sync.md §3.1 and §4. Outgoing, a saved case becomes one sealed
// document per changed record, on top of the revision last applied here (the base), and one signed
// history entry per changed field. Incoming, each case whose documents changed is merged record by
// record against that base; what both sides changed differently is a conflict for the user to
// choose, never a silent pick. Every task runs in one queue, so a merge never races a save.
import type { DeviceRecord, HistoryCheck, Revocation } from '@/domain/history/historyTypes'
import {  registerDevice, registerFirstDevice, signerOf, verifyHistory, publicKeyText } from './history'
import { docId, historyBodyMalformed, historyEntriesOf, seal, unseal, type Plain } from './sealed'
import { recordDocKey } from './documents'
import { BridgeCore } from './bridgeCore'
import { outgoingCase } from './bridgeOutgoing'
import { incomingCase } from './bridgeIncoming'
import { mergeHeadBranches, resolveConflict } from './bridgeResolve'
import { APPLIED_ID, CASE_KEY, WORKSPACE_WIDE,       type DeviceRequest,  type PouchDoc, type SyncConflict } from './bridgeTypes'
export type { CaseAccess, SyncConflict, ConflictVersion, DeviceRequest, BridgeEvents, BridgeOptions } from './bridgeTypes'

export class Bridge extends BridgeCore {
  async start(): Promise<void> {
    await this.buildIndex()
    await this.joinWorkspace()
    // Everything that arrived before this session, then everything stored here that is not out yet.
    await this.enqueue(async () => {
      for (const caseId of this.caseDocs.keys()) {
        await incomingCase(this, caseId)
        await mergeHeadBranches(this, caseId)
      }
    })
    if (!this.options.readOnly) this.outgoing(await this.options.cases.ids())
    this.follow()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.changes?.cancel()
    if (this.incomingTimer) clearTimeout(this.incomingTimer)
    await this.queue.catch(() => undefined)
    this.opened.clear()
  }

  /** Resolves once every task queued so far has run (tests, and the benchmark). */
  idle(): Promise<void> {
    return this.queue
  }

  /** Cases saved here: their changed records go to the replica. */
  /**
   * Replication caught up: a case whose merge was not valid while its documents arrived is merged
   * again, and if it is still not a valid case the change is refused, and said.
   */
  recheck(): Promise<void> {
    return this.enqueue(async () => {
      const cases = [...this.invalid]
      this.invalid.clear()
      for (const caseId of cases) await incomingCase(this, caseId)
      for (const caseId of this.invalid) this.options.events.refused({ docId: caseId, reason: 'invalid', at: Date.now(), caseId })
    })
  }

  outgoing(caseIds: readonly string[]): void {
    if (this.options.readOnly) return
    for (const caseId of caseIds) void this.enqueue(() => outgoingCase(this, caseId, true))
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

  /** This device's key fingerprint. */
  get fingerprint(): string {
    return this.options.device.fingerprint
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
    return this.enqueue(() => resolveConflict(this, conflict, index))
  }

  protected async buildIndex(): Promise<void> {
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
  protected async learn(doc: PouchDoc): Promise<Plain | null> {
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
      if (doc._rev !== undefined) this.opened.set(doc._id, { rev: doc._rev, plain })
      let docs = this.caseDocs.get(plain.caseId)
      if (!docs) this.caseDocs.set(plain.caseId, (docs = new Set()))
      docs.add(doc._id)
    } else if (plain.kind === 'history' && !doc._deleted) {
      if (historyBodyMalformed(plain.body)) this.options.events.refused({ docId: doc._id, reason: 'tampered', at: Date.now(), caseId: plain.caseId })
      let entries = this.history.get(plain.caseId)
      if (!entries) this.history.set(plain.caseId, (entries = new Map()))
      for (const stored of historyEntriesOf(plain.body)) entries.set(stored.hash, stored)
    } else if (plain.kind === 'device' && !doc._deleted) {
      const body = plain.body as { device?: DeviceRecord; request?: DeviceRequest; revocation?: Revocation }
      if (body.device) this.devices.set(body.device.fingerprint, body.device)
      if (body.request) this.requests.set(body.request.fingerprint, body.request)
      if (body.revocation) this.revocations.push(body.revocation)
    }
    return plain
  }

  /** The first device registers itself; any other asks to be registered by a member's device. */
  protected async joinWorkspace(): Promise<void> {
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

  protected async putDevice(name: string, body: object): Promise<void> {
    const { keys, person, device, local } = this.options
    const id = await docId(keys, WORKSPACE_WIDE, 'device', undefined, name)
    const plain = { kind: 'device', caseId: WORKSPACE_WIDE, body, seq: 0, author: person, device: device.fingerprint } as Plain
    await local.put((await seal(keys, id, plain))).catch((error: unknown) => {
      if ((error as { status?: number }).status !== 409) throw error
    })
  }

  protected follow(): void {
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

  protected scheduleIncoming(): void {
    if (this.incomingTimer || this.incomingQueued || this.stopped) return
    this.incomingTimer = setTimeout(() => {
      this.incomingTimer = null
      // One merge task waits in the queue at a time, and it takes the cases pending when it runs:
      // documents that arrive while the queue is busy join that merge instead of queueing another
      // merge of the same case.
      this.incomingQueued = true
      void this.enqueue(async () => {
        this.incomingQueued = false
        const caseIds = [...this.pendingIncoming]
        this.pendingIncoming.clear()
        const seq = this.appliedSeq
        for (const caseId of caseIds) {
          await incomingCase(this, caseId)
          await mergeHeadBranches(this, caseId)
        }
        await this.putLocal(APPLIED_ID, { seq })
      })
    }, 30)
  }
}
