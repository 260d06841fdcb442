import 'fake-indexeddb/auto'
import { types } from 'node:util'
import { describe, expect, it } from 'vitest'
import { isReactive, reactive } from 'vue'
import { CaseFileError, type CaseFile } from '@/domain'
import {
  CaseNotFoundError,
  CaseRepository,
  ImportConflictError,
  SaveConflictError,
  openCaseDatabase,
  serializeCase,
} from '@/persistence'
import { exampleCase, exampleCases, freshRepository, steppingClock } from './helpers'

function issuePaths(error: unknown): string[] {
  expect(error).toBeInstanceOf(CaseFileError)
  return (error as CaseFileError).issues.map((issue) => issue.path)
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}

/** Every object below `value`, the value included. */
function objectsIn(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value)
    for (const child of Object.values(value)) objectsIn(child, found)
  }
  return found
}

describe.each(exampleCases())('worked example $name', ({ text, file }) => {
  it('is stored and read back as the same normalized case', async () => {
    const { repository } = await freshRepository()
    const saved = await repository.save(file)
    const read = await repository.get(file.id)
    expect(read?.file).toEqual(file)
    expect(read).toEqual(saved)
  })

  it('exports text that imports back to the same text', async () => {
    const first = await freshRepository()
    await first.repository.importText(text)
    const exported = await first.repository.exportText(file.id)
    expect(exported).toBe(serializeCase(file))
    expect(exported.endsWith('}\n')).toBe(true)

    const second = await freshRepository()
    const imported = await second.repository.importText(exported)
    expect(imported.outcome).toBe('added')
    expect(await second.repository.exportText(file.id)).toBe(exported)
    expect((await second.repository.get(file.id))?.file).toEqual(file)
  })
})

describe('saving', () => {
  it('refuses an invalid case and stores nothing', async () => {
    const { repository } = await freshRepository()
    const bad = structuredClone(exampleCase('harbor-tools'))
    bad.losses[0]!.amount = '-60000'
    expect(issuePaths(await rejection(repository.save(bad)))).toContain('losses[0].amount')
    expect(await repository.list()).toEqual([])
  })

  it('keeps the stored case when a later edit is invalid', async () => {
    const { repository } = await freshRepository()
    const good = exampleCase('harbor-tools')
    await repository.save(good)
    const bad = structuredClone(good)
    bad.title = '   '
    expect(issuePaths(await rejection(repository.save(bad)))).toEqual(['title'])
    expect((await repository.get(good.id))?.file).toEqual(good)
  })

  it('stores plain data when given a Vue reactive case', async () => {
    const { name, db, repository } = await freshRepository()
    const edited = reactive(structuredClone(exampleCase('harbor-tools')))
    edited.title = 'Edited in a form'
    await repository.save(edited)

    const raw = await db.cases.get(edited.id)
    for (const object of objectsIn(raw)) {
      expect(types.isProxy(object)).toBe(false)
      expect(isReactive(object)).toBe(false)
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(object))
    }
    db.close()
    const reopened = new CaseRepository(await openCaseDatabase(name))
    expect((await reopened.get(edited.id))?.file.title).toBe('Edited in a form')
  })

  it('keeps createdAt and moves updatedAt on each save', async () => {
    const { repository } = await freshRepository()
    const file = exampleCase('empty')
    const first = await repository.save(file)
    const second = await repository.save({ ...file, title: 'Renamed by a save' })
    expect(second.createdAt).toBe(first.createdAt)
    expect(second.updatedAt > first.updatedAt).toBe(true)
  })

  it('lists cases most recently changed first', async () => {
    const { repository } = await freshRepository()
    const [a, b, c] = exampleCases().map((example) => example.file)
    await repository.save(a!)
    await repository.save(b!)
    await repository.save(c!)
    await repository.save({ ...a!, title: 'Touched last' })
    const list = await repository.list()
    expect(list.map((item) => item.id)).toEqual([a!.id, c!.id, b!.id])
    expect(list[0]).toMatchObject({ id: a!.id, title: 'Touched last', file: { title: 'Touched last' } })
    const times = list.map((item) => item.updatedAt)
    expect([...times].sort().reverse()).toEqual(times)
  })
})

