// The signed history (docs/sync.md §6): chains and forks that verify, and every kind of
// failure named at the entry that causes it.
import { describe, expect, it } from 'vitest'
import type { HistoryEntry, StoredEntry } from '@/domain/history'
import { appendChanges, generateDeviceKeys, hashEntry, headsOf, publicKeyText, registerDevice, revokeDevice, signEntry, signerOf, verifyHistory } from '@/sync/history'
import { amountChange, team, writer } from './team'

const T1 = '2026-12-06T09:14:03.120Z'
const T2 = '2026-12-06T10:00:00.000Z'
const T3 = '2026-12-06T11:00:00.000Z'

describe('writing the history', () => {
  it('chains the entries of one save: the first follows the heads, each next the one before', async () => {
    const { laptop } = await team()
    const written = await appendChanges(['b'.repeat(64), 'a'.repeat(64)], [amountChange('o3', '250000', '300000'), amountChange('o4', '1', '2')], writer(laptop, T1))
    expect(written).toHaveLength(2)
    expect(written[0]!.entry.parents).toEqual(['a'.repeat(64), 'b'.repeat(64)])
    expect(written[1]!.entry.parents).toEqual([written[0]!.hash])
    expect(written[0]!.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await hashEntry(written[0]!.entry)).toBe(written[0]!.hash)
    expect(headsOf(written)).toEqual([written[1]!.hash])
    expect(written[0]!.entry).toMatchObject({ caseId: 'case-1', author: 'Li Na', device: laptop.fingerprint, at: T1, field: 'components[1].amount', before: '250000', after: '300000' })
    expect(written[0]!.entry.sig).toMatch(/^[A-Za-z0-9+/]{86}==$/)
  })

  it('gives a device a 26-character base-32 fingerprint of its public key', async () => {
    const { laptop, phone } = await team()
    expect(laptop.fingerprint).toMatch(/^[a-z2-7]{26}$/)
    expect(phone.fingerprint).not.toBe(laptop.fingerprint)
    expect(laptop.keys.privateKey.extractable).toBe(false)
  })

  it('signs the same hash for the same entry whatever the order of its keys', async () => {
    const { laptop } = await team()
    const [stored] = await appendChanges([], [amountChange('o3', '1', '2')], writer(laptop, T1))
    const { sig: _sig, ...unsigned } = stored!.entry
    const reordered = Object.fromEntries(Object.entries(unsigned).reverse()) as typeof unsigned
    expect(await hashEntry(reordered)).toBe(stored!.hash)
    expect((await signEntry(reordered, laptop.privateKey)).field).toBe('components[1].amount')
  })
})

