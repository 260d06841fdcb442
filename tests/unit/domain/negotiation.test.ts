// The negotiation as the screens read it, on the worked examples: statuses that
// follow the moves, each side's movement per round, the days between rounds, the
// projected landing, the compact what-if, the answer picker and the user's labels.
import { describe, expect, it } from 'vitest'
import {
  Dec,
  answerChoices,
  buildCaseView,
  counteredBy,
  englishWords,
  isExpired,
  isolate,
  negotiationRounds,
  offerLabel,
  parseCaseFile,
  projectedLanding,
  recordMove,
  shownStatus,
  signedMoney,
  standing,
  summarizeCase,
  whatIf,
  whatIfFigures,
  withAddedPart,
  withMoveStatus,
  withOfferTracker,
  type CaseFile,
  type Offer,
} from '@/domain'
import { example, fixed } from '../../support/examples'

const viewOf = (file: CaseFile) => buildCaseView(file, summarizeCase(file))
const english = englishWords()
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id)

describe('statuses that follow the moves', () => {
  const { file } = example('harbor-tools')
  // harbor-tools as it stood before the third offer: the buyer's second demand still open.
  const before: CaseFile = parseCaseFile({
    ...file,
    offers: file.offers.filter((o) => o.id !== 'o3').map((o) => (o.id === 'd2' ? { ...o, status: 'open' } : o)),
    payments: [],
  })
  const o3 = file.offers.find((o) => o.id === 'o3')!

  it('recording a move that answers an open move of the other side counters it, in the same edit', () => {
    const next = parseCaseFile(recordMove(before, { ...o3, status: 'open' }))
    expect(next.offers.map((o) => [o.id, o.status])).toEqual([
      ['o1', 'rejected'],
      ['d1', 'countered'],
      ['o2', 'countered'],
      ['d2', 'countered'],
      ['o3', 'open'],
    ])
    expect(before.offers.find((o) => o.id === 'd2')?.status).toBe('open')
  })

  it.each([
    ['answers nothing', { respondsTo: undefined }],
    ['answers a move that is not open (o2 was countered)', { respondsTo: 'o2' }],
    ['answers its own side', { from: 'seller' as const, respondsTo: 'o2' }],
  ])('leaves every status as it was when the move %s', (_, change) => {
    const move = { ...o3, ...change } as Offer
    expect(counteredBy(before, move)).toBeNull()
    expect(recordMove(before, move).offers.slice(0, 4)).toEqual(before.offers)
  })

  it('accepts or rejects one move with one change, the rest untouched', () => {
    const next = withMoveStatus(before, 'd2', 'accepted')
    expect(next.offers.map((o) => o.status)).toEqual(['rejected', 'countered', 'countered', 'accepted'])
    expect(next.offers.filter((o) => o.id !== 'd2')).toEqual(before.offers.filter((o) => o.id !== 'd2'))
  })

  it('an open move past its good-until date is expired; an accepted one never is', () => {
    const kowloon = example('kowloon-vanished').file
    const final = kowloon.offers.find((o) => o.id === 'd')!
    expect([isExpired(final, '2024-10-04'), isExpired(final, '2024-10-05')]).toEqual([false, true])
    expect(shownStatus(final, '2024-10-05')).toBe('expired')
    expect(shownStatus(o3, '2030-01-01')).toBe('accepted')
    expect(shownStatus(kowloon.offers.find((o) => o.id === 'demand')!, '2030-01-01')).toBe('open')
  })

  it('an accepted move closes the negotiation at its total; before that it stands open', () => {
    const agreed = standing(example('harbor-tools').view)
    expect(agreed.state === 'agreed' && [agreed.accepted.id, fixed(agreed.accepted.summary.total)]).toEqual(['o3', '69444.44444444'])
    const open = standing(example('kowloon-vanished').view)
    expect(open.state === 'open' && [open.latestOffer?.id, open.latestDemand?.id]).toEqual(['d', 'demand'])
  })
})

