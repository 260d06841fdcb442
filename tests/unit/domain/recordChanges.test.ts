import { describe, expect, it } from 'vitest'
import { changedRecords, parseCaseFile, sameData, type CaseFile } from '@/domain'
import { generateCase } from '../../support/generateCase'
import { exampleCase } from '../persistence/helpers'

const harbor = exampleCase('harbor-tools')
const big = parseCaseFile(generateCase({ offers: 300, seed: 11 }))

/** The case with its list replaced by `edit` of it. */
function withList<K extends 'offers' | 'costs' | 'fx' | 'parties'>(file: CaseFile, list: K, edit: (records: CaseFile[K]) => CaseFile[K]): CaseFile {
  return { ...file, [list]: edit(file[list]) }
}

describe('changedRecords: which records an edit added, changed or removed', () => {
  it.each([
    ['nothing, the same file', harbor, harbor, []],
    ['nothing, an equal deep copy', harbor, structuredClone(harbor), []],
    ['nothing, only the title', harbor, { ...harbor, title: 'Renamed' }, []],
    [
      'one offer changed in place',
      big,
      withList(big, 'offers', (offers) => offers.map((offer, index) => (index === 7 ? { ...offer, note: 'edited' } : offer))),
      [{ list: 'offers', key: big.offers[7]!.id, change: 'changed' }],
    ],
    [
      'one offer added at the end',
      big,
      withList(big, 'offers', (offers) => [...offers, { ...offers[0]!, id: 'offer-new' }]),
      [{ list: 'offers', key: 'offer-new', change: 'added' }],
    ],
    [
      'one offer removed from the middle',
      big,
      withList(big, 'offers', (offers) => offers.filter((_, index) => index !== 150)),
      [{ list: 'offers', key: big.offers[150]!.id, change: 'removed' }],
    ],
    [
      'an exchange rate, addressed by its currency',
      harbor,
      withList(harbor, 'fx', (fx) => fx.map((rate, index) => (index === 0 ? { ...rate, rate: '9.99' } : rate))),
      harbor.fx.length > 0 ? [{ list: 'fx', key: harbor.fx[0]!.currency, change: 'changed' }] : [],
    ],
    [
      'a record only moved within its list',
      harbor,
      withList(harbor, 'costs', (costs) => [...costs].reverse()),
      [],
    ],
    [
      'records of two lists, in list order',
      harbor,
      withList(withList(harbor, 'costs', (costs) => costs.slice(1)), 'parties', (parties) => parties.map((party, index) => (index === 0 ? { ...party, name: 'Someone else' } : party))),
      [
        { list: 'parties', key: harbor.parties[0]!.id, change: 'changed' },
        { list: 'costs', key: harbor.costs[0]!.id, change: 'removed' },
      ],
    ],
  ] as const)('%s', (_what, before, after, expected) => {
    expect(changedRecords(before, after)).toEqual(expected)
  })

  it('lists every record as added when there was no case before', () => {
    const changes = changedRecords(null, harbor)
    const count = harbor.fx.length + harbor.parties.length + harbor.losses.length + harbor.properties.length + harbor.offers.length + harbor.payments.length + harbor.costs.length
    expect(changes).toHaveLength(count)
    expect(changes.every((change) => change.change === 'added')).toBe(true)
  })

  it('finds a change deep in a record whose object was copied, and none in one equal with its keys reordered', () => {
    const copied = structuredClone(big)
    const offer = copied.offers[42]!
    const reordered = Object.fromEntries(Object.entries(offer).reverse()) as typeof offer
    copied.offers[42] = reordered
    expect(changedRecords(big, copied)).toEqual([])
    // A value two objects deep: the first part of an offer made of parts.
    const index = copied.offers.findIndex((item) => 'components' in item && Array.isArray(item.components) && item.components.length > 0)
    const deep = copied.offers[index] as unknown as { components: Record<string, unknown>[] }
    deep.components[0] = { ...deep.components[0], note: 'changed deep inside' }
    expect(changedRecords(big, copied)).toEqual([{ list: 'offers', key: big.offers[index]!.id, change: 'changed' }])
  })
})

describe('sameData', () => {
  it.each([
    [1, 1, true],
    ['1', 1, false],
    [null, null, true],
    [null, {}, false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: [1] }, { b: [1], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[], {}, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameData(a, b)).toBe(same)
  })
})
