// Asking the browser to keep the app's data: without it, a browser short of
// space may silently delete every stored case.

export type PersistentStorageState = 'granted' | 'denied' | 'unsupported'

/** The part of `navigator.storage` used here, so tests can pass their own. */
export interface PersistentStorageManager {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
}

function browserStorage(): PersistentStorageManager | undefined {
  // navigator.storage is missing outside secure contexts and in older browsers.
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as PersistentStorageManager | undefined)
}

/** Asks for persistent storage, unless it is already granted. Some browsers ask the user; others decide alone. */
export async function requestPersistentStorage(
  storage: PersistentStorageManager | undefined = browserStorage(),
): Promise<PersistentStorageState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported'
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'denied'
  }
}

/** Whether storage is already persistent, without asking the user anything. */
export async function checkPersistentStorage(
  storage: PersistentStorageManager | undefined = browserStorage(),
): Promise<PersistentStorageState> {
  if (!storage || typeof storage.persisted !== 'function') return 'unsupported'
  try {
    return (await storage.persisted()) ? 'granted' : 'denied'
  } catch {
    return 'denied'
  }
}
