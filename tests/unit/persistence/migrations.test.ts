// Databases as every earlier schema of the app left them (raw Dexie with that schema's store
// definitions and row shapes), opened by the current code: the same cases, dates, revisions,
// export texts, case-list rows and Recently deleted come back, stored now as heads and chunks.
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { parseCaseFile, type CaseFile } from '@/domain'
import { CaseRepository, DATA_VERSION, SCHEMA_VERSION, openCaseDatabase, serializeCase, type CaseListing } from '@/persistence'
import { generateCase } from '../../support/generateCase'
import { exampleCase, freshName } from './helpers'

const harbor = exampleCase('harbor-tools')
const empty = { ...exampleCase('empty'), id: 'empty-one' }
// Large enough to be cut into many chunks.
const large = parseCaseFile(generateCase({ offers: 1_000, seed: 21 }))
const cases: CaseFile[] = [harbor, empty, large]

const dates = (index: number) => ({ createdAt: `2024-05-0${index + 1}T08:00:00.000Z`, updatedAt: `2024-06-0${index + 1}T09:30:00.000Z` })
const figures = { lossTotal: '1.00', latestRatio: '0.5000', level: 'likely' }

/** The store definitions of each released schema (db.ts, SCHEMA_VERSIONS), as they were. */
const STORES: Record<number, Record<string, string>> = {
  1: { cases: 'id, updatedAt', meta: 'key' },
  2: { cases: 'id, updatedAt', meta: 'key' },
  3: { cases: 'id, updatedAt', meta: 'key', listings: 'id' },
  4: { cases: 'id, updatedAt', meta: 'key', listings: 'id' },
  5: { cases: 'id, updatedAt', meta: 'key', listings: 'id', deleted: '++seq, id, deletedAt' },
}

/** The data version each schema wrote. */
const DATA: Record<number, number> = { 1: 1, 2: 2, 3: 2, 4: 3, 5: 3 }

/** A case's row as schema `schema` stored it. */
function oldRow(schema: number, file: CaseFile, index: number): object {
  const head = { id: file.id, ...dates(index) }
  if (schema === 1) return { ...head, file, schemaVersion: 1 }
  const revision = 3 + index
  if (schema <= 3) return { ...head, file, revision, dataVersion: 2 }
  return { ...head, fileText: JSON.stringify(file), revision, dataVersion: 3 }
}

/** Its row in the case list, from schema 3 on. */
function oldListing(schema: number, file: CaseFile, index: number): CaseListing {
  return {
    id: file.id,
    title: file.title,
    baseCurrency: file.baseCurrency,
    partyNames: file.parties.map((party) => party.name),
    ...dates(index),
    revision: 3 + index,
    dataVersion: DATA[schema]!,
    figures: index === 0 ? figures : null,
  } as CaseListing
}

