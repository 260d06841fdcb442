// Reading a typed amount: tolerant of how people write money, strict only where
// a text could mean two different amounts or currencies.
import { describe, expect, it } from 'vitest'
import { Dec, formatMoney, isZeroAmount, payersPlaced, readMoney, type MoneyContext } from '@/domain'

const harbor: MoneyContext = { currencies: ['USD', 'CNY'], current: 'USD' }

describe('amounts people type', () => {
  it.each([
    ['27000', '27000', null],
    ['85000.50', '85000.50', null],
    ['27,000.00', '27000.00', null],
    ['27,000', '27000', null],
    ['1,234,567.5', '1234567.5', null],
    ['$27000', '27000', 'USD'],
    ['$ 27,000.00', '27000.00', 'USD'],
    ['27000 ', '27000', null],
    ['  27000', '27000', null],
    ['２７，０００', '27000', null],
    ['２７０００．５０', '27000.50', null],
    ['￥２，４００', '2400', 'CNY'],
    ['CNY 2,400', '2400', 'CNY'],
    ['2400 cny', '2400', 'CNY'],
    ['RMB 200,000', '200000', 'CNY'],
    ['200000元', '200000', 'CNY'],
    ['25万', '250000', null],
    ['2.5万元', '25000', 'CNY'],
    ['人民币25万', '250000', 'CNY'],
    ['250k', '250000', null],
    ['1.2m USD', '1200000', 'USD'],
    ['US$90,085.50', '90085.50', 'USD'],
    ['HK$ 440,000', '440000', 'HKD'],
    ['€1.234,56', '1234.56', 'EUR'],
    ['1.234.567', '1234567', null],
    ['27 000', '27000', null],
    ['27\u00a0000,00 EUR', '27000.00', 'EUR'],
    ['27000.', '27000', null],
    ['.5', '0.5', null],
    ['007', '007', null],
  ] as const)('%j reads as %s %s', (text, amount, currency) => {
    const reading = readMoney(text, harbor)
    if (amount === null) expect(reading.ok).toBe(false)
    else expect(reading).toEqual({ ok: true, amount, currency })
  })

  it('never goes through a float: 15 digits and 8 decimals come back exactly', () => {
    expect(readMoney('123,456,789,012,345.12345678', harbor)).toEqual({ ok: true, amount: '123456789012345.12345678', currency: null })
  })
})

describe('what is refused, and why', () => {
  it.each([
    ['', 'amount.empty'],
    ['   ', 'amount.empty'],
    ['CNY', 'amount.empty'],
    ['-500', 'amount.negative'],
    ['−500', 'amount.negative'],
    ['USD -500', 'amount.negative'],
    ['1e5', 'amount.exponent'],
    ['27,5', 'amount.decimalComma'],
    ['27,50', 'amount.decimalComma'],
    ['1,23,456', 'amount.grouping'],
    ['1,234.5.6', 'amount.grouping'],
    ['12,34,567.00', 'amount.grouping'],
    ['$500 CNY', 'amount.twoCurrencies'],
    ['abc', 'amount.empty'],
    ['12a4', 'amount.format'],
    ['1234567890123456', 'amount.tooManyDigits'],
    ['1.123456789', 'amount.tooManyDecimals'],
  ] as const)('%j: %s', (text, code) => {
    const reading = readMoney(text, harbor)
    expect(reading.ok ? null : reading.problem.code).toBe(code)
  })

  it('a sign two currencies of the case share is refused, naming both', () => {
    const reading = readMoney('¥5000', { currencies: ['USD', 'CNY', 'JPY'], current: 'USD' })
    expect(reading).toEqual({ ok: false, problem: { code: 'amount.ambiguousSign', params: { sign: '¥', options: 'CNY, JPY' } } })
  })

  it('a shared sign means the field’s own currency when it can', () => {
    expect(readMoney('¥5000', { currencies: ['USD', 'CNY', 'JPY'], current: 'JPY' })).toEqual({ ok: true, amount: '5000', currency: 'JPY' })
    expect(readMoney('$5000', { currencies: ['HKD', 'EUR'], current: 'EUR' })).toEqual({ ok: true, amount: '5000', currency: 'HKD' })
  })

  it('"$" in a case with no dollar currency is the US dollar; "¥" with neither yuan nor yen is the yuan', () => {
    expect(readMoney('$5', { currencies: ['EUR'] })).toEqual({ ok: true, amount: '5', currency: 'USD' })
    expect(readMoney('¥5', { currencies: ['EUR'] })).toEqual({ ok: true, amount: '5', currency: 'CNY' })
  })

  it('a field that takes a plain number refuses a currency', () => {
    expect(readMoney('7.2 CNY', { allowCurrency: false })).toEqual({ ok: false, problem: { code: 'amount.noCurrencyHere', params: {} } })
    expect(readMoney(' 7.2 ', { allowCurrency: false })).toEqual({ ok: true, amount: '7.2', currency: null })
  })
})

describe('money writes the yuan by its code in English and as 人民币…元 in Chinese', () => {
  it.each([
    ['2400', 'CNY', 'en', 'CNY 2,400.00'],
    ['2400', 'CNY', 'en-US', 'CNY 2,400.00'],
    ['2400', 'USD', 'en', '$2,400.00'],
    ['2400', 'JPY', 'en', '¥2,400'],
    ['2400', 'HKD', 'en', 'HK$2,400.00'],
    ['2400', 'CNY', 'zh-CN', '人民币2,400.00元'],
    ['2400', 'USD', 'zh-CN', '2,400.00美元'],
  ])('%s %s in %s is %s', (value, currency, locale, shown) => {
    expect(formatMoney(new Dec(value), currency, locale)).toBe(shown)
  })
})

describe('what a form needs of amounts as read, worked in the domain (components never parse)', () => {
  it.each([
    ['0', true],
    ['0.00', true],
    ['0.01', false],
    ['27000', false],
  ])('%s is zero: %s', (amount, zero) => {
    expect(isZeroAmount(amount)).toBe(zero)
  })

  it('places several payers’ amounts against the payment: placed, the payment, what is left', () => {
    const placed = payersPlaced(['300000', '120000.50'], '500000')
    expect([placed.placed.toFixed(), placed.total.toFixed(), placed.left.toFixed()]).toEqual(['420000.5', '500000', '79999.5'])
    expect(payersPlaced(['300000', '250000'], '500000').left.toFixed()).toBe('-50000')
    expect(payersPlaced([], '10').left.toFixed()).toBe('10')
    // Exactly, never a float: 0.1 + 0.2 is 0.3.
    expect(payersPlaced(['0.1', '0.2'], '0.3').left.isZero()).toBe(true)
  })
})
