import { docId,  unseal } from './sealed'
import { joinCase, recordDocKey, splitCase, type CaseHead, type RecordDoc } from './documents'
import { sameValue } from './equal'
import { BridgeCore } from './bridgeCore'
import { commonAncestor, endBranches } from './bridgeBranches'
import { mergeCase } from './merge'
import { outgoingCase, sealed } from './bridgeOutgoing'
import { incomingCase } from './bridgeIncoming'
import {    pickWinner,     validOrNull, withKeptOrder } from './bridgeParts'
import { CASE_KEY, type Base, type ConflictVersion, type SyncConflict } from './bridgeTypes'
export async function resolveConflict(core: BridgeCore, conflict: SyncConflict, index: number): Promise<void> {
  const chosen = conflict.versions[index]
  if (!chosen) return
  const { keys, cases } = core.options
  const base = await core.loadBase(conflict.caseId)
  const stored = await cases.get(conflict.caseId)
  const id = conflict.key === CASE_KEY ? await docId(keys, conflict.caseId, 'case') : await docId(keys, conflict.caseId, 'record', conflict.list ?? undefined, conflict.recordId ?? undefined)
  const winner = pickWinner(await core.leaves(id))
  const remaining = core.conflictsOf(conflict.caseId).filter((other) => other.key !== conflict.key)

  if (conflict.kind === 'case-deleted') {
    core.setConflicts(conflict.caseId, remaining)
    if (chosen.record === null) {
      if (stored) await cases.remove(conflict.caseId)
      else if (winner && !winner.doc._deleted) {
        // Deleted here, kept there: delete it again, over the team's version.
        base.deleted = false
        await core.saveBase(base)
      }
      core.options.events.applied([conflict.caseId])
      if (!stored) await outgoingCase(core, conflict.caseId, false)
      return
    }
    // Kept: every document is written again over the deletion, or the team's version comes back here.
    base.head = null
    base.records = {}
    base.deleted = false
    await core.saveBase(base)
    if (stored) await outgoingCase(core, conflict.caseId, false)
    else await incomingCase(core, conflict.caseId)
    core.options.events.applied([conflict.caseId])
    return
  }
  if (!winner) return
  // A base currency chosen takes the chosen side's rates with it (docs/sync.md §4 rule 5).
  const choices: { conflict: SyncConflict; chosen: ConflictVersion }[] = [{ conflict, chosen }]
  if (conflict.key === CASE_KEY && conflict.withRates)
    for (const follower of core.conflictsOf(conflict.caseId).filter((other) => other.followsBase)) {
      const side = sameSide(follower, chosen)
      if (side) choices.push({ conflict: follower, chosen: side })
    }
  const bodies = new Map<string, CaseHead | RecordDoc | null>()
  for (const choice of choices) {
    const written = await writeChoice(core, choice.conflict, choice.chosen, base)
    if (written) bodies.set(choice.conflict.key, written.body)
  }
  await core.saveBase(base)
  const answered = new Set(choices.map((choice) => choice.conflict.key))
  core.setConflicts(conflict.caseId, core.conflictsOf(conflict.caseId).filter((other) => !answered.has(other.key)))
  // The case here takes the chosen versions, all at once (a base without its rates is not a valid case).
  if (stored) {
    const split = withKeptOrder(splitCase(stored.file), base)
    for (const [key, body] of bodies) {
      if (key === CASE_KEY) split.head = body as CaseHead
      else {
        split.records = split.records.filter((record) => recordDocKey(record) !== key)
        if (body !== null) split.records.push(body as RecordDoc)
      }
    }
    const file = validOrNull(joinCase(split.head, split.records))
    if (file && !sameValue(file, stored.file)) await core.store(file, stored.revision)
  }
  core.options.events.applied([conflict.caseId])
  // The choice itself goes into the history like any other change.
  if (stored) await outgoingCase(core, conflict.caseId, false)
}

/** The version of a rate's conflict written on the same side as the chosen version of the case: this device's, or the same author's elsewhere. */
function sameSide(follower: SyncConflict, chosen: ConflictVersion): ConflictVersion | null {
  const candidates = follower.versions.filter((version) => version.here === chosen.here)
  return candidates.find((version) => version.author === chosen.author) ?? (candidates.length === 1 ? candidates[0]! : null)
}

/**
 * Writes the chosen version of one document over its leaves: the other branches end first (a
 * deletion on top of each), so the chosen version can name every leaf it answers and no device
 * asks about them again. Updates `base` (the caller saves it); null when the document has no leaf.
 */
async function writeChoice(core: BridgeCore, conflict: SyncConflict, chosen: ConflictVersion, base: Base): Promise<{ body: CaseHead | RecordDoc | null } | null> {
  const { local, keys } = core.options
  const id = conflict.key === CASE_KEY ? await docId(keys, conflict.caseId, 'case') : await docId(keys, conflict.caseId, 'record', conflict.list ?? undefined, conflict.recordId ?? undefined)
  const leaves = await core.leaves(id)
  const winner = pickWinner(leaves)
  if (!winner) return null
  const losers = leaves.filter((leaf) => leaf.rev !== winner.rev)
  const seqs = await Promise.all(leaves.map(async (leaf) => (typeof leaf.doc.c === 'string' ? ((await unseal(keys, leaf.doc).catch(() => null))?.seq ?? 0) : 0)))
  const previous = { rev: winner.rev, seq: Math.max(0, ...seqs) }
  const body = chosen.record as CaseHead | RecordDoc | null
  const deletedHead = conflict.key === CASE_KEY ? (base.head?.body as CaseHead) : undefined
  const ended = await endBranches(core, losers)
  const answered = [...losers.filter((leaf) => leaf.doc._deleted).map((leaf) => leaf.rev), ...ended]
  const written = await sealed(core, conflict.caseId, conflict.key, body, previous, base.heads[0] ?? '', deletedHead, answered)
  const results = await local.bulkDocs([written.doc])
  const first = results[0]
  if (first && 'ok' in first && first.ok) {
    if (conflict.key === CASE_KEY) base.head = { body: body as CaseHead, rev: first.rev, seq: written.seq, hash: written.hash }
    else if (body === null) delete base.records[conflict.key]
    else base.records[conflict.key] = { body: body as RecordDoc, rev: first.rev, seq: written.seq, hash: written.hash }
  }
  return { body }
}

/**
 * The case's own details changed on two devices (two branches of its document): merged field by
 * field against the version both started from (docs/sync.md §4 rule 5) when no field was changed
 * differently on both, without a question; otherwise the question stays.
 */
export async function mergeHeadBranches(core: BridgeCore, caseId: string): Promise<void> {
  const conflict = core.conflictsOf(caseId).find((found) => found.key === CASE_KEY && found.kind === 'edit-edit' && found.versions.length === 2)
  if (!conflict) return
  const ancestor = await commonAncestor(core, await docId(core.options.keys, caseId, 'case'))
  if (!ancestor || ancestor.kind !== 'case') return
  const [one, other] = conflict.versions.map((version) => version.record as CaseHead)
  const merged = mergeCase({ head: ancestor.body.head, records: [] }, { head: one!, records: [] }, { head: other!, records: [] })
  if (merged.conflicts.length > 0) return
  // The merged head is no side's: it takes no side's rates (a rate changed on both sides stays a question of its own).
  const { withRates: _withRates, ...question } = conflict
  await resolveConflict(core, { ...question, versions: [{ record: merged.merged.head, author: null, here: true }] }, 0)
}
