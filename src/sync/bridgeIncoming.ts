import type { Plain } from './sealed'
import { joinCase,  splitCase, type CaseHead, type RecordDoc, type SplitCase } from './documents'
import { mergeCase, type Conflict } from './merge'
import { revisionVerdict } from './replay'
import { sameValue } from './equal'
import { endBranches, isEnded } from './bridgeBranches'
import { BridgeCore } from './bridgeCore'
import { answeredOf,  bodyOf, keepLocal, pickWinner, revisionOf, sameAsBase, splitKey,  validOrNull, withKeptOrder } from './bridgeParts'
import { CASE_KEY,  type Base,   type ConflictVersion, type Current,  type DocInfo, type PouchDoc, type SyncConflict } from './bridgeTypes'
/** The team's current version of each document of a case, and the documents whose leaves disagree. */
export async function remoteState(core: BridgeCore, caseId: string, base: Base, title: string) {
  const current = new Map<string, Current>()
  const leafConflicts: SyncConflict[] = []
  for (const id of core.caseDocs.get(caseId) ?? []) {
    const info = core.index.get(id)
    if (!info) continue
    const baseEntry = info.key === CASE_KEY ? base.head : (base.records[info.key] ?? null)
    const leaves = await core.leaves(id)
    const winner = pickWinner(leaves)
    if (!winner) continue
    if (winner.rev === baseEntry?.rev && leaves.length === 1) {
      current.set(info.key, { body: baseEntry.body, rev: baseEntry.rev, seq: baseEntry.seq, hash: baseEntry.hash, deleted: winner.doc._deleted === true && info.key === CASE_KEY ? true : false, author: '', device: '' })
      if (winner.doc._deleted && info.key !== CASE_KEY) current.delete(info.key)
      continue
    }
    let plain: Plain
    try {
      plain = await core.open(winner.doc)
    } catch {
      core.options.events.refused({ docId: id, reason: 'tampered', at: Date.now(), caseId })
      continue
    }
    const revision = revisionOf(plain)
    if (baseEntry && revisionVerdict({ seq: baseEntry.seq, historyHash: baseEntry.hash }, revision) === 'older') {
      // An older copy served as new (docs/sync.md §7): ignored, and said.
      core.options.events.refused({ docId: id, reason: 'replayed', at: Date.now(), caseId })
      current.set(info.key, { body: baseEntry.body, rev: baseEntry.rev, seq: baseEntry.seq, hash: baseEntry.hash, deleted: false, author: '', device: '' })
      continue
    }
    current.set(info.key, { body: bodyOf(plain), rev: winner.rev, seq: revision.seq, hash: revision.historyHash, deleted: winner.doc._deleted === true, author: plain.author, device: plain.device })
    const conflict = await leafConflict(core, caseId, title, info, leaves, plain)
    if (conflict) leafConflicts.push(conflict)
  }
  return { current, leafConflicts }
}

/** Two devices wrote this document without seeing each other: both versions, to choose from. */
export async function leafConflict(core: BridgeCore, caseId: string, title: string, info: DocInfo, leaves: { rev: string; doc: PouchDoc }[], winner: Plain): Promise<SyncConflict | null> {
  if (leaves.length < 2) return null
  const { device } = core.options
  const answered = new Set(answeredOf(winner))
  const winnerRev = pickWinner(leaves)?.rev
  const same: { rev: string; doc: PouchDoc }[] = []
  const versions: ConflictVersion[] = []
  let deletion: ConflictVersion | null = null
  for (const leaf of leaves) {
    if (answered.has(leaf.rev) || typeof leaf.doc.c !== 'string') continue
    let plain: Plain
    try {
      plain = await core.open(leaf.doc)
    } catch {
      continue
    }
    const here = plain.device === device.fingerprint
    if (leaf.doc._deleted) {
      // A branch a resolution or a merge ended is no one's deletion.
      if (!isEnded(plain)) deletion = { record: null, author: plain.author, here, device: plain.device }
      continue
    }
    const body = bodyOf(plain)
    if (!versions.some((version) => sameValue(version.record, body))) versions.push({ record: body, author: plain.author, here, device: plain.device })
    else if (leaf.rev !== winnerRev) same.push(leaf)
  }
  // The same version on two branches (the same change on both devices, or two devices that merged
  // alike): the extra branches end, so a later edit is never compared with a stale twin.
  if (same.length > 0 && !deletion && versions.length === 1) await endBranches(core, same)
  const [list, recordId] = info.key === CASE_KEY ? [null, null] : splitKey(info.key)
  if (versions.length > 1) {
    versions.sort((a, b) => (b.here ? 1 : 0) - (a.here ? 1 : 0))
    return { caseId, caseTitle: title, key: info.key, list, recordId, kind: 'edit-edit', versions }
  }
  // Branches exist only where two devices wrote without seeing each other: a deletion on one of
  // them against a version on the other is a question, whichever this device wrote.
  if (deletion && versions.length === 1) {
    const both = deletion.here ? [deletion, versions[0]!] : [versions[0]!, deletion]
    return { caseId, caseTitle: title, key: info.key, list, recordId, kind: info.key === CASE_KEY ? 'case-deleted' : 'delete-edit', versions: both }
  }
  return null
}

