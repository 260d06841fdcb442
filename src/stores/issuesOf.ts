// Turns any failure into the list of problems (CaseFileIssue[]) a screen shows, keeping each code and path.
import { CaseFileError, type CaseFileIssue } from '@/domain/caseFile/issues'
import { BackupFileError } from '@/persistence/errors'
import { EncryptedFileError } from '@/persistence/encryption'

export function issuesOf(error: unknown): CaseFileIssue[] {
  if (error instanceof CaseFileError || error instanceof BackupFileError || error instanceof EncryptedFileError) return error.issues
  const message = error instanceof Error ? error.message : String(error)
  return [{ path: '', message }]
}
