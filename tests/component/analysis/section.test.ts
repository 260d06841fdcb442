// @vitest-environment jsdom
// The analysis section: nothing is drawn until it is in view; each tab shows its
// part; the charts get the adapter's numbers (the canvas itself is stubbed: jsdom has none).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type PropType } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { ChartConfiguration } from 'chart.js'
import { createAppI18n } from '@/i18n'
import AnalysisSection from '@/components/analysis/AnalysisSection.vue'
import type { ChartEnv } from '@/components/analysis/chartTheme'
import { buildCaseView, englishWords, isolate as u, offerLabel, parseCaseFile, summarizeCase } from '@/domain'
import { example } from '../../support/examples'
import { generateCase } from '../../support/generateCase'

const drawn: ChartConfiguration[] = []
const ChartCanvasStub = defineComponent({
  name: 'ChartCanvas',
  props: { build: { type: Function as PropType<(env: ChartEnv) => ChartConfiguration>, required: true }, label: { type: String, default: '' } },
  setup(props) {
    return () => {
      drawn.push(props.build({ compact: false, hatch: (colour) => colour }))
      return h('div', { 'data-testid': 'chart-stub', 'aria-label': props.label })
    }
  },
})

function mountSection(name = 'harbor-tools', locale: 'en' | 'zh-CN' = 'en') {
  return mount(AnalysisSection, {
    props: { view: example(name).view, today: '2024-05-21', addOffer: () => null },
    global: { plugins: [createAppI18n(locale)], stubs: { ChartCanvas: ChartCanvasStub } },
  })
}

/** Opens the chart's "figures behind the chart", as a click on its summary does. */
async function openFigures(wrapper: ReturnType<typeof mountSection>, chart: string) {
  const details = wrapper.find(`[data-testid="${chart}"] details`)
  ;(details.element as HTMLDetailsElement).open = true
  await details.trigger('toggle')
}

afterEach(() => {
  drawn.length = 0
  vi.unstubAllGlobals()
})

