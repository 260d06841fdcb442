// The history's check (docs/sync.md §6.2): the DAG walked from its roots, entries in a
// deterministic order (time, then hash) once every entry they follow has been walked; each
// entry's hash, its parents, its device's registration, its signature and the device's
// revocation checked, and the first entry that fails named with why.
import type { DeviceRecord, HistoryCheck, HistoryFailure, StoredEntry, Revocation } from '@/domain/history/historyTypes'
import { canonicalEntry } from '@/domain/history/canonical'
import { digestSignatureHolds } from './crypto'
import { hashEntry } from './entries'
import { buildRegistry, timeOf, type Registry, type RegistryOptions } from './registry'

export type { HistoryCheck, HistoryFailure }
export type VerifyOptions = RegistryOptions

interface Item {
  stored: StoredEntry
  time: number
  /** The latest time of the entry and every entry before it: a revoked device cannot date an entry before what it follows. */
  latest: number
  waiting: number
}

function before(a: Item, b: Item): boolean {
  if (a.time !== b.time) return a.time < b.time
  if (a.stored.entry.at !== b.stored.entry.at) return a.stored.entry.at < b.stored.entry.at
  return a.stored.hash < b.stored.hash
}

/** A small binary heap of the entries ready to walk, earliest first. */
class Ready {
  private items: Item[] = []
  get size(): number {
    return this.items.length
  }
  push(item: Item): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (!before(items[i]!, items[up]!)) break
      ;[items[i], items[up]] = [items[up]!, items[i]!]
      i = up
    }
  }
  pop(): Item {
    const items = this.items
    const top = items[0]!
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let least = i
        if (l < items.length && before(items[l]!, items[least]!)) least = l
        if (r < items.length && before(items[r]!, items[least]!)) least = r
        if (least === i) break
        ;[items[i], items[least]] = [items[least]!, items[i]!]
        i = least
      }
    }
    return top
  }
}

async function entryFailure(item: Item, present: Set<string>, registry: Registry): Promise<HistoryFailure | null> {
  const { hash, entry } = item.stored
  if ((await hashEntry(entry)) !== hash) return 'hash'
  if (entry.parents.some((parent) => !present.has(parent))) return 'missing-parent'
  const device = registry.valid.get(entry.device)
  if (!device) return registry.invalid.has(entry.device) ? 'device-registration' : 'unknown-key'
  if (!(await digestSignatureHolds(hash, entry.sig, device.key))) return 'signature'
  const revoked = registry.revokedAt.get(entry.device)
  if (revoked !== undefined && item.latest >= revoked) return 'revoked'
  return null
}

/**
 * Checks a case's history: every entry (with its stored hash) against the devices and
 * revocations of the workspace. `{ ok: true }` counts the entries and the devices whose
 * registration holds; otherwise the first failing entry in the walk's order, and why.
 */
export async function verifyHistory(
  entries: readonly StoredEntry[],
  devices: readonly DeviceRecord[],
  revocations: readonly Revocation[],
  options: VerifyOptions = {},
): Promise<HistoryCheck> {
  const registry = await buildRegistry(devices, revocations, options)
  // The same entry stored twice is one entry.
  const unique = new Map<string, StoredEntry>()
  for (const stored of entries) unique.set(`${stored.hash}|${canonicalEntry(stored.entry)}|${stored.entry.sig}`, stored)
  const items: Item[] = [...unique.values()].map((stored) => ({ stored, time: timeOf(stored.entry.at), latest: timeOf(stored.entry.at), waiting: 0 }))
  const present = new Set(items.map((item) => item.stored.hash))
  const unwalked = new Map<string, number>()
  for (const item of items) unwalked.set(item.stored.hash, (unwalked.get(item.stored.hash) ?? 0) + 1)
  const children = new Map<string, Item[]>()
  const ready = new Ready()
  for (const item of items) {
    const parents = new Set(item.stored.entry.parents.filter((parent) => present.has(parent)))
    item.waiting = parents.size
    for (const parent of parents) children.set(parent, [...(children.get(parent) ?? []), item])
    if (item.waiting === 0) ready.push(item)
  }
  const fail = (item: Item | null, reason: HistoryFailure, device: string | null = null): HistoryCheck => ({
    ok: false,
    entry: item?.stored.entry ?? null,
    hash: item?.stored.hash ?? null,
    device: item?.stored.entry.device ?? device,
    reason,
  })

  let walked = 0
  while (ready.size > 0) {
    const item = ready.pop()
    const failure = await entryFailure(item, present, registry)
    if (failure) return fail(item, failure)
    walked++
    const left = unwalked.get(item.stored.hash)! - 1
    unwalked.set(item.stored.hash, left)
    if (left > 0) continue
    for (const child of children.get(item.stored.hash) ?? []) {
      child.latest = Math.max(child.latest, item.latest)
      if (--child.waiting === 0) ready.push(child)
    }
  }
  if (walked < items.length) {
    // Entries that follow each other in a circle: only forged hashes can do that.
    const stuck = items.filter((item) => item.waiting > 0).sort((a, b) => (before(a, b) ? -1 : 1))[0]!
    return fail(stuck, (await hashEntry(stuck.stored.entry)) !== stuck.stored.hash ? 'hash' : 'missing-parent')
  }
  const badDevice = devices.filter((record) => registry.invalid.has(record.fingerprint)).sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1))[0]
  if (badDevice) return fail(null, 'device-registration', badDevice.fingerprint)
  const badRevocation = registry.badRevocations[0]
  if (badRevocation) return fail(null, 'device-registration', badRevocation.fingerprint)
  return { ok: true, entries: items.length, devices: registry.valid.size }
}
