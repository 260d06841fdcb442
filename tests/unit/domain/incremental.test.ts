// Edits checked and summarized by what they touch give exactly what checking and
// summarizing the whole case gives: the same case (to the order of its keys), the
// same refusal, the same figures; and what an edit did not touch keeps its identity.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CaseFileError,
  applyCaseChange,
  applyRecordChange,
  buildCaseView,
  createSummarizer,
  createViewBuilder,
  negotiationRounds,
  parseCaseFile,
  parseCaseFileText,
  projectedLanding,
  roundsById,
  shownStatus,
  summarizeCase,
  type CaseFile,
  type CaseView,
  type ListName,
  type RecordChange,
} from '@/domain'
import { validExamples } from '../../support/examples'
import { generateCase } from '../../support/generateCase'
import { summaryFigures } from '../../support/summaryFigures'

type Json = Record<string, unknown>
type Outcome = { ok: true; text: string } | { ok: false; issues: unknown }

function outcome(run: () => CaseFile): Outcome {
  try {
    return { ok: true, text: JSON.stringify(run()) }
  } catch (error) {
    if (error instanceof CaseFileError) return { ok: false, issues: error.issues }
    throw error
  }
}

const figures = summaryFigures

function viewFigures(view: CaseView): unknown {
  return JSON.parse(
    JSON.stringify({
      offers: view.offers.map((row) => ({ id: row.id, label: row.label, parts: row.parts, demand: row.demand })),
      latest: view.latestOffer?.id,
      best: view.bestOffer?.id,
      losses: view.losses,
      payments: view.payments,
      costs: view.costs,
      properties: view.propertyRows,
      payers: view.latestPayers,
      groups: view.latestPayerGroups,
      concessions: view.recentConcessions,
      // What the negotiation screens read from the view on every edit: statuses, rounds, the projection.
      statuses: view.offers.map((row) => shownStatus(row.offer, TODAY)),
      rounds: negotiationRounds(view, TODAY),
      byId: [...roundsById(view)].map(([id, round]) => [id, round.row.id, round.movement, round.daysSincePrevious]),
      projection: projectedLanding(view.summary),
    }),
  )
}
const TODAY = '2024-07-01'

const STARTS: CaseFile[] = [
  ...validExamples().map((example) => parseCaseFileText(example.caseText)),
  parseCaseFile(generateCase({ offers: 30, seed: 7 })),
]
const LISTS: ListName[] = ['fx', 'parties', 'losses', 'properties', 'offers', 'payments', 'costs']

/** A change to a record: mostly small edits of a record of the case (often still valid), sometimes nonsense. */
const tweakArb = fc.oneof(
  fc.record({ key: fc.constantFrom('amount', 'perBase', 'marketValue'), value: fc.constantFrom('1', '250.5', '0', '-3', '1e5', '12345678.123456789') }),
  fc.record({ key: fc.constantFrom('currency'), value: fc.constantFrom('USD', 'CNY', 'HKD', 'EUR', 'usd') }),
  fc.record({ key: fc.constantFrom('id'), value: fc.constantFrom('new-1', 'o1', 'd1', 's1', 'p1', 'bad id') }),
  fc.record({ key: fc.constantFrom('partyId', 'ownerId', 'offerId', 'respondsTo', 'propertyId'), value: fc.constantFrom('s1', 'f1', 'o1', 'd1', 'h1', 'nobody') }),
  fc.record({ key: fc.constantFrom('status'), value: fc.constantFrom('open', 'accepted', 'withdrawn', 'maybe') }),
  fc.record({ key: fc.constantFrom('date'), value: fc.constantFrom('2019-01-01', '2024-12-31', '2024-02-30', 'soon') }),
  fc.record({ key: fc.constantFrom('role', 'relation'), value: fc.constantFrom('seller', 'family', 'associate', 'parent', 'cousin') }),
  fc.record({ key: fc.constantFrom('extra'), value: fc.constantFrom({ tracker: { label: 'x' } }, { note: 1 }, { tracker: 5 }) }),
  fc.record({ key: fc.constantFrom('__proto__', 'junk'), value: fc.constantFrom('x') }),
)

