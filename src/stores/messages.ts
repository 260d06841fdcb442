// Turns any failure into words a user can act on, without losing the details.
import { CaseFileError, type CaseFileIssue } from '@/domain'
import { BackupFileError } from '@/persistence'

export function issuesOf(error: unknown): CaseFileIssue[] {
  if (error instanceof CaseFileError || error instanceof BackupFileError) return error.issues
  const message = error instanceof Error ? error.message : String(error)
  return [{ path: '', message }]
}
