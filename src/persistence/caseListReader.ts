// The case list straight from IndexedDB: the `listings` rows (records.ts), read
// without Dexie or the engine, so the home page loads neither. Anything this
// reader does not expect (no database yet in this app's version, data not brought
// forward yet) is left to the repository, which opens, creates and upgrades.
import { NewerDataError, StorageUnavailableError } from './errors'
import { newestFirst } from './listings'
import type { CaseListing, MetaRow } from './records'
import { DATABASE_NAME, DATA_VERSION, DATA_VERSION_KEY, SCHEMA_VERSION } from './versions'

/**
 * The rows of the case list, most recently changed first: [] when there is no database
 * (none is created here), null when the repository must open the database first (it is
 * older than this app's schema). Refuses data written by a newer app (NewerDataError).
 */
export function readCaseList(name: string = DATABASE_NAME): Promise<CaseListing[] | null> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest
    try {
      // Without a version: whatever is there, as it is, and nothing upgraded.
      request = indexedDB.open(name)
    } catch (error) {
      reject(new StorageUnavailableError({ cause: error }))
      return
    }
    let none = false
    request.onupgradeneeded = () => {
      // There was no database: leave it so (the repository creates it with its schema).
      none = true
      request.transaction?.abort()
    }
    request.onerror = (event) => {
      event.preventDefault()
      if (none) resolve([])
      else reject(new StorageUnavailableError({ cause: request.error }))
    }
    request.onsuccess = () => {
      const db = request.result
      // Another tab upgrading the database waits for no one.
      db.onversionchange = () => db.close()
      const installed = Math.floor(db.version / 10)
      if (installed > SCHEMA_VERSION) {
        db.close()
        reject(new NewerDataError(installed, SCHEMA_VERSION))
        return
      }
      if (installed < SCHEMA_VERSION || !db.objectStoreNames.contains('listings') || !db.objectStoreNames.contains('meta')) {
        db.close()
        resolve(null)
        return
      }
      const transaction = db.transaction(['meta', 'listings'], 'readonly')
      const version = transaction.objectStore('meta').get(DATA_VERSION_KEY) as IDBRequest<MetaRow | undefined>
      const rows = transaction.objectStore('listings').getAll() as IDBRequest<CaseListing[]>
      transaction.oncomplete = () => {
        db.close()
        const stored = version.result?.value
        const newest = Math.max(typeof stored === 'number' ? stored : 0, ...rows.result.map((row) => row.dataVersion))
        if (newest > DATA_VERSION) reject(new NewerDataError(newest, DATA_VERSION))
        else if (stored !== DATA_VERSION) resolve(null) // not brought forward yet: the repository does that
        else resolve(newestFirst(rows.result))
      }
      transaction.onabort = () => {
        db.close()
        reject(new StorageUnavailableError({ cause: transaction.error }))
      }
    }
  })
}
