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
  /**
   * Stored with different data: by default the backup's version replaces the stored one, unless
   * `storedNewer` (the stored copy changed after the backup was made): then both are kept.
   */
  replace: { incoming: CaseFile; existing: CaseListItem; storedNewer: boolean }[]
  /** Stored with the same data: left alone. */
  unchanged: CaseFile[]
  /** Stored, not in the backup: left alone (a restore never deletes). */
  notInBackup: CaseListItem[]
}

/** For a case stored with other data: the backup's replaces it, both are kept (the backup's as a copy), or the stored one stays. */
export type RestoreChoice = 'replace' | 'keepBoth' | 'keepStored'

export interface RestoreResult {
  added: string[]
  replaced: string[]
  /** The ids of the backup's cases kept as copies beside newer stored ones. */
  copied: string[]
}

/** A restore that can still be undone: when it was, and how many cases it added or replaced. */
export interface RestoreUndoOffer {
  at: string
  count: number
}

/** Putting a Recently deleted case back: under its own id, or as a copy when another case has its id now. */
export interface PutBack {
  id: string
  asCopy: boolean
}

/** What undoing a restore did: cases put back as they were, and cases changed since that went to Recently deleted. */
export interface RestoreUndone {
  putBack: string[]
  removed: string[]
  keptAsDeleted: number
}

export interface CaseRepositoryOptions {
  /** The clock for createdAt and updatedAt. */
  now?: () => Date
  /** A fresh case id; must satisfy the case-file id rule. */
  newId?: () => string
  /** The title of a duplicate or a kept-both import; the app passes a translated one. */
  copyTitle?: (title: string) => string
}
