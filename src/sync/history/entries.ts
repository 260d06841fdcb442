// Writing the history (docs/sync.md §6.1, §6.2): an entry's hash is the SHA-256 of its canonical
// JSON without `sig`, its signature signs that hash, and the entries of one save follow each
// other: the first follows every current head (a merge when there are several), the next the one before.
import { canonicalEntry } from '@/domain/history/canonical'
import type { FieldChange, HistoryEntry, StoredEntry, UnsignedEntry } from '@/domain/history/historyTypes'
import { hex, sha256, signDigest } from './crypto'

/** The entry's id: the hex SHA-256 of its canonical JSON without `sig`. */
export async function hashEntry(entry: UnsignedEntry): Promise<string> {
  return hex(await sha256(canonicalEntry(entry)))
}

/** The entry signed: `sig` is the Ed25519 signature of its hash. */
export async function signEntry(entry: UnsignedEntry, privateKey: CryptoKey): Promise<HistoryEntry> {
  return { ...unsignedOf(entry), sig: await signDigest(await hashEntry(entry), privateKey) }
}

/** The entry signed, with its hash (what a store keeps, the hash as its id). */
export async function signedAndHashed(entry: UnsignedEntry, privateKey: CryptoKey): Promise<StoredEntry> {
  const hash = await hashEntry(entry)
  return { hash, entry: { ...unsignedOf(entry), sig: await signDigest(hash, privateKey) } }
}

/** Who writes the entries of one save, and when. */
export interface Writer {
  caseId: string
  author: string
  /** The signing device's fingerprint. */
  device: string
  /** ISO 8601 instant; every entry of one save carries it. */
  at: string
  privateKey: CryptoKey
}

/**
 * One signed entry per change, chained: the first names every current head as its parents (sorted,
 * so the same heads give the same entry), each next one the entry before it. Returns them in that
 * order with their hashes; the last one's hash is the case's new head.
 */
export async function appendChanges(heads: readonly string[], changes: readonly FieldChange[], writer: Writer): Promise<StoredEntry[]> {
  const written: StoredEntry[] = []
  let parents = [...new Set(heads)].sort()
  for (const change of changes) {
    const stored = await signedAndHashed(
      {
        caseId: writer.caseId,
        parents,
        at: writer.at,
        author: writer.author,
        device: writer.device,
        record: change.record ? { list: change.record.list, id: change.record.id } : null,
        field: change.field,
        before: change.before,
        after: change.after,
      },
      writer.privateKey,
    )
    written.push(stored)
    parents = [stored.hash]
  }
  return written
}

/** The heads of a history: the hashes no entry follows, sorted. */
export function headsOf(entries: readonly StoredEntry[]): string[] {
  const followed = new Set<string>()
  for (const { entry } of entries) for (const parent of entry.parents) followed.add(parent)
  return [...new Set(entries.map((stored) => stored.hash))].filter((hash) => !followed.has(hash)).sort()
}

function unsignedOf(entry: UnsignedEntry): UnsignedEntry {
  const { caseId, parents, at, author, device, record, field, before, after } = entry
  return { caseId, parents: [...parents], at, author, device, record: record ? { list: record.list, id: record.id } : null, field, before, after }
}
