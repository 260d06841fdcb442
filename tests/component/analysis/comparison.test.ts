// @vitest-environment jsdom
// Offers side by side: the table a user reads (the figures are tested in tests/unit/domain/analysis.test.ts).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { buildCaseView, isolate, parseCaseFile, summarizeCase, type CaseFile } from '@/domain'
import { createAppI18n } from '@/i18n'
import OfferComparison from '@/components/analysis/OfferComparison.vue'
import { example } from '../../support/examples'

describe('the comparison table', () => {
  function mountFor(file: CaseFile) {
    return mount(OfferComparison, { props: { view: buildCaseView(file, summarizeCase(file)) }, global: { plugins: [createAppI18n('en')] } })
  }
  const cell = (wrapper: ReturnType<typeof mountFor>, row: string, offer: string) => wrapper.find(`td[data-row="${row}"][data-offer="${offer}"]`)

  it('shows each offer’s amounts in the currencies offered beside its base total (rotterdam-parts, in CNY)', () => {
    const wrapper = mountFor(example('rotterdam-parts').file)
    expect(cell(wrapper, 'total', 's3').text()).toBe('$131,578.95')
    expect(cell(wrapper, 'stated', 's2').text()).toBe('CNY 550,000.00')
    expect(cell(wrapper, 'stated', 's3').text()).toBe('CNY 950,000.00')
    // harbor-tools' offers were made in CNY too, so its comparison has the row as well.
    expect(mountFor(example('harbor-tools').file).find('[data-testid="comparison-stated"]').exists()).toBe(true)
  })

  it('shows o2 and o3 of harbor-tools side by side with their figures, the change between them and their signals', () => {
    const wrapper = mountFor(example('harbor-tools').file)
    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers[1]).toContain('Seller offer 2')
    expect(headers[2]).toContain('Seller offer 3')
    expect(headers[2]).toContain('accepted')
    expect(headers[3]).toBe('Seller offer 2 → Seller offer 3')

    const shown = (row: string, offer: string) => cell(wrapper, row, offer).text()
    expect(shown('total', 'o2')).toBe('$41,666.67')
    expect(shown('total', 'o3')).toBe('$69,444.44')
    expect(cell(wrapper, 'total', 'o3').attributes('data-value')).toBe('69444.44444444')
    expect(shown('ratio', 'o2')).toBe('46.08%')
    expect(shown('ratio', 'o3')).toBe('76.80%')
    expect(shown('concession', 'o3')).toBe('+$27,777.78 since Seller offer 2')
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
    expect(wrapper.text()).toContain(`${isolate('Zhang Jun')} · quick-sale net equity $68,055.56`)

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
    expect(cell(wrapper, 'pledge:yiwu-flat', 'o3').text()).toBe('$34,722.22 beyond quick-sale net equity by $15,277.78')
    expect(cell(wrapper, 'pledge:yiwu-flat', 'o3').classes()).toContain('comparison__over')
  })

  it('shows a withdrawn offer’s figures but no concession (kowloon-vanished)', async () => {
    const wrapper = mountFor(example('kowloon-vanished').file)
    expect(wrapper.findAll('td[data-row="total"]').map((td) => td.attributes('data-offer'))).toEqual(['c', 'd'])
    await wrapper.find('[data-testid="compare-pick-x"]').setValue(true)
    expect(cell(wrapper, 'total', 'x').text()).toBe('HK$300,000.00')
    expect(cell(wrapper, 'concession', 'x').text()).toBe('—')
    expect(cell(wrapper, 'byAssociates', 'x').text()).toBe('HK$300,000.00')
    expect(cell(wrapper, 'concession', 'd').text()).toBe('+HK$5,000.00 since Seller offer 4')
  })
})
