// A restore applies the limits of an import to each case: a case the app could not import
// (or export again) is never restored, and nothing at all is written when one is refused.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, utf8Bytes } from '@/domain'
import { BackupFileError, MAX_BACKUP_BYTES, parseBackupText, serializeCase } from '@/persistence'
import { exampleCase, freshRepository } from './helpers'

function backupText(cases: unknown[]): string {
  return JSON.stringify({ format: 'restitution-backup', version: 1, exportedAt: '2024-06-01T10:00:00.000Z', cases })
}

function refusal(text: string): BackupFileError {
  try {
    parseBackupText(text)
  } catch (error) {
    expect(error).toBeInstanceOf(BackupFileError)
    return error as BackupFileError
  }
  throw new Error('expected the backup to be refused')
}

/** A valid case whose exported file is about `mib` MiB: losses with long descriptions. */
function caseOfSize(id: string, mib: number): Record<string, unknown> {
  const description = 'Invoice line, goods never shipped; '.repeat(55).slice(0, 1990)
  const count = Math.ceil((mib * 1024 * 1024) / 2150)
  return {
    format: 'restitution-case',
    version: 1,
    id,
    title: `Large case ${id}`,
    baseCurrency: 'USD',
    losses: Array.from({ length: count }, (_, i) => ({ id: `l${i}`, date: '2024-01-10', description, category: 'payment', amount: '100.00', currency: 'USD' })),
  }
}

describe('restoring within the limits of an import', () => {
  it('refuses a backup holding a 6.5 MiB case, names it, and stores nothing', async () => {
    const big = caseOfSize('big', 6.5)
    expect(utf8Bytes(serializeCase(big as never))).toBeGreaterThan(MAX_FILE_BYTES)
    const text = backupText([exampleCase('harbor-tools'), big])
    const error = refusal(text)
    expect(error.issues).toEqual([expect.objectContaining({ path: 'cases[1]', code: 'backup.caseTooLarge' })])
    expect(error.issues[0]?.message).toMatch(/6\.\d MiB; a case file may be at most 5 MiB/)

    const { repository } = await freshRepository()
    await expect(repository.planRestore(text)).rejects.toBeInstanceOf(BackupFileError)
    expect(await repository.list()).toEqual([])
  })

  it('restores a case just under the limit, which then exports and imports again', async () => {
    const near = caseOfSize('near', 4.8)
    const { repository } = await freshRepository()
    const plan = await repository.planRestore(backupText([near]))
    await repository.applyRestore(plan)
    const exported = await repository.exportText('near')
    expect(utf8Bytes(exported)).toBeLessThanOrEqual(MAX_FILE_BYTES)
    const { repository: other } = await freshRepository()
    expect((await other.importText(exported)).outcome).toBe('added')
  })

  it('refuses a case nested deeper than an import allows, and keys that could tamper with the program', () => {
    let deep: unknown = {}
    for (let i = 0; i < 40; i++) deep = { deeper: deep }
    const nested = { ...exampleCase('empty'), id: 'deep', extra: deep }
    const proto = JSON.parse(JSON.stringify(exampleCase('empty')).replace('{', '{"__proto__":{"polluted":true},')) as Record<string, unknown>
    const error = refusal(backupText([nested, { ...proto, id: 'proto' }]))
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['cases[0]', 'file.tooDeep'],
      ['cases[1].__proto__', 'file.forbiddenKey'],
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it(`refuses a backup over ${MAX_BACKUP_BYTES / 1024 / 1024} MiB before reading it`, () => {
    const text = `{"format":"restitution-backup","version":1,"cases":[],"padding":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`
    expect(refusal(text).issues).toEqual([expect.objectContaining({ path: '', code: 'backup.tooLarge' })])
  })
})
