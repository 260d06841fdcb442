// The pieces every repository operation shares: how a stored record is read,
// the tables a write touches, how a storage failure is named, fresh ids.
import type { Table } from 'dexie'
import { copyTitleWith } from './copyTitle'
import { errorName, openFailure } from './db'
import type { CaseRows } from './caseRows'
import { DATA_VERSION } from './versions'
import type { CaseListing, CaseRecord, DeletedCase, MetaRow } from './records'
import { CaseNotFoundError, NewerDataError, StorageFullError } from './errors'

export function randomCaseId(): string {
  // getRandomValues, unlike randomUUID, also works when the app is served over plain http.
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `case-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

export { copyTitleWith }
export const englishCopyTitle = copyTitleWith((title) => `${title} (copy)`)

/** The stored cases as whole records (caseRows.ts). */
export type CaseTable = CaseRows
/** The tables of a write transaction, and the records it wrote (remembered once it commits). */
export type Tables = {
  cases: CaseTable
  meta: Table<MetaRow, string>
  listings: Table<CaseListing, string>
  deleted: Table<DeletedCase, number>
  written: CaseRecord[]
}

/** The `meta` key that keeps a deleted case's last revision. */
export function lastRevisionKey(id: string): string {
  return `lastRevision:${id}`
}

export async function required(cases: CaseTable, id: string): Promise<CaseRecord> {
  const record = await cases.get(id)
  if (!record) throw new CaseNotFoundError(id)
  return record
}

/** Refuses a record written by a newer app rather than misreading it. */
export function readable<T extends { dataVersion: number }>(record: T): T {
  if (typeof record.dataVersion === 'number' && record.dataVersion > DATA_VERSION)
    throw new NewerDataError(record.dataVersion, DATA_VERSION)
  return record
}

export function instantOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : fallback
}

const OPEN_FAILURES = new Set(['OpenFailedError', 'MissingAPIError', 'VersionError'])

export function storageFailure(error: unknown): unknown {
  const inner = (error as { inner?: unknown } | null)?.inner
  if (errorName(error) === 'QuotaExceededError' || errorName(inner) === 'QuotaExceededError')
    return new StorageFullError({ cause: error })
  // Dexie reopens on its own after another tab upgrades the database; a refusal then arrives wrapped.
  if (inner instanceof NewerDataError) return inner
  if (OPEN_FAILURES.has(errorName(error) ?? '')) return openFailure(error)
  return error
}