describe('revisions: a save replaces only the version its writer saw', () => {
  // A clock that never moves: two writes in the same millisecond are still told apart.
  const frozen = () => new Date(Date.UTC(2024, 4, 3, 9, 0, 0))

  it('counts every write of a case, whatever the clock says', async () => {
    const { repository } = await freshRepository({ now: frozen })
    const file = exampleCase('harbor-tools')
    expect((await repository.save(file)).revision).toBe(1)
    expect((await repository.save({ ...file, title: 'Second' })).revision).toBe(2)
    expect((await repository.rename(file.id, 'Third')).revision).toBe(3)
    const replaced = await repository.importCase({ ...file, title: 'Fourth' }, { onConflict: 'replace' })
    expect(replaced.record.revision).toBe(4)
    expect((await repository.get(file.id))?.revision).toBe(4)
    expect((await repository.create('A new case', 'USD')).revision).toBe(1)
    expect((await repository.duplicate(file.id)).revision).toBe(1)
  })

  it('refuses a save based on an older revision, even within the same millisecond, and writes nothing', async () => {
    const { repository } = await freshRepository({ now: frozen })
    const file = exampleCase('harbor-tools')
    const first = await repository.save(file)
    // Tab B saves first…
    await repository.save({ ...file, title: 'Saved by tab B' }, { expectedRevision: first.revision })
    // …then tab A, still holding revision 1.
    const error = await rejection(repository.save({ ...file, title: 'Saved by tab A' }, { expectedRevision: first.revision }))
    expect(error).toBeInstanceOf(SaveConflictError)
    expect((error as SaveConflictError).storedRevision).toBe(2)
    expect((await repository.get(file.id))?.file.title).toBe('Saved by tab B')

    // Keeping A's version replaces exactly the revision seen at the conflict.
    const kept = await repository.save({ ...file, title: 'Saved by tab A' }, { expectedRevision: 2 })
    expect(kept.revision).toBe(3)
  })

  it('says a case deleted elsewhere is gone (stored revision null), and a save expecting none brings it back', async () => {
    const { repository } = await freshRepository()
    const file = exampleCase('kowloon-vanished')
    const saved = await repository.save(file)
    await repository.remove(file.id)
    const error = await rejection(repository.save(file, { expectedRevision: saved.revision }))
    expect((error as SaveConflictError).storedRevision).toBeNull()
    expect(await repository.get(file.id)).toBeUndefined()
    expect((await repository.save(file, { expectedRevision: null })).file).toEqual(file)
  })

  it('never lets a new case under a deleted case’s id pass for the deleted one', async () => {
    const { repository } = await freshRepository({ now: frozen })
    const file = exampleCase('harbor-tools')
    await repository.save(file)
    const seenByTabB = await repository.save({ ...file, title: 'Held open in tab B' })
    await repository.remove(file.id)
    // Imported again in tab A: without carrying on the count it would be revision 1, then 2 after one edit.
    const again = (await repository.importCase(file)).record
    await repository.save({ ...file, title: 'Edited in tab A' }, { expectedRevision: again.revision })
    expect(again.revision).toBeGreaterThan(seenByTabB.revision)

    const error = await rejection(repository.save({ ...file, title: 'Tab B’s old edit' }, { expectedRevision: seenByTabB.revision }))
    expect(error).toBeInstanceOf(SaveConflictError)
    expect((await repository.get(file.id))?.file.title).toBe('Edited in tab A')
  })
})

describe('creating, duplicating, renaming and removing', () => {
  it('creates an empty, valid case with a fresh id', async () => {
    const { repository } = await freshRepository()
    const one = await repository.create('  Harbor Tools v. Huaxin  ', 'USD')
    const two = await repository.create('Harbor Tools v. Huaxin', 'USD')
    expect(one.id).toMatch(/^case-[0-9a-f]{16}$/)
    expect(two.id).not.toBe(one.id)
    expect(one.file).toMatchObject({ format: 'restitution-case', version: 1, title: 'Harbor Tools v. Huaxin', baseCurrency: 'USD', losses: [] })
    expect((await repository.get(one.id))?.file).toEqual(one.file)
  })

  it('refuses a blank title or an unknown currency and stores nothing', async () => {
    const { repository } = await freshRepository()
    expect(issuePaths(await rejection(repository.create('  ', 'USD')))).toEqual(['title'])
    expect(issuePaths(await rejection(repository.create('A case', 'usd')))).toEqual(['baseCurrency'])
    expect(await repository.list()).toEqual([])
  })

  it('picks another id when the first one is taken', async () => {
    const ids = ['case-a', 'case-a', 'case-b']
    const { repository } = await freshRepository({ newId: () => ids.shift() ?? 'case-z' })
    expect((await repository.create('First', 'USD')).id).toBe('case-a')
    expect((await repository.create('Second', 'USD')).id).toBe('case-b')
  })

  it('duplicates a case under a new id, titled as a copy, leaving the original alone', async () => {
    const { repository } = await freshRepository()
    const original = exampleCase('harbor-tools')
    await repository.save(original)
    const copy = await repository.duplicate(original.id)
    expect(copy.id).not.toBe(original.id)
    expect(copy.file).toEqual({ ...original, id: copy.id, title: `${original.title} (copy)` })
    expect((await repository.get(original.id))?.file).toEqual(original)
    expect(await repository.list()).toHaveLength(2)
  })

  it('uses the title the app gives a copy', async () => {
    const { repository } = await freshRepository({ copyTitle: (title) => `${title}（副本）` })
    await repository.save(exampleCase('empty'))
    expect((await repository.duplicate('new')).file.title).toBe('New case（副本）')
  })

  it('renames a case, keeping its creation date, and refuses a blank title', async () => {
    const { repository } = await freshRepository()
    const saved = await repository.save(exampleCase('harbor-tools'))
    const renamed = await repository.rename(saved.id, 'Harbor Tools – settlement')
    expect(renamed.file).toEqual({ ...saved.file, title: 'Harbor Tools – settlement' })
    expect(renamed.createdAt).toBe(saved.createdAt)
    expect(renamed.updatedAt > saved.updatedAt).toBe(true)
    expect(issuePaths(await rejection(repository.rename(saved.id, '')))).toEqual(['title'])
    expect((await repository.get(saved.id))?.file.title).toBe('Harbor Tools – settlement')
  })

  it('removes a case and puts it back as it was on undo', async () => {
    const { repository } = await freshRepository()
    const saved = await repository.save(exampleCase('kowloon-vanished'))
    const removed = await repository.remove(saved.id)
    expect(removed).toEqual(saved)
    expect(await repository.get(saved.id)).toBeUndefined()
    expect(await repository.list()).toEqual([])

    const restored = await repository.restoreRecord(reactive(removed))
    // As it was, dates included; as a new revision, so a tab that held it with an edit pending conflicts.
    expect(restored).toEqual({ ...saved, revision: saved.revision + 1 })
    expect(await repository.get(saved.id)).toEqual(restored)
  })

  it('does not let an undo overwrite a different case stored since under the same id', async () => {
    const { repository } = await freshRepository()
    const saved = await repository.save(exampleCase('kowloon-vanished'))
    const removed = await repository.remove(saved.id)
    await repository.save({ ...saved.file, title: 'Imported again, then edited' })
    const error = await rejection(repository.restoreRecord(removed))
    expect(error).toBeInstanceOf(ImportConflictError)
    expect((await repository.get(saved.id))?.file.title).toBe('Imported again, then edited')
  })

  it('says a missing case is missing', async () => {
    const { repository } = await freshRepository()
    for (const attempt of [
      () => repository.duplicate('nope'),
      () => repository.rename('nope', 'Title'),
      () => repository.remove('nope'),
      () => repository.exportText('nope'),
    ])
      expect(await rejection(attempt())).toBeInstanceOf(CaseNotFoundError)
    expect(await repository.get('nope')).toBeUndefined()
  })
})

