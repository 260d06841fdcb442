// Each stored case's row in the case list: written with the case, read by the case
// list straight from IndexedDB (without Dexie or the engine), and the same rows the
// repository lists; a database the reader does not expect is left to the repository.
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { DATA_VERSION, NewerDataError, SCHEMA_VERSION, readCaseList, type CaseListing } from '@/persistence'
import { exampleCase, freshName, freshRepository } from './helpers'

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '')
}

describe('the case list read straight from the database', () => {
  it('is empty when there is no database, and creates none', async () => {
    const name = freshName()
    expect(await readCaseList(name)).toEqual([])
    expect(await databaseNames()).not.toContain(name)
  })

  it('gives the rows the repository lists, newest first, each with the figures the list shows', async () => {
    const { name, db, repository } = await freshRepository()
    await repository.save(exampleCase('harbor-tools'))
    await repository.save(exampleCase('kowloon-vanished'))
    await repository.create('Acme v. Widget Co.', 'JPY')
    const rows = await readCaseList(name)
    expect(rows).toEqual(await repository.listings())
    expect(rows?.map((row) => row.title)).toEqual(['Acme v. Widget Co.', exampleCase('kowloon-vanished').title, exampleCase('harbor-tools').title])
    expect(rows?.[2]).toMatchObject({ baseCurrency: 'USD', revision: 1, figures: { lossTotal: '90418.83', latestRatio: '0.7680', level: 'likely' } })
    expect(rows?.[0]?.figures).toEqual({ lossTotal: '0', latestRatio: null, level: null })
    db.close()
  })

  it('leaves a database of an older schema to the repository, untouched', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(2).stores({ cases: 'id, updatedAt', meta: 'key' })
    await old.table('meta').put({ key: 'dataVersion', value: 2 })
    old.close()
    expect(await readCaseList(name)).toBeNull()
    const after = new Dexie(name)
    await after.open()
    expect(after.verno).toBe(2)
    after.close()
  })

  it('refuses data written by a newer app: a newer schema, data version or row', async () => {
    const newerSchema = freshName()
    const newer = new Dexie(newerSchema)
    newer.version(SCHEMA_VERSION + 1).stores({ cases: 'id', meta: 'key', listings: 'id' })
    await newer.open()
    newer.close()
    await expect(readCaseList(newerSchema)).rejects.toBeInstanceOf(NewerDataError)

    const { name, db, repository } = await freshRepository()
    const saved = await repository.save(exampleCase('empty'))
    await db.listings.put({ ...((await db.listings.get(saved.id)) as CaseListing), dataVersion: DATA_VERSION + 1 })
    await expect(readCaseList(name)).rejects.toBeInstanceOf(NewerDataError)
    await db.meta.put({ key: 'dataVersion', value: DATA_VERSION + 1 })
    await expect(readCaseList(name)).rejects.toBeInstanceOf(NewerDataError)
    db.close()
  })
})

describe('a case’s row in the list', () => {
  it('follows every write: rename, duplicate, delete and its undo, import', async () => {
    const { db, repository } = await freshRepository()
    const harbor = exampleCase('harbor-tools')
    await repository.importCase(harbor)
    await repository.rename(harbor.id, 'Harbor Tools, renamed')
    const copy = await repository.duplicate(harbor.id)
    const removed = await repository.remove(harbor.id)
    const rows = () => repository.listings().then((list) => list.map((row) => [row.id, row.title, row.revision]))
    expect(await rows()).toEqual([[copy.id, 'Harbor Tools, renamed (copy)', 1]])
    await repository.restoreRecord(removed)
    expect((await rows()).sort()).toEqual([
      [copy.id, 'Harbor Tools, renamed (copy)', 1],
      [harbor.id, 'Harbor Tools, renamed', 3],
    ].sort())
    // Each row is the case's: the same revision and dates.
    for (const row of await repository.listings()) expect(row).toMatchObject({ updatedAt: (await db.cases.get(row.id))?.updatedAt, revision: (await db.cases.get(row.id))?.revision })
    db.close()
  })

  it('takes the figures a save hands in (the open case’s summary) rather than summarizing again', async () => {
    const { db, repository } = await freshRepository()
    const figures = { lossTotal: '1.00', latestRatio: null, level: null }
    await repository.save(exampleCase('harbor-tools'), { figures })
    expect((await repository.listings())[0]?.figures).toEqual(figures)
    db.close()
  })
})

describe('reading a case back', () => {
  it('does not copy the case out of storage again while it is the revision last read or written', async () => {
    const { name, db, repository } = await freshRepository()
    const saved = await repository.save(exampleCase('harbor-tools'))
    expect(await repository.get(saved.id)).toBe(saved)
    // Another tab (another repository) writes the next revision: this one reads it.
    const { CaseRepository, openCaseDatabase } = await import('@/persistence')
    const other = new CaseRepository(await openCaseDatabase(name))
    const theirs = await other.save({ ...exampleCase('harbor-tools'), title: 'Theirs' }, { expectedRevision: saved.revision })
    const read = await repository.get(saved.id)
    expect(read).not.toBe(saved)
    expect(read).toEqual(theirs)
    db.close()
  })
})
