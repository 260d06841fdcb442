// Changing the base currency converts every rate, so every figure means the same in the new currency.
import { describe, expect, it } from 'vitest'
import { Dec, formatMoney, parseCaseFile, parseCaseFileText, rebaseCase, summarizeCase, type CaseFile, type Rebase } from '@/domain'
import { validExamples } from '../../support/examples'
import { rawCase } from './helpers'

function rebased(file: CaseFile, to: string, rate?: string): Rebase {
  const outcome = rebaseCase(file, to, rate)
  if ('problem' in outcome) throw new Error(`refused: ${outcome.problem.code}`)
  return outcome.rebase
}

const example = (name: string) => parseCaseFileText(validExamples().find((e) => e.name === name)!.caseText)

describe('changing the base currency', () => {
  it('converts the rates of the issue’s case: a CNY 720,000 loss of $100,000 becomes €92,000, not €100,000', () => {
    const file = parseCaseFile(
      rawCase({ fx: [{ currency: 'CNY', perBase: '7.2' }], losses: [{ description: 'Deposit', category: 'payment', amount: '720000', currency: 'CNY' }] }),
    )
    expect(formatMoney(summarizeCase(file).lossTotal, 'USD')).toBe('$100,000.00')
    const change = rebased(file, 'EUR', '0.92')
    expect(change.next.baseCurrency).toBe('EUR')
    expect(change.next.fx).toEqual([
      { currency: 'USD', perBase: '1.08695652' },
      { currency: 'CNY', perBase: '7.82608696' },
    ])
    expect(change.rates).toEqual([
      { currency: 'EUR', before: '0.92', after: null, rounded: false },
      { currency: 'USD', before: null, after: '1.08695652', rounded: true },
      { currency: 'CNY', before: '7.2', after: '7.82608696', rounded: true },
    ])
    expect(formatMoney(summarizeCase(change.next).lossTotal, 'EUR')).toBe('€92,000.00')
    expect(change.lossTotal.exact.toFixed()).toBe('92000')
    expect(formatMoney(change.lossTotal.after, 'EUR')).toBe(formatMoney(change.lossTotal.exact, 'EUR'))
  })

  it('keeps every figure exactly, times the rate, when the rates divide exactly', () => {
    // 1 USD = 8 CNY = 0.8 EUR = 100 JPY, switched to CNY.
    const file = parseCaseFile(
      rawCase({
        losses: [
          { description: 'Deposit', category: 'payment', amount: '60000', currency: 'USD' },
          { description: 'Freight', category: 'shipping', amount: '8000', currency: 'CNY' },
          { description: 'Inspection', category: 'inspection', amount: '400000', currency: 'JPY' },
        ],
        offers: [
          { from: 'seller', status: 'rejected', components: [{ partyId: 'sam', kind: 'cash', amount: '100000', currency: 'CNY' }] },
          { from: 'seller', status: 'open', components: [{ partyId: 'dad', kind: 'cash', amount: '20000', currency: 'EUR' }] },
          { from: 'buyer', status: 'open', amount: '50000', currency: 'USD' },
        ],
        payments: [{ amount: '1000', currency: 'EUR' }],
        costs: [{ description: 'Counsel', amount: '5000', currency: 'USD' }],
      }),
    )
    const change = rebased(file, 'CNY')
    expect(change.rate).toBe('8')
    expect(change.next.fx).toEqual([
      { currency: 'USD', perBase: '0.125' },
      { currency: 'EUR', perBase: '0.1' },
      { currency: 'JPY', perBase: '12.5' },
    ])
    expect(change.rates.every((rate) => !rate.rounded)).toBe(true)
    const before = summarizeCase(file)
    const after = summarizeCase(change.next)
    for (const figure of ['lossTotal', 'costTotal', 'receivedTotal', 'outstanding', 'netRecovered', 'gap', 'midpoint'] as const)
      expect(after[figure]?.toFixed(), figure).toBe((before[figure] as Dec).times(8).toFixed())
    for (const ratio of ['recoveredRatio', 'netRecoveredRatio', 'lift'] as const) expect(after[ratio]?.toFixed(), ratio).toBe(before[ratio]?.toFixed())
    expect(after.offers.map((offer) => offer.total.toFixed())).toEqual(before.offers.map((offer) => offer.total.times(8).toFixed()))
    expect(after.assessment?.level).toBe(before.assessment?.level)
    expect(after.assessment?.signals.map((signal) => signal.code)).toEqual(before.assessment?.signals.map((signal) => signal.code))
  })

  it('comes back to the very same rates when changed back', () => {
    const file = parseCaseFile(rawCase({ losses: [{ description: 'Deposit', category: 'payment', amount: '100', currency: 'JPY' }] }))
    const there = rebased(file, 'EUR')
    const back = rebased(there.next, 'USD')
    expect(back.next.fx).toEqual(file.fx)
    expect(back.next.baseCurrency).toBe('USD')
  })

  it.each([
    // 1 USD = 7.2 CNY makes 1 CNY = 0.13888… USD, which a rate can only hold to 8 decimals: the
    // total loss comes out one fen under the exact conversion, and the change says so before it is made.
    ['harbor-tools', 'CNY 651,015.59', 'CNY 651,015.60'],
    ['kowloon-vanished', null, null],
  ])('converts the worked example %s with its own rate, and tells any cent that rounding moves', (name, after, exact) => {
    const file = example(name)
    const to = file.fx[0]!.currency
    const change = rebased(file, to)
    expect(change.next.baseCurrency).toBe(to)
    expect(change.next.fx.map((rate) => rate.currency)).not.toContain(to)
    expect(change.next.fx.map((rate) => rate.currency)).toContain(file.baseCurrency)
    const shown = formatMoney(change.lossTotal.after, to)
    const exactShown = formatMoney(change.lossTotal.exact, to)
    if (after === null) expect(shown).toBe(exactShown)
    else expect([shown, exactShown]).toEqual([after, exact])
    expect(change.lossTotal.after.minus(change.lossTotal.exact).abs().lessThan('0.01')).toBe(true)
    expect(change.next.losses).toEqual(file.losses)
    expect(change.next.offers).toEqual(file.offers)
  })

  it('gives the old base the date and source of the quote it came from', () => {
    const file = parseCaseFile(rawCase({ fx: [{ currency: 'CNY', perBase: '8', asOf: '2024-05-02', source: 'bank quote' }] }))
    expect(rebased(file, 'CNY').next.fx).toEqual([{ currency: 'USD', perBase: '0.125', asOf: '2024-05-02', source: 'bank quote' }])
    // A rate typed in for the change is not that quote.
    expect(rebased(file, 'CNY', '7.5').next.fx[0]).toEqual({ currency: 'USD', perBase: '0.13333333' })
  })

  it('changes a case with no amounts and no rates without asking for a rate', () => {
    const file = parseCaseFile({ format: 'restitution-case', version: 1, id: 'c', title: 'New', baseCurrency: 'USD' })
    const change = rebased(file, 'HKD')
    expect(change.next.baseCurrency).toBe('HKD')
    expect(change.next.fx).toEqual([])
  })

  it.each([
    ['the same currency', 'USD', undefined, 'rebase.same'],
    ['a currency that is not a code', 'euro', undefined, 'currency.format'],
    ['a currency with no rate, and none given', 'GBP', undefined, 'rebase.needsRate'],
    ['a rate of zero', 'GBP', '0', 'amount.zero'],
    ['a rate with a comma', 'GBP', '0,8', 'amount.separators'],
  ])('refuses %s', (_name, to, rate, code) => {
    const file = parseCaseFile(rawCase({ losses: [{ description: 'Deposit', category: 'payment', amount: '100', currency: 'USD' }] }))
    const outcome = rebaseCase(file, to, rate)
    expect('problem' in outcome && outcome.problem.code).toBe(code)
  })

  it('refuses a rate that would be too small to write rather than write zero', () => {
    const file = parseCaseFile(rawCase({ fx: [{ currency: 'XAU', perBase: '0.00000001' }] }))
    const outcome = rebaseCase(file, 'IDR', '16000')
    expect('problem' in outcome && outcome.problem).toEqual({ code: 'rebase.rateTooSmall', params: { currency: 'XAU', to: 'IDR' } })
  })
})
