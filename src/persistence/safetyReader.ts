// What the home page says of Recently deleted and of the last restore, straight from IndexedDB
// (as caseListReader.ts reads the list): without Dexie or the engine. A database this reader does
// not expect (none yet, or not brought forward to this app's schema) reads as nothing to say.
import type { RestoreUndoOffer } from './repositoryTypes'
import type { MetaRow, RestoreUndo } from './records'
import { DATABASE_NAME, KEEP_DELETED_DAYS, RESTORE_UNDO_KEY, SCHEMA_VERSION } from './versions'

export interface SafetyState {
  /** Cases in Recently deleted, not older than 30 days. */
  deletedCount: number
  /** The last restore, while it can be undone. */
  restoreUndo: RestoreUndoOffer | null
}

const NOTHING: SafetyState = { deletedCount: 0, restoreUndo: null }

export function readSafetyState(now: Date = new Date(), name: string = DATABASE_NAME): Promise<SafetyState> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest
    try {
      request = indexedDB.open(name)
    } catch {
      resolve(NOTHING)
      return
    }
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = (event) => {
      event.preventDefault()
      resolve(NOTHING)
    }
    request.onsuccess = () => {
      const db = request.result
      db.onversionchange = () => db.close()
      if (Math.floor(db.version / 10) !== SCHEMA_VERSION || !db.objectStoreNames.contains('deleted')) {
        db.close()
        resolve(NOTHING)
        return
      }
      const transaction = db.transaction(['meta', 'deleted'], 'readonly')
      const cutoff = new Date(now.getTime() - KEEP_DELETED_DAYS * 24 * 60 * 60 * 1000).toISOString()
      const count = transaction.objectStore('deleted').index('deletedAt').count(IDBKeyRange.lowerBound(cutoff))
      const undo = transaction.objectStore('meta').get(RESTORE_UNDO_KEY) as IDBRequest<MetaRow | undefined>
      transaction.oncomplete = () => {
        db.close()
        resolve({ deletedCount: count.result, restoreUndo: undoOffer(undo.result?.value) })
      }
      transaction.onabort = () => {
        db.close()
        resolve(NOTHING)
      }
    }
  })
}

/** The offer to undo a restore, from what `meta` holds of it (null when nothing, or not understood). */
export function undoOffer(value: unknown): RestoreUndoOffer | null {
  const undo = value as RestoreUndo | undefined
  if (!undo || typeof undo.at !== 'string' || !Array.isArray(undo.added) || !Array.isArray(undo.replaced)) return null
  return { at: undo.at, count: undo.added.length + undo.replaced.length }
}
