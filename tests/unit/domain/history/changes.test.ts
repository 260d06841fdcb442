// The changes of a save, field by field (docs/sync.md §6.1): edits, records added and removed,
// the case's own fields, in a deterministic order.
import { describe, expect, it } from 'vitest'
import { parseCaseFile, withCaseTracker, type CaseFile } from '@/domain'
import { canonicalJson, changesBetween } from '@/domain/history'
import { historyCase } from '../../../support/historyCase'

const base = (): CaseFile => historyCase({ secondPart: '250000' })

const edit = (file: CaseFile, change: (copy: CaseFile) => void): CaseFile => {
  const copy = structuredClone(file)
  change(copy)
  return parseCaseFile(copy)
}

describe('changesBetween', () => {
  it('finds nothing between a case and itself', () => {
    expect(changesBetween(base(), base())).toEqual([])
  })

  it('names an edited amount by its record and path, values as the file writes them', () => {
    const after = edit(base(), (c) => {
      const offer = c.offers[0]!
      if (offer.from === 'seller') offer.components[1]!.amount = '300000'
    })
    expect(changesBetween(base(), after)).toEqual([{ record: { list: 'offers', id: 'o3' }, field: 'components[1].amount', before: '250000', after: '300000' }])
  })

  it('gives an added and a removed record as one change each, with the record as JSON', () => {
    const before = base()
    const after = edit(before, (c) => {
      c.parties = c.parties.filter((p) => p.id !== 'p2')
      c.losses.push({ id: 'l1', date: '2026-01-10', description: 'Deposit', category: 'payment', amount: '60000.00', currency: 'USD' })
      const offer = c.offers[0]!
      if (offer.from === 'seller') offer.components[1]!.partyId = 'p1'
    })
    const changes = changesBetween(before, after)
    expect(changes.map((c) => [c.record?.list, c.record?.id, c.field])).toEqual([
      ['parties', 'p2', ''],
      ['losses', 'l1', ''],
      ['offers', 'o3', 'components[1].partyId'],
    ])
    expect(changes[0]).toMatchObject({ before: canonicalJson(before.parties[1]), after: null })
    expect(JSON.parse(changes[1]!.after!)).toEqual(after.losses[0])
    expect(changes[1]!.before).toBeNull()
  })

  it("gives the case's own fields with a null record, first, in the format's order", () => {
    const after = edit(base(), (c) => {
      c.title = 'Harbor Tools Ltd v. Huaxin'
      c.settings.quickSaleFactor = '0.7'
      c.fx[0]!.perBase = '7.25'
    })
    const tracked = withCaseTracker(after, { reference: 'Yiwu PSB 2026-17' })
    expect(changesBetween(base(), tracked)).toEqual([
      { record: null, field: 'title', before: 'Harbor Tools v. Huaxin', after: 'Harbor Tools Ltd v. Huaxin' },
      { record: null, field: 'settings.quickSaleFactor', before: '0.8', after: '0.7' },
      { record: null, field: 'extra', before: null, after: canonicalJson(tracked.extra) },
      { record: { list: 'fx', id: 'CNY' }, field: 'perBase', before: '7.2', after: '7.25' },
    ])
    const again = withCaseTracker(tracked, { reference: 'Yiwu PSB 2026-18' })
    expect(changesBetween(tracked, again)).toEqual([{ record: null, field: 'extra.tracker.reference', before: 'Yiwu PSB 2026-17', after: 'Yiwu PSB 2026-18' }])
  })

  it('gives a part added to an offer as one change at its position, and a flag as its JSON', () => {
    const after = edit(base(), (c) => {
      const offer = c.offers[0]!
      offer.final = true
      if (offer.from === 'seller') offer.components.push({ partyId: 'p2', kind: 'cash', amount: '5', currency: 'USD' })
    })
    expect(changesBetween(base(), after)).toEqual([
      { record: { list: 'offers', id: 'o3' }, field: 'components[2]', before: null, after: canonicalJson({ partyId: 'p2', kind: 'cash', amount: '5', currency: 'USD' }) },
      { record: { list: 'offers', id: 'o3' }, field: 'final', before: null, after: 'true' },
    ])
  })

  it('orders records by id and paths by position (components[2] before components[10])', () => {
    const many = edit(base(), (c) => {
      const offer = c.offers[0]!
      if (offer.from === 'seller') for (let i = 0; i < 10; i++) offer.components.push({ partyId: 'p1', kind: 'cash', amount: '1', currency: 'USD' })
      c.parties.unshift({ id: 'p0', name: 'Chen Li', role: 'associate' })
    })
    const after = edit(many, (c) => {
      const offer = c.offers[0]!
      if (offer.from === 'seller') {
        offer.components[10]!.amount = '2'
        offer.components[2]!.amount = '2'
      }
      for (const party of c.parties) party.note = 'seen'
    })
    expect(changesBetween(many, after).map((c) => `${c.record?.id} ${c.field}`)).toEqual(['p0 note', 'p1 note', 'p2 note', 'o3 components[2].amount', 'o3 components[10].amount'])
  })

  it('starts a new case with every field and record added, and never counts the history block', () => {
    const after = base()
    const changes = changesBetween(null, after)
    expect(changes.map((c) => `${c.record?.list ?? 'case'} ${c.record?.id ?? ''} ${c.field}`)).toEqual([
      'case  title',
      'case  baseCurrency',
      'case  settings',
      'fx CNY ',
      'parties p1 ',
      'parties p2 ',
      'offers o3 ',
    ])
    const withHistory = { ...after, extra: { tracker: { version: 2, history: { entries: [], devices: [], revocations: [] } } } } as CaseFile
    const moreHistory = { ...after, extra: { tracker: { version: 2, history: { entries: [], devices: [], revocations: [{ fingerprint: 'x', at: 'y', by: 'z', sig: 's' }] } } } } as CaseFile
    expect(changesBetween(withHistory, moreHistory)).toEqual([])
  })

  it('ignores a record that only moved within its list', () => {
    const after = edit(base(), (c) => c.parties.reverse())
    expect(changesBetween(base(), after)).toEqual([])
  })
})
