// What an autosave writes (schema 6, src/persistence/chunks.ts): the head and the chunks that
// changed, counted at Dexie's lowest level (a DBCore middleware sees every row written or deleted).
import 'fake-indexeddb/auto'
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie'
import { describe, expect, it } from 'vitest'
import { parseCaseFile, type CaseFile } from '@/domain'
import { CaseDatabase, CaseRepository, openCaseDatabase } from '@/persistence'
import { generateCase } from '../../support/generateCase'
import { freshName, steppingClock } from './helpers'

const large = parseCaseFile(generateCase({ offers: 5_000, seed: 3 }))

interface Written {
  rows: Record<string, number>
  bytes: Record<string, number>
  deleted: Record<string, number>
  chunkTexts: string[]
}

/** A database whose every write is counted, per table: rows put, their text's length, rows deleted. */
async function countedDatabase(name = freshName()) {
  const written: Written = { rows: {}, bytes: {}, deleted: {}, chunkTexts: [] }
  const db = new CaseDatabase(name)
  db.use({
    stack: 'dbcore',
    name: 'countWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (table) => {
        const inner = down.table(table)
        return {
          ...inner,
          mutate: (request: DBCoreMutateRequest) => {
            if (request.type === 'put' || request.type === 'add') {
              written.rows[table] = (written.rows[table] ?? 0) + request.values.length
              written.bytes[table] = (written.bytes[table] ?? 0) + request.values.reduce((total: number, value) => total + JSON.stringify(value).length, 0)
              if (table === 'chunks') written.chunkTexts.push(...request.values.map((value) => (value as { recordsText: string }).recordsText))
            } else written.deleted[table] = (written.deleted[table] ?? 0) + (request.type === 'delete' ? request.keys.length : 1)
            return inner.mutate(request)
          },
        }
      },
    }),
  })
  await db.open()
  const reset = () => {
    written.rows = {}
    written.bytes = {}
    written.deleted = {}
    written.chunkTexts = []
  }
  return { name, db, written, reset, repository: new CaseRepository(db, { now: steppingClock() }) }
}

const chunksOf = (db: CaseDatabase, id: string) => db.chunks.where('[caseId+chunk]').between([id, Dexie.minKey], [id, Dexie.maxKey])

function withOffer(file: CaseFile, index: number, note: string): CaseFile {
  return { ...file, offers: file.offers.map((offer, at) => (at === index ? { ...offer, note } : offer)) }
}

describe('an autosave of a large case', () => {
  it('writes the head and the one chunk holding the edited offer, and rewrites no unchanged chunk', async () => {
    const { db, written, reset, repository } = await countedDatabase()
    const first = await repository.save(large, { expectedRevision: null })
    const stored = await chunksOf(db, large.id).count()
    expect(stored).toBeGreaterThan(40)
    expect(written.rows.chunks).toBe(stored)
    const wholeBytes = written.bytes.chunks!

    reset()
    const edited = withOffer(large, 2_500, 'One offer edited')
    const saved = await repository.save(edited, { expectedRevision: first.revision })
    expect(written.rows).toEqual({ cases: 1, chunks: 1, listings: 1 })
    expect(written.deleted).toEqual({})
    expect(written.chunkTexts[0]).toContain('One offer edited')
    expect(written.chunkTexts[0]).toContain(`"id":"${large.offers[2_500]!.id}"`)
    expect(written.bytes.chunks!).toBeLessThan(wholeBytes / 20)

    // Saved again unchanged (say, a title typed back): the head only.
    reset()
    await repository.save({ ...edited, title: `${edited.title} again` }, { expectedRevision: saved.revision })
    expect(written.rows).toEqual({ cases: 1, listings: 1 })

    expect((await repository.get(large.id))?.file).toEqual({ ...edited, title: `${edited.title} again` })
  })

  it('writes the chunk an offer is added to or removed from, and no other', async () => {
    const { written, reset, repository } = await countedDatabase()
    let record = await repository.save(large)
    reset()
    const added = { ...large, offers: [...large.offers, { ...large.offers.at(-1)!, id: 'offer-added-last' }] }
    record = await repository.save(added, { expectedRevision: record.revision })
    expect(written.rows.chunks).toBeLessThanOrEqual(2)
    reset()
    // An offer from the middle that no other record names.
    const text = JSON.stringify(added)
    const gone = added.offers.findIndex((offer, index) => index >= 1_000 && text.split(`"${offer.id}"`).length === 2)
    const removed = { ...added, offers: added.offers.filter((_, index) => index !== gone) }
    await repository.save(removed, { expectedRevision: record.revision })
    expect((written.rows.chunks ?? 0) + (written.deleted.chunks ?? 0)).toBeLessThanOrEqual(3)
    expect((await repository.get(large.id))?.file).toEqual(removed)
  })

  it('writes only what changed after the case is read back in another session', async () => {
    const { name, db } = await countedDatabase()
    await new CaseRepository(db).save(large)
    db.close()
    const later = await countedDatabase(name)
    const opened = (await later.repository.get(large.id))!
    expect(opened.file).toEqual(large)
    later.reset()
    await later.repository.save(withOffer(opened.file, 10, 'Edited later'), { expectedRevision: opened.revision })
    expect(later.written.rows).toEqual({ cases: 1, chunks: 1, listings: 1 })
  })

  it('replaces every chunk when it does not know what is stored, leaving none behind', async () => {
    const { name, db, repository } = await countedDatabase()
    const first = await repository.save(large)
    // Another tab, which never read this case, stores a much smaller version of it over it.
    const other = new CaseRepository(await openCaseDatabase(name))
    const small = parseCaseFile({ ...generateCase({ offers: 100, seed: 4 }), id: large.id })
    await other.save(small, { expectedRevision: first.revision })
    // Exactly the chunks its head names.
    const head = (await db.cases.get(large.id))!
    const named = head.lists.flatMap((list) => (JSON.parse(head.headText) as Record<string, string[]>)[list]!)
    expect((await chunksOf(db, large.id).primaryKeys()).map(([, chunk]) => chunk).sort()).toEqual(named.sort())
    expect(named.length).toBeLessThan(20)
    expect((await repository.get(large.id))?.file).toEqual(small)
  })

  it('deletes its chunks with it, and a restore from Recently deleted brings them back', async () => {
    const { db, repository } = await countedDatabase()
    await repository.save(large)
    await repository.remove(large.id)
    expect(await chunksOf(db, large.id).count()).toBe(0)
    expect(await db.cases.count()).toBe(0)
    const [entry] = await repository.deletedCases()
    await repository.restoreDeleted(entry!.seq)
    expect((await repository.get(large.id))?.file).toEqual(large)
  })
})
