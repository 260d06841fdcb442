// @vitest-environment jsdom
// Offers side by side: the regrouping helper and the table a user reads.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { Dec, parseCaseFile, summarizeCase, type CaseFile } from '@/domain'
import { createAppI18n } from '@/i18n'
import OfferComparison from '@/components/analysis/OfferComparison.vue'
import { compareOffers, defaultComparison, timingOf } from '@/components/analysis/comparison'
import { example } from './fixtures'

const fixed = (value: Dec | null | undefined) => value?.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8) ?? null

describe('timing of a part', () => {
  it.each([
    [{ kind: 'cash' }, 'now'],
    [{ kind: 'cash', dueDate: '2024-05-16' }, 'now'],
    [{ kind: 'cash', dueDate: '2024-06-30' }, 'later'],
    [{ kind: 'installments', dueDate: '2024-05-01' }, 'later'],
    [{ kind: 'other' }, 'later'],
    [{ kind: 'mortgage', propertyId: 'h' }, 'property'],
    [{ kind: 'property-sale', propertyId: 'h' }, 'property'],
  ] as const)('%o on the day of a 2024-05-16 offer is %s', (part, timing) => {
    expect(timingOf({ partyId: 'p', amount: '1', currency: 'USD', ...part }, '2024-05-16')).toBe(timing)
  })
})

describe('comparing harbor-tools o2 and o3', () => {
  const { file, summary } = example('harbor-tools')

  it('starts with the last two offers of the series', () => {
    expect(defaultComparison(summary)).toEqual(['o2', 'o3'])
  })

  it('regroups each offer by party, by when the money comes, and by property', () => {
    const comparison = compareOffers(file, summary, ['o3', 'o2'])
    expect(comparison.offers.map((o) => o.summary.id)).toEqual(['o2', 'o3'])
    expect(comparison.parties.map((p) => [p.party.id, p.group])).toEqual([
      ['zhang-wei', 'seller'],
      ['zhang-jun', 'immediate'],
      ['li-na', 'extended'],
    ])
    expect(comparison.kinds).toEqual(['cash', 'mortgage'])
    const [o2, o3] = comparison.offers
    expect(o2?.previousId).toBe('o1')
    expect(o3?.previousId).toBe('o2')
    expect(Object.fromEntries([...(o3?.byParty ?? [])].map(([id, v]) => [id, fixed(v)]))).toEqual({
      'zhang-wei': '27777.77777778',
      'zhang-jun': '34722.22222222',
      'li-na': '6944.44444444',
    })
    expect(fixed(o2?.byTiming.now)).toBe('41666.66666667')
    expect(fixed(o3?.byTiming.now)).toBe('34722.22222222')
    expect(fixed(o3?.byTiming.later)).toBe('0.00000000')
    expect(fixed(o3?.byTiming.property)).toBe('34722.22222222')
    expect(comparison.properties).toEqual([
      { id: 'yiwu-flat', description: 'Two-bedroom flat, Yiwu, Zhejiang', ownerName: 'Zhang Jun', netEquity: summary.properties[0]?.netEquity },
    ])
    expect(fixed(o3?.pledges.get('yiwu-flat')?.pledged)).toBe('34722.22222222')
    expect(o3?.pledges.get('yiwu-flat')?.overPledge).toBeNull()
  })

  it('measures an over-pledge against the property’s quick-sale net equity', () => {
    const heavy: CaseFile = parseCaseFile({ ...file, properties: file.properties.map((p) => ({ ...p, encumbrances: '1300000' })) })
    const comparison = compareOffers(heavy, summarizeCase(heavy), ['o2', 'o3'])
    // (1,800,000 × 0.8 − 1,300,000) / 7.2 = 19,444.44 of equity against 34,722.22 pledged.
    expect(fixed(comparison.properties[0]?.netEquity)).toBe('19444.44444444')
    expect(fixed(comparison.offers[1]?.pledges.get('yiwu-flat')?.overPledge)).toBe('15277.77777778')
  })
})

