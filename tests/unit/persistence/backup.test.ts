import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import type { CaseFile } from '@/domain'
import { BackupFileError, RestoreOutdatedError, type CaseRepository } from '@/persistence'
import { exampleCase, exampleCases, freshRepository } from './helpers'

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}

async function backupError(promise: Promise<unknown>): Promise<BackupFileError> {
  const error = await rejection(promise)
  expect(error).toBeInstanceOf(BackupFileError)
  return error as BackupFileError
}

async function storedFiles(repository: CaseRepository): Promise<CaseFile[]> {
  return (await repository.list()).map((item) => item.file).sort((a, b) => a.id.localeCompare(b.id))
}

async function repositoryWithExamples() {
  const fresh = await freshRepository()
  for (const { file } of exampleCases()) await fresh.repository.save(file)
  return fresh
}

function backupText(cases: unknown[]): string {
  return JSON.stringify({ format: 'restitution-backup', version: 1, exportedAt: '2024-06-01T10:00:00.000Z', cases })
}

describe('backup and restore', () => {
  it('restores every case of a backup into an empty browser', async () => {
    const { repository: source } = await repositoryWithExamples()
    const text = await source.exportBackup()
    const backup = JSON.parse(text) as { format: string; version: number; exportedAt: string; cases: unknown[] }
    expect(backup).toMatchObject({ format: 'restitution-backup', version: 1 })
    expect(Number.isNaN(Date.parse(backup.exportedAt))).toBe(false)
    expect(backup.cases).toHaveLength(exampleCases().length)
    expect(text.endsWith('\n')).toBe(true)

    const { repository: target } = await freshRepository()
    const plan = await target.planRestore(text)
    expect(plan.add.map((file) => file.id).sort()).toEqual(exampleCases().map((e) => e.file.id).sort())
    expect(plan.replace).toEqual([])
    expect(plan.unchanged).toEqual([])
    expect(await target.list()).toEqual([]) // planning writes nothing

    const result = await target.applyRestore(plan)
    expect(result.added).toHaveLength(exampleCases().length)
    expect(await storedFiles(target)).toEqual(await storedFiles(source))
  })

  it('sorts a backup into cases to add, to replace and left unchanged', async () => {
    const { repository } = await repositoryWithExamples()
    const text = await repository.exportBackup()
    const harbor = exampleCase('harbor-tools')
    await repository.save({ ...harbor, title: 'Edited after the backup' })
    await repository.remove('new')
    const extra = await repository.create('Opened after the backup', 'EUR')

    const plan = await repository.planRestore(text)
    expect(plan.add.map((file) => file.id)).toEqual(['new'])
    expect(plan.replace.map((item) => [item.incoming.title, item.existing.title])).toEqual([
      [harbor.title, 'Edited after the backup'],
    ])
    const untouched = exampleCases().map((e) => e.file.id).filter((id) => id !== harbor.id && id !== 'new')
    expect(plan.unchanged.map((file) => file.id).sort()).toEqual(untouched.sort())
    expect(plan.notInBackup.map((item) => item.id)).toEqual([extra.id])

    // Changed after the backup was made: marked, and replaced only when the user says so.
    expect(plan.replace.map((item) => item.storedNewer)).toEqual([true])
    // Through a reactive store and back, as the app will hold it while asking the user.
    await repository.applyRestore(reactive(plan), { [harbor.id]: 'replace' })
    expect((await repository.get(harbor.id))?.file).toEqual(harbor)
    expect((await repository.get('new'))?.file).toEqual(exampleCase('empty'))
    expect(await repository.get(extra.id)).toBeDefined()
    expect(await repository.list()).toHaveLength(exampleCases().length + 1)
  })

  it('refuses a backup with one bad case entirely, naming where, and writes nothing', async () => {
    const { repository } = await freshRepository()
    const kept = await repository.save(exampleCase('empty'))
    const [first, second, third] = exampleCases().map((example) => structuredClone(example.file) as Record<string, unknown>)
    const badLoss = (second!.losses as Record<string, unknown>[])[0]!
    badLoss.amount = 60000 // a number, not a string
    third!.id = 'has spaces'

    const error = await backupError(repository.planRestore(backupText([first, second, third])))
    const paths = error.issues.map((issue) => issue.path)
    expect(paths).toContain('cases[1].losses[0].amount')
    expect(paths).toContain('cases[2].id') // every case is checked, not just up to the first bad one
    expect(error.message).toMatch(/nothing was changed/)
    expect(await repository.list()).toEqual([{ ...kept, title: kept.file.title }])
  })

  it('reports two cases with the same id', async () => {
    const { repository } = await freshRepository()
    const file = exampleCase('empty')
    const error = await backupError(repository.planRestore(backupText([file, { ...file, title: 'Other' }])))
    expect(error.issues.map((issue) => issue.path)).toEqual(['cases[1].id'])
  })

  it.each([
    ['not JSON', '{ "format": "restitution-backup", ', ''],
    ['a single case file', JSON.stringify(exampleCase('empty')), 'format'],
    ['another kind of file', JSON.stringify({ hello: 'world' }), 'format'],
    ['a newer backup', JSON.stringify({ format: 'restitution-backup', version: 2, cases: [] }), 'version'],
    ['no list of cases', JSON.stringify({ format: 'restitution-backup', version: 1 }), 'cases'],
    ['an unknown field', JSON.stringify({ format: 'restitution-backup', version: 1, cases: [], note: 'x' }), 'note'],
  ])('refuses %s with a clear message', async (_what, text, path) => {
    const { repository } = await freshRepository()
    const error = await backupError(repository.planRestore(text))
    expect(error.issues.map((issue) => issue.path)).toEqual([path])
  })

  it('names both versions when a backup is newer than the app', async () => {
    const { repository } = await freshRepository()
    const text = JSON.stringify({ format: 'restitution-backup', version: 2, cases: [] })
    expect((await backupError(repository.planRestore(text))).message).toMatch(/version 2.*version 1.*Update the app/)
  })

  it('tells a single case file from a backup', async () => {
    const { repository } = await freshRepository()
    const error = await backupError(repository.planRestore(JSON.stringify(exampleCase('empty'))))
    expect(error.message).toMatch(/single case file.*Import case/)
  })

  it('restores nothing when a case changed between checking and restoring', async () => {
    const { repository: source } = await repositoryWithExamples()
    const text = await source.exportBackup()
    const { repository } = await freshRepository()
    const harbor = exampleCase('harbor-tools')
    await repository.save({ ...harbor, title: 'Stored version' })

    const plan = await repository.planRestore(text)
    expect(plan.add).toHaveLength(exampleCases().length - 1)
    expect(plan.replace).toHaveLength(1)
    await repository.save({ ...harbor, title: 'Edited in another tab' })

    expect(await rejection(repository.applyRestore(plan))).toBeInstanceOf(RestoreOutdatedError)
    expect((await repository.list()).map((item) => item.title)).toEqual(['Edited in another tab'])
  })

  it('notices a change made in the same millisecond as the check', async () => {
    const { repository: source } = await repositoryWithExamples()
    const text = await source.exportBackup()
    // A clock that never moves: the stored time cannot tell the two versions apart, the revision can.
    const { repository } = await freshRepository({ now: () => new Date(Date.UTC(2024, 4, 3)) })
    const harbor = exampleCase('harbor-tools')
    await repository.save({ ...harbor, title: 'Stored version' })
    const plan = await repository.planRestore(text)
    await repository.save({ ...harbor, title: 'Edited in another tab' })

    expect(await rejection(repository.applyRestore(plan))).toBeInstanceOf(RestoreOutdatedError)
    expect((await repository.get(harbor.id))?.file.title).toBe('Edited in another tab')
  })
})
