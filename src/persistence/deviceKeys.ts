// This device's signing keys, one Ed25519 pair per workspace (docs/sync.md §6.3), kept in a
// small database of their own, 'restitution-device'. IndexedDB stores a CryptoKey as it is
// (CryptoKey objects are structured-cloneable), so the private key stays non-extractable:
// the page can sign with it and never read it. Made on first use.
import { Dexie, type Table } from 'dexie'

export const DEVICE_DATABASE_NAME = 'restitution-device'

/** One row per workspace. */
export interface DeviceKeyRow {
  workspaceId: string
  privateKey: CryptoKey
  publicKey: CryptoKey
  /** ISO 8601 instant the pair was made. */
  createdAt: string
}

export class DeviceKeyDatabase extends Dexie {
  keys!: Table<DeviceKeyRow, string>
  constructor(name = DEVICE_DATABASE_NAME) {
    super(name)
    this.version(1).stores({ keys: 'workspaceId' })
  }
}

// The same algorithm as src/sync/history/crypto.ts (ED25519), which this layer may not import.
async function newKeyPair(): Promise<CryptoKeyPair> {
  return (await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair
}

let shared: DeviceKeyDatabase | null = null
const pending = new Map<string, Promise<CryptoKeyPair>>()

export interface DeviceKeyOptions {
  /** Another database (tests); the app's own by default. */
  db?: DeviceKeyDatabase
  now?: () => Date
}

/**
 * This device's key pair for a workspace, made and kept the first time it is asked for. Two
 * calls at once, or two tabs, get the same pair: the row is written only if none is there yet.
 */
export function deviceKeyFor(workspaceId: string, options: DeviceKeyOptions = {}): Promise<CryptoKeyPair> {
  const db = options.db ?? (shared ??= new DeviceKeyDatabase())
  const key = `${db.name}\u0000${workspaceId}`
  let found = pending.get(key)
  if (!found) {
    found = keyFor(db, workspaceId, options.now ?? (() => new Date())).finally(() => pending.delete(key))
    pending.set(key, found)
  }
  return found
}

async function keyFor(db: DeviceKeyDatabase, workspaceId: string, now: () => Date): Promise<CryptoKeyPair> {
  const kept = await db.keys.get(workspaceId)
  if (kept) return { privateKey: kept.privateKey, publicKey: kept.publicKey }
  // Made outside the transaction: awaiting WebCrypto inside one would let IndexedDB commit it.
  const made = await newKeyPair()
  const row: DeviceKeyRow = { workspaceId, privateKey: made.privateKey, publicKey: made.publicKey, createdAt: now().toISOString() }
  const stored = await db.transaction('rw', db.keys, async () => {
    const other = await db.keys.get(workspaceId)
    if (other) return other
    await db.keys.add(row)
    return row
  })
  return { privateKey: stored.privateKey, publicKey: stored.publicKey }
}

/** Forgets this device's key for a workspace (leaving it); a new pair is made if it is asked for again. */
export async function forgetDeviceKey(workspaceId: string, options: Pick<DeviceKeyOptions, 'db'> = {}): Promise<void> {
  const db = options.db ?? (shared ??= new DeviceKeyDatabase())
  await db.keys.delete(workspaceId)
}
