// The database's name and versions, apart from Dexie, so the case list can read
// its rows straight from IndexedDB (caseListReader.ts) without loading Dexie.

export const DATABASE_NAME = 'restitution-tracker'

/**
 * The shape of what is stored in each record and in `meta`. Raise it (and add
 * a migration) when stored records change meaning; a browser holding a higher
 * number was written by a newer app and is refused.
 */
export const DATA_VERSION = 3

/** The `meta` key that holds the DATA_VERSION of the app that last opened the database. */
export const DATA_VERSION_KEY = 'dataVersion'

/** The newest schema in db.ts's list: the database version this app opens (Dexie stores it as 10×). */
export const SCHEMA_VERSION = 6

/**
 * The largest backup read (in UTF-8 bytes): about 20 cases of the largest size, or tens of
 * thousands of ordinary ones; a bigger text would exhaust the page's memory before it is checked.
 * Here, apart from Dexie and the engine, so the case list can refuse a larger file unread.
 */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024

/** How long a deleted case (or one a restore replaced) is kept in Recently deleted. */
export const KEEP_DELETED_DAYS = 30

/** The `meta` key of what the last restore did, so it can be undone (records.ts, RestoreUndo). */
export const RESTORE_UNDO_KEY = 'restoreUndo'
