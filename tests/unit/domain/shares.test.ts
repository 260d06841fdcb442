// Shares that foot: percentages of one total, rounded by largest remainder so the
// printed parts add up to the printed sub-total, and the sub-totals to the total.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec, apportion, footedShares, shownRatio } from '@/domain'

const percent = (ratio: Dec) => ratio.times(100).toFixed(2)
const amounts = (list: readonly (readonly (number | string)[])[]) => list.map((group) => group.map((amount) => new Dec(amount)))
const shownOf = (list: readonly (readonly (number | string)[])[], whole: number | string) => {
  const footed = footedShares(amounts(list), new Dec(whole))
  if (!footed) return null
  return {
    groups: footed.groups.map((group) => [percent(group.share.shown), group.parts.map((part) => percent(part.shown))]),
    total: percent(footed.total.shown),
  }
}

describe('footedShares', () => {
  it.each([
    {
      name: 'the tester’s family: 26.32% + 42.11% under 68.42% becomes 26.32% + 42.10%',
      groups: [[6], [5, 8]],
      whole: 19,
      expected: { groups: [['31.58', ['31.58']], ['68.42', ['26.32', '42.10']]], total: '100.00' },
    },
    {
      name: 'three equal payers: the first takes the hundredth a third leaves over',
      groups: [[1], [1], [1]],
      whole: 3,
      expected: { groups: [['33.34', ['33.34']], ['33.33', ['33.33']], ['33.33', ['33.33']]], total: '100.00' },
    },
    {
      name: 'one group of thirds foots to 100.00%',
      groups: [[1, 1, 1]],
      whole: 3,
      expected: { groups: [['100.00', ['33.34', '33.33', '33.33']]], total: '100.00' },
    },
    {
      name: 'shares that round exactly keep their value',
      groups: [['27777.78'], ['34722.22'], ['6944.44']],
      whole: '69444.44',
      expected: { groups: [['40.00', ['40.00']], ['50.00', ['50.00']], ['10.00', ['10.00']]], total: '100.00' },
    },
    {
      name: 'the hundredth goes to the largest remainder, not to the first',
      groups: [[4, 2, 1]],
      whole: 7,
      // 57.1428 + 28.5714 + 14.2857 = 99.9999: 14.285714… loses most (0.0057%) and takes it.
      expected: { groups: [['100.00', ['57.14', '28.57', '14.29']]], total: '100.00' },
    },
    {
      name: 'groups that do not cover the whole foot to the share they make together',
      groups: [[1], [1]],
      whole: 3,
      expected: { groups: [['33.34', ['33.34']], ['33.33', ['33.33']]], total: '66.67' },
    },
    {
      name: 'a payer of nothing shows 0.00%',
      groups: [[0, 5], [5]],
      whole: 10,
      expected: { groups: [['50.00', ['0.00', '50.00']], ['50.00', ['50.00']]], total: '100.00' },
    },
  ])('$name', ({ groups, whole, expected }) => {
    expect(shownOf(groups, whole)).toEqual(expected)
  })

  it('has no shares of a whole of zero', () => {
    expect(footedShares(amounts([[0]]), new Dec(0))).toBeNull()
  })

  it('keeps each exact share beside the shown one', () => {
    const footed = footedShares(amounts([[5, 8]]), new Dec(19))!
    expect(footed.groups[0]!.parts.map((part) => part.exact.toFixed(8))).toEqual(['0.26315789', '0.42105263'])
  })
})

describe('apportion', () => {
  it.each([
    [['0.25', '0.75'], '1', ['0.25', '0.75']],
    [['0.12345', '0.12345'], '0.2469', ['0.1235', '0.1234']],
    [['0.00005', '0.00005'], '0.0001', ['0.0001', '0']],
    [[], '0', []],
  ])('rounds %j to add up to %s: %j', (exact, total, shown) => {
    expect(apportion(exact.map((value) => new Dec(value)), new Dec(total)).map((share) => share.shown.toFixed())).toEqual(shown)
  })

  it('spreads a total far from the ratios evenly rather than losing it', () => {
    const shown = apportion([new Dec('0.1'), new Dec('0.1')], new Dec('0.2003'))
    expect(shown.map((share) => share.shown.toFixed())).toEqual(['0.1002', '0.1001'])
  })
})

it.each([
  ['0.68421052', '0.6842'],
  ['0.00005', '0.0001'],
  ['0.99995', '1'],
])('shows a lone ratio %s rounded half-up: %s', (exact, shown) => {
  expect(shownRatio(new Dec(exact)).shown.toFixed()).toBe(shown)
})

describe('any shares of one total', () => {
  const cents = fc.integer({ min: 0, max: 10_000_000 })
  const groups = fc.array(fc.array(cents, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
  const ONE_HUNDREDTH = new Dec('0.0001')
  const sumOf = (values: readonly Dec[]) => values.reduce((total, value) => total.plus(value), new Dec(0))

  it('foot: parts to their group, groups to the total; each within 0.01% of its exact value', () => {
    fc.assert(
      fc.property(groups, fc.integer({ min: 0, max: 10_000_000 }), (list, beyond) => {
        const money = list.map((group) => group.map((value) => new Dec(value).div(100)))
        const whole = sumOf(money.flat()).plus(new Dec(beyond).div(100))
        const footed = footedShares(money, whole)
        if (whole.isZero()) return footed === null
        if (!footed) return false
        const near = (share: { shown: Dec; exact: Dec }) => share.shown.minus(share.exact).abs().lessThan(ONE_HUNDREDTH)
        return (
          sumOf(footed.groups.map((group) => group.share.shown)).equals(footed.total.shown) &&
          footed.groups.every((group) => sumOf(group.parts.map((part) => part.shown)).equals(group.share.shown)) &&
          footed.groups.every((group) => near(group.share) && group.parts.every(near)) &&
          near(footed.total) &&
          [footed.total, ...footed.groups.flatMap((group) => [group.share, ...group.parts])].every((share) => share.shown.decimalPlaces() <= 4)
        )
      }),
    )
  })

  it('show 100.00% in total when they cover the whole', () => {
    fc.assert(
      fc.property(groups, (list) => {
        const money = list.map((group) => group.map((value) => new Dec(value).div(100)))
        const whole = sumOf(money.flat())
        const footed = footedShares(money, whole)
        return whole.isZero() ? footed === null : footed?.total.shown.toFixed(4) === '1.0000'
      }),
    )
  })
})
