// The analysis figures in the domain: offers side by side, a what-if through the
// same engine, the chart series and when outside money first came in.
import { describe, expect, it } from 'vitest'
import {
  Dec,
  buildCaseView,
  compareOffers,
  convergenceSeries,
  defaultComparison,
  firstAppearances,
  parseCaseFile,
  startingDraft,
  summarizeCase,
  timingOf,
  whatIf,
  type CaseFile,
  type Offer,
  type SellerOffer,
} from '@/domain'
import { example, fixed } from '../../support/examples'

describe('timing of a part', () => {
  it.each([
    [{ kind: 'cash' }, 'now'],
    [{ kind: 'cash', dueDate: '2024-05-16' }, 'now'],
    [{ kind: 'cash', dueDate: '2024-06-30' }, 'later'],
    [{ kind: 'installments', dueDate: '2024-05-01' }, 'later'],
    [{ kind: 'other' }, 'later'],
    [{ kind: 'mortgage' }, 'property'],
    [{ kind: 'property-sale' }, 'property'],
  ] as const)('%o on the day of a 2024-05-16 offer is %s', (part, timing) => {
    expect(timingOf(part, '2024-05-16')).toBe(timing)
  })
})

describe('comparing harbor-tools o2 and o3', () => {
  const { file, view } = example('harbor-tools')

  it('starts with the last two offers of the series', () => {
    expect(defaultComparison(view)).toEqual(['o2', 'o3'])
  })

  it('regroups each offer by party, by when the money comes, and by property', () => {
    const comparison = compareOffers(view, ['o3', 'o2'])
    expect(comparison.offers.map((o) => o.row.id)).toEqual(['o2', 'o3'])
    expect(comparison.parties.map((p) => [p.party.id, p.group])).toEqual([
      ['zhang-wei', 'seller'],
      ['zhang-jun', 'immediate'],
      ['li-na', 'extended'],
    ])
    expect(comparison.kinds).toEqual(['cash', 'mortgage'])
    const [o2, o3] = comparison.offers
    expect(o2?.previous?.id).toBe('o1')
    expect(o3?.previous?.id).toBe('o2')
    expect(Object.fromEntries([...(o3?.byParty ?? [])].map(([id, v]) => [id, fixed(v)]))).toEqual({
      'zhang-wei': '27777.77777778',
      'zhang-jun': '34722.22222222',
      'li-na': '6944.44444444',
    })
    expect(fixed(o2?.byTiming.now)).toBe('41666.66666667')
    expect(fixed(o3?.byTiming.now)).toBe('34722.22222222')
    expect(fixed(o3?.byTiming.later)).toBe('0.00000000')
    expect(fixed(o3?.byTiming.property)).toBe('34722.22222222')
    expect(comparison.properties.map((p) => [p.property.id, p.owner?.name, fixed(p.netEquity)])).toEqual([['yiwu-flat', 'Zhang Jun', '68055.55555556']])
    expect(fixed(o3?.properties.get('yiwu-flat')?.amount)).toBe('34722.22222222')
    expect(o3?.properties.get('yiwu-flat')?.beyondEquity).toBeNull()
    expect(fixed(comparison.change?.((o) => o.row.summary.total))).toBe('27777.77777778')
  })

  it('measures what an offer asks of a property beyond its quick-sale net equity', () => {
    const heavy: CaseFile = parseCaseFile({ ...file, properties: file.properties.map((p) => ({ ...p, encumbrances: '1300000' })) })
    const comparison = compareOffers(buildCaseView(heavy, summarizeCase(heavy)), ['o2', 'o3'])
    // (1,800,000 × 0.8 − 1,300,000) / 7.2 = 19,444.44 of equity against 34,722.22 relied on.
    expect(fixed(comparison.properties[0]?.netEquity)).toBe('19444.44444444')
    expect(fixed(comparison.offers[1]?.properties.get('yiwu-flat')?.beyondEquity)).toBe('15277.77777778')
  })

  it('has no change column for three offers', () => {
    expect(compareOffers(view, ['o1', 'o2', 'o3']).change).toBeNull()
  })
})

