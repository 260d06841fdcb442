// What the repository's operations take and give.
import type { CaseFile } from '@/domain'
import type { CaseRecord } from './records'

/** A row of the case list: the stored record and its title; `file` is there for searching in memory. */
export interface CaseListItem extends CaseRecord {
  title: string
}

/** What to do when an imported case has the id of a different stored case. */
export type ImportConflictChoice = 'ask' | 'replace' | 'copy'

export interface ImportOptions {
  /** What to do when a different case with the file's id is stored (default 'ask': refuse with ImportConflictError). */
  onConflict?: ImportConflictChoice
  /** The title of a kept-both copy, in the interface's language (default: the repository's). */
  copyTitle?: (title: string) => string
}

export interface ImportResult {
  /** `unchanged`: the same case was already stored, so nothing was written. */
  outcome: 'added' | 'replaced' | 'copied' | 'unchanged'
  /** The id the case is stored under: a new one when it was copied. */
  id: string
  record: CaseRecord
}

export interface RestorePlan {
  exportedAt: string | null
  /** In the backup, not stored: will be added. */
  add: CaseFile[]
  /** Stored with different data: the backup's version will replace the stored one. */
  replace: { incoming: CaseFile; existing: CaseListItem }[]
  /** Stored with the same data: left alone. */
  unchanged: CaseFile[]
  /** Stored, not in the backup: left alone (a restore never deletes). */
  notInBackup: CaseListItem[]
}

export interface RestoreResult {
  added: string[]
  replaced: string[]
}

export interface CaseRepositoryOptions {
  /** The clock for createdAt and updatedAt. */
  now?: () => Date
  /** A fresh case id; must satisfy the case-file id rule. */
  newId?: () => string
  /** The title of a duplicate or a kept-both import; the app passes a translated one. */
  copyTitle?: (title: string) => string
}