export async function incomingCase(core: BridgeCore, caseId: string): Promise<void> {
  const { cases } = core.options
  const base = await core.loadBase(caseId)
  const stored = await cases.get(caseId)
  const title = stored?.file.title ?? base.head?.body.title ?? caseId
  const { current, leafConflicts } = await remoteState(core, caseId, base, title)
  const head = current.get(CASE_KEY)
  if (!head) return // the case's own document has not arrived yet: its records wait for it
  const leafKeys = new Set(leafConflicts.map((conflict) => conflict.key))

  // The case deleted by the team.
  if (head.deleted) {
    if (leafKeys.has(CASE_KEY)) {
      core.setConflicts(caseId, leafConflicts)
      return
    }
    if (stored && !base.deleted) {
      const unchanged = base.head !== null && sameAsBase(withKeptOrder(splitCase(stored.file), base), base)
      if (!unchanged) {
        // Changed here since: ask, and keep the case meanwhile.
        core.setConflicts(caseId, [
          { caseId, caseTitle: title, key: CASE_KEY, list: null, recordId: null, kind: 'case-deleted', versions: [{ record: withKeptOrder(splitCase(stored.file), base).head, author: core.options.person, here: true }, { record: null, author: head.author, here: false }] },
        ])
        return
      }
      await cases.remove(caseId)
      core.options.events.applied([caseId])
    }
    base.deleted = true
    base.head = { body: (head.body as CaseHead | null) ?? (base.head?.body as CaseHead), rev: head.rev, seq: head.seq, hash: head.hash }
    base.records = {}
    await core.saveBase(base)
    core.forgetOpened(caseId)
    core.setConflicts(caseId, [])
    return
  }
  // Deleted here, changed by the team since: ask.
  if (!stored && base.deleted && head.rev !== base.head?.rev) {
    core.setConflicts(caseId, [
      { caseId, caseTitle: title, key: CASE_KEY, list: null, recordId: null, kind: 'case-deleted', versions: [{ record: null, author: core.options.person, here: true }, { record: head.body, author: head.author, here: false }] },
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
  const mergeConflicts = result.conflicts.flatMap((conflict) => shownConflict(core, caseId, title, conflict, localSplit, remote, current))
  core.setConflicts(caseId, [...leafConflicts, ...mergeConflicts.filter((conflict) => !leafKeys.has(conflict.key))])

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
    // Most often the case's documents are still arriving: checked again when replication pauses (Bridge.recheck).
    core.invalid.add(caseId)
    return
  }
  await core.saveBase(base)
  core.forgetOpened(caseId)
  if (!stored || !sameValue(stored.file, merged)) {
    const saved = await core.store(merged, stored?.revision ?? null)
    if (saved) core.options.events.applied([caseId])
  }
}

/** A merge's question as the screen shows it: the versions of the record (or the case's own fields) to choose from. */
export function shownConflict(core: BridgeCore, caseId: string, title: string, conflict: Conflict, local: SplitCase | null, remote: SplitCase, current: Map<string, Current>): SyncConflict[] {
  if (conflict.kind === 'head-field' || conflict.kind === 'base-currency') {
    const there = current.get(CASE_KEY)
    return [{ caseId, caseTitle: title, key: CASE_KEY, list: null, recordId: null, kind: 'edit-edit', versions: [{ record: local?.head ?? null, author: core.options.person, here: true, device: core.options.device.fingerprint }, { record: remote.head, author: there?.author ?? null, here: false, ...(there?.device ? { device: there.device } : {}) }] }]
  }
  if (!conflict.list || !conflict.recordId) return [] // a merge the case parser refuses: reported by the caller
  const key = `${conflict.list}/${conflict.recordId}`
  const kind = conflict.kind === 'edit-edit' ? 'edit-edit' : 'delete-edit'
  const there = current.get(key)
  return [{ caseId, caseTitle: title, key, list: conflict.list, recordId: conflict.recordId, kind, versions: [{ record: conflict.local ?? null, author: core.options.person, here: true, device: core.options.device.fingerprint }, { record: conflict.remote ?? null, author: there?.author ?? null, here: false, ...(there?.device ? { device: there.device } : {}) }] }]
}
