// What every repository operation is built on: the database, transactions, and
// writing a case as its next revision together with its row in the case list.
import { listingFigures, sharedSummarizer, type CaseFile, type ListingFigures } from '@/domain'
import { DATA_VERSION, type CaseDatabase } from './db'
import { listingOf } from './listings'
import type { CaseListing, CaseRecord } from './records'
import type { CaseRepositoryOptions } from './repositoryTypes'
import { validCase } from './caseData'
import { englishCopyTitle, lastRevisionKey, randomCaseId, readable, storageFailure, type CaseTable, type Tables } from './storedCases'

/** What a write needs of the case stored before it: its revision and when it was created. */
export type StoredHead = Pick<CaseRecord, 'revision' | 'createdAt'>

export abstract class CaseStore {
  protected readonly database: Promise<CaseDatabase>
  protected readonly now: () => Date
  protected readonly newId: () => string
  protected readonly copyTitle: (title: string) => string
  /** The last records written or read, by id: read again at the same revision, a case is not copied out of storage again. */
  private readonly recent = new Map<string, CaseRecord>()

  /**
   * Takes the database or the promise of `openCaseDatabase()`, so the app can
   * build the repository at once; when opening failed (say, NewerDataError),
   * every operation fails with that error.
   */
  constructor(db: CaseDatabase | Promise<CaseDatabase>, options: CaseRepositoryOptions = {}) {
    this.database = Promise.resolve(db)
    // Not an unhandled rejection: each operation reports it when it awaits the database.
    this.database.catch(() => undefined)
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? randomCaseId
    this.copyTitle = options.copyTitle ?? englishCopyTitle
  }

  /** The record as last written or read here, if the stored one is still that revision. */
  protected remembered(id: string, revision: number | undefined): CaseRecord | undefined {
    const record = this.recent.get(id)
    return record && record.revision === revision ? record : undefined
  }

  protected remember(record: CaseRecord): CaseRecord {
    this.recent.delete(record.id)
    this.recent.set(record.id, record)
    // A few cases are enough: the open one, and the one just imported or listed.
    for (const id of this.recent.keys()) if (this.recent.size > 3) this.recent.delete(id)
    return record
  }

  protected forget(id: string): void {
    this.recent.delete(id)
  }

  /** The stored case's head, from its row in the list (small) rather than the case itself; undefined when none is stored. */
  protected async headOf(tables: Tables, id: string): Promise<StoredHead | undefined> {
    const listing = await tables.listings.get(id)
    if (listing) return readable(listing)
    const record = await tables.cases.get(id)
    return record && readable(record)
  }

  /**
   * Writes `file` as the next revision of `existing` (the case now stored under its id, if any),
   * with its row in the case list; call inside a write transaction. `dates` keeps a restored
   * record's own dates; `figures` are the list's figures when the caller has them already.
   */
  protected async store(
    { cases, meta, listings, written }: Tables,
    file: CaseFile,
    existing?: StoredHead,
    dates?: { createdAt: string; updatedAt: string },
    figures?: ListingFigures,
  ): Promise<CaseRecord> {
    let previous = existing?.revision
    if (previous === undefined) {
      const deleted = (await meta.get(lastRevisionKey(file.id)))?.value
      previous = typeof deleted === 'number' ? deleted : 0
      await meta.delete(lastRevisionKey(file.id))
    }
    const now = this.now().toISOString()
    const record: CaseRecord = {
      id: file.id,
      file,
      createdAt: dates?.createdAt ?? existing?.createdAt ?? now,
      updatedAt: dates?.updatedAt ?? now,
      revision: previous + 1,
      dataVersion: DATA_VERSION,
    }
    // Only the chunks that changed since the revision it replaces, when that one is known here.
    await cases.put(record, existing && this.remembered(file.id, existing.revision)?.file)
    await listings.put(listingOf(record, figures ?? listingFigures(sharedSummarizer(file), file.baseCurrency)))
    written.push(record)
    return record
  }

  protected async records(): Promise<CaseRecord[]> {
    const records = await this.run((cases) => cases.newestFirst())
    return records.map(readable)
  }

  protected async listingRows(): Promise<CaseListing[]> {
    const db = await this.database.catch((error: unknown) => {
      throw storageFailure(error)
    })
    try {
      return (await db.listings.orderBy(':id').toArray()).map(readable)
    } catch (error) {
      throw storageFailure(error)
    }
  }

  protected asCopy(file: CaseFile, copyTitle: (title: string) => string = this.copyTitle): CaseFile {
    return validCase({ ...file, title: copyTitle(file.title) })
  }

  /** Adds the case under `firstChoice` or, when that is taken, another fresh id; call inside a write transaction. */
  protected async addWithFreshId(tables: Tables, file: CaseFile, firstChoice = this.newId()): Promise<CaseRecord> {
    let id = firstChoice
    // A clash is all but impossible with random ids, but an injected generator may repeat.
    for (let attempt = 1; (await tables.cases.get(id)) !== undefined; attempt++) {
      if (attempt > 10) throw new Error('The app could not give the new case an id of its own. Nothing was saved; try again.')
      id = this.newId()
    }
    return this.store(tables, validCase({ ...file, id }))
  }

  /** A read-only transaction on the stored cases, so each is read whole, as one revision. */
  protected async run<T>(operation: (cases: CaseTable) => PromiseLike<T>): Promise<T> {
    try {
      const db = await this.database
      return await db.transaction('r', [db.cases, db.chunks], () => operation(db.caseRows()))
    } catch (error) {
      throw storageFailure(error)
    }
  }

  /** A read-write transaction on the cases, their rows in the list, Recently deleted and `meta`: all of `operation` is stored, or none. */
  protected async write<T>(operation: (tables: Tables) => Promise<T>): Promise<T> {
    const written: CaseRecord[] = []
    let result: T
    try {
      const db = await this.database
      result = await db.transaction('rw', [db.cases, db.chunks, db.meta, db.listings, db.deleted], () =>
        operation({ cases: db.caseRows(), meta: db.meta, listings: db.listings, deleted: db.deleted, written }),
      )
    } catch (error) {
      throw storageFailure(error)
    }
    // Only what was committed is remembered.
    for (const record of written) this.remember(record)
    return result
  }
}
