// The reference table and the "more than 3 times away" check (docs/rates.md).
import { describe, expect, it } from 'vitest'
import { checkRate, Dec, ratesOffReference, readRate, referenceRate, REFERENCE_PER_USD, REFERENCE_SOURCES, shownInverse, rateWarning } from '@/domain'

/** The ECB's euro reference rates of 28 February 2025, as published (units per euro). */
const ECB_PER_EUR: Record<string, string> = {
  USD: '1.0411', JPY: '156.96', DKK: '7.4583', GBP: '0.82608', PLN: '4.1503', SEK: '11.1880', CHF: '0.9394', NOK: '11.7245',
  TRY: '38.0186', AUD: '1.6741', BRL: '6.0712', CAD: '1.5019', CNY: '7.5782', HKD: '8.0980', IDR: '17228.17', INR: '90.9710',
  KRW: '1519.92', MXN: '21.2191', MYR: '4.6459', NZD: '1.8579', PHP: '60.355', SGD: '1.4037', THB: '35.567', ZAR: '19.1917', EUR: '1',
}

describe('the reference table', () => {
  it.each(['CNY', 'HKD', 'EUR', 'GBP', 'JPY', 'KRW', 'SGD', 'TWD', 'AUD', 'CAD', 'CHF', 'INR', 'AED', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'MXN', 'BRL', 'ZAR', 'TRY', 'THB', 'MYR', 'IDR', 'PHP', 'VND'])(
    'has %s, with a named source',
    (code) => {
      const entry = REFERENCE_PER_USD[code]
      expect(entry).toBeDefined()
      expect(REFERENCE_SOURCES[entry!.source].url).toMatch(/^https:\/\//)
      expect(new Dec(entry!.perUsd).gt(0)).toBe(true)
    },
  )

  it.each(Object.entries(ECB_PER_EUR))('takes %s from the ECB table: its figure per euro ÷ 1.0411, to 4 significant digits', (code, perEur) => {
    const entry = REFERENCE_PER_USD[code]!
    expect(entry.source).toBe('ecb')
    const exact = new Dec(perEur).div('1.0411')
    expect(new Dec(entry.perUsd).toFixed()).toBe(exact.toSignificantDigits(4).toFixed())
  })

  it.each([
    ['TWD', '31.438', 'taipei', '31.44'],
    ['VND', '24550', 'sbv', '24550'],
    ['AED', '3.6725', 'uaePeg', '3.6725'],
  ])('takes %s (%s per US dollar) from its own source', (code, published, source, kept) => {
    const entry = REFERENCE_PER_USD[code]!
    expect(entry.source).toBe(source)
    expect(entry.perUsd).toBe(kept)
    expect(new Dec(published).div(kept).minus(1).abs().lt('0.001')).toBe(true)
  })
})

describe('cross rates', () => {
  it.each([
    ['USD', 'CNY', '7.279', ['ecb']],
    ['CNY', 'USD', '0.1373815', ['ecb']],
    ['EUR', 'CNY', '7.578345', ['ecb']],
    ['HKD', 'CNY', '0.9358447', ['ecb']],
    ['CNY', 'TWD', '4.319275', ['taipei', 'ecb']],
    ['AED', 'VND', '6684.82', ['sbv', 'uaePeg']],
  ])('1 %s = about %s %s', (base, currency, perBase, sources) => {
    const reference = referenceRate(base, currency)!
    expect(reference.perBase.toSignificantDigits(7).toFixed()).toBe(perBase)
    expect(reference.sources.map((source) => source.id)).toEqual(sources)
  })

  it.each([
    ['USD', 'XAF'],
    ['KWD', 'USD'],
    ['CNY', 'CNY'],
  ])('has no reference for %s → %s', (base, currency) => {
    expect(referenceRate(base, currency)).toBeNull()
    expect(checkRate(base, currency, '1')).toBeNull()
  })
})

describe('the other direction of a rate', () => {
  it.each([
    ['7.2202', '0.1385'],
    ['0.1385', '7.2202'],
    ['7.2', '0.1389'],
    ['1.08', '0.9259'],
    ['7.22021661', '0.1385'],
    ['0.92592593', '1.08'],
    ['25000', '0.00004'],
    ['1460', '0.0006849'],
    ['3', '0.3333'],
  ])('1 / %s is shown as %s', (rate, inverse) => {
    expect(shownInverse(rate)).toBe(inverse)
  })
})

describe('more than 3 times away from the reference', () => {
  it.each([
    // base, currency, rate, off, side, factor, inverse fits
    ['USD', 'CNY', '7.2202', false, 'below', '1', false],
    ['USD', 'CNY', '0.1385', true, 'below', '53', true],
    ['CNY', 'USD', '7.2', true, 'above', '52', true],
    ['CNY', 'USD', '0.1389', false, 'above', '1', false],
    ['USD', 'CNY', '21.837', false, 'above', '3', false],
    ['USD', 'CNY', '21.838', true, 'above', '3', false],
    ['USD', 'CNY', '2.4263', true, 'below', '3', false],
    ['USD', 'CNY', '2.42634', false, 'below', '3', false],
    ['USD', 'JPY', '0.0066', true, 'below', '23000', true],
    ['USD', 'CNY', '100', true, 'above', '14', false],
  ] as const)('1 %s = %s %s: off %s', (base, currency, rate, off, side, factor, inverseFits) => {
    const check = checkRate(base, currency, rate)!
    expect(check).toMatchObject({ base, currency, perBase: rate, off, side, factor, inverseFits })
    expect(rateWarning(base, currency, rate)).toEqual(off ? check : null)
  })

  it('says what it compared: the rate, the reference, its source and date, and the rate the other way round', () => {
    expect(checkRate('USD', 'CNY', '0.1385')).toEqual({
      base: 'USD',
      currency: 'CNY',
      perBase: '0.1385',
      reference: '7.279',
      sources: [REFERENCE_SOURCES.ecb],
      factor: '53',
      side: 'below',
      off: true,
      inverse: '7.22021661',
      inverseShown: '7.2202',
      inverseFits: true,
    })
    expect(REFERENCE_SOURCES.ecb.asOf).toBe('2025-02-28')
  })

  it('lists the rates of a case that are off, in order', () => {
    const file = { baseCurrency: 'USD', fx: [{ currency: 'HKD', perBase: '0.128' }, { currency: 'EUR', perBase: '0.92' }, { currency: 'CNY', perBase: '0.1385' }, { currency: 'XAF', perBase: '0.001' }] }
    expect(ratesOffReference(file).map((check) => [check.currency, check.inverse])).toEqual([
      ['HKD', '7.8125'],
      ['CNY', '7.22021661'],
    ])
  })
})

describe('a rate as it is typed, either way round', () => {
  it.each([
    ['7.2202', 'perBase', '7.2202', '7.2202', '0.1385', false],
    ['0.1385', 'perBase', '0.1385', '0.1385', '7.2202', true],
    ['0.1385', 'inBase', '7.22021661', '7.2202', '0.1385', false],
    ['7,2202', 'perBase', null, null, null, false],
  ] as const)('"%s" typed %s', (typed, direction, perBase, perBaseShown, inBaseShown, warned) => {
    const reading = readRate(typed, direction, 'USD', 'CNY')
    if (perBase === null) return expect(reading.ok).toBe(false)
    expect(reading).toMatchObject({ ok: true, perBase, perBaseShown, inBaseShown })
    expect(reading.ok && reading.warning !== null).toBe(warned)
  })

  it('refuses nothing it can read and warns only for a known pair', () => {
    const reading = readRate('0.001', 'perBase', 'USD', 'XAF')
    expect(reading).toMatchObject({ ok: true, perBase: '0.001', warning: null })
    expect(readRate('0', 'perBase', 'USD', 'CNY').ok).toBe(false)
  })
})
