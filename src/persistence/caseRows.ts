// The stored cases as whole records, over the two tables that hold them from schema 6 on: each
// case's head in `cases`, its records in `chunks` (chunks.ts). Every read and write here must run
// inside one transaction over both tables (CaseStore does that), so a case is never seen or left
// half written.
import { Dexie, type Table } from 'dexie'
import { changedRecords, type CaseFile } from '@/domain'
import { assembled, chunkLayout, chunkRowOf, headRowOf, isHeadRow } from './chunks'
import type { CaseHeadRow, CaseRecord, ChunkRow } from './records'
import { DATA_VERSION } from './versions'

/** Case files whose chunks are stored as `chunkLayout` lays them out (written or read here), so a save after them writes only what changed. */
const storedAsChunks = new WeakSet<CaseFile>()

/** After a case read here was changed in place (say, cleaned of invisible characters), its next save writes all of it. */
export function forgetStoredLayout(file: CaseFile): void {
  storedAsChunks.delete(file)
}

export type HeadTable = Table<CaseHeadRow, string>
export type ChunkTable = Table<ChunkRow, [string, string]>

// Every method returns Dexie's own promise (a chain of table operations, no native `async`):
// Dexie keeps a transaction open only across awaits of its own promises.
export class CaseRows {
  constructor(
    readonly heads: HeadTable,
    readonly chunks: ChunkTable,
  ) {}

  get(id: string): PromiseLike<CaseRecord | undefined> {
    return this.heads.get(id).then((row) => (row ? this.read(row) : undefined))
  }

  bulkGet(ids: readonly string[]): PromiseLike<(CaseRecord | undefined)[]> {
    return this.heads.bulkGet([...ids]).then((rows) => Dexie.Promise.all(rows.map((row) => (row ? this.read(row) : undefined))))
  }

  /** Every stored case, most recently changed first. */
  newestFirst(): PromiseLike<CaseRecord[]> {
    return this.heads
      .orderBy('updatedAt')
      .reverse()
      .toArray()
      .then((heads) =>
        this.chunks.toArray().then((chunks) => {
          const byCase = new Map<string, ChunkRow[]>()
          for (const row of chunks) {
            const rows = byCase.get(row.caseId) ?? []
            rows.push(row)
            byCase.set(row.caseId, rows)
          }
          return heads.map((head) => this.assemble(head, byCase.get(head.id) ?? []))
        }),
      )
  }

  /**
   * Writes `record`: its head and its chunks. With `before`, the case file stored under its id now
   * (the revision this one replaces), only the chunks that differ from its chunks are written and
   * only those it no longer has are deleted; without it, every chunk of the id is replaced.
   */
  put(record: CaseRecord, before?: CaseFile): PromiseLike<void> {
    const layout = chunkLayout(record.file)
    let written: PromiseLike<unknown>
    if (before && storedAsChunks.has(before)) {
      const earlier = new Map(chunkLayout(before).map((chunk) => [chunk.id, chunk]))
      const touched = new Set(
        changedRecords(before, record.file)
          .filter((change) => change.change !== 'removed')
          .map((change) => `${change.list}/${change.key}`),
      )
      const rows: ChunkRow[] = []
      for (const chunk of layout) {
        const was = earlier.get(chunk.id)
        earlier.delete(chunk.id)
        const same = was !== undefined && was.keys.length === chunk.keys.length && was.keys.every((key, index) => key === chunk.keys[index])
        if (!same || chunk.keys.some((key) => touched.has(`${chunk.list}/${key}`))) rows.push(chunkRowOf(record.id, record.file, chunk))
      }
      const gone = [...earlier.keys()].map((chunk): [string, string] => [record.id, chunk])
      written = (gone.length > 0 ? this.chunks.bulkDelete(gone) : Dexie.Promise.resolve()).then(() => (rows.length > 0 ? this.chunks.bulkPut(rows) : undefined))
    } else {
      const rows = layout.map((chunk) => chunkRowOf(record.id, record.file, chunk))
      written = this.chunksOf(record.id)
        .delete()
        .then(() => this.chunks.bulkPut(rows))
    }
    const head = headRowOf(record, layout)
    return written.then(() => this.heads.put(head)).then(() => {
      storedAsChunks.add(record.file)
    })
  }

  bulkPut(records: readonly CaseRecord[]): PromiseLike<void> {
    return records.reduce<PromiseLike<void>>((done, record) => done.then(() => this.put(record)), Dexie.Promise.resolve())
  }

  delete(id: string): PromiseLike<void> {
    return this.chunksOf(id)
      .delete()
      .then(() => this.heads.delete(id))
  }

  private chunksOf(id: string) {
    return this.chunks.where('[caseId+chunk]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
  }

  private read(row: CaseHeadRow): PromiseLike<CaseRecord> {
    if (!isHeadRow(row) || row.dataVersion > DATA_VERSION) return Dexie.Promise.resolve(this.assemble(row, []))
    return this.chunksOf(row.id)
      .toArray()
      .then((chunks) => this.assemble(row, chunks))
  }

  /**
   * The record of a head and its chunks. A row of another shape (one stored whole by an older app
   * and read by the table's hook, or a newer app's) is returned as it is, for `readable` to refuse
   * or the caller to see.
   */
  private assemble(row: CaseHeadRow, chunks: readonly ChunkRow[]): CaseRecord {
    if (!isHeadRow(row) || (typeof row.dataVersion === 'number' && row.dataVersion > DATA_VERSION)) return row as unknown as CaseRecord
    const record = assembled(row, chunks)
    storedAsChunks.add(record.file)
    return record
  }
}
