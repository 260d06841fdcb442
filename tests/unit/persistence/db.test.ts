import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CaseRepository,
  DATA_VERSION,
  NewerDataError,
  SCHEMA_VERSION,
  SaveConflictError,
  openCaseDatabase,
  serializeCase,
  type CaseRecord,
} from '@/persistence'
import { exampleCase, freshName, freshRepository } from './helpers'

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}

/** The database as it is in the browser, opened without declaring any schema. */
async function installed(name: string): Promise<{ version: number; tables: string[]; dexie: Dexie }> {
  const dexie = new Dexie(name)
  await dexie.open()
  return { version: dexie.backendDB().version, tables: dexie.tables.map((table) => table.name).sort(), dexie }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the database', () => {
  it('starts at schema version 6 and records its data version', async () => {
    const { name, db } = await freshRepository()
    expect(SCHEMA_VERSION).toBe(6)
    expect(db.verno).toBe(6)
    expect(DATA_VERSION).toBe(3)
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION })
    db.close()
    const { version, tables, dexie } = await installed(name)
    expect(version).toBe(60) // Dexie stores version n as 10n
    expect(tables).toEqual(['cases', 'chunks', 'deleted', 'listings', 'meta'])
    dexie.close()
  })

  it('keeps cases between openings', async () => {
    const { name, db, repository } = await freshRepository()
    const saved = await repository.save(exampleCase('harbor-tools'))
    db.close()
    const reopened = new CaseRepository(await openCaseDatabase(name))
    expect(await reopened.get(saved.id)).toEqual(saved)
  })
})

describe('data from a newer version of the app', () => {
  it('is refused, untouched, when the database has a higher schema version', async () => {
    const name = freshName()
    const newer = new Dexie(name)
    newer.version(99).stores({ cases: 'id, updatedAt, *words', meta: 'key', tags: 'id' })
    await newer.table('cases').put({ id: 'from-the-future', file: { shape: 'unknown to us' }, dataVersion: 7 })
    await newer.table('meta').put({ key: 'dataVersion', value: 7 })
    newer.close()

    const error = await rejection(openCaseDatabase(name))
    expect(error).toBeInstanceOf(NewerDataError)
    expect((error as NewerDataError).found).toBe(99)
    expect((error as Error).message).toMatch(/newer version of this app.*Update the app/)

    const after = await installed(name)
    expect(after.version).toBe(990)
    expect(after.tables).toEqual(['cases', 'meta', 'tags'])
    expect(await after.dexie.table('cases').toArray()).toEqual([
      { id: 'from-the-future', file: { shape: 'unknown to us' }, dataVersion: 7 },
    ])
    after.dexie.close()
  })

  it('is refused when the stored data version is higher', async () => {
    const { name, db } = await freshRepository()
    await db.meta.put({ key: 'dataVersion', value: DATA_VERSION + 1 })
    db.close()

    const error = await rejection(openCaseDatabase(name))
    expect(error).toBeInstanceOf(NewerDataError)
    expect((error as NewerDataError).found).toBe(DATA_VERSION + 1)
    // A repository built on the failed opening reports the same refusal on every use.
    const repository = new CaseRepository(openCaseDatabase(name))
    expect(await rejection(repository.list())).toBeInstanceOf(NewerDataError)
    expect(await rejection(repository.save(exampleCase('empty')))).toBeInstanceOf(NewerDataError)
  })

  it('is refused when another tab upgrades the database while this one is open', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { name, repository } = await freshRepository()
    await repository.save(exampleCase('empty'))

    const newer = new Dexie(name)
    newer.version(SCHEMA_VERSION + 1).stores({ cases: 'id, updatedAt', meta: 'key' })
    await newer.open() // our connection closes to let the upgrade through
    newer.close()

    expect(await rejection(repository.list())).toBeInstanceOf(NewerDataError)
    expect(await rejection(repository.save(exampleCase('empty')))).toBeInstanceOf(NewerDataError)
  })

  it('opens a case stored before the rule on invisible characters, without them, so it saves and exports again', async () => {
    const { db, repository } = await freshRepository()
    const harbor = exampleCase('harbor-tools')
    const saved = await repository.save(harbor)
    // As an app before the rule stored it: a right-to-left override in a name, a lone carriage return in a note.
    const parties = harbor.parties.map((party, i) => (i === 0 ? { ...party, name: `${party.name}\u202E`, note: 'line one\rline two' } : party))
    const older: CaseRecord = { ...saved, revision: saved.revision + 1, file: { ...harbor, parties } }
    await db.cases.put(older as unknown as Parameters<typeof db.cases.put>[0])
    await db.listings.put({ ...(await db.listings.get(saved.id))!, revision: older.revision })

    const opened = await repository.get(saved.id)
    expect(opened?.file.parties[0]).toMatchObject({ name: harbor.parties[0]!.name, note: 'line one\nline two' })
    const stored = await repository.save({ ...opened!.file, title: 'Renamed' }, { expectedRevision: opened!.revision })
    expect(stored.file.parties[0]?.name).toBe(harbor.parties[0]!.name)
  })

  it('refuses a single record written by a newer app instead of misreading it', async () => {
    const { db, repository } = await freshRepository()
    const saved = await repository.save(exampleCase('empty'))
    // As a newer app writes it: the case and its row in the case list.
    const newer: CaseRecord = { ...saved, revision: saved.revision + 1, dataVersion: DATA_VERSION + 1 }
    // Whatever shape a newer app stores; this one keeps the case as objects.
    await db.cases.put(newer as unknown as Parameters<typeof db.cases.put>[0])
    await db.listings.put({ ...(await db.listings.get(saved.id))!, revision: newer.revision, dataVersion: newer.dataVersion })

    expect(await rejection(repository.get(saved.id))).toBeInstanceOf(NewerDataError)
    expect(await rejection(repository.list())).toBeInstanceOf(NewerDataError)
    expect(await rejection(repository.save(exampleCase('empty')))).toBeInstanceOf(NewerDataError)
    expect(await rejection(repository.listings())).toBeInstanceOf(NewerDataError)
    expect(await db.cases.get(saved.id)).toEqual(newer)
  })
})

