// The side's previous move of a move being typed is found by date (a binary search
// over the negotiation's date order): it is the move a walk over every move finds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCaseView, movePreview, parseCaseFile, summarizeCase, type Offer, type OfferRow } from '@/domain'
import { generateCase } from '../../support/generateCase'

const file = parseCaseFile(generateCase({ offers: 60, seed: 5 }))
const view = buildCaseView(file, summarizeCase(file))

/** The side's last standing move dated on or before `move`, other than `move` itself, by a walk over every move. */
function walked(move: Offer): OfferRow | null {
  let previous: OfferRow | null = null
  for (const row of view.offers) if (row.from === move.from && row.id !== move.id && row.summary.status !== 'withdrawn' && row.summary.date <= move.date) previous = row
  return previous
}

describe("a move's previous move", () => {
  it('is the one a walk over every move finds, for recorded moves and new ones, on any date', () => {
    const dates = [...new Set(view.offers.map((row) => row.summary.date))]
    fc.assert(
      fc.property(fc.nat(file.offers.length - 1), fc.oneof(fc.constantFrom(...dates), fc.constantFrom('2000-01-01', '2099-12-31')), fc.boolean(), (at, date, recorded) => {
        const offer = file.offers[at]!
        const move = { ...offer, date, ...(recorded ? {} : { id: 'new-move' }) } as Offer
        expect(movePreview(view, move)?.previous?.id).toBe(walked(move)?.id)
      }),
      { numRuns: 300 },
    )
  })
})