describe('each side’s movement and the days between rounds', () => {
  it('harbor-tools: the seller raised twice by $27,777.78, the buyer came down $10,085.50', () => {
    const rounds = negotiationRounds(example('harbor-tools').view, '2024-06-01')
    expect(rounds.rounds.map((r) => [r.row.id, fixed(r.movement), r.daysSincePrevious])).toEqual([
      ['o1', null, null],
      ['d1', null, 1],
      ['o2', '27777.77777778', 5],
      ['d2', '10085.50000000', 1],
      ['o3', '27777.77777778', 6],
    ])
    expect(rounds.seller.map(fixed)).toEqual(['27777.77777778', '27777.77777778'])
    expect(rounds.buyer.map(fixed)).toEqual(['10085.50000000'])
    expect([rounds.lastMove?.id, rounds.daysSinceLastMove]).toEqual(['o3', 16])
  })

  it('kowloon: a withdrawn offer is not a round; a demand that goes up is a negative movement', () => {
    const { file } = example('kowloon-vanished')
    const raised = viewOf(parseCaseFile({ ...file, offers: [...file.offers, { id: 'demand2', date: '2024-10-01', from: 'buyer', status: 'open', amount: '420000', currency: 'HKD' }] }))
    const rounds = negotiationRounds(raised, '2024-10-04')
    expect(rounds.rounds.map((r) => r.row.id)).toEqual(['a', 'b', 'c', 'd', 'demand', 'demand2'])
    expect(rounds.seller.map(fixed)).toEqual(['50000.00000000', '30000.00000000', '5000.00000000'])
    expect(rounds.buyer.map(fixed)).toEqual(['-20000.00000000'])
    expect(rounds.rounds.map((r) => r.daysSincePrevious)).toEqual([null, 7, 8, 7, 0, 4])
    expect(rounds.daysSinceLastMove).toBe(3)
  })

  it('each move’s change of its own figure, as shown and exact: a raise +, a lowered demand −, worked from the rounded totals', () => {
    const view = example('harbor-tools').view
    const rounds = negotiationRounds(view, '2024-06-01')
    const two = (value: Dec) => value.toFixed(2)
    expect(rounds.rounds.map((r) => [r.row.id, r.change && two(r.change.shown), r.change && fixed(r.change.exact)])).toEqual([
      ['o1', null, null],
      ['d1', null, null],
      ['o2', '27777.78', '27777.77777778'],
      ['d2', '-10085.50', '-10085.50000000'],
      // The exact raise rounds to 27,777.78, but the shown totals differ by 27,777.77: the change shown foots with them.
      ['o3', '27777.77', '27777.77777778'],
    ])
    // The shown change is the difference of the totals as shown, so a reader subtracting the printed totals gets it.
    for (const round of rounds.rounds) {
      const before = rounds.rounds.slice(0, rounds.rounds.indexOf(round)).filter((r) => r.row.from === round.row.from).pop()
      if (before) expect(round.change!.shown.toFixed(2)).toBe(round.row.summary.total.toDecimalPlaces(2, Dec.ROUND_HALF_UP).minus(before.row.summary.total.toDecimalPlaces(2, Dec.ROUND_HALF_UP)).toFixed(2))
    }
    expect([rounds.changes.seller.map((c) => two(c.shown)), rounds.changes.buyer.map((c) => two(c.shown))]).toEqual([['27777.78', '27777.77'], ['-10085.50']])
  })

  it('a signed change reads + or − before the amount', () => {
    expect([signedMoney(new Dec('5000'), 'USD', english), signedMoney(new Dec('-2000'), 'USD', english)]).toEqual(['+$5,000.00', '−$2,000.00'])
  })

  it('an empty case has no rounds and no last move', () => {
    const rounds = negotiationRounds(example('empty').view, '2024-10-04')
    expect([rounds.rounds.length, rounds.lastMove, rounds.daysSinceLastMove]).toEqual([0, null, null])
  })
})

describe('the projected landing', () => {
  it('kowloon: raises of 30,000 then 5,000 (r = 1/6) land at HKD 186,000', () => {
    const projection = projectedLanding(example('kowloon-vanished').summary)!
    expect(fixed(projection.ratio)).toBe('0.16666667')
    expect(fixed(projection.lastRaise)).toBe('5000.00000000')
    expect(fixed(projection.previousRaise)).toBe('30000.00000000')
    expect(fixed(projection.landing)).toBe('186000.00000000')
  })

  it.each([
    ['harbor-tools: two equal raises (r = 1)', 'harbor-tools'],
    ['an empty case', 'empty'],
  ])('none for %s', (_, name) => {
    expect(projectedLanding(example(name).summary)).toBeNull()
  })

  it.each([
    ['fewer than three offers', ['100', '200']],
    ['growing raises (r = 2)', ['100', '200', '400']],
    ['a step back', ['100', '200', '150']],
    ['no raise', ['100', '200', '200']],
    ['a first step back, then a raise', ['200', '100', '150']],
  ])('none for %s', (_, totals) => {
    const series = totals.map((total) => ({ total: new Dec(total) }))
    expect(projectedLanding({ series } as never)).toBeNull()
  })

  it('raises of 40 then 10 (r = 1/4) from 150 land at 153.33333333', () => {
    const series = ['100', '140', '150'].map((total) => ({ total: new Dec(total) }))
    expect(fixed(projectedLanding({ series } as never)?.landing)).toBe('153.33333333')
  })
})

