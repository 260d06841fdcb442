// Loading and saving whole cases, import and export, backup and restore.
// Every write validates first and runs in one transaction, so a failure
// leaves what is stored exactly as it was.
import { CURRENT_VERSION, FORMAT, markValid, parseCaseFileText, type CaseFile } from '@/domain'
import { parseBackupText, serializeBackup } from './backup'
import { DATA_VERSION, openCaseDatabase, type CaseDatabase } from './db'
import type { CaseRecord } from './records'
import { ImportConflictError, RestoreOutdatedError, SaveConflictError } from './errors'
import { sameCase, serializeCase, validCase } from './caseData'
import type { CaseListItem, CaseRepositoryOptions, ImportConflictChoice, ImportResult, RestorePlan, RestoreResult } from './repositoryTypes'
import {
  englishCopyTitle,
  instantOr,
  lastRevisionKey,
  randomCaseId,
  readable,
  required,
  storageFailure,
  type CaseTable,
  type Tables,
} from './storedCases'

export type { CaseListItem, CaseRepositoryOptions, ImportConflictChoice, ImportResult, RestorePlan, RestoreResult }
export { randomCaseId }

export class CaseRepository {
  private readonly database: Promise<CaseDatabase>
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly copyTitle: (title: string) => string

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

  /** Every stored case, most recently changed first. */
  async list(): Promise<CaseListItem[]> {
    return (await this.records()).map((record) => ({ ...record, title: record.file.title }))
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const record = await this.run((cases) => cases.get(id))
    // Every write checks what it stores, so a case read back counts as checked (editCheck.ts).
    if (record) markValid(readable(record).file)
    return record
  }

  /**
   * Stores the case under its id, after checking it; throws CaseFileError and stores nothing when it is not valid.
   * With `expectedRevision`, the stored case must still be the revision the caller last read or wrote
   * (null: not stored), else SaveConflictError: two tabs never silently overwrite each other.
   */
  async save(file: CaseFile, options: { expectedRevision?: number | null } = {}): Promise<CaseRecord> {
    const valid = validCase(file)
    return this.write(async (tables) => {
      const existing = await tables.cases.get(valid.id)
      if (existing) readable(existing)
      if (options.expectedRevision !== undefined && (existing?.revision ?? null) !== options.expectedRevision)
        throw new SaveConflictError(valid.id, existing?.revision ?? null)
      return this.store(tables, valid, existing)
    })
  }

  /** A new, empty case; throws CaseFileError when the title or currency is not acceptable. */
  async create(title: string, baseCurrency: string): Promise<CaseRecord> {
    const file = validCase({ format: FORMAT, version: CURRENT_VERSION, id: this.newId(), title: title.trim(), baseCurrency })
    return this.write((tables) => this.addWithFreshId(tables, file, file.id))
  }

  /** A copy of a stored case under a new id, titled as a copy. */
  async duplicate(id: string): Promise<CaseRecord> {
    return this.write(async (tables) => {
      const original = readable(await required(tables.cases, id))
      return this.addWithFreshId(tables, this.asCopy(original.file))
    })
  }

  async rename(id: string, title: string): Promise<CaseRecord> {
    return this.write(async (tables) => {
      const existing = readable(await required(tables.cases, id))
      return this.store(tables, validCase({ ...existing.file, title: title.trim() }), existing)
    })
  }

  /** Deletes a case and returns it, so that the app can offer to undo with `restoreRecord`. */
  async remove(id: string): Promise<CaseRecord> {
    return this.write(async ({ cases, meta }) => {
      const existing = readable(await required(cases, id))
      await cases.delete(id)
      // Whatever is stored under this id next carries on from this count (see CaseRecord.revision).
      await meta.put({ key: lastRevisionKey(id), value: existing.revision })
      return existing
    })
  }

  /**
   * Puts back a removed case as it was, dates included, as a new revision: a tab that still
   * holds it with an edit pending then conflicts instead of writing over it. Throws
   * ImportConflictError rather than overwrite a different case stored since under its id.
   */
  async restoreRecord(removed: CaseRecord): Promise<CaseRecord> {
    const file = validCase(removed.file)
    const now = this.now().toISOString()
    const dates = { createdAt: instantOr(removed.createdAt, now), updatedAt: instantOr(removed.updatedAt, now) }
    return this.write(async (tables) => {
      const existing = await tables.cases.get(file.id)
      if (existing) {
        if (sameCase(readable(existing).file, file)) return existing
        throw new ImportConflictError(file, existing)
      }
      return this.store(tables, file, undefined, dates)
    })
  }

  /**
   * Imports a case file's text. Throws CaseFileError (with every problem) when
   * it is not a valid case, and ImportConflictError when a different case with
   * its id is stored and `onConflict` is 'ask' (the default); nothing is written then.
   */
  async importText(text: string, options: { onConflict?: ImportConflictChoice } = {}): Promise<ImportResult> {
    return this.importCase(parseCaseFileText(text), options)
  }

