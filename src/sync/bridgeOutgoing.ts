import { type CaseFile } from '@/domain'
import { changesBetween } from '@/domain/history/changes'
import type {   StoredEntry } from '@/domain/history/historyTypes'
import { appendChanges, headsOf } from './history'
import { docId, seal, type HistoryBatch, type Plain, type SealedDoc } from './sealed'
import { recordDocKey, splitCase, type CaseHead, type RecordDoc } from './documents'
import { sameValue } from './equal'
import { BridgeCore } from './bridgeCore'
import { incomingCase } from './bridgeIncoming'
import { baseCase,      splitKey,   withKeptOrder } from './bridgeParts'
import { CASE_KEY,  type Base, type BaseEntry,       type PouchDoc,  type Write } from './bridgeTypes'
export async function outgoingCase(core: BridgeCore, caseId: string, retry: boolean): Promise<void> {
  const { cases, local } = core.options
  const stored = await cases.get(caseId)
  const base = await core.loadBase(caseId)
  const conflicted = new Set(core.conflictsOf(caseId).map((conflict) => conflict.key))
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
  const entries = stored ? await writeHistory(core, caseId, base, baseCase(base), stored.file) : []
  const lastHash = entries[entries.length - 1]?.hash ?? base.heads[0] ?? ''
  const hashOf = (key: string) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const record = entries[i]!.entry.record
      if ((record ? `${record.list}/${record.id}` : CASE_KEY) === key) return entries[i]!.hash
    }
    return lastHash
  }
  const writes: Write[] = []
  for (const change of changed) writes.push(await sealed(core, caseId, change.key, change.body, change.previous, hashOf(change.key), change.body === null ? (change.previous?.body as CaseHead) : undefined))

  const results = await local.bulkDocs(writes.map((write) => write.doc))
  let clash = false
  const revisions = new Map<string, string>()
  results.forEach((result, i) => {
    const write = writes[i]!
    if (!('ok' in result) || !result.ok) {
      clash = true
      return
    }
    revisions.set(write.doc._id, result.rev)
    core.know(caseId, write.doc._id, write.key)
    if (write.key === CASE_KEY) {
      base.head = { body: (write.body ?? base.head?.body) as CaseHead, rev: result.rev, seq: write.seq, hash: write.hash }
      base.deleted = write.body === null
    } else if (write.body === null) delete base.records[write.key]
    else base.records[write.key] = { body: write.body as RecordDoc, rev: result.rev, seq: write.seq, hash: write.hash }
  })
  await core.saveBase(base)
  core.options.events.written(revisions)
  if (clash && retry) {
    // The replica moved on under this save (a colleague's change arrived): merge it, then send what is left.
    await incomingCase(core, caseId)
    await outgoingCase(core, caseId, false)
  }
}

/** One sealed document: the head, a record, or (body null) a tombstone, on top of `previous`. */
export async function sealed(core: BridgeCore, caseId: string, key: string, body: CaseHead | RecordDoc | null, previous: { rev: string; seq: number } | null, hash: string, deletedHead?: CaseHead, answered?: string[]): Promise<Write> {
  const { keys, person, device } = core.options
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

export async function writeHistory(core: BridgeCore, caseId: string, base: Base, before: CaseFile | null, after: CaseFile): Promise<StoredEntry[]> {
  const { keys, person, device, local } = core.options
  const changes = changesBetween(before, after)
  if (changes.length === 0) return []
  const heads = base.heads.length > 0 ? base.heads : headsOf(core.historyOf(caseId))
  const entries = await appendChanges(heads, changes, { caseId, author: person, device: device.fingerprint, at: new Date().toISOString(), privateKey: device.keys.privateKey })
  // One document per save, named by its last entry (docs/sync.md §6.2): a new case's hundreds of
  // entries travel as one document, not hundreds.
  const lastHash = entries[entries.length - 1]!.hash
  const id = await docId(keys, caseId, 'history', undefined, lastHash)
  const body: HistoryBatch = { entries }
  const docs: SealedDoc[] = [await seal(keys, id, { kind: 'history', caseId, body, seq: 0, author: person, device: device.fingerprint })]
  const saved = await local.bulkDocs(docs)
  core.options.events.written(new Map(saved.flatMap((result) => ('ok' in result && result.ok ? [[result.id, result.rev] as const] : []))))
  let known = core.history.get(caseId)
  if (!known) core.history.set(caseId, (known = new Map()))
  for (const stored of entries) known.set(stored.hash, stored)
  base.heads = [lastHash]
  core.options.events.history(caseId)
  return entries
}
