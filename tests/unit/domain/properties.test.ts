// Property tests: invariants that must hold for any case, and robustness
// against damaged files.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CaseFileError,
  Dec,
  parseCaseFile,
  parseCaseFileText,
  summarizeCase,
  type CaseSummary,
  type OfferSummary,
} from '@/domain'
import { validExamples } from '../../support/examples'
import { PARTIES, fullCase, property, rawCase, text, type Json } from './helpers'

/** Rates that make conversions inexact on purpose. */
const RATES: Json[] = [
  { currency: 'CNY', perBase: '7.2' },
  { currency: 'EUR', perBase: '0.9137' },
  { currency: 'JPY', perBase: '151.37' },
]
const PROPERTIES: Json[] = [property('dad', '2000000', { encumbrances: '150000', currency: 'CNY' }), property('sam', '90000')]

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''))

/** Any valid amount string, from cents to 15 digits with 8 decimals. */
const amountArb = fc
  .tuple(
    fc.oneof(digits(1, 3), digits(1, 7), digits(15, 15)),
    fc.option(digits(1, 8), { nil: undefined }),
  )
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`))
const positiveAmountArb = amountArb.filter((a) => /[1-9]/.test(a))
const currencyArb = fc.constantFrom('USD', 'CNY', 'EUR', 'JPY')
const moneyArb = fc.record({ amount: positiveAmountArb, currency: currencyArb })

const componentArb = fc
  .record({
    partyId: fc.constantFrom(...PARTIES.map((p) => p.id as string)),
    kind: fc.constantFrom('cash', 'installments', 'mortgage', 'property-sale', 'other'),
    propertyId: fc.constantFrom('h1', 'h2'),
    money: moneyArb,
  })
  .map(({ partyId, kind, propertyId, money }): Json => ({
    partyId,
    kind,
    ...money,
    ...(kind === 'mortgage' || kind === 'property-sale' ? { propertyId } : {}),
  }))

const statusArb = fc.constantFrom('open', 'accepted', 'rejected', 'countered', 'withdrawn')

const offerArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ status: statusArb, components: fc.array(componentArb, { minLength: 1, maxLength: 4 }) }).map((o): Json => ({ from: 'seller', ...o })) },
  { weight: 1, arbitrary: fc.record({ status: statusArb, money: moneyArb }).map(({ status, money }): Json => ({ from: 'buyer', status, ...money })) },
)

const dateOf = (day: number) => `2024-${String(Math.floor(day / 28) + 1).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')}`

/** A case whose offers have distinct dates; payments may name offers. */
const caseArb = fc
  .record({
    offers: fc.array(offerArb, { maxLength: 8 }),
    losses: fc.array(moneyArb, { maxLength: 4 }),
    payments: fc.array(fc.record({ money: moneyArb, offer: fc.nat(9) }), { maxLength: 3 }),
    costs: fc.array(moneyArb, { maxLength: 2 }),
    settings: fc.record({
      concessionShrinkFactor: fc.constantFrom('0', '0.25', '0.5', '1'),
      thirdPartyMajority: fc.constantFrom('0.5', '0.3', '1'),
    }),
  })
  .chain((parts) =>
    fc.uniqueArray(fc.nat(330), { minLength: parts.offers.length, maxLength: parts.offers.length }).map((days) => ({ parts, days })),
  )
  .map(({ parts, days }) => ({
    fx: RATES,
    properties: PROPERTIES,
    settings: parts.settings,
    losses: parts.losses.map((m): Json => ({ description: 'Loss', category: 'payment', ...m })),
    costs: parts.costs.map((m): Json => ({ description: 'Cost', ...m })),
    offers: parts.offers.map((offer, i): Json => ({ id: `o${i + 1}`, date: dateOf(days[i]!), ...offer })),
    payments: parts.payments.map(({ money, offer }): Json => ({
      ...money,
      ...(offer < parts.offers.length ? { offerId: `o${offer + 1}` } : {}),
    })),
  }))

const summaryOf = (over: Json): CaseSummary => summarizeCase(parseCaseFile(rawCase(over)))

function offerFacts(offer: OfferSummary | null) {
  if (!offer) return null
  return {
    id: offer.id,
    total: text(offer.total),
    ratio: text(offer.ratio),
    bySeller: text(offer.bySeller),
    byFamily: text(offer.byFamily),
    byAssociates: text(offer.byAssociates),
    byKind: Object.fromEntries(Object.entries(offer.byKind).map(([kind, value]) => [kind, text(value)])),
    concession: text(offer.concession),
    assessment: offer.assessment ? { level: offer.assessment.level, signals: offer.assessment.signals.map((s) => `${s.code}: ${s.message}`).sort() } : null,
  }
}

/** Everything a user can see of a summary, as plain comparable data. */
function facts(summary: CaseSummary) {
  return {
    figures: [
      summary.lossTotal,
      summary.costTotal,
      summary.receivedTotal,
      summary.outstanding,
      summary.recoveredRatio,
      summary.netRecovered,
      summary.netRecoveredRatio,
      summary.paidAgainstAccepted,
      summary.gap,
      summary.midpoint,
      summary.lift,
    ].map(text),
    latestOffer: summary.latestOffer?.id ?? null,
    bestOffer: summary.bestOffer?.id ?? null,
    acceptedOffer: summary.acceptedOffer?.id ?? null,
    latestDemand: summary.latestDemand?.id ?? null,
    assessment: summary.assessment ? { level: summary.assessment.level, codes: summary.assessment.signals.map((s) => s.code).sort() } : null,
    offers: summary.offers.map(offerFacts),
    properties: summary.properties.map((p) => ({ id: p.id, netEquity: text(p.netEquity), pledged: text(p.pledgedInLatest), over: p.overPledged })),
  }
}

describe('invariants', () => {
  it('the file order of offers with distinct dates never changes the summary', () => {
    fc.assert(
      fc.property(
        caseArb.chain((built) =>
          fc.shuffledSubarray(built.offers, { minLength: built.offers.length }).map((shuffled) => ({ built, shuffled })),
        ),
        ({ built, shuffled }) => {
          expect(facts(summaryOf({ ...built, offers: shuffled }))).toEqual(facts(summaryOf(built)))
        },
      ),
      { numRuns: 100 },
    )
  })

  it('recoveredRatio × lossTotal equals receivedTotal, and netRecoveredRatio × lossTotal equals netRecovered', () => {
    fc.assert(
      fc.property(
        fc.array(moneyArb, { minLength: 1, maxLength: 6 }),
        fc.array(moneyArb, { maxLength: 6 }),
        fc.array(moneyArb, { maxLength: 3 }),
        (losses, payments, costs) => {
          const summary = summaryOf({
            fx: RATES,
            losses: losses.map((m) => ({ description: 'Loss', category: 'payment', ...m })),
            payments,
            costs: costs.map((m) => ({ description: 'Cost', ...m })),
          })
          const at30 = (value: Dec) => value.toSignificantDigits(30).toFixed()
          expect(at30(summary.recoveredRatio!.times(summary.lossTotal))).toBe(at30(summary.receivedTotal))
          expect(at30(summary.netRecoveredRatio!.times(summary.lossTotal))).toBe(at30(summary.netRecovered))
          // and outstanding is what is left of the loss, never below zero
          const left = summary.lossTotal.minus(summary.receivedTotal)
          expect(text(summary.outstanding)).toBe(text(left.isNegative() ? new Dec(0) : left))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('adding a withdrawn seller offer anywhere changes no series figure', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(componentArb, { minLength: 1, maxLength: 3 }),
        fc.nat(330),
        fc.nat(),
        (built, components, day, position) => {
          const withdrawn: Json = { id: 'wx', date: dateOf(day), from: 'seller', status: 'withdrawn', components }
          const offers = [...built.offers]
          offers.splice(position % (offers.length + 1), 0, withdrawn)
          const before = summaryOf(built)
          const after = summaryOf({ ...built, offers })
          const seriesFacts = (summary: CaseSummary) => ({
            latestOffer: summary.latestOffer?.id ?? null,
            bestOffer: summary.bestOffer?.id ?? null,
            firstOffer: summary.series[0]?.id ?? null,
            series: summary.series.map((o) => o.id),
            lift: text(summary.lift),
            gap: text(summary.gap),
            midpoint: text(summary.midpoint),
            assessment: summary.assessment ? { level: summary.assessment.level, codes: summary.assessment.signals.map((s) => s.code).sort() } : null,
            others: summary.offers.filter((o) => o.id !== 'wx').map(offerFacts),
            properties: summary.properties.map((p) => [text(p.pledgedInLatest), p.overPledged]),
          })
          expect(seriesFacts(after)).toEqual(seriesFacts(before))
          expect(after.offers.find((o) => o.id === 'wx')?.concession).toBeNull()
        },
      ),
      { numRuns: 150 },
    )
  })
})

// ---------------------------------------------------------------------------
// Damaged files: any damage gives a valid case or a CaseFileError, never another exception.

const EXAMPLE_TEXTS = [...validExamples().map((example) => example.caseText), JSON.stringify(fullCase(), null, 2)]

function readsSafely(read: () => unknown): void {
  let parsed: unknown
  try {
    parsed = read()
  } catch (error) {
    if (!(error instanceof CaseFileError)) throw error
    expect(error.issues.length).toBeGreaterThan(0)
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string')
      expect(issue.message.length).toBeGreaterThan(5)
    }
    return
  }
  // A file that survives its damage is a whole case: it summarizes and round-trips.
  const file = parsed as ReturnType<typeof parseCaseFile>
  expect(() => summarizeCase(file)).not.toThrow()
  expect(parseCaseFileText(JSON.stringify(file))).toEqual(file)
}

const textEditArb = fc.record({
  op: fc.constantFrom('delete', 'insert', 'replace'),
  at: fc.nat(),
  char: fc.oneof(fc.constantFrom(...'{}[]":,.-0123456789 \\eEtnul'.split('')), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
})

type Node = Record<string, unknown> | unknown[]
function containers(root: unknown): Node[] {
  const found: Node[] = []
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return
    found.push(value as Node)
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child)
  }
  visit(root)
  return found
}

const structuralEditArb = fc.record({
  op: fc.constantFrom('delete', 'set', 'duplicate'),
  node: fc.nat(),
  key: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
})

describe('damaged files', () => {
  it('random edits of the text give a valid case or a CaseFileError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLE_TEXTS), fc.array(textEditArb, { minLength: 1, maxLength: 6 }), (original, edits) => {
        let damaged = original
        for (const { op, at, char } of edits) {
          const i = at % (damaged.length + 1)
          if (op === 'delete') damaged = damaged.slice(0, i) + damaged.slice(i + 1)
          else if (op === 'insert') damaged = damaged.slice(0, i) + char + damaged.slice(i)
          else damaged = damaged.slice(0, i) + char + damaged.slice(i + 1)
        }
        readsSafely(() => parseCaseFileText(damaged))
      }),
      { numRuns: 400 },
    )
  })

  it('random structural damage gives a valid case or a CaseFileError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLE_TEXTS), fc.array(structuralEditArb, { minLength: 1, maxLength: 4 }), (original, edits) => {
        const root = JSON.parse(original) as Record<string, unknown>
        for (const { op, node, key, value } of edits) {
          const nodes = containers(root)
          const target = nodes[node % nodes.length]!
          if (Array.isArray(target)) {
            if (target.length === 0) {
              if (op !== 'delete') target.push(value)
              continue
            }
            const i = key % target.length
            if (op === 'delete') target.splice(i, 1)
            else if (op === 'set') target[i] = value
            else target.splice(i, 0, structuredClone(target[i]))
          } else {
            const keys = Object.keys(target)
            if (keys.length === 0) continue
            const k = keys[key % keys.length]!
            if (op === 'delete') delete target[k]
            else if (op === 'set') target[k] = value
            else target[`${k}Copy`] = structuredClone(target[k])
          }
        }
        readsSafely(() => parseCaseFile(root))
        readsSafely(() => parseCaseFileText(JSON.stringify(root)))
      }),
      { numRuns: 400 },
    )
  })
})
