// What a new move starts with, on harbor-tools as it was entered round by round,
// and exchange rates typed either way round.
import { describe, expect, it } from 'vitest'
import { buildCaseView, movePreview, moveWarnings, needsConfirming, newMove, newMoveDate, parseCaseFile, partStart, perBaseOf, summarizeCase, type CaseFile, type Offer } from '@/domain'
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

  it('the third seller offer is a counter to the second demand, carrying the second offer’s parts with their amounts', () => {
    const move = newMove(upTo(4), 'seller', { today: '2024-05-16' })
    expect(move).toMatchObject({ id: 'o3', type: 'counter', respondsTo: 'd2', from: 'seller' })
    expect(move.from === 'seller' && move.components).toEqual([
      { partyId: 'zhang-wei', kind: 'cash', currency: 'CNY', amount: '200000' },
      { partyId: 'zhang-jun', kind: 'cash', currency: 'CNY', amount: '100000' },
    ])
  })

  it('a second demand carries the first demand’s amount; a demand in parts carries its parts', () => {
    expect(newMove(upTo(3), 'buyer', { today: '2024-05-10' })).toMatchObject({ amount: '90085.50', currency: 'USD' })
    const parts = [{ amount: '186000', currency: 'USD' }, { amount: '9500', currency: 'CNY' }]
    const cut = parseCaseFile({ ...file, offers: [file.offers[0], { id: 'd1', date: '2024-05-04', from: 'buyer', status: 'countered', parts }], payments: [] })
    expect(newMove(buildCaseView(cut, summarizeCase(cut)), 'buyer', { today: '2024-05-10' })).toMatchObject({ parts })
  })

  it('a part beyond the previous offer’s takes the payer and currency of the part before it', () => {
    expect(partStart(upTo(4), 2, { partyId: 'zhang-jun', currency: 'CNY' })).toEqual({ partyId: 'zhang-jun', kind: 'cash', currency: 'CNY' })
    expect(partStart(upTo(5), 1)).toEqual({ partyId: 'zhang-jun', kind: 'mortgage', currency: 'CNY', propertyId: 'yiwu-flat' })
  })

  it('a second demand keeps the currency of the first', () => {
    expect(newMove(upTo(3), 'buyer', { today: '2024-05-10' })).toMatchObject({ id: 'd2', type: 'counter', respondsTo: 'o2', currency: 'USD' })
  })
})

describe('a move checked before it is recorded', () => {
  const third = (amounts: string[], extra: Partial<Offer> = {}): Offer => {
    const move = newMove(upTo(4), 'seller', { today: '2024-05-16' })
    if (move.from !== 'seller') throw new Error('a seller offer')
    return { ...move, ...extra, components: move.components.map((part, i) => ({ ...part, amount: amounts[i] ?? part.amount })) } as Offer
  }

  it.each([
    [['200000', '250000'], 'up', '20833.33'],
    [['200000', '100000'], 'unchanged', '0.00'],
    [['150000', '100000'], 'down', '-6944.44'],
  ] as const)('a seller offer of %j reads %s from the previous one (movement %s at CNY 7.2 to the dollar)', (amounts, direction, movement) => {
    const preview = movePreview(upTo(4), third([...amounts]))!
    expect(preview.direction).toBe(direction)
    expect(preview.movement?.toFixed(2)).toBe(movement)
  })

  it('a lower seller offer is a step back, by how much and from which offer', () => {
    const warnings = moveWarnings(upTo(4), third(['150000', '100000']), '2024-05-16')
    expect(warnings.stepBack?.previous.id).toBe('o2')
    expect(warnings.stepBack?.by.toFixed(2)).toBe('6944.44')
    expect(needsConfirming(warnings)).toBe(true)
    expect(needsConfirming(moveWarnings(upTo(4), third(['200000', '150000']), '2024-05-16'))).toBe(false)
  })

  it('a higher demand is a step back for the buyer', () => {
    const move = { ...newMove(upTo(3), 'buyer', { today: '2024-05-10' }), amount: '95000' } as Offer
    const warnings = moveWarnings(upTo(3), move, '2024-05-10')
    expect(warnings.stepBack?.previous.id).toBe('d1')
    expect(warnings.stepBack?.by.toFixed()).toBe('4914.5')
    expect(movePreview(upTo(3), move)?.direction).toBe('up')
  })

  it('a date before the side’s previous move, or after today, is flagged', () => {
    expect(moveWarnings(upTo(4), third([], { date: '2024-05-08' }), '2024-05-16').datedBefore?.id).toBe('o2')
    expect(moveWarnings(upTo(4), third([], { date: '2024-05-17' }), '2024-05-16').future).toBe(true)
    const fine = moveWarnings(upTo(4), third([], { date: '2024-05-16' }), '2024-05-16')
    expect([fine.datedBefore, fine.future]).toEqual([null, false])
  })

  it('a recorded move is compared with the move before it, not with itself', () => {
    const view = upTo(5)
    const o3 = view.offerById.get('o3')!.offer
    expect(moveWarnings(view, o3, '2024-05-16')).toMatchObject({ stepBack: null, datedBefore: null, future: false })
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
