// New record ids: the next free number of the list's prefix, and under team sync the device's mark,
// so two devices adding offline never make the same id (issue 23).
import { afterEach, describe, expect, it } from 'vitest'
import { ID_PREFIXES, markNewIds, nextId } from '@/domain'

afterEach(() => markNewIds(''))

describe('nextId', () => {
  it('takes the next free number of its prefix', () => {
    expect(nextId(ID_PREFIXES.losses, [])).toBe('l1')
    expect(nextId(ID_PREFIXES.losses, [{ id: 'l1' }, { id: 'l2' }])).toBe('l3')
    expect(nextId(ID_PREFIXES.sellerOffers, [{ id: 'o1' }, { id: 'd1' }, { id: 'd2' }])).toBe('o2')
  })

  it('carries the device’s mark under team sync, so two devices never make the same id', () => {
    const taken = [{ id: 'l1' }]
    markNewIds('9f2c')
    const here = nextId(ID_PREFIXES.losses, taken)
    markNewIds('4b7a')
    const there = nextId(ID_PREFIXES.losses, taken)
    expect([here, there]).toEqual(['l2-9f2c', 'l2-4b7a'])
    expect(nextId(ID_PREFIXES.losses, [...taken, { id: 'l2-4b7a' }])).toBe('l3-4b7a')
    markNewIds('')
    expect(nextId(ID_PREFIXES.losses, taken)).toBe('l2')
  })
})