describe('checking the history', () => {
  it('verifies a chain and counts its entries and devices', async () => {
    const { laptop, phone, devices } = await team()
    const first = await appendChanges([], [amountChange('o3', '250000', '300000'), amountChange('o3', '300000', '310000')], writer(laptop, T1))
    const second = await appendChanges(headsOf(first), [amountChange('o3', '310000', '320000')], writer(phone, T2))
    expect(await verifyHistory([...second, ...first], devices, [])).toEqual({ ok: true, entries: 3, devices: 3 })
  })

  it('verifies a fork (two devices writing after one head) and the merge entry that joins it', async () => {
    const { laptop, phone, desk, devices } = await team()
    const root = await appendChanges([], [amountChange('o1', '1', '2')], writer(laptop, T1))
    const left = await appendChanges(headsOf(root), [amountChange('o1', '2', '3')], writer(phone, T2))
    const right = await appendChanges(headsOf(root), [amountChange('o2', '5', '6')], writer(desk, T2))
    const forked = [...root, ...left, ...right]
    expect(headsOf(forked)).toHaveLength(2)
    expect(await verifyHistory(forked, devices, [])).toEqual({ ok: true, entries: 3, devices: 3 })
    const merge = await appendChanges(headsOf(forked), [amountChange('o1', '3', '4')], writer(laptop, T3))
    expect(merge[0]!.entry.parents).toEqual(headsOf(forked))
    expect(headsOf([...forked, ...merge])).toEqual([merge[0]!.hash])
    expect(await verifyHistory([...merge, ...forked], devices, [])).toEqual({ ok: true, entries: 4, devices: 3 })
  })

  it("names a tampered entry by its hash: an entry's after changed", async () => {
    const { laptop, phone, devices } = await team()
    const first = await appendChanges([], [amountChange('o3', '250000', '300000')], writer(laptop, T1))
    const second = await appendChanges(headsOf(first), [amountChange('o3', '300000', '310000'), amountChange('o3', '310000', '320000')], writer(phone, T2))
    const tampered: StoredEntry = { hash: second[0]!.hash, entry: { ...second[0]!.entry, after: '990000' } }
    const result = await verifyHistory([...first, tampered, second[1]!], devices, [])
    expect(result).toMatchObject({ ok: false, reason: 'hash', hash: second[0]!.hash })
    expect(result.ok === false && result.entry?.after).toBe('990000')
  })

  it('names an entry whose signature does not hold (re-signed by another key, same device named)', async () => {
    const { laptop, devices } = await team()
    const stranger = await generateDeviceKeys()
    const [stored] = await appendChanges([], [amountChange('o3', '1', '2')], writer(laptop, T1))
    const forged: StoredEntry = { hash: stored!.hash, entry: await signEntry(stored!.entry, stranger.privateKey) }
    expect(forged.entry.sig).not.toBe(stored!.entry.sig)
    expect(await verifyHistory([forged], devices, [])).toMatchObject({ ok: false, reason: 'signature', hash: stored!.hash })
  })

  it('names an entry re-signed with a key no one registered as signed by an unknown key', async () => {
    const { laptop, devices } = await team()
    const strangerKeys = await generateDeviceKeys()
    const stranger = await signerOf(strangerKeys)
    const first = await appendChanges([], [amountChange('o3', '1', '2')], writer(laptop, T1))
    const original = (await appendChanges(headsOf(first), [amountChange('o3', '2', '3')], writer(laptop, T2)))[0]!
    const { sig: _sig, ...unsigned } = original.entry
    const resigned = { ...unsigned, device: stranger.fingerprint }
    const entry: HistoryEntry = await signEntry(resigned, stranger.privateKey)
    const result = await verifyHistory([...first, { hash: await hashEntry(entry), entry }], devices, [])
    expect(result).toMatchObject({ ok: false, reason: 'unknown-key', device: stranger.fingerprint })
    expect(result.ok === false && result.entry?.after).toBe('3')
  })

  it('refuses an entry by a revoked device after its revocation, and keeps the ones before', async () => {
    const { laptop, desk, devices } = await team()
    const revocation = await revokeDevice(desk.fingerprint, '2026-12-06T10:30:00.000Z', laptop)
    const beforeIt = await appendChanges([], [amountChange('o3', '1', '2')], writer(desk, T2))
    expect(await verifyHistory(beforeIt, devices, [revocation])).toEqual({ ok: true, entries: 1, devices: 3 })
    const afterIt = await appendChanges(headsOf(beforeIt), [amountChange('o3', '2', '3')], writer(desk, T3))
    expect(await verifyHistory([...beforeIt, ...afterIt], devices, [revocation])).toMatchObject({ ok: false, reason: 'revoked', hash: afterIt[0]!.hash })
  })

  it('refuses a revoked device backdating an entry that follows one written after its revocation', async () => {
    const { laptop, desk, devices } = await team()
    const revocation = await revokeDevice(desk.fingerprint, '2026-12-06T10:30:00.000Z', laptop)
    const later = await appendChanges([], [amountChange('o3', '1', '2')], writer(laptop, T3))
    const backdated = await appendChanges(headsOf(later), [amountChange('o3', '2', '3')], writer(desk, T1))
    expect(await verifyHistory([...later, ...backdated], devices, [revocation])).toMatchObject({ ok: false, reason: 'revoked', hash: backdated[0]!.hash })
  })

  it('names an entry whose parent is missing', async () => {
    const { laptop, devices } = await team()
    const chain = await appendChanges([], [amountChange('o3', '1', '2'), amountChange('o3', '2', '3'), amountChange('o3', '3', '4')], writer(laptop, T1))
    expect(await verifyHistory([chain[0]!, chain[2]!], devices, [])).toMatchObject({ ok: false, reason: 'missing-parent', hash: chain[2]!.hash })
  })

  it('names the first failing entry in the walk order (time, then hash)', async () => {
    const { laptop, phone, devices } = await team()
    const early = await appendChanges(['f'.repeat(64)], [amountChange('o1', '1', '2')], writer(laptop, T1))
    const late = await appendChanges(['e'.repeat(64)], [amountChange('o2', '1', '2')], writer(phone, T2))
    expect(await verifyHistory([...late, ...early], devices, [])).toMatchObject({ reason: 'missing-parent', hash: early[0]!.hash })
  })

  it('refuses a device registered by one that is not registered, and a second self-registered device', async () => {
    const { laptop, devices } = await team()
    const outsiderKeys = await generateDeviceKeys()
    const outsider = await signerOf(outsiderKeys)
    const intruderKeys = await generateDeviceKeys()
    const intruderRecord = await registerDevice(await publicKeyText(intruderKeys.publicKey), { person: 'Mallory', deviceName: 'x', registeredAt: T1 }, outsider)
    const intruder = await signerOf(intruderKeys)
    const entries = await appendChanges([], [amountChange('o3', '1', '2')], { ...writer(laptop, T2), author: 'Mallory', device: intruder.fingerprint, privateKey: intruder.privateKey })
    expect(await verifyHistory(entries, [...devices, intruderRecord], [])).toMatchObject({ ok: false, reason: 'device-registration', hash: entries[0]!.hash })
    const selfMade = await registerDevice(await publicKeyText(outsiderKeys.publicKey), { person: 'Mallory', deviceName: 'y', registeredAt: T1 }, outsider)
    const honest = await appendChanges([], [amountChange('o3', '1', '2')], writer(laptop, T2))
    expect(await verifyHistory(honest, [...devices, selfMade], [])).toMatchObject({ ok: false, entry: null, reason: 'device-registration', device: outsider.fingerprint })
    expect(await verifyHistory(honest, [...devices, selfMade], [], { trustedRoots: [outsider.fingerprint] })).toMatchObject({ ok: false, reason: 'device-registration', hash: honest[0]!.hash })
  })

  it('refuses a registration whose signature was tampered with', async () => {
    const { laptop, phone, devices } = await team()
    const renamed = { ...phone.record, person: 'Someone else' }
    const entries = await appendChanges([], [amountChange('o3', '1', '2')], writer(phone, T2))
    expect(await verifyHistory(entries, [laptop.record, renamed, devices[2]!], [])).toMatchObject({ ok: false, reason: 'device-registration', hash: entries[0]!.hash })
  })

  it('refuses a revocation not signed by a registered device', async () => {
    const { desk, devices } = await team()
    const outsider = await signerOf(await generateDeviceKeys())
    const forged = await revokeDevice(desk.fingerprint, T1, outsider)
    const entries = await appendChanges([], [amountChange('o3', '1', '2')], writer(desk, T2))
    expect(await verifyHistory(entries, devices, [forged])).toMatchObject({ ok: false, entry: null, reason: 'device-registration', device: desk.fingerprint })
  })
})
