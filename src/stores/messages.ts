// Turns any failure into words a user can act on, without losing the details.
import { CaseFileError, type CaseFileIssue } from '@/domain'
import { BackupFileError } from '@/persistence'

export function issuesOf(error: unknown): CaseFileIssue[] {
  if (error instanceof CaseFileError || error instanceof BackupFileError) return error.issues
  const message = error instanceof Error ? error.message : String(error)
  return [{ path: '', message }]
}

export function describeError(error: unknown): string {
  if (error instanceof CaseFileError || error instanceof BackupFileError) return error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ')
  if (error instanceof Error) return error.message
  return String(error)
}
