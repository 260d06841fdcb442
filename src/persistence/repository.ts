// Loading and saving whole cases, import and export, backup and restore.
// Every write validates first and runs in one transaction, so a failure
// leaves what is stored exactly as it was.
import { CURRENT_VERSION, FORMAT, cleanStoredText, listingFigures, markValid, parseCaseFileText, summarizeCase, type CaseFile, type ListingFigures } from '@/domain'
import { serializeBackup } from './backup'
import { openCaseDatabase } from './db'
import { forgetStoredLayout } from './caseRows'
import { SafeCaseStore } from './caseSafety'
import { listingOf, newestFirst } from './listings'
import type { CaseListing, CaseRecord } from './records'
import { ImportConflictError, SaveConflictError } from './errors'
import { applyCheckedPlan, checkedPlan, planRestoreOf } from './restore'
import { sameCase, serializeCase, validCase } from './caseData'
import type { CaseListItem, CaseRepositoryOptions, ImportOptions, ImportResult, RestoreChoice, RestorePlan, RestoreResult } from './repositoryTypes'
import { instantOr, lastRevisionKey, readable, required, storageFailure } from './storedCases'

export class CaseRepository extends SafeCaseStore {
  /** Every stored case, most recently changed first. */
  async list(): Promise<CaseListItem[]> {
    return (await this.records()).map((record) => ({ ...record, title: record.file.title }))
  }

  /** Every stored case's row in the case list (records.ts, CaseListing), most recently changed first. */
  async listings(): Promise<CaseListing[]> {
    return newestFirst(await this.listingRows())
  }

  /** A case's row in the list, its figures worked out again from the stored case (for a row stored before rows had figures). */
  async fillListing(id: string): Promise<CaseListing | undefined> {
    return this.write(async ({ cases, listings }) => {
      const record = await cases.get(id)
      if (!record) return undefined
      const listing = listingOf(readable(record), listingFigures(summarizeCase(record.file), record.file.baseCurrency))
      await listings.put(listing)
      return listing
    })
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const db = await this.database.catch((error: unknown) => {
      throw storageFailure(error)
    })
    let record: CaseRecord | undefined
    let kept: CaseRecord | undefined
    try {
      record = await db.transaction('r', [db.listings, db.cases, db.chunks], async () => {
        // The row in the list says which revision is stored; the same one as last time is not read again.
        const listing = await db.listings.get(id)
        kept = listing && this.remembered(id, readable(listing).revision)
        return kept ?? (await db.caseRows().get(id))
      })
    } catch (error) {
      throw storageFailure(error)
    }
    if (!record) return undefined
    if (record === kept) return this.remember(record)
    // Every write checks what it stores, so a case read back counts as checked (editCheck.ts); a case
    // stored before the rule on invisible characters has them taken out here (its next save stores
    // all of it, not only what it changes). A case remembered from its write or an earlier read was
    // checked or cleaned then: not walked again (≈ 30 ms at 5,000 offers, on opening a case just imported).
    if (cleanStoredText(readable(record).file)) forgetStoredLayout(record.file)
    markValid(readable(record).file)
    return this.remember(record)
  }

  /**
   * Stores the case under its id, after checking it; throws CaseFileError and stores nothing when it is not valid.
   * With `expectedRevision`, the stored case must still be the revision the caller last read or wrote
   * (null: not stored), else SaveConflictError: two tabs never silently overwrite each other.
   * `figures`: the case list's figures of this case, when the caller has its summary already.
   */
  async save(file: CaseFile, options: { expectedRevision?: number | null; figures?: ListingFigures } = {}): Promise<CaseRecord> {
    const valid = validCase(file)
    return this.write(async (tables) => {
      const existing = await this.headOf(tables, valid.id)
      if (options.expectedRevision !== undefined && (existing?.revision ?? null) !== options.expectedRevision)
        throw new SaveConflictError(valid.id, existing?.revision ?? null)
      return this.store(tables, valid, existing, undefined, options.figures)
    })
  }

  /** A new, empty case; throws CaseFileError when the title or currency is not acceptable. */
  async create(title: string, baseCurrency: string): Promise<CaseRecord> {
    const file = validCase({ format: FORMAT, version: CURRENT_VERSION, id: this.newId(), title: title.trim(), baseCurrency })
    return this.write((tables) => this.addWithFreshId(tables, file, file.id))
  }

  /** A copy of a stored case under a new id, titled as a copy (in the interface's language, by `copyTitle`). */
  async duplicate(id: string, copyTitle = this.copyTitle): Promise<CaseRecord> {
    return this.write(async (tables) => {
      const original = readable(await required(tables.cases, id))
      return this.addWithFreshId(tables, this.asCopy(original.file, copyTitle))
    })
  }

  async rename(id: string, title: string): Promise<CaseRecord> {
    return this.write(async (tables) => {
      const existing = readable(await required(tables.cases, id))
      return this.store(tables, validCase({ ...existing.file, title: title.trim() }), existing)
    })
  }

  /**
   * Deletes a case and returns it, so that the app can offer to undo with `restoreRecord`; it is
   * kept in Recently deleted for 30 days, in the same transaction.
   */
  async remove(id: string): Promise<CaseRecord> {
    this.forget(id)
    return this.write(async (tables) => {
      const { cases, meta, listings } = tables
      const existing = readable(await required(cases, id))
      await this.keepDeleted(tables, existing, 'deleted')
      await cases.delete(id)
      await listings.delete(id)
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
      // Put back: no longer in Recently deleted.
      await tables.deleted.where('id').equals(file.id).filter((entry) => entry.record.revision === removed.revision).delete()
      return this.store(tables, file, undefined, dates)
    })
  }

  /**
   * Imports a case file's text. Throws CaseFileError (with every problem) when
   * it is not a valid case, and ImportConflictError when a different case with
   * its id is stored and `onConflict` is 'ask' (the default); nothing is written then.
   */
  async importText(text: string, options: ImportOptions = {}): Promise<ImportResult> {
    return this.importCase(parseCaseFileText(text), options)
  }

  /** As importText, for a case already read (e.g. the `incoming` of an ImportConflictError). */
  async importCase(file: CaseFile, options: ImportOptions = {}): Promise<ImportResult> {
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
        const record = await this.addWithFreshId(tables, this.asCopy(incoming, options.copyTitle))
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
    return planRestoreOf(text, await this.list())
  }

  /**
   * Carries out a plan in one transaction, in bulk, each case with its row in the case list:
   * all of it, or, when a case changed since the plan was made (RestoreOutdatedError) or
   * anything fails, none of it. `choices` by case id (default: a stored copy changed after the
   * backup was made is kept, the backup's beside it as a copy titled by `copyTitle`). The cases it
   * replaces go to Recently deleted, and the restore can be undone (`undoRestore`) until dismissed.
   */
  async applyRestore(plan: RestorePlan, choices: Readonly<Record<string, RestoreChoice>> = {}, copyTitle = this.copyTitle): Promise<RestoreResult> {
    const checked = checkedPlan(plan, choices)
    const now = this.now().toISOString()
    const copies = checked.copy.map((file) => validCase({ ...file, id: this.newId(), title: copyTitle(file.title) }))
    return this.write((tables) => applyCheckedPlan(tables, { ...checked, copy: copies }, now))
  }
}

/** Opens the app's database (or a named one, for tests) and a repository over it. */
export async function openCaseRepository(name?: string, options?: CaseRepositoryOptions): Promise<CaseRepository> {
  return new CaseRepository(await openCaseDatabase(name), options)
}
