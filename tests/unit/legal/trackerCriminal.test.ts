// The criminal-case data rides in the case's tracker block (and a part's): checked
// like the contract's fields, kept through export and import, and every version-1
// example still reads as it did.
import { describe, expect, it } from 'vitest'
import { CaseFileError, caseTracker, componentTracker, parseCaseFile, parseCaseFileText, withCaseTracker, type CaseFile } from '@/domain'
import { criminalExample, criminalExampleText, validExamples } from '../../support/examples'

const issuesOf = (input: unknown) => {
  try {
    parseCaseFile(input)
    return []
  } catch (error) {
    if (error instanceof CaseFileError) return error.issues
    throw error
  }
}
const withTracker = (tracker: Record<string, unknown>) => {
  const raw = JSON.parse(criminalExampleText()) as Record<string, unknown>
  return { ...raw, extra: { tracker: { version: 2, ...tracker } } }
}

describe('the criminal case in the tracker block', () => {
  it('the worked example reads, stays version 1, and round-trips through export and import unchanged', () => {
    const { file } = criminalExample()
    expect(file.version).toBe(1)
    const tracker = caseTracker(file)
    expect(tracker.procedure).toHaveLength(6)
    expect(tracker.evidence?.items).toHaveLength(9)
    expect(tracker.settlement?.pardon?.status).toBe('drafted')
    const o3 = file.offers.find((offer) => offer.id === 'o3')
    expect(o3?.from === 'seller' && componentTracker(o3.components[1]!).security?.kind).toBe('registered-mortgage')
    const again = parseCaseFileText(JSON.stringify(file, null, 2))
    expect(again).toEqual(file)
  })

  it.each(validExamples().map((e) => [e.name, e.caseText] as const))('version-1 example %s still reads, with no block added', (_name, text) => {
    const file = parseCaseFileText(text)
    expect(file.version).toBe(1)
    expect(caseTracker(file)).toEqual({})
    expect(parseCaseFileText(JSON.stringify(file))).toEqual(file)
  })

  it('reports every problem at its full path', () => {
    const paths = issuesOf(
      withTracker({
        reporting: { registered: { region: 'macau' }, business: { region: 'mainland', postcode: '1' } },
        triage: { signs: ['junk', 'lied'], offence: 'theft' },
        evidence: { route: 'fax', items: [{ id: 'e1', item: 'emails', status: 'sent' }, { id: 'e1', item: 'other', status: 'missing', date: '2024-02-30' }] },
        procedure: [{ id: 'x', kind: 'detained', date: '2024-04-31' }, { id: 'x', kind: 'sentenced', date: '2024-05-01' }, { id: 'y', kind: 'bail' }],
        legal: { relativelyLarge: '2000', huge: '100001' },
        settlement: {
          agreement: { offerId: 'o9', payerId: 'nobody', amount: '-5', currency: 'EUR', method: 'cash' },
          pardon: { status: 'withdrawn', signedOn: 'tomorrow', deliveredTo: 'press', language: null },
        },
      }),
    ).map((issue) => issue.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'extra.tracker.reporting.registered.region',
        'extra.tracker.reporting.business.postcode',
        'extra.tracker.triage.signs[1]',
        'extra.tracker.triage.offence',
        'extra.tracker.evidence.route',
        'extra.tracker.evidence.items[0].status',
        'extra.tracker.evidence.items[1].id',
        'extra.tracker.evidence.items[1].date',
        'extra.tracker.procedure[0].date',
        'extra.tracker.procedure[1].id',
        'extra.tracker.procedure[1].kind',
        'extra.tracker.procedure[2].date',
        'extra.tracker.legal.relativelyLarge',
        'extra.tracker.legal.huge',
        'extra.tracker.settlement.agreement.offerId',
        'extra.tracker.settlement.agreement.payerId',
        'extra.tracker.settlement.agreement.amount',
        'extra.tracker.settlement.agreement.currency',
        'extra.tracker.settlement.agreement.method',
        'extra.tracker.settlement.pardon.status',
        'extra.tracker.settlement.pardon.signedOn',
        'extra.tracker.settlement.pardon.deliveredTo',
        'extra.tracker.settlement.pardon.language',
      ]),
    )
  })

  it('words a provincial figure out of range with the range', () => {
    const issue = issuesOf(withTracker({ legal: { relativelyLarge: '12000' } })).find((found) => found.path === 'extra.tracker.legal.relativelyLarge')
    expect(issue).toMatchObject({ code: 'legal.outOfRange', params: { from: '3000', to: '10000' } })
    expect(issue?.message).toContain('RMB 3000 and RMB 10000')
  })

  it('checks a part’s security: a registered mortgage names its property, a guarantee its guarantor, both real', () => {
    const raw = JSON.parse(criminalExampleText()) as { offers: { id: string; components: Record<string, unknown>[] }[] }
    const o3 = raw.offers.find((offer) => offer.id === 'o3')!
    o3.components[0] = { ...o3.components[0], extra: { tracker: { security: { kind: 'registered-mortgage' } } } }
    o3.components[1] = { ...o3.components[1], extra: { tracker: { security: { kind: 'guarantee', guarantorId: 'ghost', propertyId: 'castle' } } } }
    o3.components[2] = { ...o3.components[2], extra: { tracker: { security: { kind: 'guarantee' }, pledge: true } } }
    const found = issuesOf(raw).map((issue) => [issue.path, issue.code])
    expect(found).toEqual(
      expect.arrayContaining([
        ['offers[4].components[0].extra.tracker.security.propertyId', 'security.needsProperty'],
        ['offers[4].components[1].extra.tracker.security.guarantorId', 'ref.missing'],
        ['offers[4].components[1].extra.tracker.security.propertyId', 'ref.missing'],
        ['offers[4].components[2].extra.tracker.security.guarantorId', 'security.needsGuarantor'],
        ['offers[4].components[2].extra.tracker.pledge', 'file.unknownKey'],
      ]),
    )
  })

  it('an emptied criminal block is dropped, other tracker fields kept', () => {
    const { file } = criminalExample()
    const emptied = withCaseTracker(file, { reporting: undefined, triage: undefined, evidence: undefined, procedure: undefined, legal: undefined, settlement: undefined }) as CaseFile
    expect(caseTracker(emptied)).toEqual({ reference: 'Futian PSB economic crimes 2024-117' })
  })
})
