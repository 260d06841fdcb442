// Properties of the projection (issue 20): the band holds the point estimate, the order
// the moves were entered in changes no figure, and equal concessions are never "slowing".
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec, buildCaseView, caseProjection, dayNumber, isoOfDay, parseCaseFile, summarizeCase, type CaseProjection } from '@/domain'
import { demand, loss, rawCase, seller, type Json } from './helpers'

const day = (after: number) => isoOfDay(dayNumber('2024-03-01') + after)

/** A side's moves from its first amount and its concessions (a step back when negative), in whole dollars. */
function amounts(first: number, steps: readonly number[], direction: 1 | -1): string[] {
  const out = [first]
  for (const step of steps) out.push((out[out.length - 1] as number) + direction * step)
  return out.map((value) => String(Math.max(1, value)))
}

function caseOf(offers: string[], demands: string[], order: (moves: Json[]) => Json[] = (m) => m) {
  const moves: Json[] = [
    ...offers.map((amount, i) => seller(amount, { date: day(2 * i * 7) })),
    ...demands.map((amount, i) => demand(amount, { date: day((2 * i + 1) * 7) })),
  ].map((move, i) => ({ ...move, id: `m${i}` }))
  const file = parseCaseFile(rawCase({ losses: [loss('5000000')], offers: order(moves) }))
  return caseProjection(buildCaseView(file, summarizeCase(file)))
}

/** Every figure of a projection as text, so two can be compared whole. */
function figures(found: CaseProjection): unknown {
  const side = (s: CaseProjection['seller']) => ({
    state: s.state,
    rho: s.fit?.rho.toFixed() ?? null,
    limit: s.limit?.toFixed() ?? null,
    band: s.band ? [s.band.low?.toFixed() ?? null, s.band.high?.toFixed() ?? null] : null,
    retreats: s.retreats.map((c) => `${c.k}:${c.amount.toFixed()}`),
  })
  return {
    seller: side(found.seller),
    buyer: side(found.buyer),
    outcome: JSON.stringify(found.outcome, (_, value: unknown) => (value instanceof Dec ? value.toFixed() : value)),
    days: found.daysPerRound,
    midpoints: [found.midpoints.first?.toFixed() ?? null, found.midpoints.latest?.toFixed() ?? null],
    disagreement: found.disagreement ? [found.disagreement.spread.toFixed(), found.disagreement.disagree] : null,
    backtests: found.backtests.map((b) => [b.side, b.row.id, b.predicted.toFixed(), b.actual.toFixed()]),
  }
}

const step = fc.integer({ min: 1, max: 200_000 })
const steps = fc.array(step, { minLength: 2, maxLength: 7 })
const anySteps = fc.array(fc.integer({ min: -50_000, max: 200_000 }), { minLength: 0, maxLength: 7 })

describe('projection properties', () => {
  it('the band contains the point estimate, for the seller’s ceiling and the buyer’s floor', () => {
    fc.assert(
      fc.property(steps, steps, (up, down) => {
        const found = caseOf(amounts(50_000, up, 1), amounts(3_000_000, down, -1))
        for (const side of [found.seller, found.buyer]) {
          if (!side.limit || !side.band) continue
          if (side.band.low) expect(side.band.low.lessThanOrEqualTo(side.limit)).toBe(true)
          if (side.band.high) expect(side.band.high.greaterThanOrEqualTo(side.limit)).toBe(true)
        }
      }),
      { seed: 20, numRuns: 150 },
    )
  })

  it('the order the moves were entered in changes no figure', () => {
    fc.assert(
      fc.property(anySteps, anySteps, fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (up, down, keys) => {
        const offers = amounts(80_000, up, 1)
        const demands = amounts(2_000_000, down, -1)
        const shuffled = (moves: Json[]) => moves.map((move, i) => ({ move, key: keys[i] ?? i })).sort((a, b) => a.key - b.key).map((entry) => entry.move)
        expect(figures(caseOf(offers, demands, shuffled))).toEqual(figures(caseOf(offers, demands)))
      }),
      { seed: 21, numRuns: 100 },
    )
  })

  it('equal concessions are reported as not slowing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 8 }), (size, count) => {
        const found = caseOf(amounts(10_000, Array(count).fill(size), 1), amounts(90_000_000, Array(count).fill(size), -1))
        for (const side of [found.seller, found.buyer]) {
          expect(side.state).toBe('not-slowing')
          expect(side.limit).toBeNull()
        }
      }),
      { seed: 22, numRuns: 100 },
    )
  })

  it('equal concessions in another currency (converted, unequal in the 40th digit) are not slowing either', () => {
    const file = parseCaseFile(
      rawCase({
        losses: [loss('100000')],
        offers: ['100000', '300000', '500000', '700000'].map((amount, i) => seller([{ partyId: 'sam', kind: 'cash', amount, currency: 'CNY' }], { date: day(i) })),
        fx: [{ currency: 'CNY', perBase: '7.2' }],
      }),
    )
    expect(caseProjection(buildCaseView(file, summarizeCase(file))).seller.state).toBe('not-slowing')
  })
})
