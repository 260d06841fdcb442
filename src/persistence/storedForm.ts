// A case record with its case file as one JSON text (records.ts, StoredCase): how schemas 4 and 5
// kept every case in `cases`, and how a Recently deleted entry keeps its case still. Written by
// `toStored`; read back by `fromStored`, also the `cases` table's reading hook (db.ts), for a row
// not yet brought forward to schema 6's heads and chunks (chunks.ts).
import type { CaseRecord, StoredCase } from './records'
import { DATA_VERSION } from './versions'

/** The row to store for `record`: its case file as JSON text, the rest as it is. */
export function toStored(record: CaseRecord): StoredCase {
  const { file, ...head } = record
  return { ...head, fileText: JSON.stringify(file) }
}

/**
 * The record a stored row holds. A row from an app newer than this one, or one not brought
 * forward (it has no text), is returned as it is, for `readable` to refuse or the caller to see.
 */
export function fromStored(row: StoredCase | CaseRecord): CaseRecord {
  if (typeof row !== 'object' || row === null || !('fileText' in row) || typeof row.fileText !== 'string') return row as CaseRecord
  if (typeof row.dataVersion === 'number' && row.dataVersion > DATA_VERSION) return row as unknown as CaseRecord
  const { fileText, ...head } = row
  return { ...head, file: JSON.parse(fileText) as CaseRecord['file'] }
}

/**
 * Schema 4's upgrade of one row as schema 3 left it (data version 2, the case as objects), in
 * place: the case becomes its JSON text. A row of an app we do not know (a higher data version)
 * is kept as it is, so it stays refused unread.
 */
export function storedFromVersion2(row: Record<string, unknown>): void {
  if (typeof row.dataVersion === 'number' && row.dataVersion > 2) return
  if (typeof row.fileText !== 'string') {
    row.fileText = JSON.stringify(row.file)
    delete row.file
  }
  row.dataVersion = DATA_VERSION
}
