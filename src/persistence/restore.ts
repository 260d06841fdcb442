// Restoring a backup: working out what it would do, then doing all of it in one
// transaction, in bulk (a backup of ten thousand cases is a few requests, not forty thousand).
import { listingFigures, summarizeCase, type CaseFile } from '@/domain'
import { parseBackupText } from './backup'
import { DATA_VERSION } from './db'
import { RestoreOutdatedError } from './errors'
import { listingOf } from './listings'
import { sameCase, validCase } from './caseData'
import type { CaseRecord } from './records'
import { toStored } from './storedForm'
import type { CaseListItem, RestorePlan, RestoreResult } from './repositoryTypes'
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
  for (const incoming of backup.cases) {
    const existing = byId.get(incoming.id)
    if (!existing) plan.add.push(incoming)
    else if (sameCase(existing.file, incoming)) plan.unchanged.push(incoming)
    else plan.replace.push({ incoming, existing })
  }
  return plan
}

/** The plan's cases checked again (it may have passed through a reactive store), before any write. */
export function checkedPlan(plan: RestorePlan): { add: CaseFile[]; replace: { incoming: CaseFile; expectedRevision: number }[] } {
  return {
    add: plan.add.map((file) => validCase(file)),
    replace: plan.replace.map((item) => ({ incoming: validCase(item.incoming), expectedRevision: item.existing.revision })),
  }
}

/**
 * Writes a checked plan inside a write transaction: all of it, or, when a case changed since the
 * plan was made, none of it (RestoreOutdatedError). A case added under the id of a deleted one
 * carries on from that one's revision, as every write does. Each case's row in the case list is
 * written with it, in the same transaction.
 */
export async function applyCheckedPlan({ cases, meta, listings }: Tables, checked: ReturnType<typeof checkedPlan>, now: string): Promise<RestoreResult> {
  const { add, replace } = checked
  const current = await cases.bulkGet([...add.map((file) => file.id), ...replace.map((item) => item.incoming.id)])
  const deletedKeys = add.map((file) => lastRevisionKey(file.id))
  const deleted = await meta.bulkGet(deletedKeys)
  const records: CaseRecord[] = []
  add.forEach((file, index) => {
    if (current[index]) throw new RestoreOutdatedError(file.id)
    const previous = deleted[index]?.value
    records.push(recordOf(file, typeof previous === 'number' ? previous : 0, now, now))
  })
  replace.forEach(({ incoming, expectedRevision }, index) => {
    const existing = current[add.length + index]
    if (!existing || existing.revision !== expectedRevision) throw new RestoreOutdatedError(incoming.id)
    readable(existing)
    records.push(recordOf(incoming, existing.revision, existing.createdAt, now))
  })
  await cases.bulkPut(records.map(toStored))
  await listings.bulkPut(records.map((record) => listingOf(record, listingFigures(summarizeCase(record.file), record.file.baseCurrency))))
  await meta.bulkDelete(deletedKeys)
  return { added: add.map((file) => file.id), replaced: replace.map((item) => item.incoming.id) }
}

/** The stored record of `file` as the revision after `previous`. */
export function recordOf(file: CaseFile, previous: number, createdAt: string, updatedAt: string): CaseRecord {
  return { id: file.id, file, createdAt, updatedAt, revision: previous + 1, dataVersion: DATA_VERSION }
}
