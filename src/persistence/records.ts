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
  /** The DATA_VERSION of the app that wrote this record. */
  schemaVersion: number
}

export interface MetaRow {
  key: string
  value: unknown
}
