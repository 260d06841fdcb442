// Any failure, in the interface language: what happened and what to do.
import { useI18n } from 'vue-i18n'
// Deep imports: the case list uses this, and loads neither the engine nor Dexie.
import { CaseFileError } from '@/domain/caseFile/issues'
import {
  BackupFileError,
  CaseNotFoundError,
  NewerDataError,
  RestoreOutdatedError,
  SaveConflictError,
  StorageFullError,
  StorageUnavailableError,
} from '@/persistence/errors'
import { EncryptedFileError } from '@/persistence/encryption'
import { useProblemText } from '@/components/useProblemText'

export function useErrorText() {
  const { t } = useI18n()
  const problemText = useProblemText()
  return (error: unknown): string => {
    if (error === null || error === undefined) return ''
    if (error instanceof CaseFileError || error instanceof BackupFileError || error instanceof EncryptedFileError)
      return error.issues.map((issue) => (issue.path ? `${issue.path}: ` : '') + problemText(issue)).join(' ')
    if (error instanceof NewerDataError) return t('errors.newerData')
    if (error instanceof StorageFullError) return t('errors.storageFull')
    if (error instanceof StorageUnavailableError) return t('errors.storageUnavailable')
    if (error instanceof CaseNotFoundError || error === 'notFound') return t('workspace.notFound')
    if (error instanceof RestoreOutdatedError) return t('errors.restoreOutdated')
    if (error instanceof SaveConflictError) return t('workspace.conflict')
    return t('errors.unexpected', { detail: error instanceof Error ? error.message : String(error) })
  }
}
