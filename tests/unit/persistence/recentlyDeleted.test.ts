// Issue 21: a deleted case is kept 30 days in Recently deleted, put back after a reload (here: the
// database opened again), as a copy when its id is taken; emptying it drops them for good.
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { CaseRepository, SCHEMA_VERSION, openCaseDatabase, serializeCase } from '@/persistence'
import { exampleCase, freshName, freshRepository } from './helpers'

describe('Recently deleted', () => {
  const harbor = exampleCase('harbor-tools')

  it('keeps a deleted case, with its dates, and puts it back after the database is opened again', async () => {
    const { name, db, repository } = await freshRepository()
    const saved = await repository.save(harbor)
    await repository.remove(harbor.id)
    expect(await repository.get(harbor.id)).toBeUndefined()
    db.close()

    // A day later (the test clock started on 3 May 2024).
    const reopened = new CaseRepository(await openCaseDatabase(name), { now: () => new Date(Date.UTC(2024, 4, 4, 9)) })
    const [entry, ...others] = await reopened.deletedCases()
    expect(others).toEqual([])
    expect(entry).toMatchObject({ id: harbor.id, title: harbor.title, reason: 'deleted', updatedAt: saved.updatedAt })
    expect(await reopened.restoreDeleted(entry!.seq)).toEqual({ id: harbor.id, asCopy: false })
    const back = await reopened.get(harbor.id)
    expect(back).toMatchObject({ createdAt: saved.createdAt, updatedAt: saved.updatedAt, revision: saved.revision + 1 })
    expect(await reopened.exportText(harbor.id)).toBe(serializeCase(harbor))
    expect(await reopened.deletedCases()).toEqual([])
  })

  it('puts a case back as a copy when another case has its id now', async () => {
    const { repository } = await freshRepository()
    await repository.save(harbor)
    await repository.remove(harbor.id)
    await repository.save({ ...harbor, title: 'Imported again' })
    const [entry] = await repository.deletedCases()
    const back = await repository.restoreDeleted(entry!.seq, (title) => `${title} (kept)`)
    expect(back.asCopy).toBe(true)
    expect(back.id).not.toBe(harbor.id)
    expect((await repository.get(back.id))?.file.title).toBe(`${harbor.title} (kept)`)
    expect((await repository.get(harbor.id))?.file.title).toBe('Imported again')
  })

  it('drops entries after 30 days, and not before', async () => {
    let now = Date.UTC(2026, 11, 1, 12)
    const { repository } = await freshRepository({ now: () => new Date(now) })
    await repository.save(harbor)
    await repository.remove(harbor.id)
    now += 29 * 24 * 3600 * 1000
    expect(await repository.deletedCases()).toHaveLength(1)
    now += 2 * 24 * 3600 * 1000
    expect(await repository.deletedCases()).toEqual([])
  })

  it('is emptied for good, and the in-memory undo of a delete takes its entry away', async () => {
    const { repository } = await freshRepository()
    const empty = { ...exampleCase('empty'), id: 'empty-one' }
    await repository.save(harbor)
    await repository.save(empty)
    const removed = await repository.remove(harbor.id)
    await repository.remove(empty.id)
    await repository.restoreRecord(removed)
    expect((await repository.deletedCases()).map((entry) => entry.id)).toEqual([empty.id])
    expect(await repository.emptyDeleted()).toBe(1)
    expect(await repository.deletedCases()).toEqual([])
  })
})

describe('schema 5 over a database of schema 4', () => {
  it('adds Recently deleted and keeps every case as it was', async () => {
    const harbor = exampleCase('harbor-tools')
    const name = freshName()
    const old = new Dexie(name)
    old.version(4).stores({ cases: 'id, updatedAt', meta: 'key', listings: 'id' })
    const record = { id: harbor.id, fileText: JSON.stringify(harbor), createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-03T09:30:00.000Z', revision: 7, dataVersion: 3 }
    await old.table('cases').put(record)
    await old.table('listings').put({ id: harbor.id, title: harbor.title, baseCurrency: harbor.baseCurrency, partyNames: [], createdAt: record.createdAt, updatedAt: record.updatedAt, revision: 7, dataVersion: 3, figures: null })
    await old.table('meta').put({ key: 'dataVersion', value: 3 })
    old.close()

    const db = await openCaseDatabase(name)
    expect(db.verno).toBe(SCHEMA_VERSION)
    const repository = new CaseRepository(db)
    expect(await repository.get(harbor.id)).toMatchObject({ revision: 7, updatedAt: record.updatedAt, file: harbor })
    expect(await repository.deletedCases()).toEqual([])
    await repository.remove(harbor.id)
    expect(await repository.deletedCases()).toHaveLength(1)
  })
})
