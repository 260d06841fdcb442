// Restoring a backup: working out what it would do, then doing all of it in one
// transaction, in bulk (a backup of ten thousand cases is a few requests, not forty thousand).
import { listingFigures, summarizeCase, type CaseFile } from '@/domain'
import { parseBackupText } from './backup'
import { DATA_VERSION } from './db'
import { RESTORE_UNDO_KEY } from './versions'
import { RestoreOutdatedError } from './errors'
import { listingOf } from './listings'
import { sameCase, validCase } from './caseData'
import type { CaseRecord, DeletedCase, RestoreUndo } from './records'
import { toStored } from './storedForm'
import type { CaseListItem, RestoreChoice, RestorePlan, RestoreResult } from './repositoryTypes'
import { lastRevisionKey, readable, type Tables } from './storedCases'

/** What restoring `text` would do to the cases `stored` now; throws BackupFileError with every problem. */
export function planRestoreOf(text: string, stored: readonly CaseListItem[]): RestorePlan {
  const backup = parseBackupText(text)
  const byId = new Map(stored.map((item) => [item.id, item]))
  const inBackup = new Set(backup.cases.map((file) => file.id))
  const plan: RestorePlan = {
    exportedAt: backup.exportedAt,
    add: [],
    replace: [],
    unchanged: [],
    notInBackup: stored.filter((item) => !inBackup.has(item.id)),
  }
  const madeAt = backup.exportedAt === null ? Number.NaN : Date.parse(backup.exportedAt)
  for (const incoming of backup.cases) {
    const existing = byId.get(incoming.id)
    if (!existing) plan.add.push(incoming)
    else if (sameCase(existing.file, incoming)) plan.unchanged.push(incoming)
    // The backup's copy was last changed no later than the backup was made: a stored copy changed
    // after that (or a backup that does not say when it was made) may hold newer work.
    else plan.replace.push({ incoming, existing, storedNewer: !(Date.parse(existing.updatedAt) <= madeAt) })
  }
  return plan
}

/** What a restore does with a case that is stored with other data, unless the user chose otherwise. */
export function defaultChoice(item: RestorePlan['replace'][number]): RestoreChoice {
  return item.storedNewer ? 'keepBoth' : 'replace'
}

/** The plan's cases checked again (it may have passed through a reactive store), with the user's choices, before any write. */
export function checkedPlan(
  plan: RestorePlan,
  choices: Readonly<Record<string, RestoreChoice>> = {},
): { add: CaseFile[]; replace: { incoming: CaseFile; expectedRevision: number }[]; copy: CaseFile[]; unchanged: { id: string; revision: number }[] } {
  const choiceOf = (item: RestorePlan['replace'][number]) => choices[item.incoming.id] ?? defaultChoice(item)
  const copied = plan.replace.filter((item) => choiceOf(item) === 'keepBoth')
  return {
    add: plan.add.map((file) => validCase(file)),
    replace: plan.replace.filter((item) => choiceOf(item) === 'replace').map((item) => ({ incoming: validCase(item.incoming), expectedRevision: item.existing.revision })),
    copy: copied.map((item) => validCase(item.incoming)),
    // Kept beside a copy: still as the preview showed it, or the user chooses again.
    unchanged: copied.map((item) => ({ id: item.existing.id, revision: item.existing.revision })),
  }
}

/**
 * Writes a checked plan inside a write transaction: all of it, or, when a case changed since the
 * plan was made, none of it (RestoreOutdatedError). A case added under the id of a deleted one
 * carries on from that one's revision, as every write does. Each case's row in the case list is
 * written with it, each replaced case is kept first in Recently deleted, and what was done is kept
 * for undoing it (RESTORE_UNDO_KEY), in the same transaction. `copy` must have fresh ids by now.
 */
export async function applyCheckedPlan(
  { cases, meta, listings, deleted: recentlyDeleted }: Tables,
  checked: ReturnType<typeof checkedPlan>,
  now: string,
): Promise<RestoreResult> {
  const { replace } = checked
  // Kept-both copies are added like the backup's new cases, under the fresh ids they were given.
  const add = [...checked.add, ...checked.copy]
  const current = await cases.bulkGet([...add.map((file) => file.id), ...replace.map((item) => item.incoming.id)])
  const kept = await cases.bulkGet(checked.unchanged.map((item) => item.id))
  checked.unchanged.forEach(({ id, revision }, index) => {
    if (kept[index]?.revision !== revision) throw new RestoreOutdatedError(id)
  })
  const deletedKeys = add.map((file) => lastRevisionKey(file.id))
  const deleted = await meta.bulkGet(deletedKeys)
  const records: CaseRecord[] = []
  const replaced: DeletedCase[] = []
  add.forEach((file, index) => {
    if (current[index]) throw new RestoreOutdatedError(file.id)
    const previous = deleted[index]?.value
    records.push(recordOf(file, typeof previous === 'number' ? previous : 0, now, now))
  })
  replace.forEach(({ incoming, expectedRevision }, index) => {
    const existing = current[add.length + index]
    if (!existing || existing.revision !== expectedRevision) throw new RestoreOutdatedError(incoming.id)
    readable(existing)
    replaced.push(deletedEntry(existing, 'replacedByRestore', now))
    records.push(recordOf(incoming, existing.revision, existing.createdAt, now))
  })
  const seqs = await recentlyDeleted.bulkAdd(replaced, { allKeys: true })
  await cases.bulkPut(records)
  await listings.bulkPut(records.map((record) => listingOf(record, listingFigures(summarizeCase(record.file), record.file.baseCurrency))))
  await meta.bulkDelete(deletedKeys)
  const undo: RestoreUndo = {
    at: now,
    added: records.slice(0, add.length).map(({ id, revision }) => ({ id, revision })),
    replaced: records.slice(add.length).map(({ id, revision }, index) => ({ id, revision, seq: seqs[index] ?? -1 })),
  }
  // The restore can be undone, after a reload too, until the user dismisses the offer.
  if (records.length > 0) await meta.put({ key: RESTORE_UNDO_KEY, value: undo })
  return {
    added: checked.add.map((file) => file.id),
    replaced: replace.map((item) => item.incoming.id),
    copied: checked.copy.map((file) => file.id),
  }
}

/** The Recently deleted entry that keeps `record` as it is stored now. */
export function deletedEntry(record: CaseRecord, reason: DeletedCase['reason'], now: string): DeletedCase {
  return { id: record.id, title: record.file.title, deletedAt: now, reason, record: toStored(record) }
}

/** The stored record of `file` as the revision after `previous`. */
export function recordOf(file: CaseFile, previous: number, createdAt: string, updatedAt: string): CaseRecord {
  return { id: file.id, file, createdAt, updatedAt, revision: previous + 1, dataVersion: DATA_VERSION }
}
