// The backup file: every stored case in one JSON text, and reading it back
// with every problem reported before anything is written.
import {
  CaseFileError,
  FORMAT as CASE_FORMAT,
  MAX_FILE_BYTES,
  issueAt,
  parseCaseFile,
  problem,
  utf8Bytes,
  type CaseFile,
  type CaseFileIssue,
  type Problem,
} from '@/domain'
import { BackupFileError } from './errors'
import { MAX_BACKUP_BYTES } from './versions'
import { serializeCase } from './caseData'

export const BACKUP_FORMAT = 'restitution-backup'
export const BACKUP_VERSION = 1
export { MAX_BACKUP_BYTES }

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO 8601 instant; informational. */
  exportedAt: string
  cases: CaseFile[]
}

const BACKUP_KEYS = new Set(['format', 'version', 'exportedAt', 'cases'])

export function serializeBackup(cases: CaseFile[], exportedAt: Date): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), cases }
  return `${JSON.stringify(backup, null, 2)}\n`
}

/**
 * Reads a backup: every case validated, with problems inside a case reported
 * under its place in the backup (`cases[1].losses[0].amount`). Throws
 * BackupFileError listing them all, or returns the normalized cases.
 */
export function parseBackupText(text: string): { exportedAt: string | null; cases: CaseFile[] } {
  if (typeof text !== 'string') fail(problem('backup.notText'))
  if (utf8Bytes(text, MAX_BACKUP_BYTES) > MAX_BACKUP_BYTES) fail(problem('backup.tooLarge', { max: MAX_BACKUP_BYTES / 1024 / 1024 }))
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let parsed: unknown
  try {
    parsed = JSON.parse(withoutBom)
  } catch {
    fail(problem('backup.notJson'))
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    fail(problem('backup.notObject'))
  const root = parsed as Record<string, unknown>

  // Problems of the format and version make everything else noise: report them alone.
  if (root.format === CASE_FORMAT)
    fail(problem('backup.isCase'), 'format')
  if (root.format !== BACKUP_FORMAT)
    fail(problem('backup.wrongFormat', { format: BACKUP_FORMAT }), 'format')
  const version = root.version
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
    fail(problem('backup.newerVersion', { found: version, supported: BACKUP_VERSION }), 'version')
  if (version !== BACKUP_VERSION) fail(problem('backup.unsupportedVersion', { supported: BACKUP_VERSION }), 'version')

  const issues: CaseFileIssue[] = []
  for (const key of Object.keys(root))
    if (!BACKUP_KEYS.has(key)) issues.push(issueAt(key, problem('backup.unknownKey', { key })))
  const exportedAt = root.exportedAt
  if (exportedAt !== undefined && typeof exportedAt !== 'string')
    issues.push(issueAt('exportedAt', problem('backup.exportedAt')))

  const cases: CaseFile[] = []
  if (!Array.isArray(root.cases)) {
    issues.push(issueAt('cases', problem('backup.noCases')))
  } else {
    const seen = new Set<string>()
    root.cases.forEach((item: unknown, index) => {
      const at = `cases[${index}]`
      try {
        // The same limits as importing the case on its own: depth, keys and every rule by
        // parseCaseFile, and the size of the file it would be, so its own export is never refused.
        const file = parseCaseFile(item)
        const bytes = utf8Bytes(serializeCase(file))
        if (bytes > MAX_FILE_BYTES) {
          issues.push(issueAt(at, problem('backup.caseTooLarge', { size: (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1) })))
          return
        }
        if (seen.has(file.id))
          issues.push(issueAt(`${at}.id`, problem('backup.duplicateCase', { id: file.id })))
        seen.add(file.id)
        cases.push(file)
      } catch (error) {
        if (!(error instanceof CaseFileError)) throw error
        // Keep each problem's code, so it is worded in the reader's language too.
        for (const issue of error.issues) issues.push({ ...issue, path: within(at, issue.path) })
      }
    })
  }
  if (issues.length > 0) throw new BackupFileError(issues)
  return { exportedAt: typeof exportedAt === 'string' ? exportedAt : null, cases }
}

function fail(found: Problem, path = ''): never {
  throw new BackupFileError([issueAt(path, found)])
}

function within(prefix: string, path: string): string {
  if (path === '') return prefix
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`
}
