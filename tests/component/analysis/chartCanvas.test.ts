// @vitest-environment jsdom
// A chart follows an edit by updating in place: chart.js is loaded once, the chart
// built once, and later configurations become new data, options and plugins of it.
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { ChartConfiguration } from 'chart.js'
import { createAppI18n } from '@/i18n'
import ChartCanvas from '@/components/analysis/ChartCanvas.vue'

const made = vi.hoisted(() => ({ charts: [] as FakeChart[] }))
interface FakeChart {
  config: { type: string; plugins: unknown[] }
  data: ChartConfiguration['data']
  options: unknown
  updates: string[]
  destroyed: boolean
}
vi.mock('@/components/analysis/loadChart', () => ({
  hatchPattern: (colour: string) => colour,
  loadChartJs: async () => ({
    Chart: class {
      config: FakeChart['config']
      data: FakeChart['data']
      options: unknown
      updates: string[] = []
      destroyed = false
      constructor(_canvas: unknown, config: ChartConfiguration) {
        this.config = { type: config.type, plugins: [...(config.plugins ?? [])] }
        this.data = config.data
        this.options = config.options
        made.charts.push(this as unknown as FakeChart)
      }
      update(mode: string) {
        this.updates.push(mode)
      }
      destroy() {
        this.destroyed = true
      }
    },
  }),
}))

const configWith = (values: number[], lossLabel: string): ChartConfiguration =>
  ({
    type: 'bar',
    data: { labels: values.map(String), datasets: [{ label: 'Offers', data: values }] },
    options: { animation: { duration: 250 } },
    plugins: [{ id: 'lossLine', label: lossLabel }],
  }) as unknown as ChartConfiguration

describe('a chart on screen', () => {
  it('is built once and updated in place when its figures change', async () => {
    const wrapper = mount(ChartCanvas, {
      props: { build: () => configWith([1, 2], 'Loss $3'), label: 'Offers' },
      global: { plugins: [createAppI18n('en')] },
    })
    await flushPromises()
    expect(made.charts).toHaveLength(1)
    const chart = made.charts[0]!
    await wrapper.setProps({ build: () => configWith([1, 5], 'Loss $9') } as never)
    await nextTick()
    // The update waits for the edit's frame to be painted.
    expect(chart.updates).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 50))
    await flushPromises()
    expect(made.charts).toHaveLength(1)
    expect(chart.destroyed).toBe(false)
    expect(chart.updates).toEqual(['none'])
    expect(chart.data.datasets[0]?.data).toEqual([1, 5])
    expect(chart.options).toMatchObject({ animation: false })
    expect(chart.config.plugins).toEqual([{ id: 'lossLine', label: 'Loss $9' }])
    expect((wrapper.element as HTMLElement & { chartData: { datasets: { data: number[] }[] } }).chartData.datasets[0]?.data).toEqual([1, 5])
  })
})
