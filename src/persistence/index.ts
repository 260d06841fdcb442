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
export { CaseRepository, openCaseRepository } from './repository'
export { randomCaseId } from './storedCases'
export type {
  CaseListItem,
  CaseRepositoryOptions,
  ImportConflictChoice,
  ImportOptions,
  ImportResult,
  PutBack,
  RestoreChoice,
  RestorePlan,
  RestoreResult,
  RestoreUndoOffer,
  RestoreUndone,
} from './repositoryTypes'
export type { DeletedListItem } from './caseSafety'
export { KEEP_DELETED_DAYS } from './versions'
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, parseBackupText, serializeBackup, type Backup } from './backup'
export { plainCopy, serializeCase } from './caseData'
export { copyTitleWith } from './copyTitle'
export {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  PBKDF2_ITERATIONS,
  DerivationCancelledError,
  EncryptedFileError,
  MAX_ITERATIONS,
  decryptEnvelope,
  encryptText,
  envelopeLimit,
  readEnvelope,
  type Envelope,
  type EnvelopeContents,
} from './encryption'
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
} from './persistentStorage'
