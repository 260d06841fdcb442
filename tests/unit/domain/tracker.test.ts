// The app's own data rides in `extra.tracker`, so a case file stays the contract's
// version 1: checked like the rest of the file, written back as it was read.
import { describe, expect, it } from 'vitest'
import {
  CaseFileError,
  caseTracker,
  offerTracker,
  parseCaseFile,
  parseCaseFileText,
  withCaseTracker,
  withOfferTracker,
  type CaseFile,
} from '@/domain'
import { exampleText } from '../../support/examples'

const harbor = (): CaseFile => parseCaseFileText(exampleText('harbor-tools'))
const issuesOf = (input: unknown) => {
  try {
    parseCaseFile(input)
    return []
  } catch (error) {
    if (error instanceof CaseFileError) return error.issues
    throw error
  }
}

describe('the tracker block', () => {
  it('survives a round trip through the file, with other extra keys kept as they were', () => {
    const base = { ...harbor(), extra: { crm: { id: 42 } } }
    const withMatter = withCaseTracker(parseCaseFile(base), { reference: 'SZ-2024-117', counselComment: 'Hold out for the cousin’s share.' })
    const offers = withMatter.offers.map((offer) => (offer.id === 'o3' ? withOfferTracker(offer, { label: 'Family’s final offer' }) : offer))
    const written = JSON.parse(JSON.stringify({ ...withMatter, offers }))
    const read = parseCaseFile(written)
    expect(read.version).toBe(1)
    expect(read.extra).toEqual({ crm: { id: 42 }, tracker: { version: 2, reference: 'SZ-2024-117', counselComment: 'Hold out for the cousin’s share.' } })
    expect(caseTracker(read).reference).toBe('SZ-2024-117')
    expect(offerTracker(read.offers.find((o) => o.id === 'o3')!).label).toBe('Family’s final offer')
    expect(parseCaseFile(JSON.parse(JSON.stringify(read)))).toEqual(read)
  })

  it('drops an emptied block rather than writing an empty one', () => {
    const marked = withCaseTracker(harbor(), { stage: 'Detained; arrest requested' })
    expect(withCaseTracker(marked, { stage: undefined }).extra).toBeUndefined()
  })

  it('is checked like any record: unknown fields, wrong values and a wrong version are reported at their paths', () => {
    const file = harbor() as unknown as Record<string, unknown>
    const offers = (file.offers as Record<string, unknown>[]).map((offer, index) => (index === 0 ? { ...offer, extra: { tracker: { label: '   ' } } } : offer))
    const paths = issuesOf({ ...file, offers, extra: { tracker: { version: 3, refrence: 'x', signOff: { date: '2024-02-30' } } } }).map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['extra.tracker.version', 'extra.tracker.refrence', 'extra.tracker.signOff.date', 'offers[0].extra.tracker.label']))
  })

  it('leaves the contract’s rule on versions alone: a version-2 file is still refused as newer', () => {
    const text = JSON.stringify({ ...JSON.parse(exampleText('harbor-tools')), version: 2 })
    expect(() => parseCaseFileText(text)).toThrow(/version 2/)
  })
})
