import { describe, expect, it } from 'vitest'
import { CaseFileError, Dec, parseCaseFileText, summarizeCase, type OfferSummary } from '@/domain'
import { invalidExamples, pathMatches, validExamples } from '../../support/examples'

const at8 = (value: Dec | null) => (value === null ? null : value.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8))
const idOf = (offer: OfferSummary | null) => offer?.id ?? null
const codes = (assessment: { signals: { code: string }[] } | null | undefined) =>
  assessment ? assessment.signals.map((s) => s.code).sort() : assessment

describe.each(validExamples())('worked example $name', ({ caseText, expected }) => {
  const summary = summarizeCase(parseCaseFileText(caseText))

  it.each([
    'lossTotal',
    'costTotal',
    'receivedTotal',
    'outstanding',
    'recoveredRatio',
    'netRecovered',
    'netRecoveredRatio',
    'paidAgainstAccepted',
    'gap',
    'midpoint',
    'lift',
  ] as const)('%s', (figure) => {
    expect(at8(summary[figure])).toBe(expected[figure])
  })

  it.each(['latestOffer', 'bestOffer', 'acceptedOffer', 'latestDemand'] as const)('%s', (figure) => {
    expect(idOf(summary[figure])).toBe(expected[figure])
  })

  it('assessment', () => {
    expect(summary.assessment?.level ?? null).toBe(expected.assessment?.level ?? null)
    expect(codes(summary.assessment)).toEqual(expected.assessment ? [...expected.assessment.signals].sort() : null)
  })

  it('every offer, in negotiation order', () => {
    expect(summary.offers.map((o) => o.id)).toEqual(expected.offers.map((o) => o.id))
    summary.offers.forEach((offer, index) => {
      const want = expected.offers[index]!
      expect({
        id: offer.id,
        from: offer.from,
        status: offer.status,
        total: at8(offer.total),
        bySeller: at8(offer.bySeller),
        byFamily: at8(offer.byFamily),
        byAssociates: at8(offer.byAssociates),
        byKind: Object.fromEntries(Object.entries(offer.byKind).map(([k, v]) => [k, at8(v)])),
        ratio: at8(offer.ratio),
        concession: at8(offer.concession),
        assessment: offer.assessment
          ? { level: offer.assessment.level, signals: codes(offer.assessment) }
          : undefined,
      }).toEqual({
        ...want,
        assessment: want.assessment ? { level: want.assessment.level, signals: [...want.assessment.signals].sort() } : undefined,
      })
    })
  })

  it('every property', () => {
    expect(
      summary.properties.map((p) => ({
        id: p.id,
        netEquity: at8(p.netEquity),
        pledgedInLatest: at8(p.pledgedInLatest),
        overPledged: p.overPledged,
      })),
    ).toEqual(expected.properties)
  })

  it('gives every signal a sentence', () => {
    for (const offer of summary.offers)
      for (const signal of offer.assessment?.signals ?? []) expect(signal.message.length).toBeGreaterThan(20)
  })
})

describe.each(invalidExamples())('invalid example $name', ({ text, paths }) => {
  it('is refused with CaseFileError at the listed paths', () => {
    let error: unknown
    try {
      parseCaseFileText(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CaseFileError)
    const reported = (error as CaseFileError).issues.map((issue) => issue.path)
    for (const listed of paths) expect(reported.some((path) => pathMatches(path, listed)), `${listed} in ${reported.join(', ')}`).toBe(true)
    for (const issue of (error as CaseFileError).issues) expect(issue.message).toMatch(/\w+.*\./)
  })
})