describe('a database written by an older version of the app', () => {
  /** A browser as version 1 of the app left it: schema 1, data version 1, records dated by the clock only. */
  async function versionOneDatabase(records: object[]): Promise<string> {
    const name = freshName()
    const old = new Dexie(name)
    old.version(1).stores({ cases: 'id, updatedAt', meta: 'key' })
    await old.table('cases').bulkPut(records)
    await old.table('meta').put({ key: 'dataVersion', value: 1 })
    old.close()
    return name
  }

  const harbor = exampleCase('harbor-tools')
  const oldRecord = {
    id: harbor.id,
    file: harbor,
    createdAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-03T09:30:00.000Z',
    schemaVersion: 1,
  }

  it('is brought forward: every record gets a revision and a data version, and keeps its case and dates', async () => {
    const name = await versionOneDatabase([oldRecord, { ...oldRecord, id: 'empty-one', file: { ...exampleCase('empty'), id: 'empty-one' } }])
    const db = await openCaseDatabase(name)
    const repository = new CaseRepository(db)
    expect(await repository.get(harbor.id)).toEqual({
      id: harbor.id,
      file: harbor,
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-03T09:30:00.000Z',
      revision: 1,
      dataVersion: DATA_VERSION,
    })
    expect((await repository.list()).map((item) => [item.id, item.revision])).toEqual([
      [harbor.id, 1],
      ['empty-one', 1],
    ])
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION })

    // The migrated case is edited like any other: a save names the revision it replaces.
    const saved = await repository.save({ ...harbor, title: 'Edited after the upgrade' }, { expectedRevision: 1 })
    expect(saved).toMatchObject({ revision: 2, dataVersion: DATA_VERSION, createdAt: '2024-05-01T08:00:00.000Z' })
    db.close()

    const { version, dexie } = await installed(name)
    expect(version).toBe(SCHEMA_VERSION * 10)
    const raw = (await dexie.table('cases').get(harbor.id)) as Record<string, unknown>
    expect(raw).not.toHaveProperty('schemaVersion')
    expect(raw).not.toHaveProperty('file')
    dexie.close()
  })

  it('gets a row in the case list for every case, its figures worked out when the list first shows it', async () => {
    const name = await versionOneDatabase([oldRecord])
    const db = await openCaseDatabase(name)
    const repository = new CaseRepository(db)
    expect(await repository.listings()).toEqual([
      {
        id: harbor.id,
        title: harbor.title,
        baseCurrency: 'USD',
        partyNames: harbor.parties.map((party) => party.name),
        createdAt: oldRecord.createdAt,
        updatedAt: oldRecord.updatedAt,
        revision: 1,
        dataVersion: DATA_VERSION,
        figures: null,
      },
    ])
    expect((await repository.fillListing(harbor.id))?.figures).toEqual({ lossTotal: '90418.83', latestRatio: '0.7680', level: 'likely' })
    expect((await repository.listings())[0]?.figures?.lossTotal).toBe('90418.83')
    db.close()
  })

  it('still refuses, unread, a record an unknown newer app wrote into it', async () => {
    const name = await versionOneDatabase([{ ...oldRecord, schemaVersion: 7 }])
    const repository = new CaseRepository(await openCaseDatabase(name))
    const error = await rejection(repository.get(harbor.id))
    expect(error).toBeInstanceOf(NewerDataError)
    expect((error as NewerDataError).found).toBe(7)
  })
})