describe('the comparison table', () => {
  function mountFor(file: CaseFile) {
    return mount(OfferComparison, { props: { file, summary: summarizeCase(file) }, global: { plugins: [createAppI18n('en')] } })
  }
  const cell = (wrapper: ReturnType<typeof mountFor>, row: string, offer: string) => wrapper.find(`td[data-row="${row}"][data-offer="${offer}"]`)

  it('shows o2 and o3 of harbor-tools side by side with their figures, the change between them and their signals', () => {
    const wrapper = mountFor(example('harbor-tools').file)
    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers[1]).toContain('o2')
    expect(headers[2]).toContain('o3')
    expect(headers[2]).toContain('accepted')
    expect(headers[3]).toBe('o2 → o3')

    const shown = (row: string, offer: string) => cell(wrapper, row, offer).text()
    expect(shown('total', 'o2')).toBe('$41,666.67')
    expect(shown('total', 'o3')).toBe('$69,444.44')
    expect(cell(wrapper, 'total', 'o3').attributes('data-value')).toBe('69444.44444444')
    expect(shown('ratio', 'o2')).toBe('46.08%')
    expect(shown('ratio', 'o3')).toBe('76.80%')
    expect(shown('concession', 'o3')).toBe('+$27,777.78 since o2')
    expect(shown('bySeller', 'o3')).toBe('$27,777.78')
    expect(shown('byFamily', 'o2')).toBe('$13,888.89')
    expect(shown('byFamily', 'o3')).toBe('$41,666.67')
    // No associate pays in either offer: no row for them.
    expect(wrapper.find('td[data-row="byAssociates"]').exists()).toBe(false)
    expect(shown('party:zhang-jun', 'o3')).toBe('$34,722.22')
    expect(shown('party:li-na', 'o2')).toBe('—')
    expect(shown('party:li-na', 'o3')).toBe('$6,944.44')
    expect(shown('kind:mortgage', 'o3')).toBe('$34,722.22')
    expect(shown('timing:now', 'o2')).toBe('$41,666.67')
    expect(shown('timing:now', 'o3')).toBe('$34,722.22')
    expect(shown('timing:property', 'o3')).toBe('$34,722.22')
    expect(shown('pledge:yiwu-flat', 'o3')).toBe('$34,722.22 within equity')
    expect(wrapper.text()).toContain('Zhang Jun · quick-sale net equity $68,055.56')

    const totalRow = wrapper.find('td[data-row="total"]').element.parentElement
    expect(totalRow?.querySelector('.comparison__change')?.textContent?.trim()).toBe('+$27,777.78')

    expect(cell(wrapper, 'signals', 'o2').attributes('data-level')).toBe('possible')
    expect(cell(wrapper, 'signals', 'o3').attributes('data-level')).toBe('likely')
    expect(cell(wrapper, 'signals', 'o3').findAll('[data-signal]').map((li) => li.attributes('data-signal')).sort()).toEqual([
      'FAMILY_EXTENDED',
      'FAMILY_IMMEDIATE',
      'FAMILY_PROPERTY',
      'THIRD_PARTY_MAJORITY',
    ])
  })

  it('adds a column for each offer ticked, drops the change column for three, and asks for two when one is left', async () => {
    const wrapper = mountFor(example('harbor-tools').file)
    await wrapper.find('[data-testid="compare-pick-o1"]').setValue(true)
    expect(wrapper.findAll('td[data-row="total"]').map((td) => td.attributes('data-offer'))).toEqual(['o1', 'o2', 'o3'])
    expect(wrapper.find('.comparison__change').exists()).toBe(false)
    expect(cell(wrapper, 'concession', 'o1').text()).toBe('—')
    await wrapper.find('[data-testid="compare-pick-o2"]').setValue(false)
    await wrapper.find('[data-testid="compare-pick-o3"]').setValue(false)
    await nextTick()
    expect(wrapper.find('[data-testid="comparison-table"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="compare-hint"]').text()).toBe('Tick at least two offers to see them side by side.')
  })

  it('flags an over-pledged property in the offer that pledges it', () => {
    const { file } = example('harbor-tools')
    const wrapper = mountFor(parseCaseFile({ ...file, properties: file.properties.map((p) => ({ ...p, encumbrances: '1300000' })) }))
    expect(cell(wrapper, 'pledge:yiwu-flat', 'o3').text()).toBe('$34,722.22 over-pledged by $15,277.78')
    expect(cell(wrapper, 'pledge:yiwu-flat', 'o3').classes()).toContain('comparison__over')
  })

  it('shows a withdrawn offer’s figures but no concession (kowloon-vanished)', async () => {
    const wrapper = mountFor(example('kowloon-vanished').file)
    expect(wrapper.findAll('td[data-row="total"]').map((td) => td.attributes('data-offer'))).toEqual(['c', 'd'])
    await wrapper.find('[data-testid="compare-pick-x"]').setValue(true)
    expect(cell(wrapper, 'total', 'x').text()).toBe('HK$300,000.00')
    expect(cell(wrapper, 'concession', 'x').text()).toBe('—')
    expect(cell(wrapper, 'byAssociates', 'x').text()).toBe('HK$300,000.00')
    expect(cell(wrapper, 'concession', 'd').text()).toBe('+HK$5,000.00 since c')
  })
})