/** o3 of harbor-tools with the cousin paying 80,000 CNY instead of 50,000. */
function moreFromTheCousin(file: CaseFile): SellerOffer {
  const o3 = file.offers.find((o) => o.id === 'o3') as SellerOffer
  return {
    id: 'w1',
    date: '2024-05-20',
    from: 'seller',
    status: 'open',
    type: 'counter',
    components: o3.components.map((c) => (c.partyId === 'li-na' ? { ...c, amount: '80000' } : c)),
  }
}

describe('what-if', () => {
  const { file, summary, view } = example('harbor-tools')

  it('computes the draft’s total, share of loss, gap to the latest demand and assessment with the engine, storing nothing', () => {
    const before = JSON.stringify(file)
    const result = whatIf(view, moreFromTheCousin(file))
    if (!result.ok) throw new Error('expected a valid what-if')
    // 200,000 + 250,000 + 80,000 CNY at 7.2 = 73,611.11 USD.
    expect(fixed(result.offer.total)).toBe('73611.11111111')
    expect(fixed(result.offer.ratio)).toBe(fixed(new Dec('530000').div('7.2').div(summary.lossTotal)))
    expect(fixed(result.gapToDemand)).toBe('6388.88888889')
    expect(fixed(result.changeFromLatest)).toBe('4166.66666667')
    expect(fixed(result.offer.concession)).toBe('4166.66666667')
    expect(result.offer.assessment?.level).toBe('likely')
    expect(result.offer.assessment?.signals.map((s) => s.code).sort()).toEqual([
      'CONCESSIONS_SHRINKING',
      'FAMILY_EXTENDED',
      'FAMILY_IMMEDIATE',
      'FAMILY_PROPERTY',
      'THIRD_PARTY_MAJORITY',
    ])
    const recorded = summarizeCase({ ...file, offers: [...file.offers, moreFromTheCousin(file)] })
    expect(fixed(recorded.latestOffer?.total)).toBe(fixed(result.offer.total))
    expect(JSON.stringify(file)).toBe(before)
  })

  it('returns the engine’s problems for a draft the case could not take', () => {
    const draft = { ...moreFromTheCousin(file), components: [{ partyId: 'nobody', kind: 'cash', amount: '10', currency: 'USD' }] } as Offer
    const result = whatIf(view, draft)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(`offers[${file.offers.length}].components[0].partyId`)
  })

  it('starts from the latest offer’s parts, dated the given day, with a fresh id', () => {
    const draft = startingDraft(view, '2024-05-21')
    expect(draft.id).toBe('o4')
    expect(draft.date).toBe('2024-05-21')
    expect(draft.respondsTo).toBe('d2')
    expect(draft.from === 'seller' && draft.components.map((c) => [c.partyId, c.kind, c.amount])).toEqual([
      ['zhang-wei', 'cash', '200000'],
      ['zhang-jun', 'mortgage', '250000'],
      ['li-na', 'cash', '50000'],
    ])
  })
})

describe('the convergence series', () => {
  it('holds each side’s last value to the last date and keeps the withdrawn offers apart (kowloon-vanished)', () => {
    const { view } = example('kowloon-vanished')
    const series = convergenceSeries(view)
    expect(series.seller.map((p) => [p.date, p.value.toFixed(), p.row?.id ?? null])).toEqual([
      ['2024-09-05', '100000', 'a'],
      ['2024-09-12', '150000', 'b'],
      ['2024-09-20', '180000', 'c'],
      ['2024-09-27', '185000', 'd'],
    ])
    expect(series.withdrawn.map((p) => p.row?.id)).toEqual(['x'])
    expect(series.buyer.map((p) => p.row?.id)).toEqual(['demand'])
    expect(fixed(series.loss)).toBe('440000.00000000')
    expect(series.firstDate).toBe('2024-09-05')
    expect(series.lastDate).toBe('2024-09-27')
  })
})

describe('when outside money first came in', () => {
  it('names the offer where the family, the extended family and a property first appear (harbor-tools)', () => {
    const { view } = example('harbor-tools')
    expect(firstAppearances(view).map((m) => `${m.code}@${m.row.id}`)).toEqual([
      'FAMILY_IMMEDIATE@o2',
      'FAMILY_EXTENDED@o3',
      'FAMILY_PROPERTY@o3',
      'THIRD_PARTY_MAJORITY@o3',
    ])
  })
})
