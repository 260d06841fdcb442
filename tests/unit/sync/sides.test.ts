// Which rate goes with the chosen base currency: the version the same device wrote, never a guess
// by person (one person can write both sides on two devices).
import { describe, expect, it } from 'vitest'
import { sameSide } from '@/sync/sides'
import type { ConflictVersion, SyncConflict } from '@/sync/bridge'

const rate = (perBase: string, device: string | undefined, here: boolean): ConflictVersion => ({ record: { record: { currency: 'USD', perBase } }, author: 'Li Na', here, ...(device ? { device } : {}) })
const question = (versions: ConflictVersion[]): SyncConflict => ({ caseId: 'c', caseTitle: 'C', key: 'fx/USD', list: 'fx', recordId: 'USD', kind: 'edit-edit', followsBase: true, versions })

describe('sameSide', () => {
  it('takes the version of the device that wrote the chosen base, even when one person wrote both', () => {
    const follower = question([rate('1.1', 'laptop', false), rate('0.14', 'phone', false)])
    expect(sameSide(follower, { record: {}, author: 'Li Na', here: false, device: 'phone' })).toBe(follower.versions[1])
    expect(sameSide(follower, { record: {}, author: 'Li Na', here: false, device: 'laptop' })).toBe(follower.versions[0])
  })

  it('takes none when no single version is that device’s', () => {
    expect(sameSide(question([rate('1.1', 'laptop', false), rate('0.14', 'phone', false)]), { record: {}, author: 'Li Na', here: false, device: 'tablet' })).toBeNull()
    expect(sameSide(question([rate('1.1', 'laptop', false), rate('0.14', 'laptop', false)]), { record: {}, author: 'Li Na', here: false, device: 'laptop' })).toBeNull()
    // Without a device, only this device's own version is known to be the same side.
    expect(sameSide(question([rate('1.1', undefined, false), rate('0.14', undefined, false)]), { record: {}, author: 'Li Na', here: false })).toBeNull()
    const mine = question([rate('1.1', undefined, true), rate('0.14', undefined, false)])
    expect(sameSide(mine, { record: {}, author: 'Li Na', here: true })).toBe(mine.versions[0])
  })
})