describe('importing', () => {
  const harbor = () => exampleCases().find((example) => example.name === 'harbor-tools')!

  it('refuses an invalid file with every problem and stores nothing', async () => {
    const { repository } = await freshRepository()
    const text = harbor().text.replace('"27000.00"', '27000').replace('"USD"', '"usd"')
    const paths = issuePaths(await rejection(repository.importText(text)))
    expect(paths).toEqual(expect.arrayContaining(['losses[0].amount', 'baseCurrency']))
    expect(await repository.list()).toEqual([])
  })

  it('reports importing the same case again as unchanged', async () => {
    const { repository } = await freshRepository()
    const first = await repository.importText(harbor().text)
    const again = await repository.importText(harbor().text)
    expect(again).toMatchObject({ outcome: 'unchanged', id: first.id })
    expect(again.record).toEqual(first.record)
  })

  it('asks before replacing a different case with the same id, changing nothing', async () => {
    const { repository } = await freshRepository()
    const stored = (await repository.importText(harbor().text)).record
    const changed: CaseFile = { ...harbor().file, title: 'Harbor Tools (colleague’s version)' }

    const error = await rejection(repository.importText(serializeCase(changed)))
    expect(error).toBeInstanceOf(ImportConflictError)
    const conflict = error as ImportConflictError
    expect(conflict.incoming).toEqual(changed)
    expect(conflict.existing).toEqual(stored)
    expect(conflict.message).toMatch(/replace .* or to keep both/)
    expect(await repository.list()).toHaveLength(1)
    expect(await repository.get(stored.id)).toEqual(stored)
  })

  it('replaces the stored case when told to', async () => {
    const { repository } = await freshRepository()
    const stored = (await repository.importText(harbor().text)).record
    const changed: CaseFile = { ...harbor().file, title: 'Replaced' }
    const error = (await rejection(repository.importText(serializeCase(changed)))) as ImportConflictError
    const result = await repository.importCase(error.incoming, { onConflict: 'replace' })
    expect(result).toMatchObject({ outcome: 'replaced', id: stored.id })
    expect(result.record.createdAt).toBe(stored.createdAt)
    expect((await repository.get(stored.id))?.file).toEqual(changed)
    expect(await repository.list()).toHaveLength(1)
  })

  it('keeps both when told to copy', async () => {
    const { repository } = await freshRepository()
    const stored = (await repository.importText(harbor().text)).record
    const changed: CaseFile = { ...harbor().file, title: 'Their version' }
    const result = await repository.importText(serializeCase(changed), { onConflict: 'copy' })
    expect(result.outcome).toBe('copied')
    expect(result.id).not.toBe(stored.id)
    expect(result.record.file).toEqual({ ...changed, id: result.id, title: 'Their version (copy)' })
    expect(await repository.get(stored.id)).toEqual(stored)
    expect(await repository.list()).toHaveLength(2)
  })
})

it('works when built before the database has opened', async () => {
  const repository = new CaseRepository(openCaseDatabase(`early-${Math.random()}`), { now: steppingClock() })
  await repository.save(exampleCase('empty'))
  expect((await repository.list()).map((item) => item.id)).toEqual(['new'])
})
