import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { OrderKeyError, compareKeys, isOrderKey, keyBetween, keysFor } from '@/sync/order'

describe('keyBetween', () => {
  it.each([
    [null, null, 'a0'],
    ['a0', null, 'a1'],
    ['a1', null, 'a2'],
    ['az', null, 'b00'],
    [null, 'a0', 'Zz'],
    [null, 'Zz', 'Zy'],
    ['a0', 'a1', 'a0V'],
    ['a0', 'a0V', 'a0G'],
    ['a0V', 'a1', 'a0l'],
    ['a1', 'a2', 'a1V'],
    ['b00', 'b01', 'b00V'],
    [null, 'a0V', 'a0'],
  ])('between %s and %s: %s', (a, b, key) => {
    const found = keyBetween(a, b)
    expect(found).toBe(key)
    if (a !== null) expect(a < found).toBe(true)
    if (b !== null) expect(found < b).toBe(true)
  })

  it.each([
    ['a1', 'a1'],
    ['a2', 'a1'],
  ])('refuses %s not before %s', (a, b) => {
    expect(() => keyBetween(a, b)).toThrow(OrderKeyError)
  })

  it.each(['', 'a', 'a10', '!0', 'b0', 'a0 ', `A${'0'.repeat(26)}`])('refuses the invalid key %j', (key) => {
    expect(isOrderKey(key)).toBe(false)
    expect(() => keyBetween(key, null)).toThrow(OrderKeyError)
  })

  it('accepts what it makes', () => {
    for (const key of [...keysFor(100), keyBetween('a0', 'a1'), keyBetween(null, 'a0')]) expect(isOrderKey(key)).toBe(true)
    expect(isOrderKey(7)).toBe(false)
  })
})

describe('keysFor', () => {
  it('gives n strictly increasing short keys', () => {
    const keys = keysFor(3906)
    expect(keys).toHaveLength(3906)
    for (let i = 1; i < keys.length; i++) expect(compareKeys(keys[i - 1] ?? '', keys[i] ?? '')).toBe(-1)
    expect(keys.slice(0, 3)).toEqual(['a0', 'a1', 'a2'])
    expect(keys.filter((key) => key.length === 2)).toHaveLength(62)
    expect(Math.max(...keys.map((key) => key.length))).toBe(3)
    expect(keysFor(3907).at(-1)).toHaveLength(4)
    expect(keysFor(0)).toEqual([])
  })

  it('sorts the same with plain string comparison as with the keys', () => {
    const keys = keysFor(200)
    expect([...keys].reverse().sort()).toEqual(keys)
  })
})

describe('random insertions', () => {
  it('keep the keys strictly sorted and short', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 300 }), (positions) => {
        const keys: string[] = []
        for (const position of positions) {
          const at = position % (keys.length + 1)
          keys.splice(at, 0, keyBetween(keys[at - 1] ?? null, keys[at] ?? null))
        }
        for (let i = 1; i < keys.length; i++) expect((keys[i - 1] ?? '') < (keys[i] ?? '')).toBe(true)
        for (const key of keys) expect(isOrderKey(key)).toBe(true)
        // Random places halve random gaps: the longest key grows with the logarithm, far below one character per insertion.
        expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(4 + Math.ceil(positions.length / 10))
      }),
      { numRuns: 200 },
    )
  })

  it('grow at most about one character per five insertions at the same place (the worst case)', () => {
    const keys = ['a0', 'a1']
    for (let i = 0; i < 300; i++) keys.splice(1, 0, keyBetween(keys[0] ?? null, keys[1] ?? null))
    for (let i = 1; i < keys.length; i++) expect((keys[i - 1] ?? '') < (keys[i] ?? '')).toBe(true)
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(2 + 300 / 5)
  })

  it('stay short when records are added at either end', () => {
    const keys = ['a0']
    for (let i = 0; i < 1000; i++) {
      keys.push(keyBetween(keys[keys.length - 1] ?? null, null))
      keys.unshift(keyBetween(null, keys[0] ?? null))
    }
    for (let i = 1; i < keys.length; i++) expect((keys[i - 1] ?? '') < (keys[i] ?? '')).toBe(true)
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(3)
  })
})
