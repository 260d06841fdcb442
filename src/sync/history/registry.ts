// Which device registrations and revocations hold (docs/sync.md §6.3): a registration is signed
// by a device that holds and was not revoked when it signed; exactly one device, the workspace's
// first, registers itself. A revocation holds when a device that holds signed it before its own
// revocation. The two depend on each other, so they are worked out together until nothing moves.
import { canonicalSigned } from '@/domain/history/canonical'
import type { DeviceRecord, Revocation } from '@/domain/history/historyTypes'
import { publicKeyFrom, signatureHolds } from './crypto'
import { fingerprintOf } from './devices'

export interface Registry {
  /** The devices whose registration holds, by fingerprint, with their verifying key. */
  valid: Map<string, { record: DeviceRecord; key: CryptoKey }>
  /** The fingerprints of registrations that do not hold (none of a fingerprint's records holds). */
  invalid: Set<string>
  /** When each revoked device was revoked (its earliest revocation that holds). */
  revokedAt: Map<string, number>
  /** The revocations that do not hold. */
  badRevocations: Revocation[]
}

export interface RegistryOptions {
  /** The fingerprints this device trusts as the workspace's first device; any self-registered device when absent (only one may be). */
  trustedRoots?: readonly string[]
}

export function timeOf(iso: string): number {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time
}

const byTimeThenName = <T>(time: (item: T) => string, name: (item: T) => string) => (a: T, b: T) =>
  timeOf(time(a)) - timeOf(time(b)) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)

/** The facts of a record that need no other record: its key matches its fingerprint, and the key it names signs it. */
async function ownFacts(record: DeviceRecord): Promise<{ key: CryptoKey | null; fingerprintHolds: boolean }> {
  const key = await publicKeyFrom(record.publicKey)
  if (!key) return { key: null, fingerprintHolds: false }
  return { key, fingerprintHolds: (await fingerprintOf(record.publicKey)) === record.fingerprint }
}

export async function buildRegistry(devices: readonly DeviceRecord[], revocations: readonly Revocation[], options: RegistryOptions = {}): Promise<Registry> {
  const records = [...devices].sort(byTimeThenName((d) => d.registeredAt, (d) => d.fingerprint))
  const facts = await Promise.all(records.map(ownFacts))
  const signatureMemo = new Map<string, Promise<boolean>>()
  const signed = (what: object & { sig: string }, id: string, key: CryptoKey): Promise<boolean> => {
    let found = signatureMemo.get(id)
    if (!found) signatureMemo.set(id, (found = signatureHolds(canonicalSigned(what), what.sig, key)))
    return found
  }
  // The first self-registered device is the root; a second one does not hold.
  const selfRegistered = records.filter((record, i) => record.registeredBy === record.fingerprint && facts[i]!.fingerprintHolds)
  const trusted = options.trustedRoots
  const root = selfRegistered.find((record) => !trusted || trusted.includes(record.fingerprint)) ?? null

  let revokedAt = new Map<string, number>()
  let result: Registry = { valid: new Map(), invalid: new Set(), revokedAt, badRevocations: [] }
  for (let round = 0; round <= records.length + revocations.length + 1; round++) {
    const valid = new Map<string, { record: DeviceRecord; key: CryptoKey }>()
    // Records in time order: a registrar is registered before what it registers.
    for (const [i, record] of records.entries()) {
      if (valid.has(record.fingerprint)) continue
      const { key, fingerprintHolds } = facts[i]!
      if (!key || !fingerprintHolds) continue
      const isRoot = record === root
      const registrar = isRoot ? { record, key } : record.registeredBy === record.fingerprint ? undefined : valid.get(record.registeredBy)
      if (!registrar) continue
      const registrarRevoked = revokedAt.get(record.registeredBy)
      if (registrarRevoked !== undefined && registrarRevoked <= timeOf(record.registeredAt)) continue
      if (await signed(record, `d${i}`, registrar.key)) valid.set(record.fingerprint, { record, key })
    }
    const nextRevoked = new Map<string, number>()
    const badRevocations: Revocation[] = []
    const ordered = [...revocations].sort(byTimeThenName((r) => r.at, (r) => `${r.fingerprint}|${r.by}`))
    for (const [i, revocation] of ordered.entries()) {
      const signer = valid.get(revocation.by)
      const at = timeOf(revocation.at)
      const signerRevoked = nextRevoked.get(revocation.by)
      const holds = signer && at !== Number.POSITIVE_INFINITY && (signerRevoked === undefined || at < signerRevoked) && (await signed(revocation, `r${canonicalSigned(revocation)}|${revocation.sig}|${i}`, signer.key))
      if (!holds) badRevocations.push(revocation)
      else if (!nextRevoked.has(revocation.fingerprint)) nextRevoked.set(revocation.fingerprint, at)
    }
    const invalid = new Set(records.map((record) => record.fingerprint).filter((fingerprint) => !valid.has(fingerprint)))
    result = { valid, invalid, revokedAt: nextRevoked, badRevocations }
    const settled = nextRevoked.size === revokedAt.size && [...nextRevoked].every(([key, value]) => revokedAt.get(key) === value)
    revokedAt = nextRevoked
    if (settled) break
  }
  return result
}
