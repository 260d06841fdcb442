// How a case is laid out in storage (schema 6): a head row in `cases` (the case file with each
// list replaced by the ids of its chunks, as JSON text) and, in `chunks`, each list cut into runs of
// consecutive records, each run one row holding its records' JSON text.
//
// Where a run ends depends only on the records' own keys (content-defined): a run ends after a
// record whose key hashes to a multiple of CHUNK_SPREAD, or at CHUNK_MAX records. So an edit of one
// record changes one chunk, and adding or removing a record changes the chunk it is in (and at most
// the one after, when it held a boundary), never the runs elsewhere in the list.
import { LIST_NAMES, recordKey, type CaseFile, type ListName, type RecordOf } from '@/domain'
import type { CaseRecord, ChunkRow, CaseHeadRow } from './records'

/** The average number of records in a chunk. */
export const CHUNK_SPREAD = 64
/** The most records in a chunk (a run of keys that never hash to a boundary is cut here). */
export const CHUNK_MAX = 256

/** One chunk of a list: its id (unique within the case) and its records' keys, in order. */
export interface Chunk {
  id: string
  list: ListName
  keys: string[]
  start: number
  end: number
}

const layouts = new WeakMap<CaseFile, Chunk[]>()

/** The chunks of every list of `file`, in file order; the same file always gives the same chunks. */
export function chunkLayout(file: CaseFile): Chunk[] {
  const known = layouts.get(file)
  if (known) return known
  const chunks: Chunk[] = []
  const taken = new Set<string>()
  for (const list of LIST_NAMES) {
    const records = file[list] as readonly RecordOf<ListName>[] | undefined
    if (!records) continue
    let start = 0
    let keys: string[] = []
    records.forEach((record, index) => {
      const key = recordKey(list, record)
      keys.push(key)
      if (keys.length >= CHUNK_MAX || hash(key) % CHUNK_SPREAD === 0 || index === records.length - 1) {
        chunks.push({ id: uniqueId(`${list}/${keys[0] ?? ''}`, taken), list, keys, start, end: index + 1 })
        start = index + 1
        keys = []
      }
    })
  }
  layouts.set(file, chunks)
  return chunks
}

/** A chunk id not used yet in this case (a list holding one key twice is invalid, but must still store). */
function uniqueId(id: string, taken: Set<string>): string {
  let unique = id
  for (let n = 2; taken.has(unique); n++) unique = `${id}#${n}`
  taken.add(unique)
  return unique
}

/** FNV-1a, 32 bits: a cheap, stable hash of a record's key. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The head row of `record` (schema 6): every list of its file replaced by the ids of its chunks. */
export function headRowOf(record: CaseRecord, chunks: readonly Chunk[]): CaseHeadRow {
  const { file, ...head } = record
  const lists: ListName[] = []
  const byList = new Map<ListName, string[]>()
  for (const chunk of chunks) {
    const ids = byList.get(chunk.list) ?? []
    ids.push(chunk.id)
    byList.set(chunk.list, ids)
  }
  const shell: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(file)) {
    if ((LIST_NAMES as readonly string[]).includes(key) && Array.isArray(value)) {
      lists.push(key as ListName)
      shell[key] = byList.get(key as ListName) ?? []
    } else shell[key] = value
  }
  return { ...head, headText: JSON.stringify(shell), lists }
}

/** The row of one chunk of `file`. */
export function chunkRowOf(caseId: string, file: CaseFile, chunk: Chunk): ChunkRow {
  return { caseId, chunk: chunk.id, recordsText: JSON.stringify((file[chunk.list] as readonly unknown[]).slice(chunk.start, chunk.end)) }
}

/**
 * The record a head row and its chunk rows hold, the case file exactly as it was written (its keys
 * in their order). Throws when a chunk the head names is missing: a case is written with its chunks
 * in one transaction, so that is a broken database, never a normal state.
 */
export function assembled(head: CaseHeadRow, rows: readonly ChunkRow[]): CaseRecord {
  const { headText, lists, ...rest } = head
  const texts = new Map(rows.map((row) => [row.chunk, row.recordsText]))
  const file = JSON.parse(headText) as Record<string, unknown>
  for (const list of lists) {
    const records: unknown[] = []
    for (const id of file[list] as string[]) {
      const text = texts.get(id)
      if (text === undefined) throw new Error(`Case ${head.id}: its stored chunk ${id} is missing.`)
      for (const record of JSON.parse(text) as unknown[]) records.push(record)
    }
    file[list] = records
  }
  return { ...rest, file: file as unknown as CaseFile }
}

/** Whether a `cases` row is a schema 6 head (else it is an older or a newer app's shape, read as it is). */
export function isHeadRow(row: unknown): row is CaseHeadRow {
  return typeof row === 'object' && row !== null && typeof (row as { headText?: unknown }).headText === 'string' && Array.isArray((row as { lists?: unknown }).lists)
}
