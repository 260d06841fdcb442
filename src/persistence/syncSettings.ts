// Team sync's settings on this device (docs/sync.md §5.2): the server, the database and the
// user name. None of them is case data; the server password and the team passphrase are never
// stored: they are asked when sync is unlocked and kept in memory for the session.
export interface SyncSettings {
  /** The server as the app reaches it: a path of the app's own origin (`/couchdb`) or an absolute URL. */
  server: string
  database: string
  user: string
  /** Who this person is in the history (a name colleagues recognise). */
  person: string
  /** This device's name in the history ("office laptop"). */
  deviceName: string
  /** A random id, so each workspace has its own local replica and device key. */
  workspaceId: string
}

export const SYNC_SETTINGS_KEY = 'restitution-tracker.sync'

const FIELDS = ['server', 'database', 'user', 'person', 'deviceName', 'workspaceId'] as const

/** The stored settings, or null when sync was never set up (or what is stored is not understood). */
export function readSyncSettings(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): SyncSettings | null {
  let text: string | null
  try {
    text = storage?.getItem(SYNC_SETTINGS_KEY) ?? null
  } catch {
    return null
  }
  if (!text) return null
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    if (typeof value !== 'object' || value === null) return null
    for (const field of FIELDS) if (typeof value[field] !== 'string' || value[field] === '') return null
    return Object.fromEntries(FIELDS.map((field) => [field, value[field]])) as unknown as SyncSettings
  } catch {
    return null
  }
}

export function writeSyncSettings(settings: SyncSettings, storage: Pick<Storage, 'setItem'> = globalThis.localStorage): void {
  storage.setItem(SYNC_SETTINGS_KEY, JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, settings[field]]))))
}

export function clearSyncSettings(storage: Pick<Storage, 'removeItem'> = globalThis.localStorage): void {
  storage.removeItem(SYNC_SETTINGS_KEY)
}
