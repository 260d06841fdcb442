// The shapes of what is stored, apart from the database that stores them, so
// the error classes can name a record without importing the database.
import type { CaseFile } from '@/domain'
import type { ListingFigures } from '@/domain/figures/listing'

/** One stored case: the case file exactly as `parseCaseFile` normalized it. */
export interface CaseRecord {
  id: string
  file: CaseFile
  /** ISO 8601 instants. */
  createdAt: string
  updatedAt: string
  /**
   * Counts the writes of this case: 1 when its id is first stored, one more on every write. A save
   * names the revision it replaces, so two tabs never silently overwrite each other; unlike a
   * clock reading it cannot repeat or run backwards. A case stored again under the id of a deleted
   * one carries on from the deleted one's count (kept in `meta`), so a tab still holding the
   * deleted case can never mistake the new one for it.
   */
  revision: number
  /** The DATA_VERSION of the app that wrote this record; a higher one than this app knows is refused unread. */
  dataVersion: number
}

/**
 * A case as the `cases` table holds it (schema 4, data version 3): the record with its case file
 * as JSON text, not as objects. IndexedDB copies a string in one piece, where it would walk and
 * clone every object of a case (≈ 45 ms at 5,000 offers, on every autosave); the text is read back
 * into `file` by the table's reading hook (db.ts), so only storage sees this shape.
 */
export type StoredCase = Omit<CaseRecord, 'file'> & { fileText: string }

/**
 * A case's head as the `cases` table holds it from schema 6 on (chunks.ts): the record without its
 * file, and the file as JSON text with each of its lists (`lists`) replaced by the ids of the chunks
 * that hold its records, in order. The records are in `chunks` (ChunkRow), written in the same
 * transaction; an autosave rewrites the head and only the chunks whose records changed.
 */
export type CaseHeadRow = Omit<CaseRecord, 'file'> & { headText: string; lists: string[] }

/** A run of consecutive records of one list of a case (chunks.ts): key [caseId, chunk]. */
export interface ChunkRow {
  caseId: string
  chunk: string
  /** The records, a JSON array. */
  recordsText: string
}

export interface MetaRow {
  key: string
  value: unknown
}

/**
 * What the case list shows of a stored case, kept beside it in `listings` and written in the
 * same transaction as the case, so the list reads neither the cases nor the engine. Its
 * revision is the case's, so a save checks for another tab's write without reading the case.
 */
export interface CaseListing {
  id: string
  title: string
  baseCurrency: string
  /** For searching the list by a party's name. */
  partyNames: string[]
  createdAt: string
  updatedAt: string
  revision: number
  dataVersion: number
  /** Worked out by the engine when the case was stored; null when stored before listings had figures (filled in when first listed). */
  figures: ListingFigures | null
}

/**
 * A case in Recently deleted: deleted, or replaced by a restore (or by undoing one), kept for
 * KEEP_DELETED_DAYS (versions.ts) with the record as it was stored, dates and revision included.
 */
export interface DeletedCase {
  /** The entry's own number (a case deleted, put back and deleted again has two). */
  seq?: number
  /** The case's id. */
  id: string
  title: string
  /** ISO 8601 instant. */
  deletedAt: string
  reason: 'deleted' | 'replacedByRestore' | 'replacedByUndo'
  record: StoredCase
}

/** What the last restore did, kept in `meta` until it is undone or the offer is dismissed. */
export interface RestoreUndo {
  /** ISO 8601 instant of the restore. */
  at: string
  /** Cases the restore stored under ids that were free (added, or kept-both copies), at the revision it wrote. */
  added: { id: string; revision: number }[]
  /** Cases it replaced: the revision it wrote, and the Recently deleted entry holding the case as it was. */
  replaced: { id: string; revision: number; seq: number }[]
}
