// Figures that foot: totals and differences worked from the figures as shown.
import { describe, expect, it } from 'vitest'
import { Dec, buildCaseView, parseCaseFile, shownFigures, shownMidpoint, shownMoney, shownMovements, shownSum, summarizeCase } from '@/domain'
import { example, fixed } from '../../support/examples'
import { comp, cost, demand, loss, payment, rawCase, seller, type Json } from './helpers'

const two = (value: { shown: Dec } | null) => value?.shown.toFixed(2) ?? null
const viewOf = (over: Json) => {
  const file = parseCaseFile(rawCase(over))
  return buildCaseView(file, summarizeCase(file))
}

describe('shown money', () => {
  it.each([
    ['1.005', 'USD', '1.01'],
    ['1.004999', 'USD', '1'],
    ['1234.5', 'JPY', '1235'],
    ['0.125', 'EUR', '0.13'],
  ])('rounds %s %s half-up to the currency’s minor units: %s', (exact, currency, shown) => {
    const value = shownMoney(new Dec(exact), currency)
    expect(value.shown.toFixed()).toBe(shown)
    expect(value.exact.toFixed()).toBe(exact)
  })

  it('adds up what is shown, not what is exact: three thirds of a dollar make $0.99', () => {
    const third = shownMoney(new Dec(1).div(3), 'USD')
    const total = shownSum([third, third, third])
    expect(total.shown.toFixed(2)).toBe('0.99')
    expect(total.exact.toFixed(2)).toBe('1.00')
  })

  it('takes a midpoint of the shown ends, rounded half-up', () => {
    const mid = shownMidpoint(shownMoney(new Dec('0.01'), 'USD'), shownMoney(new Dec('0.02'), 'USD'), 'USD')
    expect(mid.shown.toFixed(2)).toBe('0.02')
  })
})

describe('the summary’s figures as shown, harbor-tools', () => {
  const { view, summary } = example('harbor-tools')
  const shown = shownFigures(view)

  it('has loss, received and outstanding that foot: $90,418.83 − $62,500.00 = $27,918.83', () => {
    expect([two(shown.lossTotal), two(shown.receivedTotal), two(shown.outstanding)]).toEqual(['90418.83', '62500.00', '27918.83'])
    // Each figure rounded on its own would print $27,918.84 and not foot.
    expect(summary.outstanding.toDecimalPlaces(2).toFixed(2)).toBe('27918.84')
    expect(fixed(shown.outstanding.exact)).toBe(fixed(summary.outstanding))
  })

  it('has net of costs, the accepted offer and what is still to be paid that foot', () => {
    expect([two(shown.costTotal), two(shown.netRecovered)]).toEqual(['8437.50', '54062.50'])
    expect([two(shown.acceptedOffer), two(shown.paidAgainstAccepted), two(shown.stillToPay)]).toEqual(['69444.44', '62500.00', '6944.44'])
    expect([two(shown.latestDemand), two(shown.latestOffer), two(shown.gap), two(shown.midpoint)]).toEqual(['80000.00', '69444.44', '10555.56', '74722.22'])
    expect(fixed(shown.netRecovered.exact)).toBe(fixed(summary.netRecovered))
  })

  it('gives each round’s movement on both sides from the totals as shown', () => {
    const moves = shownMovements(view)
    expect([...moves].map(([id, move]) => [id, two(move)])).toEqual([
      ['o2', '27777.78'],
      ['d2', '10085.50'],
      ['o3', '27777.77'],
    ])
    // o3 exactly: 69,444.44 − 41,666.67 = 27,777.77 on paper, though the exact step rounds to 27,777.78.
    expect(fixed(moves.get('o3')!.exact)).toBe(fixed(summary.offers.find((o) => o.id === 'o3')!.concession))
  })
})

describe('figures that would not foot if rounded one by one', () => {
  it('adds the losses as listed', () => {
    const view = viewOf({ losses: [loss('0.005'), loss('0.005'), loss('0.005')], costs: [cost('0.004')] })
    const shown = shownFigures(view)
    expect(two(shown.lossTotal)).toBe('0.03')
    expect(view.summary.lossTotal.toDecimalPlaces(2).toFixed(2)).toBe('0.02')
    expect(two(shown.netRecovered)).toBe('0.00')
  })

  it('never shows a negative outstanding', () => {
    const shown = shownFigures(viewOf({ losses: [loss('10')], payments: [payment('12')] }))
    expect(two(shown.outstanding)).toBe('0.00')
  })

  it('totals an offer as the sum of its parts as shown', () => {
    const view = viewOf({
      offers: [seller([comp('sam', '0.005'), comp('dad', '0.005')]), demand('1')],
    })
    const shown = shownFigures(view)
    expect(two(shown.latestOffer)).toBe('0.02')
    expect(two(shown.gap)).toBe('0.98')
    expect(view.summary.gap!.toDecimalPlaces(2).toFixed(2)).toBe('0.99')
  })

  it('leaves out withdrawn offers and withdrawn demands when measuring movement', () => {
    const moves = shownMovements(
      viewOf({
        offers: [seller('10'), seller('50', { status: 'withdrawn' }), seller('15'), demand('100'), demand('20', { status: 'withdrawn' }), demand('90')],
      }),
    )
    expect([...moves].map(([id, move]) => [id, two(move)])).toEqual([
      ['o3', '5.00'],
      ['o6', '10.00'],
    ])
  })
})
