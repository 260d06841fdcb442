// What keeps work from being lost to a delete or a restore: Recently deleted (a deleted case, or
// one a restore replaced, kept 30 days and put back on request) and undoing the last restore,
// which both survive a reload. Nothing here ever drops a case the user has not seen go: whatever
// an undo would overwrite or remove, when it changed since the restore, goes to Recently deleted.
import { listingFigures, sharedSummarizer } from '@/domain'
import { CaseStore } from './caseStore'
import { validCase } from './caseData'
import type { CaseRecord, DeletedCase, RestoreUndo } from './records'
import type { PutBack, RestoreUndoOffer, RestoreUndone } from './repositoryTypes'
import { deletedEntry, recordOf } from './restore'
import { listingOf } from './listings'
import { undoOffer } from './safetyReader'
import { fromStored } from './storedForm'
import { CaseNotFoundError } from './errors'
import { instantOr, lastRevisionKey, readable, storageFailure, type Tables } from './storedCases'
import { KEEP_DELETED_DAYS, RESTORE_UNDO_KEY } from './versions'

/** A Recently deleted entry as the list shows it: the case's text is read only when it is put back. */
export type DeletedListItem = Omit<DeletedCase, 'record'> & { seq: number; updatedAt: string }

const DAY_MS = 24 * 60 * 60 * 1000

export abstract class SafeCaseStore extends CaseStore {
  /** Recently deleted, most recently deleted first; entries older than 30 days are dropped first. */
  async deletedCases(): Promise<DeletedListItem[]> {
    return this.write(async (tables) => {
      await this.dropExpired(tables)
      const entries = await tables.deleted.orderBy('deletedAt').reverse().toArray()
      return entries.map(({ record, ...entry }) => ({ ...entry, seq: entry.seq ?? -1, updatedAt: record.updatedAt }))
    })
  }

  /** Puts a Recently deleted case back, as it was, under its id or, when that is taken now, as a copy. */
  async restoreDeleted(seq: number, copyTitle = this.copyTitle): Promise<PutBack> {
    return this.write(async (tables) => {
      const entry = await tables.deleted.get(seq)
      if (!entry) throw new CaseNotFoundError(String(seq))
      const record = readable(fromStored(entry.record))
      const file = validCase(record.file)
      await tables.deleted.delete(seq)
      if (await tables.cases.get(file.id)) {
        const copy = await this.addWithFreshId(tables, validCase({ ...file, title: copyTitle(file.title) }))
        return { id: copy.id, asCopy: true }
      }
      const now = this.now().toISOString()
      await this.store(tables, file, undefined, { createdAt: instantOr(record.createdAt, now), updatedAt: instantOr(record.updatedAt, now) })
      return { id: file.id, asCopy: false }
    })
  }

  /** Empties Recently deleted, for good; returns how many cases went. */
  async emptyDeleted(): Promise<number> {
    return this.write(async ({ deleted, meta }) => {
      const count = await deleted.count()
      await deleted.clear()
      // The last restore's replaced cases went with it: it can no longer be undone.
      await meta.delete(RESTORE_UNDO_KEY)
      return count
    })
  }

  /** The last restore, while it can be undone (null: none, or dismissed). */
  async restoreUndoOffer(): Promise<RestoreUndoOffer | null> {
    const db = await this.database.catch((error: unknown) => {
      throw storageFailure(error)
    })
    try {
      return undoOffer((await db.meta.get(RESTORE_UNDO_KEY))?.value)
    } catch (error) {
      throw storageFailure(error)
    }
  }

  /** Forgets the last restore's undo; the cases it replaced stay in Recently deleted. */
  async dismissRestoreUndo(): Promise<void> {
    await this.write(({ meta }) => meta.delete(RESTORE_UNDO_KEY))
  }

  /**
   * Undoes the last restore: each case it replaced is put back as it was, each case it added is
   * taken away. A case changed since the restore is not lost: it goes to Recently deleted first.
   */
  async undoRestore(): Promise<RestoreUndone> {
    return this.write(async (tables) => {
      const undo = (await tables.meta.get(RESTORE_UNDO_KEY))?.value as RestoreUndo | undefined
      const done: RestoreUndone = { putBack: [], removed: [], keptAsDeleted: 0 }
      if (!undoOffer(undo) || !undo) return done
      await tables.meta.delete(RESTORE_UNDO_KEY)
      const now = this.now().toISOString()
      for (const { id, revision } of undo.added) {
        const current = await tables.cases.get(id)
        if (!current) continue
        if (changedSince(readable(current), revision)) {
          await tables.deleted.add(deletedEntry(current, 'replacedByUndo', now))
          done.keptAsDeleted += 1
        }
        await tables.cases.delete(id)
        await tables.listings.delete(id)
        await tables.meta.put({ key: lastRevisionKey(id), value: current.revision })
        this.forget(id)
        done.removed.push(id)
      }
      for (const { id, revision, seq } of undo.replaced) {
        const entry = await tables.deleted.get(seq)
        if (!entry) continue // put back or emptied from Recently deleted since
        const before = readable(fromStored(entry.record))
        const current = await tables.cases.get(id)
        if (current && changedSince(readable(current), revision)) {
          await tables.deleted.add(deletedEntry(current, 'replacedByUndo', now))
          done.keptAsDeleted += 1
        }
        await tables.deleted.delete(seq)
        // Written here, not through an async helper: Dexie keeps a transaction open only across its own awaits.
        const record = recordOf(validCase(before.file), current?.revision ?? (await lastRevision(tables, id)), instantOr(before.createdAt, now), instantOr(before.updatedAt, now))
        await tables.cases.put(record)
        await tables.listings.put(listingOf(record, listingFigures(sharedSummarizer(record.file), record.file.baseCurrency)))
        await tables.meta.delete(lastRevisionKey(id))
        tables.written.push(record)
        done.putBack.push(id)
      }
      return done
    })
  }

  /** Drops Recently deleted entries older than KEEP_DELETED_DAYS; call inside a write transaction. */
  protected async dropExpired({ deleted }: Tables): Promise<void> {
    const cutoff = new Date(this.now().getTime() - KEEP_DELETED_DAYS * DAY_MS).toISOString()
    await deleted.where('deletedAt').below(cutoff).delete()
  }

  /** Keeps `record` in Recently deleted; call inside a write transaction. */
  protected async keepDeleted(tables: Tables, record: CaseRecord, reason: DeletedCase['reason']): Promise<number> {
    await this.dropExpired(tables)
    return tables.deleted.add(deletedEntry(record, reason, this.now().toISOString()))
  }
}

/** Whether the case changed after the restore wrote `revision` (then undoing keeps it in Recently deleted). */
function changedSince(current: CaseRecord, revision: number): boolean {
  return current.revision !== revision
}

/** The revision a deleted case had (kept in `meta`), 0 when none. */
async function lastRevision({ meta }: Tables, id: string): Promise<number> {
  const value = (await meta.get(lastRevisionKey(id)))?.value
  return typeof value === 'number' ? value : 0
}