  /** As importText, for a case already read (e.g. the `incoming` of an ImportConflictError). */
  async importCase(file: CaseFile, options: { onConflict?: ImportConflictChoice } = {}): Promise<ImportResult> {
    const incoming = validCase(file)
    const onConflict = options.onConflict ?? 'ask'
    return this.write(async (tables): Promise<ImportResult> => {
      const existing = await tables.cases.get(incoming.id)
      if (!existing) {
        const record = await this.store(tables, incoming)
        return { outcome: 'added', id: record.id, record }
      }
      readable(existing)
      if (sameCase(existing.file, incoming)) return { outcome: 'unchanged', id: existing.id, record: existing }
      if (onConflict === 'replace') {
        const record = await this.store(tables, incoming, existing)
        return { outcome: 'replaced', id: record.id, record }
      }
      if (onConflict === 'copy') {
        const record = await this.addWithFreshId(tables, this.asCopy(incoming))
        return { outcome: 'copied', id: record.id, record }
      }
      throw new ImportConflictError(incoming, existing)
    })
  }

  /** The case file's text: the normalized case, 2-space indented, ending in a newline. */
  async exportText(id: string): Promise<string> {
    const record = await this.run((cases) => required(cases, id))
    return serializeCase(readable(record).file)
  }

  /** Every stored case in one backup text, most recently changed first. */
  async exportBackup(): Promise<string> {
    const records = await this.records()
    return serializeBackup(
      records.map((record) => record.file),
      this.now(),
    )
  }

  /**
   * Reads a backup and works out what restoring it would do. Throws
   * BackupFileError with every problem in every case; writes nothing either way.
   */
  async planRestore(text: string): Promise<RestorePlan> {
    const backup = parseBackupText(text)
    const stored = await this.list()
    const byId = new Map(stored.map((item) => [item.id, item]))
    const inBackup = new Set(backup.cases.map((file) => file.id))
    const plan: RestorePlan = {
      exportedAt: backup.exportedAt,
      add: [],
      replace: [],
      unchanged: [],
      notInBackup: stored.filter((item) => !inBackup.has(item.id)),
    }
    for (const incoming of backup.cases) {
      const existing = byId.get(incoming.id)
      if (!existing) plan.add.push(incoming)
      else if (sameCase(existing.file, incoming)) plan.unchanged.push(incoming)
      else plan.replace.push({ incoming, existing })
    }
    return plan
  }

  /**
   * Carries out a plan in one transaction: all of it, or, when a case changed
   * since the plan was made (RestoreOutdatedError) or anything fails, none of it.
   */
  async applyRestore(plan: RestorePlan): Promise<RestoreResult> {
    // The plan may have passed through a reactive store: copy and check again.
    const add = plan.add.map((file) => validCase(file))
    const replace = plan.replace.map((item) => ({
      incoming: validCase(item.incoming),
      expectedRevision: item.existing.revision,
    }))
    return this.write(async (tables) => {
      for (const file of add) {
        if (await tables.cases.get(file.id)) throw new RestoreOutdatedError(file.id)
        await this.store(tables, file)
      }
      for (const { incoming, expectedRevision } of replace) {
        const existing = await tables.cases.get(incoming.id)
        if (!existing || existing.revision !== expectedRevision) throw new RestoreOutdatedError(incoming.id)
        await this.store(tables, incoming, readable(existing))
      }
      return { added: add.map((file) => file.id), replaced: replace.map((item) => item.incoming.id) }
    })
  }

  private async records(): Promise<CaseRecord[]> {
    const records = await this.run((cases) => cases.orderBy('updatedAt').reverse().toArray())
    return records.map(readable)
  }

  /**
   * Writes `file` as the next revision of `existing` (the record now stored under its id, if any);
   * call inside a write transaction. `dates` keeps a restored record's own dates.
   */
  private async store(
    { cases, meta }: Tables,
    file: CaseFile,
    existing?: CaseRecord,
    dates?: { createdAt: string; updatedAt: string },
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
    await cases.put(record)
    return record
  }

  private asCopy(file: CaseFile): CaseFile {
    return validCase({ ...file, title: this.copyTitle(file.title) })
  }

  /** Adds the case under `firstChoice` or, when that is taken, another fresh id; call inside a write transaction. */
  private async addWithFreshId(tables: Tables, file: CaseFile, firstChoice = this.newId()): Promise<CaseRecord> {
    let id = firstChoice
    // A clash is all but impossible with random ids, but an injected generator may repeat.
    for (let attempt = 1; (await tables.cases.get(id)) !== undefined; attempt++) {
      if (attempt > 10) throw new Error('The app could not give the new case an id of its own. Nothing was saved; try again.')
      id = this.newId()
    }
    return this.store(tables, validCase({ ...file, id }))
  }

  private async run<T>(operation: (cases: CaseTable) => Promise<T>): Promise<T> {
    try {
      const db = await this.database
      return await operation(db.cases)
    } catch (error) {
      throw storageFailure(error)
    }
  }

  /** A read-write transaction on the cases (and the revisions of deleted ones): all of `operation` is stored, or none. */
  private async write<T>(operation: (tables: Tables) => Promise<T>): Promise<T> {
    try {
      const db = await this.database
      return await db.transaction('rw', db.cases, db.meta, () => operation({ cases: db.cases, meta: db.meta }))
    } catch (error) {
      throw storageFailure(error)
    }
  }
}

/** Opens the app's database (or a named one, for tests) and a repository over it. */
export async function openCaseRepository(name?: string, options?: CaseRepositoryOptions): Promise<CaseRepository> {
  return new CaseRepository(await openCaseDatabase(name), options)
}
