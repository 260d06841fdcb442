import { rebaseCase, type CaseFile } from '@/domain'
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
import { sameSide } from './sides'
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
  // A base currency chosen takes the chosen side's rates with it (docs/sync.md §4 rule 5): the
  // version of each rate in question that the same device wrote.
  const choices: { conflict: SyncConflict; chosen: ConflictVersion }[] = [{ conflict, chosen }]
  let ratesFromChosen = false
  if (conflict.key === CASE_KEY && conflict.withRates) {
    const followers = core.conflictsOf(conflict.caseId).filter((other) => other.followsBase)
    const sides = followers.map((follower) => ({ conflict: follower, chosen: sameSide(follower, chosen) }))
    // All or none: rates from two sides would be in two bases. Without rates in question (one side
    // changed the base), the case's own rates are re-expressed for the chosen base below.
    if (sides.length > 0 && sides.every((side) => side.chosen !== null)) {
      choices.push(...(sides as { conflict: SyncConflict; chosen: ConflictVersion }[]))
      ratesFromChosen = true
    }
  }

  // The case as the choices leave it, worked out before anything is written.
  let file: CaseFile | null = null
  if (stored) {
    const split = withKeptOrder(splitCase(stored.file), base)
    for (const choice of choices) {
      const body = choice.chosen.record as CaseHead | RecordDoc | null
      if (choice.conflict.key === CASE_KEY) split.head = body as CaseHead
      else {
        split.records = split.records.filter((record) => recordDocKey(record) !== choice.conflict.key)
        if (body !== null) split.records.push(body as RecordDoc)
      }
    }
    const ratesBase = ratesFromChosen ? split.head.baseCurrency : stored.file.baseCurrency
    const consistent = withRatesIn(joinCase(split.head, split.records), ratesBase)
    if (consistent === 'no-rate') {
      // The chosen base with rates written for another, and no rate between the two: nothing is written, and it is said.
      core.options.events.refused({ docId: conflict.key, reason: 'invalid', at: Date.now(), caseId: conflict.caseId })
      return
    }
    file = consistent
  }

  // Every chosen document in one write, so another device never receives a base without its rates.
  await writeChoices(core, choices, base)
  await core.saveBase(base)
  const answered = new Set(choices.map((choice) => choice.conflict.key))
  core.setConflicts(conflict.caseId, core.conflictsOf(conflict.caseId).filter((other) => !answered.has(other.key)))
  if (stored && file && !sameValue(file, stored.file)) await core.store(file, stored.revision)
  core.options.events.applied([conflict.caseId])
  // The choice itself goes into the history like any other change (and rates re-expressed for the chosen base go out).
  if (stored) await outgoingCase(core, conflict.caseId, false)
}

/**
 * The case with its rates in its own base: `file`'s rates were written for `ratesBase`; when the
 * chosen base is another, they are re-expressed in it through the case's own rate between the two
 * (rebaseCase, as the base currency field does), never read as they are. The case itself when it
 * is not valid (the caller stores only a valid case); 'no-rate' when there is no rate between the two.
 */
function withRatesIn(file: CaseFile, ratesBase: string): CaseFile | null | 'no-rate' {
  if (file.baseCurrency === ratesBase) return validOrNull(file)
  const written = validOrNull({ ...file, baseCurrency: ratesBase })
  if (!written) return null
  const outcome = rebaseCase(written, file.baseCurrency)
  return 'rebase' in outcome ? outcome.rebase.next : 'no-rate'
}

/** Writes each chosen version over its document's leaves, all in one bulkDocs; updates `base` (the caller saves it). */
async function writeChoices(core: BridgeCore, choices: { conflict: SyncConflict; chosen: ConflictVersion }[], base: Base): Promise<void> {
  const writes: { key: string; body: CaseHead | RecordDoc | null; written: Awaited<ReturnType<typeof sealed>> }[] = []
  for (const choice of choices) {
    const prepared = await prepareChoice(core, choice.conflict, choice.chosen, base)
    if (prepared) writes.push({ key: choice.conflict.key, ...prepared })
  }
  const results = await core.options.local.bulkDocs(writes.map((write) => write.written.doc))
  results.forEach((result, i) => {
    const { key, body, written } = writes[i]!
    if (!('ok' in result) || !result.ok) return
    if (key === CASE_KEY) base.head = { body: body as CaseHead, rev: result.rev, seq: written.seq, hash: written.hash }
    else if (body === null) delete base.records[key]
    else base.records[key] = { body: body as RecordDoc, rev: result.rev, seq: written.seq, hash: written.hash }
  })
}

/**
 * The chosen version of one document, sealed over its leaves: the other branches end first (a
 * deletion on top of each), so the chosen version can name every leaf it answers and no device
 * asks about them again. Null when the document has no leaf.
 */
async function prepareChoice(core: BridgeCore, conflict: SyncConflict, chosen: ConflictVersion, base: Base): Promise<{ body: CaseHead | RecordDoc | null; written: Awaited<ReturnType<typeof sealed>> } | null> {
  const { keys } = core.options
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
  return { body, written: await sealed(core, conflict.caseId, conflict.key, body, previous, base.heads[0] ?? '', deletedHead, answered) }
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