describe('a database written under schema 3 (cases stored as objects)', () => {
  const harbor = exampleCase('harbor-tools')
  const record = { id: harbor.id, file: harbor, createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-03T09:30:00.000Z', revision: 7, dataVersion: 2 }

  /** A browser as schema 3 of the app left it: the case, its row in the list (with figures), data version 2. */
  async function versionThreeDatabase(records: object[]): Promise<string> {
    const name = freshName()
    const old = new Dexie(name)
    old.version(3).stores({ cases: 'id, updatedAt', meta: 'key', listings: 'id' })
    await old.table('cases').bulkPut(records)
    await old.table('listings').bulkPut(
      records.map((row) => {
        const { id, file, createdAt, updatedAt, revision, dataVersion } = row as typeof record
        return { id, title: file.title, baseCurrency: file.baseCurrency, partyNames: [], createdAt, updatedAt, revision, dataVersion, figures: null }
      }),
    )
    await old.table('meta').bulkPut([
      { key: 'dataVersion', value: 2 },
      { key: 'lastRevision:gone-case', value: 3 },
    ])
    old.close()
    return name
  }

  it('is brought forward losing nothing: every case, its dates, revision, export text and row in the list', async () => {
    const empty = { ...exampleCase('empty'), id: 'empty-one' }
    const name = await versionThreeDatabase([record, { ...record, id: 'empty-one', file: empty, revision: 1 }])
    const db = await openCaseDatabase(name)
    const repository = new CaseRepository(db)
    expect(await repository.get(harbor.id)).toEqual({ ...record, dataVersion: DATA_VERSION })
    expect((await repository.get('empty-one'))?.file).toEqual(empty)
    expect(await repository.exportText(harbor.id)).toBe(serializeCase(harbor))
    expect((await repository.listings()).map((row) => [row.id, row.revision, row.dataVersion]).sort()).toEqual([
      ['empty-one', 1, DATA_VERSION],
      [harbor.id, 7, DATA_VERSION],
    ])
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION })
    expect(await db.meta.get('lastRevision:gone-case')).toEqual({ key: 'lastRevision:gone-case', value: 3 })

    // Stored as a head and its chunks now (schema 6), and saved under the revision it had: another
    // tab's conflict check still holds.
    const raw = (await db.cases.toCollection().raw().first()) as unknown as Record<string, unknown>
    expect(raw).not.toHaveProperty('file')
    expect(raw).not.toHaveProperty('fileText')
    expect(JSON.parse(raw.headText as string)).toMatchObject({ id: raw.id })
    expect(await db.chunks.count()).toBeGreaterThan(0)
    expect(await rejection(repository.save({ ...harbor, title: 'Stale tab' }, { expectedRevision: 6 }))).toBeInstanceOf(SaveConflictError)
    const saved = await repository.save({ ...harbor, title: 'Edited after the upgrade' }, { expectedRevision: 7 })
    expect(saved).toMatchObject({ revision: 8, dataVersion: DATA_VERSION, createdAt: record.createdAt })
    db.close()

    const reopened = new CaseRepository(await openCaseDatabase(name))
    expect((await reopened.get(harbor.id))?.file).toEqual({ ...harbor, title: 'Edited after the upgrade' })
    expect(await reopened.exportBackup()).toContain('"title": "Edited after the upgrade"')
  })

  it('still refuses, unread, a record an unknown newer app wrote into it', async () => {
    const name = await versionThreeDatabase([{ ...record, dataVersion: 9 }])
    const repository = new CaseRepository(await openCaseDatabase(name))
    const error = await rejection(repository.get(harbor.id))
    expect(error).toBeInstanceOf(NewerDataError)
    expect((error as NewerDataError).found).toBe(9)
  })
})
