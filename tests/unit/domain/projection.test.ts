// The ceiling estimated (issue 20): worked examples, each checkable by hand
// (docs/projection.md gives the formulas).
import { describe, expect, it } from 'vitest'
import { appReading, buildCaseView, caseProjection, dayNumber, headroomOf, isoOfDay, parseCaseFile, summarizeCase, type Band, type Dec } from '@/domain'
import { example } from '../../support/examples'
import { comp, demand, loss, property, rawCase, seller, type Json } from './helpers'

const cents = (value: Dec | null | undefined) => (value ? value.toDecimalPlaces(2).toFixed(2) : null)
const band = (found: Band | null) => (found ? [cents(found.low), cents(found.high)] : null)

/** Seller offers every ten days from 1 May 2024 (1, 11, 21, 31 May…), buyer demands the day after each. */
const day = (after: number) => isoOfDay(dayNumber('2024-05-01') + after)
function talks(offers: string[], demands: string[], more: Json = {}) {
  const moves: Json[] = []
  offers.forEach((amount, i) => moves.push(seller(amount, { date: day(10 * i) })))
  demands.forEach((amount, i) => moves.push(demand(amount, { date: day(1 + 10 * i) })))
  const file = parseCaseFile(rawCase({ losses: [loss('1000000')], offers: moves, ...more }))
  return buildCaseView(file, summarizeCase(file))
}

describe('concessions that meet', () => {
  // Seller +100,000, +80,000, +64,000 (ρ = 0.8): O∞ = 344,000 + 64,000 × 0.8/0.2 = 600,000.
  // Buyer −100,000, −50,000, −25,000 (ρ = 0.5): D∞ = 425,000 − 25,000 = 400,000. 600,000 ≥ 400,000: they meet.
  // Round 5: 344,000 + 51,200 = 395,200 against 425,000 − 12,500 = 412,500; round 6: 436,160 against 406,250.
  const view = talks(['100000', '200000', '280000', '344000'], ['600000', '500000', '450000', '425000'])
  const found = caseProjection(view)
  it('reads each side as slowing, with its limit and a band of equal refits', () => {
    expect([found.seller.state, found.seller.fit?.rho.toDecimalPlaces(10).toFixed(), cents(found.seller.limit)]).toEqual(['slowing', '0.8', '600000.00'])
    expect(band(found.seller.band)).toEqual(['600000.00', '600000.00'])
    expect([found.buyer.state, found.buyer.fit?.rho.toDecimalPlaces(10).toFixed(), cents(found.buyer.limit)]).toEqual(['slowing', '0.5', '400000.00'])
  })
  it('meets in round 6, two rounds ahead, ten days a round after 1 June', () => {
    expect(found.outcome.kind).toBe('meet')
    if (found.outcome.kind !== 'meet') return
    expect([found.outcome.roundsAhead, found.outcome.round, found.outcome.date, found.daysPerRound]).toEqual([2, 6, '2024-06-21', 10])
    expect([cents(found.outcome.seller), cents(found.outcome.buyer), cents(found.outcome.amount)]).toEqual(['436160.00', '406250.00', '421205.00'])
  })
  it('sets the midpoint rules beside it: (100,000 + 600,000)/2 and (344,000 + 425,000)/2, within 10% of the loss', () => {
    expect([cents(found.midpoints.first), cents(found.midpoints.latest)]).toEqual(['350000.00', '384500.00'])
    // 421,205 − 350,000 = 71,205, under 100,000 (10% of the 1,000,000 loss).
    expect([cents(found.disagreement?.spread), cents(found.disagreement?.limit), found.disagreement?.disagree]).toEqual(['71205.00', '100000.00', false])
  })
  it('backtests the last move: without 344,000 the trend said 280,000 + 80,000 × 0.8 = 344,000', () => {
    const seller = found.backtests.find((b) => b.side === 'seller')
    expect([cents(seller?.predicted), cents(seller?.actual), seller?.band]).toEqual(['344000.00', '344000.00', null])
  })
})