const stepArb = fc.record({
  list: fc.constantFrom(...LISTS),
  kind: fc.constantFrom('add', 'replace', 'replace', 'remove'),
  at: fc.nat(1000),
  from: fc.nat(1000),
  tweaks: fc.array(tweakArb, { maxLength: 3 }),
  partTweak: fc.option(tweakArb, { nil: undefined }),
})

function tweaked(record: Json, tweaks: { key: string; value: unknown }[], partTweak?: { key: string; value: unknown }): Json {
  // Through JSON, so a `__proto__` key is an own key, as in a file.
  const out = JSON.parse(JSON.stringify(record)) as Json
  for (const { key, value } of tweaks) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  if (partTweak && Array.isArray(out.components) && out.components.length > 0) {
    const part = { ...(out.components[0] as Json), [partTweak.key]: partTweak.value }
    out.components = [part, ...out.components.slice(1)]
  }
  return out
}

describe('an edit checked by what it touches', () => {
  it('gives the case, or the refusal, that checking the whole next case gives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS.keys()), fc.array(stepArb, { minLength: 1, maxLength: 12 }), (start, steps) => {
        let current = STARTS[start]!
        const summarize = createSummarizer()
        const view = createViewBuilder()
        for (const step of steps) {
          const items = current[step.list] as unknown as Json[]
          const source = items[step.from % Math.max(1, items.length)]
          if (step.kind !== 'add' && items.length === 0) continue
          const record = tweaked(source ?? { id: 'x1' }, step.tweaks, step.partTweak)
          const index = step.at % Math.max(1, items.length)
          const change = (step.kind === 'add' ? { kind: 'add', list: step.list, record } : step.kind === 'replace' ? { kind: 'replace', list: step.list, index, record } : { kind: 'remove', list: step.list, index }) as RecordChange
          const proposed = {
            ...current,
            [step.list]: step.kind === 'add' ? [...items, record] : step.kind === 'replace' ? items.map((item, i) => (i === index ? record : item)) : items.filter((_, i) => i !== index),
          }
          const whole = outcome(() => parseCaseFile(proposed))
          const incremental = outcome(() => applyRecordChange(current, change))
          expect(incremental).toEqual(whole)
          if (!whole.ok) continue
          current = applyRecordChange(current, change)
          const summary = summarize(current)
          expect(figures(summary)).toEqual(figures(summarizeCase(current)))
          expect(viewFigures(view(current, summary))).toEqual(viewFigures(buildCaseView(current, summarizeCase(current))))
        }
      }),
      { numRuns: 100 },
    )
  }, 120_000)

  it('checks a change to the case itself like the whole case', () => {
    const changes: ((file: CaseFile) => unknown)[] = [
      (file) => ({ ...file, title: 'Renamed v. Seller' }),
      (file) => ({ ...file, title: '  ' }),
      (file) => ({ ...file, baseCurrency: 'CNY' }),
      (file) => ({ ...file, baseCurrency: 'EUR' }),
      (file) => ({ ...file, settings: { ...file.settings, quickSaleFactor: '0.5' } }),
      (file) => ({ ...file, settings: { ...file.settings, quickSaleFactor: '1.5' } }),
      (file) => ({ ...file, version: 2 }),
      (file) => ({ ...file, extra: { tracker: { version: 2 } } }),
      (file) => ({ ...file, extra: { tracker: { version: 9 } } }),
      (file) => ({ ...file, unknown: true }),
      (file) => JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(file).slice(1)}`) as unknown,
      (file) => ({ ...file, offers: file.offers.slice(1) }),
    ]
    for (const start of STARTS)
      for (const change of changes) {
        const proposed = change(start)
        expect(outcome(() => applyCaseChange(start, proposed))).toEqual(outcome(() => parseCaseFile(proposed)))
      }
  })
})

describe('what an edit does not touch keeps its identity', () => {
  const start = parseCaseFile(generateCase({ offers: 60, seed: 11 }))
  const summarize = createSummarizer()
  const view = createViewBuilder()
  const before = summarize(start)
  const viewBefore = view(start, before)
  const latest = before.latestOffer!
  const offer = latest.offer
  if (offer.from !== 'seller') throw new Error('the latest offer is a seller offer')
  const index = start.offers.indexOf(offer)
  const edited = applyRecordChange(start, {
    kind: 'replace',
    list: 'offers',
    index,
    record: { ...offer, components: [{ ...offer.components[0]!, amount: '123456.78' }, ...offer.components.slice(1)] },
  })
  const after = summarize(edited)
  const viewAfter = view(edited, after)

  it('only the edited offer gets new figures and a new row', () => {
    const changed = after.offers.filter((summary, i) => summary !== before.offers[i]).map((summary) => summary.id)
    expect(changed).toEqual([latest.id])
    expect(viewAfter.offers.filter((row, i) => row !== viewBefore.offers[i]).map((row) => row.id)).toEqual([latest.id])
    expect(after.latestOffer?.total.toFixed()).not.toBe(latest.total.toFixed())
  })

  it('only the rounds the edit moved are new: the edited offer and the next offer of its side', () => {
    const roundsBefore = roundsById(viewBefore)
    const fresh = [...roundsById(viewAfter)].filter(([id, round]) => round !== roundsBefore.get(id)).map(([id]) => id)
    const seller = viewAfter.offers.filter((row) => row.from === 'seller' && row.summary.status !== 'withdrawn').map((row) => row.id)
    expect(fresh).toEqual(seller.slice(seller.indexOf(latest.id), seller.indexOf(latest.id) + 2))
    expect(negotiationRounds(viewAfter, TODAY)).toEqual(negotiationRounds(buildCaseView(edited, summarizeCase(edited)), TODAY))
  })

  it.each([
    ['amount', (o: CaseFile['offers'][number]) => (o.from === 'seller' ? { ...o, components: [{ ...o.components[0]!, amount: '1.5' }, ...o.components.slice(1)] } : { ...o, amount: '1.5' })],
    ['date', (o: CaseFile['offers'][number]) => ({ ...o, date: '2019-06-01' })],
  ])('an edit of an earlier offer (%s) gives the rounds worked out afresh', (_, edit) => {
    const builder = createViewBuilder()
    const summarizeAgain = createSummarizer()
    const first = builder(start, summarizeAgain(start))
    negotiationRounds(first, TODAY)
    for (const at of [5, 20, 33]) {
      const target = start.offers[at]!
      const next = applyRecordChange(start, { kind: 'replace', list: 'offers', index: at, record: edit(target) })
      const incremental = builder(next, summarizeAgain(next))
      expect(JSON.stringify(negotiationRounds(incremental, TODAY))).toBe(JSON.stringify(negotiationRounds(buildCaseView(next, summarizeCase(next)), TODAY)))
    }
  })

  it('the lists the edit did not touch are the same arrays and rows', () => {
    for (const list of ['fx', 'parties', 'losses', 'properties', 'payments', 'costs'] as const) expect(edited[list]).toBe(start[list])
    expect(viewAfter.losses).toBe(viewBefore.losses)
    expect(viewAfter.payments).toBe(viewBefore.payments)
    expect(viewAfter.costs).toBe(viewBefore.costs)
  })

  it('a rate change gives every offer in that currency new figures, the same as from scratch', () => {
    const rate = edited.fx.findIndex((r) => r.currency === 'CNY')
    const changed = applyRecordChange(edited, { kind: 'replace', list: 'fx', index: rate, record: { ...edited.fx[rate]!, perBase: '7.3' } })
    expect(figures(summarize(changed))).toEqual(figures(summarizeCase(changed)))
  })
})