describe('the compact what-if: “if the partner adds HKD 100,000”', () => {
  it('adds the part to the latest offer and gives every figure the buyer weighs', () => {
    const { view } = example('kowloon-vanished')
    const draft = withAddedPart(view, { partyId: 'partner', kind: 'cash', amount: '100000', currency: 'HKD' }, '2024-10-01')
    expect(draft.components.map((c) => [c.partyId, c.amount])).toEqual([
      ['chan', '125000'],
      ['partner', '60000'],
      ['partner', '100000'],
    ])
    const result = whatIf(view, draft)
    if (!result.ok) throw new Error('the draft is valid')
    const figures = whatIfFigures(view, result)
    expect(fixed(figures.total)).toBe('285000.00000000')
    expect(fixed(figures.ratio)).toBe('0.64772727')
    expect(fixed(figures.netOfCosts)).toBe('269388.18565401')
    expect(fixed(figures.gap)).toBe('115000.00000000')
    expect(fixed(figures.midpoint)).toBe('342500.00000000')
    expect([fixed(figures.byTiming.now), fixed(figures.byTiming.later), fixed(figures.byTiming.property)]).toEqual(['285000.00000000', '0.00000000', '0.00000000'])
    expect(figures.assessment?.level).toBe('possible')
    expect(figures.assessment?.signals.map((s) => s.code)).toEqual(['THIRD_PARTY_MAJORITY'])
  })

  it('harbor-tools: a mortgage due later counts as money that depends on property', () => {
    const { view } = example('harbor-tools')
    const draft = withAddedPart(view, { partyId: 'li-na', kind: 'installments', amount: '72000', currency: 'CNY', dueDate: '2024-09-30' }, '2024-06-01')
    const result = whatIf(view, draft)
    if (!result.ok) throw new Error('the draft is valid')
    const figures = whatIfFigures(view, result)
    expect(fixed(figures.total)).toBe('79444.44444444')
    expect([fixed(figures.byTiming.now), fixed(figures.byTiming.later), fixed(figures.byTiming.property)]).toEqual([
      '34722.22222222',
      '10000.00000000',
      '34722.22222222',
    ])
    expect(fixed(figures.gap)).toBe('555.55555556')
  })
})

describe('which move a move answers', () => {
  const { view } = example('harbor-tools')

  it('lists the other side’s latest moves first, then its own, at most a screenful', () => {
    const choices = answerChoices(view, { side: 'seller', limit: 3 })
    expect([ids(choices.rows), choices.more]).toEqual([['d2', 'd1', 'o3'], 2])
    expect(ids(answerChoices(view, { side: 'buyer', self: 'd2' }).rows)).toEqual(['o3', 'o2', 'o1', 'd1'])
  })

  it('always lists the move answered now, first', () => {
    expect(ids(answerChoices(view, { side: 'seller', current: 'o1', limit: 3 }).rows)).toEqual(['o1', 'd2', 'd1'])
  })

  it.each([
    ['2', ['d2', 'o2']],
    ['#3', ['o3']],
    ['69,4', ['o3']],
    ['80000', ['d2']],
    ['05-1', ['o3', 'd2']],
    ['2024-05-09', ['o2']],
    ['20240504', ['d1']],
    ['nothing', []],
  ])('searching %j finds %j', (query, found) => {
    expect(ids(answerChoices(view, { side: 'seller', query }).rows)).toEqual(found)
  })

  it('stays bounded at 5,000 moves', () => {
    const { file } = example('harbor-tools')
    const offers = Array.from({ length: 5000 }, (_, i): Offer => ({
      id: `m${i}`,
      date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-10`,
      from: i % 2 ? 'buyer' : 'seller',
      status: 'rejected',
      type: 'counter',
      ...(i % 2 ? { amount: String(90000 - i), currency: 'USD' } : { components: [{ partyId: 'huaxin', kind: 'cash', amount: String(1000 + i), currency: 'USD' }] }),
    }) as Offer)
    const big = viewOf(parseCaseFile({ ...file, offers, payments: [] }))
    expect(answerChoices(big, { side: 'seller' }).rows).toHaveLength(8)
    const found = answerChoices(big, { side: 'seller', query: '2500' })
    expect(found.rows.length).toBeLessThanOrEqual(8)
    expect(found.rows[0]?.label.number).toBe(2500)
  })
})

describe('the user’s own label of a move', () => {
  it('stands beside the number wherever the move is named', () => {
    const { file } = example('harbor-tools')
    const labelled = parseCaseFile({ ...file, offers: file.offers.map((o) => (o.id === 'o3' ? withOfferTracker(o, { label: 'Family’s final offer' }) : o)) })
    const row = viewOf(labelled).offerById.get('o3')!
    expect(offerLabel(row.label, english)).toBe(`Seller offer 3 · ${isolate('Family’s final offer')}`)
    expect(offerLabel(row.label, english, 'full')).toBe(`Seller offer 3 · ${isolate('Family’s final offer')} · May 16, 2024 · $69,444.44`)
    expect(ids(answerChoices(viewOf(labelled), { side: 'buyer', query: 'final' }).rows)).toEqual(['o3'])
  })
})