describe('a stall', () => {
  // Seller +80,000, +40,000, +20,000 (ρ = 0.5): O∞ = 240,000 + 20,000 = 260,000.
  // Buyer −40,000, −20,000, −10,000 (ρ = 0.5): D∞ = 330,000 − 10,000 = 320,000: the trends stop 60,000 apart.
  const view = talks(['100000', '180000', '220000', '240000'], ['400000', '360000', '340000', '330000'])
  const found = caseProjection(view)
  it('says how far apart the trends stop', () => {
    expect(found.outcome.kind).toBe('stall')
    if (found.outcome.kind !== 'stall') return
    expect([cents(found.outcome.ceiling), cents(found.outcome.floor), cents(found.outcome.gap)]).toEqual(['260000.00', '320000.00', '60000.00'])
  })
  it('says when the methods disagree by more than 10% of the loss', () => {
    // Midpoints (100,000 + 400,000)/2 = 250,000 and (240,000 + 330,000)/2 = 285,000; the ceiling 260,000.
    const far = caseProjection(talks(['100000', '180000', '220000', '240000'], ['400000', '360000', '340000', '330000'], { losses: [loss('300000')] }))
    expect([cents(far.disagreement?.spread), cents(far.disagreement?.limit), far.disagreement?.disagree]).toEqual(['35000.00', '30000.00', true])
    expect(found.disagreement?.disagree).toBe(false)
  })
})

describe('a band from leave-one-round-out refits', () => {
  // Concessions 80,000, 40,000, 10,000. The full fit: ρ = √(10,000/80,000) = 0.35355339…;
  // O∞ = 230,000 + 10,000 × ρ/(1 − ρ) = 235,469.18. Left out in turn: ρ = 0.25 (→ 233,333.33),
  // ρ = √(1/8) (→ 235,469.18), ρ = 0.5 (→ 240,000).
  const found = caseProjection(talks(['100000', '180000', '220000', '230000'], ['900000']))
  it('gives the lowest and highest refit', () => {
    expect([found.seller.fit?.rho.toDecimalPlaces(8).toFixed(), cents(found.seller.limit)]).toEqual(['0.35355339', '235469.18'])
    expect(band(found.seller.band)).toEqual(['233333.33', '240000.00'])
  })
  it('backtests on two concessions: 220,000 + 40,000 × 0.5 = 240,000, against 230,000', () => {
    const seller = found.backtests.find((b) => b.side === 'seller')
    expect([cents(seller?.predicted), cents(seller?.actual)]).toEqual(['240000.00', '230000.00'])
  })
})

describe('fewer than three moves', () => {
  const found = caseProjection(talks(['100000', '150000'], ['500000']))
  it('says what is missing instead of a figure', () => {
    expect([found.seller.state, found.seller.missing, found.seller.limit]).toEqual(['missing', 1, null])
    expect([found.buyer.state, found.buyer.missing, found.buyer.limit]).toEqual(['missing', 2, null])
    expect(found.outcome.kind).toBe('unknown')
    expect(found.backtests).toEqual([])
  })
})

describe('a retreat', () => {
  it('is named and left out of the fit', () => {
    // +100,000, −20,000 (a step back), +80,000, +40,000: fitted on 100,000 (k 1), 80,000 (k 3), 40,000 (k 4).
    const found = caseProjection(talks(['100000', '200000', '180000', '260000', '300000'], ['900000']))
    expect(found.seller.retreats.map((c) => [c.k, cents(c.amount), c.row.id])).toEqual([[2, '-20000.00', 'o3']])
    expect(found.seller.state).toBe('slowing')
    expect(found.seller.fit && found.seller.fit.rho.lessThan(1)).toBe(true)
  })
  it('as the latest move, leaves the side without a figure', () => {
    const found = caseProjection(talks(['100000', '200000', '250000', '240000'], ['900000']))
    expect([found.seller.state, found.seller.limit, found.seller.retreats.length]).toEqual(['broken', null, 1])
  })
  it('of the buyer (a demand raised) is named too', () => {
    const found = caseProjection(talks(['100000'], ['500000', '450000', '470000']))
    expect([found.buyer.state, found.buyer.retreats.map((c) => cents(c.amount))]).toEqual(['broken', ['-20000.00']])
  })
})

