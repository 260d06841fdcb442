// The IndexedDB database: its numbered schema versions, and the refusal to
// touch data that a newer version of the app has written.
import { Dexie, type Table, type Transaction } from 'dexie'
import { NewerDataError, StorageUnavailableError } from './errors'
import { listingOf } from './listings'
import type { CaseHeadRow, CaseListing, CaseRecord, ChunkRow, DeletedCase, MetaRow } from './records'
import { CaseRows, type ChunkTable, type HeadTable } from './caseRows'
import { fromStored, storedFromVersion2 } from './storedForm'
import { DATABASE_NAME, DATA_VERSION, DATA_VERSION_KEY, SCHEMA_VERSION } from './versions'

export { DATABASE_NAME, DATA_VERSION, SCHEMA_VERSION }

/**
 * Every schema the database has had, oldest first. A released entry is never
 * edited: a change is a new entry with the next number (and an `upgrade` when
 * stored records must be rewritten), so any older browser can be brought forward.
 */
const SCHEMA_VERSIONS: readonly {
  version: number
  stores: Record<string, string | null>
  upgrade?: (transaction: Transaction) => Promise<unknown>
}[] = [
  { version: 1, stores: { cases: 'id, updatedAt', meta: 'key' } },
  {
    version: 2,
    stores: { cases: 'id, updatedAt', meta: 'key' },
    // Data version 2: records count their writes (`revision`) instead of being compared by clock,
    // and `schemaVersion` is called what it holds, `dataVersion`.
    upgrade: (transaction) =>
      transaction
        .table('cases')
        .toCollection()
        .modify((record: Record<string, unknown>) => {
          const found = record.schemaVersion
          delete record.schemaVersion
          // A number above 1 came from an app we do not know: keep it, so the record stays refused unread.
          record.dataVersion = typeof found === 'number' && found > 1 ? found : 2
          if (typeof record.revision !== 'number') record.revision = 1
        }),
  },
  {
    version: 3,
    stores: { cases: 'id, updatedAt', meta: 'key', listings: 'id' },
    // Each case's row in the case list, kept beside it. Its figures need the engine, which an
    // upgrade does not load: the case list works them out when it first shows the row.
    upgrade: async (transaction) => {
      const records: CaseRecord[] = await transaction.table('cases').toArray()
      await transaction.table('listings').bulkPut(records.map((record) => listingOf(record, null)))
    },
  },
  {
    version: 4,
    stores: { cases: 'id, updatedAt', meta: 'key', listings: 'id' },
    // Data version 3: a case is stored as its JSON text (records.ts, StoredCase), so an autosave
    // hands IndexedDB one string instead of every object of the case to clone.
    upgrade: async (transaction) => {
      await transaction.table('cases').toCollection().modify((row: Record<string, unknown>) => storedFromVersion2(row))
      await transaction
        .table('listings')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row.dataVersion === 2) row.dataVersion = DATA_VERSION
        })
    },
  },
  {
    version: 5,
    // Recently deleted (records.ts, DeletedCase): deleted cases, and the cases a restore replaced,
    // kept for 30 days. A new table only: nothing stored is rewritten.
    stores: { cases: 'id, updatedAt', meta: 'key', listings: 'id', deleted: '++seq, id, deletedAt' },
  },
  {
    version: 6,
    // A case in pieces (chunks.ts, caseRows.ts): its head in `cases` (the case file without its
    // records, as JSON text, naming its chunks) and each list cut into chunks of consecutive records
    // (64 on average, at most 256, cut where a record's key hashes to a boundary, so an edit or an
    // insertion moves no other chunk's records) in `chunks`, one row per chunk, key [caseId, chunk].
    // An autosave after an edit of one offer writes the head and that offer's chunk, not the case.
    // Chunks rather than a row per record: a 5,000-offer case is about 80 rows to read, not 5,000,
    // and one chunk of 64 offers is still a small write. Data version unchanged: the records mean
    // what they meant; only the rows that hold them are new, which the schema number guards.
    stores: { cases: 'id, updatedAt', meta: 'key', listings: 'id', deleted: '++seq, id, deletedAt', chunks: '[caseId+chunk]' },
    upgrade: async (transaction) => {
      const heads = transaction.table('cases')
      // Read through the table's hook: a schema 5 row comes back with its text parsed into `file`.
      const records = (await heads.toArray()) as Record<string, unknown>[]
      const rows = new CaseRows(heads as HeadTable, transaction.table('chunks') as ChunkTable)
      for (const record of records) {
        // A row of an app we do not know (a higher data version) is kept as it is, so it stays refused unread.
        if (typeof record.dataVersion === 'number' && record.dataVersion > DATA_VERSION) continue
        if (typeof record.file !== 'object' || record.file === null) continue
        await rows.put(record as unknown as CaseRecord)
      }
    },
  },
]

