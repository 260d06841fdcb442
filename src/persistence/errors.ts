// The failures of storing cases, each worded for the user and saying what to do.
import type { CaseFile, CaseFileIssue } from '@/domain'
import type { CaseRecord } from './records'

/**
 * The stored data was written by a newer version of the app. It is refused,
 * never read with guesses or overwritten, so the newer version finds it intact.
 */
export class NewerDataError extends Error {
  /** The version found in the browser's storage (null when the browser did not say), and the highest this app reads. */
  readonly found: number | null
  readonly supported: number

  constructor(found: number | null, supported: number) {
    super(
      'The cases stored in this browser were saved by a newer version of this app ' +
        (found === null
          ? `(this version reads up to data version ${supported}). `
          : `(data version ${found}; this version reads up to ${supported}). `) +
        'To keep them safe, this version will not open or change them. ' +
        'Update the app (reload the page, or install the latest version), then try again.',
    )
    this.name = 'NewerDataError'
    this.found = found
    this.supported = supported
  }
}

/**
 * The case was saved elsewhere (another tab or window) since this copy was
 * loaded; saving now would silently undo that change, so nothing was written.
 */
export class SaveConflictError extends Error {
  readonly caseId: string
  /** The revision now stored (null: the case is no longer stored). */
  readonly storedRevision: number | null

  constructor(caseId: string, storedRevision: number | null) {
    super('This case was changed in another tab or window since you opened it, so your change was not saved over it.')
    this.name = 'SaveConflictError'
    this.caseId = caseId
    this.storedRevision = storedRevision
  }
}

/** The browser does not let the app keep data (storage turned off, some private modes). */
export class StorageUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(
      'This browser is not letting the app store cases, so nothing can be saved. ' +
        'Storage may be turned off, or the browser may be in a private mode. ' +
        'Allow site data for this app, or open it in a normal window, then reload.',
      options,
    )
    this.name = 'StorageUnavailableError'
  }
}

export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(
      'The browser has no room left to store this change, so nothing was changed. ' +
        'Free some disk space, or export a backup and remove cases you no longer need, then try again.',
      options,
    )
    this.name = 'StorageFullError'
  }
}

export class CaseNotFoundError extends Error {
  readonly id: string

  constructor(id: string) {
    super(
      `The case "${id}" is no longer stored in this browser; it may have been deleted in another tab or window. ` +
        'Go back to the case list to see the cases that are stored.',
    )
    this.name = 'CaseNotFoundError'
    this.id = id
  }
}

/**
 * A case arriving (by import or undo) has the id of a different stored case.
 * It carries both so the app can ask whether to replace the stored case or keep both.
 */
export class ImportConflictError extends Error {
  readonly incoming: CaseFile
  readonly existing: CaseRecord

  constructor(incoming: CaseFile, existing: CaseRecord) {
    super(
      `A different version of this case is already stored: "${existing.file.title}" (id "${existing.id}"). ` +
        'Nothing was changed. Choose whether to replace the stored case with this one, or to keep both as separate cases.',
    )
    this.name = 'ImportConflictError'
    this.incoming = incoming
    this.existing = existing
  }
}

/** A backup that cannot be restored, with every problem found; nothing is written. */
export class BackupFileError extends Error {
  readonly issues: CaseFileIssue[]

  constructor(issues: CaseFileIssue[]) {
    const first = issues[0]
    super(
      issues.length === 1 && first
        ? `The backup cannot be restored, and nothing was changed: ${first.path ? `${first.path}: ` : ''}${first.message}`
        : `The backup cannot be restored, and nothing was changed: ${issues.length} problems found.`,
    )
    this.name = 'BackupFileError'
    this.issues = issues
  }
}

/** Stored cases changed between checking a backup and restoring it. */
export class RestoreOutdatedError extends Error {
  readonly id: string

  constructor(id: string) {
    super(
      `The case "${id}" changed after the backup was checked, so nothing was restored. ` +
        'Check the backup again, then restore it.',
    )
    this.name = 'RestoreOutdatedError'
    this.id = id
  }
}
