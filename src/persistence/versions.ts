// The database's name and versions, apart from Dexie, so the case list can read
// its rows straight from IndexedDB (caseListReader.ts) without loading Dexie.

export const DATABASE_NAME = 'restitution-tracker'

/**
 * The shape of what is stored in each record and in `meta`. Raise it (and add
 * a migration) when stored records change meaning; a browser holding a higher
 * number was written by a newer app and is refused.
 */
export const DATA_VERSION = 2

/** The `meta` key that holds the DATA_VERSION of the app that last opened the database. */
export const DATA_VERSION_KEY = 'dataVersion'

/** The newest schema in db.ts's list: the database version this app opens (Dexie stores it as 10×). */
export const SCHEMA_VERSION = 3