describe('harbor-tools', () => {
  const { view } = example('harbor-tools')
  const found = caseProjection(view)
  it('reads equal raises (CNY 200,000 twice) as not slowing, and two demands as a move short', () => {
    expect([found.seller.state, found.seller.fit?.rho.toFixed(), found.seller.limit]).toEqual(['not-slowing', '1', null])
    expect([found.buyer.state, found.buyer.missing]).toEqual(['missing', 1])
  })
  it('is agreed: the outcome is met', () => {
    expect(found.outcome.kind).toBe('met')
  })
  it('weighs the flat’s untapped equity and reads the declared final offer and its time limit as the app’s signals', () => {
    const headroom = headroomOf(view)
    // Quick-sale net equity 68,055.56 less the 34,722.22 mortgage loan of the accepted offer.
    expect(headroom.properties.map((p) => [p.property.id, cents(p.untapped)])).toEqual([['yiwu-flat', '33333.33']])
    expect([cents(headroom.threshold), headroom.weighs]).toEqual(['9041.88', true])
    const reading = appReading(view, '2024-05-18')
    expect(reading?.signals.map((s) => s.code)).toEqual(['HEADROOM', 'DECLARED_FINAL', 'GOOD_UNTIL'])
    expect(reading?.signals.find((s) => s.code === 'GOOD_UNTIL')).toMatchObject({ until: '2024-05-20', daysLeft: 2 })
    expect([reading?.contractLevel, reading?.level, reading?.moved]).toEqual(['likely', 'possible', ['lowered-by-headroom']])
  })
  it('leaves the contract’s assessment as it was', () => {
    expect(view.summary.assessment?.level).toBe('likely')
    expect(view.summary.assessment?.signals.map((s) => s.code).sort()).toEqual(['FAMILY_EXTENDED', 'FAMILY_IMMEDIATE', 'FAMILY_PROPERTY', 'THIRD_PARTY_MAJORITY'])
  })
})

describe('a case with untapped equity', () => {
  // The father borrows CNY 400,000 on a flat worth CNY 1,350,000 (quick sale 80%: 1,080,000): 680,000 untouched.
  const file = parseCaseFile(
    rawCase({
      baseCurrency: 'CNY',
      fx: [],
      losses: [loss('2000000', 'CNY')],
      properties: [property('dad', '1350000', { currency: 'CNY', location: 'Jiaxing, Zhejiang' })],
      offers: [seller([comp('sam', '200000', { currency: 'CNY' }), comp('dad', '400000', { currency: 'CNY', kind: 'mortgage', propertyId: 'h1' })])],
    }),
  )
  const view = buildCaseView(file, summarizeCase(file))
  it('finds CNY 680,000 not yet committed, over the threshold of 10% of the loss (200,000)', () => {
    const headroom = headroomOf(view)
    expect([cents(headroom.untapped), cents(headroom.threshold), headroom.weighs]).toEqual(['680000.00', '200000.00', true])
    expect(headroom.properties.map((p) => [cents(p.netEquity), cents(p.committed)])).toEqual([['1080000.00', '400000.00']])
  })
  it('reads the contract’s likely as possible: a ceiling on cash, not on assets', () => {
    const reading = appReading(view, '2024-05-02')
    expect([reading?.contractLevel, reading?.level]).toEqual(['likely', 'possible'])
    expect(view.summary.assessment?.level).toBe('likely')
  })
  it('names headroom under the threshold (10% of a CNY 9,000,000 loss is 900,000) without moving the level', () => {
    const small = parseCaseFile({ ...file, losses: [{ ...file.losses[0], amount: '9000000' }] } as Json)
    const reading = appReading(buildCaseView(small, summarizeCase(small)), '2024-05-02')
    expect([reading?.level, reading?.moved, reading?.signals.map((s) => s.code)]).toEqual(['likely', [], ['HEADROOM']])
  })
})

describe('declared final and good until', () => {
  it('raise not-indicated to possible, as the app’s rules', () => {
    const view = talks(['100000'], [], { offers: [seller('100000', { final: true, goodUntil: '2024-05-10' })] })
    const reading = appReading(view, '2024-05-12')
    expect([view.summary.assessment?.level, reading?.level, reading?.moved]).toEqual(['not-indicated', 'possible', ['raised-by-final']])
    expect(reading?.signals.find((s) => s.code === 'GOOD_UNTIL')).toMatchObject({ daysLeft: -2 })
  })
})
