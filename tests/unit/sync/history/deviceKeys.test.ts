// This device's key pair per workspace, kept in IndexedDB (fake-indexeddb here): made once,
// found again after the database is reopened, its private key still non-extractable and signing.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { DeviceKeyDatabase, deviceKeyFor, forgetDeviceKey } from '@/persistence/deviceKeys'
import { appendChanges, fingerprintOf, registerFirstDevice, verifyHistory } from '@/sync/history'

let counter = 0
const freshName = () => `device-test-${++counter}-${Math.random().toString(36).slice(2)}`

describe('deviceKeyFor', () => {
  it('makes a pair on first use and gives the same one after the database is reopened', async () => {
    const name = freshName()
    const first = new DeviceKeyDatabase(name)
    const made = await deviceKeyFor('ws-1', { db: first, now: () => new Date('2026-12-06T09:00:00Z') })
    expect(made.privateKey.extractable).toBe(false)
    expect(made.privateKey.algorithm.name).toBe('Ed25519')
    const print = await fingerprintOf(made.publicKey)
    first.close()

    const reopened = new DeviceKeyDatabase(name)
    const again = await deviceKeyFor('ws-1', { db: reopened })
    expect(await fingerprintOf(again.publicKey)).toBe(print)
    expect(again.privateKey.extractable).toBe(false)
    expect((await reopened.keys.get('ws-1'))?.createdAt).toBe('2026-12-06T09:00:00.000Z')
    // The kept private key still signs what the kept public key verifies.
    const record = await registerFirstDevice(again, { person: 'Li Na', deviceName: 'office laptop', registeredAt: '2026-12-06T09:00:00.000Z' })
    const entries = await appendChanges([], [{ record: null, field: 'title', before: 'a', after: 'b' }], {
      caseId: 'case-1',
      author: 'Li Na',
      device: record.fingerprint,
      at: '2026-12-06T09:14:00.000Z',
      privateKey: again.privateKey,
    })
    expect(await verifyHistory(entries, [record], [])).toEqual({ ok: true, entries: 1, devices: 1 })
    reopened.close()
  })

  it('keeps one pair per workspace, and one pair when asked twice at once', async () => {
    const db = new DeviceKeyDatabase(freshName())
    const [a, b] = await Promise.all([deviceKeyFor('ws-1', { db }), deviceKeyFor('ws-1', { db })])
    expect(await fingerprintOf(a.publicKey)).toBe(await fingerprintOf(b.publicKey))
    const other = await deviceKeyFor('ws-2', { db })
    expect(await fingerprintOf(other.publicKey)).not.toBe(await fingerprintOf(a.publicKey))
    expect(await db.keys.count()).toBe(2)
    db.close()
  })

  it('makes a new pair after the old one is forgotten', async () => {
    const db = new DeviceKeyDatabase(freshName())
    const before = await fingerprintOf((await deviceKeyFor('ws-1', { db })).publicKey)
    await forgetDeviceKey('ws-1', { db })
    expect(await db.keys.count()).toBe(0)
    expect(await fingerprintOf((await deviceKeyFor('ws-1', { db })).publicKey)).not.toBe(before)
    db.close()
  })
})