async function oldDatabase(schema: number): Promise<string> {
  const name = freshName()
  const old = new Dexie(name)
  old.version(schema).stores(STORES[schema]!)
  await old.table('cases').bulkPut(cases.map((file, index) => oldRow(schema, file, index)))
  if (schema >= 3) await old.table('listings').bulkPut(cases.map((file, index) => oldListing(schema, file, index)))
  await old.table('meta').bulkPut([
    { key: 'dataVersion', value: DATA[schema] },
    { key: 'lastRevision:gone-case', value: 4 },
  ])
  if (schema >= 5) {
    const gone = { ...harbor, id: 'gone-case', title: 'Deleted before the upgrade' }
    const record = { id: gone.id, fileText: JSON.stringify(gone), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z', revision: 4, dataVersion: 3 }
    await old.table('deleted').add({ id: gone.id, title: gone.title, deletedAt: '2099-01-01T00:00:00.000Z', reason: 'deleted', record })
  }
  old.close()
  return name
}

describe.each([1, 2, 3, 4, 5])('a database left by schema %i', (schema) => {
  const revisionOf = (index: number) => (schema === 1 ? 1 : 3 + index)

  it('opens at the current schema with every case, date, revision and export text as it was', async () => {
    const name = await oldDatabase(schema)
    const db = await openCaseDatabase(name)
    expect(db.verno).toBe(SCHEMA_VERSION)
    const repository = new CaseRepository(db)
    for (const [index, file] of cases.entries()) {
      expect(await repository.get(file.id)).toEqual({ id: file.id, file, ...dates(index), revision: revisionOf(index), dataVersion: DATA_VERSION })
      expect(await repository.exportText(file.id)).toBe(serializeCase(file))
    }
    expect((await repository.list()).map((item) => item.id)).toEqual([large.id, empty.id, harbor.id])
    const backup = JSON.parse(await repository.exportBackup()) as { cases: CaseFile[] }
    expect(backup.cases).toEqual([large, empty, harbor])
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION })
    expect(await db.meta.get('lastRevision:gone-case')).toEqual({ key: 'lastRevision:gone-case', value: 4 })

    // Stored as heads and chunks: no case is kept whole any more, the large one in many chunks.
    const raw = (await db.cases.toCollection().raw().toArray()) as unknown as Record<string, unknown>[]
    expect(raw.map((row) => Object.keys(row).filter((key) => key === 'file' || key === 'fileText' || key === 'schemaVersion'))).toEqual([[], [], []])
    expect(await db.chunks.where('[caseId+chunk]').between([large.id, Dexie.minKey], [large.id, Dexie.maxKey]).count()).toBeGreaterThan(5)
    db.close()
  })

  it('keeps the case list rows (or makes them), and they match the cases', async () => {
    const name = await oldDatabase(schema)
    const repository = new CaseRepository(await openCaseDatabase(name))
    const expected = cases.map((file, index) => ({
      ...oldListing(schema, file, index),
      revision: revisionOf(index),
      dataVersion: DATA_VERSION,
      // Before schema 3 there were no rows: they are made without figures, worked out when first listed.
      figures: schema >= 3 && index === 0 ? figures : null,
      // Schema 3 stored the rows as this test wrote them.
    }))
    expect(await repository.listings()).toEqual(expected.slice().reverse())
  })

  it('is edited and saved like any case, the conflict check holding, and reads back the same after reopening', async () => {
    const name = await oldDatabase(schema)
    const db = await openCaseDatabase(name)
    const repository = new CaseRepository(db)
    const opened = (await repository.get(large.id))!
    const edited = { ...opened.file, offers: opened.file.offers.map((offer, index) => (index === 500 ? { ...offer, note: 'Edited after the upgrade' } : offer)) }
    await expect(repository.save(edited, { expectedRevision: revisionOf(2) - 1 })).rejects.toThrow()
    const saved = await repository.save(edited, { expectedRevision: revisionOf(2) })
    expect(saved.revision).toBe(revisionOf(2) + 1)
    db.close()
    const reopened = new CaseRepository(await openCaseDatabase(name))
    expect((await reopened.get(large.id))?.file).toEqual(edited)
    expect((await reopened.get(harbor.id))?.file).toEqual(harbor)
  })

  it.runIf(schema >= 5)('keeps Recently deleted, and puts a case back from it', async () => {
    const name = await oldDatabase(schema)
    const repository = new CaseRepository(await openCaseDatabase(name), { now: () => new Date('2099-01-05T00:00:00.000Z') })
    const [entry] = await repository.deletedCases()
    expect(entry).toMatchObject({ id: 'gone-case', title: 'Deleted before the upgrade', reason: 'deleted' })
    expect(await repository.restoreDeleted(entry!.seq)).toEqual({ id: 'gone-case', asCopy: false })
    expect((await repository.get('gone-case'))?.file).toEqual({ ...harbor, id: 'gone-case', title: 'Deleted before the upgrade' })
  })
})
