// Edge cases: zero loss, ties, withdrawn and same-day offers, the largest
// amounts, other base currencies, and the display helpers.
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  Dec,
  formatAmount,
  formatMoney,
  formatPercent,
  minorUnits,
  parseCaseFile,
  roundMoney,
  roundPercent,
  summarizeCase,
} from '@/domain'
import { comp, demand, idOf, loss, payment, rawCase, seller, summarize, text } from './helpers'

const MAX = '999999999999999.99999999'

describe('zero loss', () => {
  const summary = summarize({ offers: [seller('100'), demand('200')], payments: [payment('10')] })

  it('has no ratio anywhere, and nothing outstanding', () => {
    expect(text(summary.lossTotal)).toBe('0')
    expect(summary.recoveredRatio).toBeNull()
    expect(summary.netRecoveredRatio).toBeNull()
    expect(summary.offers.map((o) => o.ratio)).toEqual([null, null])
    expect(text(summary.outstanding)).toBe('0')
  })

  it('still computes every other figure', () => {
    expect(text(summary.receivedTotal)).toBe('10')
    expect(text(summary.gap)).toBe('100')
    expect(idOf(summary.latestOffer)).toBe('o1')
  })

  it('an empty case summarizes to zeros and nulls', () => {
    const empty = summarize({ parties: [], fx: [] })
    expect([empty.lossTotal, empty.costTotal, empty.receivedTotal, empty.outstanding, empty.netRecovered].map(text)).toEqual(['0', '0', '0', '0', '0'])
    expect([empty.latestOffer, empty.bestOffer, empty.acceptedOffer, empty.latestDemand, empty.gap, empty.midpoint, empty.lift, empty.assessment, empty.paidAgainstAccepted]).toEqual(
      Array(9).fill(null),
    )
    expect(empty.offers).toEqual([])
    expect(empty.properties).toEqual([])
  })
})

describe('same-day offers', () => {
  it('keep their file order, before and after other dates', () => {
    const summary = summarize({
      offers: [
        seller('300', { id: 'c', date: '2024-05-02' }),
        demand('900', { id: 'd', date: '2024-05-02' }),
        seller('100', { id: 'a', date: '2024-05-01' }),
        seller('250', { id: 'e', date: '2024-05-02' }),
        seller('200', { id: 'b', date: '2024-05-01' }),
      ],
    })
    expect(summary.offers.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(idOf(summary.latestOffer)).toBe('e')
    expect(summary.offers.map((o) => text(o.concession))).toEqual([null, '100', '100', null, '-50'])
  })

  it('a same-day tie for best goes to the one earlier in the file', () => {
    const summary = summarize({ offers: [seller('300', { id: 'x', date: '2024-05-02' }), seller('300', { id: 'y', date: '2024-05-02' })] })
    expect(idOf(summary.bestOffer)).toBe('x')
    expect(idOf(summary.latestOffer)).toBe('y')
  })

  it('the later of two same-day accepted moves is the accepted offer', () => {
    const summary = summarize({
      offers: [demand('300', { id: 'first', status: 'accepted', date: '2024-05-02' }), seller('300', { id: 'second', status: 'accepted', date: '2024-05-02' })],
    })
    expect(idOf(summary.acceptedOffer)).toBe('second')
  })
})

describe('exactness with the largest amounts', () => {
  it('sums ten 15-digit amounts with 8 decimals exactly', () => {
    const summary = summarize({ losses: Array.from({ length: 10 }, () => loss(MAX)) })
    expect(text(summary.lossTotal)).toBe('9999999999999999.9999999')
  })

  it('one hundred-millionth outstanding on a 16-digit total', () => {
    const summary = summarize({ losses: [loss(MAX), loss('0.00000002')], payments: [payment(MAX), payment('0.00000001')] })
    expect(text(summary.lossTotal)).toBe('1000000000000000.00000001')
    expect(text(summary.outstanding)).toBe('0.00000001')
  })

  it('converts a 15-digit amount without losing a digit', () => {
    const summary = summarize({ losses: [loss(MAX, 'CNY')] })
    expect(text(summary.lossTotal)).toBe('124999999999999.99999999875')
  })

  it('keeps the smallest amount against the largest', () => {
    const summary = summarize({ losses: [loss(MAX)], payments: [payment('0.00000001')] })
    expect(text(summary.outstanding)).toBe('999999999999999.99999998')
    expect(summary.recoveredRatio!.isZero()).toBe(false)
    expect(summary.recoveredRatio!.times(summary.lossTotal).toSignificantDigits(30).toFixed()).toBe('0.00000001')
  })

  it('keeps the offer totals and concessions exact', () => {
    const summary = summarize({ offers: [seller([comp('sam', MAX), comp('dad', MAX)]), seller([comp('sam', MAX), comp('dad', MAX), comp('friend', '0.00000001')])] })
    expect(text(summary.offers[0]!.total)).toBe('1999999999999999.99999998')
    expect(text(summary.offers[1]!.concession)).toBe('0.00000001')
    expect(text(summary.lift)).toBe(new Dec('0.00000001').div('1999999999999999.99999998').toFixed())
  })

  it('does not depend on the global Decimal configuration', () => {
    const saved = Decimal.precision
    const savedRounding = Decimal.rounding
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN })
    try {
      const summary = summarize({ losses: Array.from({ length: 3 }, () => loss(MAX)), payments: [payment('1', 'CNY')] })
      expect(text(summary.lossTotal)).toBe('2999999999999999.99999997')
      expect(text(summary.receivedTotal)).toBe('0.125')
    } finally {
      Decimal.set({ precision: saved, rounding: savedRounding })
    }
  })

  it('works with at least 40 significant digits', () => {
    expect(Dec.precision).toBeGreaterThanOrEqual(40)
    const summary = summarize({ losses: [loss('1', 'CNY')], fx: [{ currency: 'CNY', perBase: '7.2' }] })
    expect(summary.lossTotal.toSignificantDigits(40).toFixed()).toBe(`0.13${'8'.repeat(37)}9`)
  })
})

