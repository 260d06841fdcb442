// The persistence layer's public surface: what stores and views may use.
export {
  CaseDatabase,
  DATABASE_NAME,
  DATA_VERSION,
  SCHEMA_VERSION,
  openCaseDatabase,
} from './db'
export type { CaseListing, CaseRecord } from './records'
export { readCaseList } from './caseListReader'
export {
  CaseRepository,
  openCaseRepository,
  randomCaseId,
  type CaseListItem,
  type CaseRepositoryOptions,
  type ImportConflictChoice,
  type ImportResult,
  type RestorePlan,
  type RestoreResult,
} from './repository'
export { BACKUP_FORMAT, BACKUP_VERSION, parseBackupText, serializeBackup, type Backup } from './backup'
export { plainCopy, serializeCase } from './caseData'
export {
  BackupFileError,
  CaseNotFoundError,
  ImportConflictError,
  NewerDataError,
  RestoreOutdatedError,
  SaveConflictError,
  StorageFullError,
  StorageUnavailableError,
} from './errors'
export {
  checkPersistentStorage,
  requestPersistentStorage,
  type PersistentStorageManager,
  type PersistentStorageState,
} from './storage'
