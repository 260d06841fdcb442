// The shapes of what is stored, apart from the database that stores them, so
// the error classes can name a record without importing the database.
import type { CaseFile } from '@/domain'

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

export interface MetaRow {
  key: string
  value: unknown
}