describe('other base currencies', () => {
  it('a JPY case computes unrounded and shows whole yen, half-up', () => {
    const summary = summarizeCase(
      parseCaseFile(
        rawCase({
          baseCurrency: 'JPY',
          fx: [{ currency: 'USD', perBase: '0.008' }],
          parties: [{ id: 'sam', name: 'Sam Seller', role: 'seller' }],
          losses: [loss('1000.5', 'JPY'), loss('0.01', 'USD')],
          offers: [seller([comp('sam', '1234.5', { currency: 'JPY' })])],
        }),
      ),
    )
    expect(text(summary.lossTotal)).toBe('1001.75')
    expect(formatMoney(summary.lossTotal, 'JPY')).toBe('¥1,002')
    expect(formatMoney(summary.offers[0]!.total, 'JPY')).toBe('¥1,235')
  })
})

describe('display helpers', () => {
  it.each([
    ['USD', 2],
    ['CNY', 2],
    ['HKD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
  ])('minorUnits(%s) is %i', (currency, units) => {
    expect(minorUnits(currency)).toBe(units)
  })

  it.each([
    ['2.005', 'USD', '2.01'],
    ['2.00499999', 'USD', '2'],
    ['2.015', 'CNY', '2.02'],
    ['0.125', 'EUR', '0.13'],
    ['1234.5', 'JPY', '1235'],
    ['1234.49999999', 'JPY', '1234'],
    ['0.5', 'KRW', '1'],
    [`${MAX}5`, 'USD', '1000000000000000'],
  ])('roundMoney(%s, %s) is %s, half-up', (value, currency, expected) => {
    expect(roundMoney(new Dec(value), currency).toFixed()).toBe(expected)
  })

  it('roundMoney does not change the value it is given', () => {
    const value = new Dec('2.005')
    roundMoney(value, 'USD')
    expect(value.toFixed()).toBe('2.005')
  })

  it.each([
    ['2.005', 'USD', '$2.01'],
    ['90418.825', 'USD', '$90,418.83'],
    ['123456789012345.675', 'USD', '$123,456,789,012,345.68'],
    ['0', 'USD', '$0.00'],
    ['1234.5', 'JPY', '¥1,235'],
    ['1234.4', 'JPY', '¥1,234'],
    ['1000000.5', 'KRW', '₩1,000,001'],
    ['440000', 'HKD', 'HK$440,000.00'],
    ['7.2', 'CNY', 'CNY 7.20'],
    ['-2.005', 'USD', '-$2.01'],
    ['-0.001', 'USD', '$0.00'],
    ['-0.4', 'JPY', '¥0'],
  ])('formatMoney(%s, %s) is %s', (value, currency, expected) => {
    expect(formatMoney(new Dec(value), currency)).toBe(expected)
  })

  it.each([
    ['90418.825', 'USD', '90,418.83'],
    ['1234.5', 'JPY', '1,235'],
  ])('formatAmount(%s, %s) is %s', (value, currency, expected) => {
    expect(formatAmount(new Dec(value), currency)).toBe(expected)
  })

  it.each([
    ['0.691227', '69.12%'],
    ['0.69125', '69.13%'],
    ['0.6912499999', '69.12%'],
    ['0.00005', '0.01%'],
    ['0', '0.00%'],
    ['1', '100.00%'],
    ['1.5', '150.00%'],
    ['12345.6789', '1,234,567.89%'],
    ['-0.15', '-15.00%'],
    ['-0.00001', '0.00%'],
  ])('formatPercent(%s) is %s, two decimals half-up', (ratio, expected) => {
    expect(formatPercent(new Dec(ratio))).toBe(expected)
  })

  it.each([
    ['0.691227', '69.12'],
    ['0.69125', '69.13'],
    ['0.33333333333333333333333333333', '33.33'],
  ])('roundPercent(%s) is %s', (ratio, expected) => {
    expect(roundPercent(new Dec(ratio)).toFixed()).toBe(expected)
  })

  it('shows a negative net recovery with its sign', () => {
    const summary = summarize({ losses: [loss('200')], payments: [payment('50')], costs: [{ description: 'Counsel', amount: '80.005', currency: 'USD' }] })
    expect(formatMoney(summary.netRecovered, 'USD')).toBe('-$30.01')
    expect(formatPercent(summary.netRecoveredRatio!)).toBe('-15.00%')
  })

  it('shows a recovery ratio of a third as 33.33% and two thirds as 66.67%', () => {
    expect(formatPercent(summarize({ losses: [loss('3')], payments: [payment('1')] }).recoveredRatio!)).toBe('33.33%')
    expect(formatPercent(summarize({ losses: [loss('3')], payments: [payment('2')] }).recoveredRatio!)).toBe('66.67%')
  })
})
