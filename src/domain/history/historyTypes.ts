// The signed history of a case (docs/sync.md §6): one entry per changed field, chained by
// hashes into a small DAG, each signed by a registered device. Plain data, no crypto here
// (src/sync/history signs and checks). Self-contained on purpose: the tracker block's schema
// (src/domain/tracker/history.ts) checks an exported history against these shapes.

/** The lists of a case file, in the case format's order (case-format.md §1). */
export const HISTORY_LISTS = ['fx', 'parties', 'losses', 'properties', 'offers', 'payments', 'costs'] as const
export type HistoryList = (typeof HISTORY_LISTS)[number]

/** A record of a list: its id (for an exchange rate, its currency). */
export interface RecordRef {
  list: HistoryList
  id: string
}

/**
 * One changed field. `record` is null for the case's own fields (title, base currency,
 * settings, the tracker block). `field` is a path inside the record or the case
 * ('components[1].amount', 'title', 'extra.tracker.reference'); '' is the whole record, for a
 * record added (`before` null) or removed (`after` null), whose value is then the record's JSON.
 * Values are strings exactly as the file has them (amounts are decimal strings); anything
 * that is not a string (a boolean, an object) is its JSON; null is absent.
 */
export interface FieldChange {
  record: RecordRef | null
  field: string
  before: string | null
  after: string | null
}

/** An entry before it is signed: what its hash covers. */
export interface UnsignedEntry extends FieldChange {
  caseId: string
  /** The hashes of the entries it follows: none for the first, two or more for a merge. */
  parents: string[]
  /** ISO 8601 instant, as the signing device's clock had it. */
  at: string
  /** The person, as the device is registered to. */
  author: string
  /** The fingerprint of the signing device's public key. */
  device: string
}

/** An entry with its Ed25519 signature (base64) of the SHA-256 of its canonical JSON without `sig`. */
export interface HistoryEntry extends UnsignedEntry {
  sig: string
}

/** An entry as stored and exported: with its id, the hex SHA-256 of its canonical JSON without `sig`. */
export interface StoredEntry {
  hash: string
  entry: HistoryEntry
}

/** A device registered in the workspace, signed by the device that registered it (itself, for the first). */
export interface DeviceRecord {
  /** SHA-256 of the raw public key, base 32 (RFC 4648, lower case), its first 26 characters. */
  fingerprint: string
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string
  person: string
  deviceName: string
  registeredAt: string
  /** The registering device's fingerprint; its own for the first device. */
  registeredBy: string
  sig: string
}

/** A device revoked from `at` on: entries it signs at or after `at` fail the check. */
export interface Revocation {
  fingerprint: string
  at: string
  /** The revoking device's fingerprint. */
  by: string
  sig: string
}

/** An exported case's history (`extra.tracker.history`). */
export interface HistoryBlock {
  entries: StoredEntry[]
  devices: DeviceRecord[]
  revocations: Revocation[]
}

/** Why the check failed (verify.ts). */
export type HistoryFailure = 'hash' | 'signature' | 'unknown-key' | 'revoked' | 'missing-parent' | 'device-registration'

/**
 * The check's answer. On failure `entry` is the first entry that fails in the walk's order,
 * with its stored hash; it is null when every entry passes but a device's registration or a
 * revocation does not verify (then `device` names that device).
 */
export type HistoryCheck =
  | { ok: true; entries: number; devices: number }
  | { ok: false; entry: HistoryEntry | null; hash: string | null; device: string | null; reason: HistoryFailure }
