// An edit that replaces one offer where it stands is summarized by working out that
// offer and the offers of the series measured from it (src/domain/figures/summaryStep.ts):
// after any run of such edits, mixed with edits that move, withdraw or accept an
// offer or change another list, the summary, the case view and the rounds are the
// ones worked out afresh from the whole case; and what the edit did not touch keeps
// its identity.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyRecordChange,
  buildCaseView,
  createSummarizer,
  createViewBuilder,
  negotiationRounds,
  parseCaseFile,
  roundsById,
  summarizeCase,
  viewBefore,
  type CaseFile,
  type CaseView,
  type Offer,
} from '@/domain'
import { generateCase } from '../../support/generateCase'
import { summaryFigures } from '../../support/summaryFigures'

const TODAY = '2024-07-01'

const figures = summaryFigures

function viewFigures(view: CaseView): unknown {
  return JSON.parse(
    JSON.stringify({
      offers: view.offers.map((row) => ({ id: row.id, label: row.label, parts: row.parts, demand: row.demand, byCurrency: row.byCurrency })),
      byId: [...view.offerById].map(([id, row]) => [id, row.label, row === view.offers.find((found) => found.id === id)]),
      latest: view.latestOffer?.label,
      best: view.bestOffer?.label,
      accepted: view.acceptedOffer?.label,
      demand: view.latestDemand?.label,
      properties: view.propertyRows,
      payers: view.latestPayers,
      groups: view.latestPayerGroups,
      concessions: view.recentConcessions,
      rounds: negotiationRounds(view, TODAY),
      roundsById: [...roundsById(view)].map(([id, round]) => [id, round.row.id, round.movement, round.daysSincePrevious]),
    }),
  )
}

const STARTS: CaseFile[] = [
  parseCaseFile(generateCase({ offers: 40, seed: 3 })),
  parseCaseFile(generateCase({ offers: 25, seed: 9, sellerShare: 0.5, componentsPerOffer: 2 })),
  parseCaseFile(generateCase({ offers: 12, seed: 21, sellerShare: 0.9 })),
]

const AMOUNTS = ['1', '250.5', '99999.99', '123456.789', '0.01', '5000000']

/** One edit: mostly an offer replaced where it stands; sometimes one that moves, withdraws or accepts it, or changes a payment. */
const editArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('amount' as const), at: fc.nat(1000), part: fc.nat(5), amount: fc.constantFrom(...AMOUNTS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('partAdded' as const), at: fc.nat(1000), amount: fc.constantFrom(...AMOUNTS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partRemoved' as const), at: fc.nat(1000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('status' as const), at: fc.nat(1000), status: fc.constantFrom('open', 'accepted', 'withdrawn', 'rejected') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('date' as const), at: fc.nat(1000), date: fc.constantFrom('2023-01-02', '2024-03-15', '2024-06-30') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('payment' as const), at: fc.nat(1000), amount: fc.constantFrom(...AMOUNTS) }) },
)
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never

function edited(file: CaseFile, edit: Edit): CaseFile | null {
  if (edit.kind === 'payment') {
    if (file.payments.length === 0) return null
    const index = edit.at % file.payments.length
    return applyRecordChange(file, { kind: 'replace', list: 'payments', index, record: { ...file.payments[index]!, amount: edit.amount } })
  }
  const index = edit.at % file.offers.length
  const offer = file.offers[index]!
  let record: Offer
  if (edit.kind === 'status') record = { ...offer, status: edit.status as Offer['status'] }
  else if (edit.kind === 'date') record = { ...offer, date: edit.date }
  else if (offer.from === 'buyer') {
    if (edit.kind === 'partRemoved' || offer.amount === undefined) return null
    record = { ...offer, amount: edit.amount }
  } else {
    const parts = offer.components
    if (edit.kind === 'amount') {
      const p = edit.part % parts.length
      record = { ...offer, components: parts.map((part, i) => (i === p ? { ...part, amount: edit.amount } : part)) }
    } else if (edit.kind === 'partAdded') record = { ...offer, components: [...parts, { ...parts[0]!, amount: edit.amount }] }
    else {
      if (parts.length < 2) return null
      record = { ...offer, components: parts.slice(1) }
    }
  }
  try {
    return applyRecordChange(file, { kind: 'replace', list: 'offers', index, record })
  } catch {
    return null // a refused edit (e.g. two accepted offers): nothing to summarize
  }
}

describe('a summary after edits of one offer', () => {
  it('is the summary, the view and the rounds worked out afresh', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS.keys()), fc.array(editArb, { minLength: 1, maxLength: 15 }), (start, edits) => {
        let current = STARTS[start]!
        const summarize = createSummarizer()
        const view = createViewBuilder()
        view(current, summarize(current))
        for (const edit of edits) {
          const next = edited(current, edit)
          if (!next) continue
          current = next
          const summary = summarize(current)
          const fresh = summarizeCase(current)
          expect(figures(summary)).toEqual(figures(fresh))
          // The fresh view's rounds first: the incremental view's are then worked out from the incremental view before it.
          const wanted = viewFigures(buildCaseView(current, fresh))
          expect(viewFigures(view(current, summary))).toEqual(wanted)
        }
      }),
      { numRuns: 150 },
    )
  }, 120_000)

  it('keeps every offer summary the edit did not reach, and gives new ones to the edited offer and the next two of its series', () => {
    const start = STARTS[0]!
    const summarize = createSummarizer()
    const before = summarize(start)
    const series = before.series
    const target = series[Math.floor(series.length / 2)]!
    const index = start.offers.indexOf(target.offer)
    const offer = target.offer
    if (offer.from !== 'seller') throw new Error('a seller offer')
    const next = applyRecordChange(start, { kind: 'replace', list: 'offers', index, record: { ...offer, components: [{ ...offer.components[0]!, amount: '777.77' }, ...offer.components.slice(1)] } })
    const after = summarize(next)
    const changed = after.offers.filter((summary, i) => summary !== before.offers[i]).map((summary) => summary.id)
    const at = series.indexOf(target)
    expect(changed).toEqual(series.slice(at, at + 3).map((summary) => summary.id))
    expect(figures(after)).toEqual(figures(summarizeCase(next)))
  })

  it('gives a buyer demand edited where it stands a new summary and keeps every other', () => {
    const start = STARTS[1]!
    const summarize = createSummarizer()
    const before = summarize(start)
    const index = start.offers.findIndex((offer) => offer.from === 'buyer' && offer.amount !== undefined)
    const offer = start.offers[index]!
    if (offer.from !== 'buyer') throw new Error('a buyer demand')
    const next = applyRecordChange(start, { kind: 'replace', list: 'offers', index, record: { ...offer, amount: '4242.42' } })
    const after = summarize(next)
    expect(after.offers.filter((summary, i) => summary !== before.offers[i]).map((summary) => summary.id)).toEqual([offer.id])
    expect(figures(after)).toEqual(figures(summarizeCase(next)))
  })
})

describe('the view built before', () => {
  it('is known for the latest view only, so the views of earlier edits are not all kept', () => {
    const file = STARTS[2]!
    const builder = createViewBuilder()
    const first = builder(file, summarizeCase(file))
    const second = builder(file, summarizeCase(file))
    expect(viewBefore(second)).toBe(first)
    const third = builder(file, summarizeCase(file))
    expect(viewBefore(third)).toBe(second)
    expect(viewBefore(second)).toBeUndefined()
  })
})
