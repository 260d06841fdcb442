// What a new move starts with, on harbor-tools as it was entered round by round,
// and exchange rates typed either way round.
import { describe, expect, it } from 'vitest'
import { buildCaseView, newMove, newMoveDate, parseCaseFile, partStart, perBaseOf, summarizeCase, type CaseFile } from '@/domain'
import { example } from '../../support/examples'

const { file } = example('harbor-tools')
/** harbor-tools with only its first `n` moves. */
function upTo(n: number) {
  const cut: CaseFile = parseCaseFile({ ...file, offers: file.offers.slice(0, n), payments: [] })
  return buildCaseView(cut, summarizeCase(cut))
}

describe('a new move', () => {
  it('on a live call is dated today; entering past rounds in order, it takes the date of the move just recorded', () => {
    expect(newMoveDate({ today: '2024-05-16' })).toBe('2024-05-16')
    expect(newMoveDate({ today: '2026-01-05', lastRecorded: '2024-05-10' })).toBe('2024-05-10')
    expect(newMoveDate({ today: '2026-01-05', lastRecorded: '2026-01-05' })).toBe('2026-01-05')
    // A move recorded with a later date (a typo, or a date set ahead) never moves the default past today.
    expect(newMoveDate({ today: '2026-01-05', lastRecorded: '2026-02-01' })).toBe('2026-01-05')
  })

  it('the first seller offer is initial, paid by the seller in cash in the base currency, answering nothing', () => {
    const move = newMove(upTo(0), 'seller', { today: '2024-05-03' })
    expect(move).toEqual({
      id: 'o1',
      date: '2024-05-03',
      status: 'open',
      type: 'initial',
      from: 'seller',
      components: [{ partyId: 'zhang-wei', kind: 'cash', currency: 'USD', amount: '' }],
    })
  })

  it('the first demand is initial, answers the seller’s offer, in the base currency', () => {
    const move = newMove(upTo(1), 'buyer', { today: '2026-01-05', lastRecorded: '2024-05-03' })
    expect(move).toEqual({ id: 'd1', date: '2024-05-03', status: 'open', type: 'initial', respondsTo: 'o1', from: 'buyer', amount: '', currency: 'USD' })
  })

  it('the third seller offer is a counter to the second demand, with the payers and currencies of the second offer', () => {
    const move = newMove(upTo(4), 'seller', { today: '2024-05-16' })
    expect(move).toMatchObject({ id: 'o3', type: 'counter', respondsTo: 'd2', from: 'seller' })
    expect(move.from === 'seller' && move.components).toEqual([
      { partyId: 'zhang-wei', kind: 'cash', currency: 'CNY', amount: '' },
      { partyId: 'zhang-jun', kind: 'cash', currency: 'CNY', amount: '' },
    ])
  })

  it('a part beyond the previous offer’s takes the payer and currency of the part before it', () => {
    expect(partStart(upTo(4), 2, { partyId: 'zhang-jun', currency: 'CNY' })).toEqual({ partyId: 'zhang-jun', kind: 'cash', currency: 'CNY' })
    expect(partStart(upTo(5), 1)).toEqual({ partyId: 'zhang-jun', kind: 'mortgage', currency: 'CNY', propertyId: 'yiwu-flat' })
  })

  it('a second demand keeps the currency of the first', () => {
    expect(newMove(upTo(3), 'buyer', { today: '2024-05-10' })).toMatchObject({ id: 'd2', type: 'counter', respondsTo: 'o2', currency: 'USD' })
  })
})

describe('an exchange rate typed either way round', () => {
  it.each([
    ['7.2', 'perBase', '7.2'],
    ['7.20', 'perBase', '7.20'],
    [' 7,200.5 ', 'perBase', '7200.5'],
    ['0.1389', 'inBase', '7.19942405'],
    ['0.125', 'inBase', '8'],
    ['8', 'inBase', '0.125'],
  ] as const)('%j (%s) is stored as perBase %s', (typed, direction, perBase) => {
    expect(perBaseOf(typed, direction)).toEqual({ ok: true, perBase })
  })

  it.each([
    ['0', 'perBase', 'amount.zero'],
    ['', 'inBase', 'amount.empty'],
    ['7.2 CNY', 'perBase', 'amount.noCurrencyHere'],
    ['1000000000', 'inBase', 'fx.tooSmall'],
  ] as const)('%j (%s) is refused: %s', (typed, direction, code) => {
    const result = perBaseOf(typed, direction)
    expect(result.ok ? null : result.problem.code).toBe(code)
  })
})