if (Math.max(...SCHEMA_VERSIONS.map((schema) => schema.version)) !== SCHEMA_VERSION)
  throw new Error('SCHEMA_VERSION (versions.ts) must be the newest schema version')

export class CaseDatabase extends Dexie {
  /**
   * Each case's head (schema 6, CaseHeadRow), its records in `chunks`: read and write whole cases
   * through `caseRows()`. A row an older app stored whole as text (StoredCase) is read into a
   * CaseRecord by the table's reading hook (`fromStored`).
   */
  cases!: Table<CaseHeadRow, string>
  chunks!: Table<ChunkRow, [string, string]>
  meta!: Table<MetaRow, string>
  listings!: Table<CaseListing, string>
  deleted!: Table<DeletedCase, number>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores)
      if (schema.upgrade) version.upgrade(schema.upgrade)
    }
    this.table('cases').hook('reading', fromStored)
    // Sticky, so it runs again when Dexie reopens after another tab upgraded the
    // database: Dexie 4 then opens the newer version silently instead of failing.
    this.on('ready', (vip) => checkVersions(vip), true)
  }

  /** The stored cases as whole records; use inside a transaction over `cases` and `chunks`. */
  caseRows(): CaseRows {
    return new CaseRows(this.cases, this.chunks)
  }
}

async function checkVersions(db: Dexie): Promise<void> {
  // Dexie stores version n as native version 10n (+1 when it patches a schema).
  const installed = Math.floor(db.backendDB().version / 10)
  if (installed > SCHEMA_VERSION) throw new NewerDataError(installed, SCHEMA_VERSION)

  const meta = db.table<MetaRow, string>('meta')
  const stored = (await meta.get(DATA_VERSION_KEY))?.value
  if (typeof stored === 'number' && stored > DATA_VERSION) throw new NewerDataError(stored, DATA_VERSION)
  // Records are rewritten by the schema versions' `upgrade`s, which have run by now.
  if (stored !== DATA_VERSION) await meta.put({ key: DATA_VERSION_KEY, value: DATA_VERSION })
}

/**
 * Opens the case database, refusing one written by a newer app before
 * anything in it can be changed. `name` is for tests; the app uses the default.
 */
export async function openCaseDatabase(name: string = DATABASE_NAME): Promise<CaseDatabase> {
  let installed: number
  try {
    installed = await installedSchemaVersion(name)
  } catch (error) {
    throw openFailure(error)
  }
  // Checked before opening with our schema: Dexie 4 would open a newer database
  // anyway and might add our tables or indexes to it.
  if (installed > SCHEMA_VERSION) throw new NewerDataError(installed, SCHEMA_VERSION)

  const db = new CaseDatabase(name)
  try {
    await db.open()
  } catch (error) {
    db.close()
    throw openFailure(error)
  }
  return db
}

/** The schema version of the database as it is in the browser, 0 when there is none. */
async function installedSchemaVersion(name: string): Promise<number> {
  // Without declared versions Dexie opens whatever is installed, changing nothing
  // (and deleting the empty database it had to create when there was none).
  const probe = new Dexie(name, { addons: [] })
  try {
    await probe.open()
    return Math.floor(probe.backendDB().version / 10)
  } catch (error) {
    if (errorName(error) === Dexie.errnames.NoSuchDatabase) return 0
    throw error
  } finally {
    probe.close()
  }
}

/** The error to show for a failed open or a failed operation on a database that would not open. */
export function openFailure(error: unknown): Error {
  if (error instanceof NewerDataError) return error
  const inner = (error as { inner?: unknown } | null)?.inner
  if (inner instanceof NewerDataError) return inner
  // Older Dexie, or a database opened with a fixed version elsewhere, reports
  // a newer database as a VersionError.
  if (errorName(error) === 'VersionError' || errorName(inner) === 'VersionError')
    return new NewerDataError(null, SCHEMA_VERSION)
  return new StorageUnavailableError({ cause: error })
}

export function errorName(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null | undefined)?.name
  return typeof name === 'string' ? name : undefined
}
