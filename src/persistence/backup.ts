// The backup file: every stored case in one JSON text, and reading it back
// with every problem reported before anything is written.
import { CaseFileError, FORMAT as CASE_FORMAT, parseCaseFile, type CaseFile, type CaseFileIssue } from '@/domain'
import { BackupFileError } from './errors'

export const BACKUP_FORMAT = 'restitution-backup'
export const BACKUP_VERSION = 1

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
  if (typeof text !== 'string') fail('A backup must be text.')
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let parsed: unknown
  try {
    parsed = JSON.parse(withoutBom)
  } catch {
    fail('The file is not readable JSON. It may be damaged, or not a backup of this app.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    fail('This file is not a backup of this app: a backup is one JSON object (in curly braces).')
  const root = parsed as Record<string, unknown>

  // Problems of the format and version make everything else noise: report them alone.
  if (root.format === CASE_FORMAT)
    fail('This is a single case file, not a backup. Use "Import case" to add it.', 'format')
  if (root.format !== BACKUP_FORMAT)
    fail(`This file is not a backup of this app: "format" must be "${BACKUP_FORMAT}".`, 'format')
  const version = root.version
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
    fail(
      `This backup is version ${version}, made by a newer version of the app; this app reads version ${BACKUP_VERSION}. Update the app to restore it.`,
      'version',
    )
  if (version !== BACKUP_VERSION) fail(`This app reads backups of version ${BACKUP_VERSION}.`, 'version')

  const issues: CaseFileIssue[] = []
  for (const key of Object.keys(root))
    if (!BACKUP_KEYS.has(key)) issues.push({ path: key, message: `Unknown field "${key}"; a backup holds only its cases.` })
  const exportedAt = root.exportedAt
  if (exportedAt !== undefined && typeof exportedAt !== 'string')
    issues.push({ path: 'exportedAt', message: 'The export time must be text, e.g. "2024-05-03T10:00:00.000Z".' })

  const cases: CaseFile[] = []
  if (!Array.isArray(root.cases)) {
    issues.push({ path: 'cases', message: 'A backup needs a list of cases ("cases": [ … ]).' })
  } else {
    const seen = new Set<string>()
    root.cases.forEach((item: unknown, index) => {
      const at = `cases[${index}]`
      try {
        const file = parseCaseFile(item)
        if (seen.has(file.id))
          issues.push({ path: `${at}.id`, message: `Another case in this backup has the id "${file.id}"; each case needs its own id.` })
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

function fail(message: string, path = ''): never {
  throw new BackupFileError([{ path, message }])
}

function within(prefix: string, path: string): string {
  if (path === '') return prefix
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`
}