describe('the analysis section', () => {
  it('draws nothing until the section scrolls into view', async () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | null = null
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          report = callback
        }
        observe() {}
        disconnect() {}
      },
    )
    const wrapper = mountSection()
    await flushPromises()
    expect(wrapper.find('[data-testid="convergence"]').exists()).toBe(false)
    report!([{ isIntersecting: true }])
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(wrapper.find('[data-testid="convergence"]').exists()).toBe(true)
  })

  it('shows the convergence chart first, with the numbers of the case, and says where the sides met', async () => {
    const wrapper = mountSection()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(wrapper.find('[data-testid="convergence"]').text()).toContain('The sides met at Seller offer 3: $69,444.44, 76.80% of the loss.')
    const config = drawn.at(-1)
    expect(config?.type).toBe('line')
    expect(config?.data.datasets.map((d) => (d.data as { y: number }[]).map((p) => p.y))).toEqual([
      [13888.89, 41666.67, 69444.44],
      [90085.5, 80000, 80000],
      [69444.44],
      [90418.83, 90418.83],
    ])
    // The figures behind the chart, as a table anyone can read: built when opened.
    expect(wrapper.find('[data-testid="convergence-table"]').exists()).toBe(false)
    await openFigures(wrapper, 'convergence')
    const rows = wrapper.findAll('[data-testid="convergence-table"] tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows[2]).toEqual(['May 9, 2024', 'Seller offer 2', '$41,666.67', '46.08%', '+$27,777.78', '5', 'Countered'])
  })

  it('switches to the composition chart, by who pays or by kind', async () => {
    const wrapper = mountSection()
    await wrapper.find('[data-testid="analysis-tab-composition"]').trigger('click')
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(drawn.at(-1)?.type).toBe('bar')
    expect(drawn.at(-1)?.data.datasets.map((d) => d.label)).toContain(`${u('Li Na')} (cousin)`)
    expect(wrapper.findAll('[data-testid="milestones"] li').map((li) => li.attributes('data-code'))).toEqual([
      'FAMILY_IMMEDIATE',
      'FAMILY_EXTENDED',
      'FAMILY_PROPERTY',
      'THIRD_PARTY_MAJORITY',
    ])
    await openFigures(wrapper, 'composition')
    const o3Column = wrapper.findAll('[data-testid="composition-table"] tbody tr').map((tr) => [tr.find('th').text(), tr.findAll('td')[2]?.text()])
    expect(o3Column).toEqual([
      [`${u('Zhang Wei')} (seller)`, '$27,777.78'],
      [`${u('Shenzhen Huaxin Trading Co., Ltd.')} (seller)`, '—'],
      [`${u('Zhang Jun')} (father or mother)`, '—'],
      [`${u('Zhang Jun')} (father or mother), depends on property`, '$34,722.22'],
      [`${u('Li Na')} (cousin)`, '$6,944.44'],
    ])
    await wrapper.find('[data-testid="composition-mode"] input[value="kind"]').setValue(true)
    await flushPromises()
    expect(drawn.at(-1)?.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['cash', [13888.89, 41666.67, 34722.22]],
      ['mortgage loan', [0, 0, 34722.22]],
    ])
    // The convergence tab stays mounted but hidden; the tabs say which one is shown.
    expect(wrapper.find('[data-testid="analysis-tab-composition"]').attributes('aria-selected')).toBe('true')
    expect(wrapper.find('#analysis-panel-convergence').attributes('style')).toContain('display: none')
  })

  it('follows the interface language', async () => {
    const wrapper = mountSection('harbor-tools', 'zh-CN')
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(wrapper.find('[data-testid="analysis-tab-compare"]').text()).toBe('报价对比')
    expect(drawn.at(-1)?.data.datasets.map((d) => d.label)).toEqual(['犯罪嫌疑人方报价', '被害方赔偿要求', '已接受', '损失90,418.83美元'])
  })

  it('says there is nothing to draw for a case without offers', async () => {
    const wrapper = mountSection('empty')
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(wrapper.find('[data-testid="convergence"]').text()).toBe('No offers or demands yet. The chart appears once the first one is recorded.')
    expect(drawn).toEqual([])
  })

  it('pages the figures of a long negotiation: 50 offers at a time, and 8 seller offers a page by who pays', async () => {
    const file = parseCaseFile(generateCase({ offers: 120, seed: 3 }))
    const view = buildCaseView(file, summarizeCase(file))
    const wrapper = mount(AnalysisSection, {
      props: { view, today: '2024-05-21', addOffer: () => null },
      global: { plugins: [createAppI18n('en')], stubs: { ChartCanvas: ChartCanvasStub } },
    })
    await vi.dynamicImportSettled()
    await flushPromises()
    await openFigures(wrapper, 'convergence')
    const ids = () => wrapper.findAll('[data-testid="convergence-table"] tbody tr').map((tr) => tr.findAll('td')[1]?.text())
    expect(ids()).toHaveLength(50)
    await wrapper.findAll('[data-testid="convergence"] .pager button').at(-1)!.trigger('click')
    await wrapper.findAll('[data-testid="convergence"] .pager button').at(-1)!.trigger('click')
    expect(ids()).toHaveLength(20)
    expect(ids().at(-1)).toBe(offerLabel(view.offers.at(-1)!.label, englishWords()))

    await wrapper.find('[data-testid="analysis-tab-composition"]').trigger('click')
    await vi.dynamicImportSettled()
    await flushPromises()
    await openFigures(wrapper, 'composition')
    const sellers = view.offers.filter((row) => row.from === 'seller')
    const headers = wrapper.findAll('[data-testid="composition-table"] thead th.num').map((th) => th.text())
    expect(headers).toHaveLength(8)
    expect(headers[0]).toContain(offerLabel(sellers[0]!.label, englishWords()))
  })
})
