// @vitest-environment jsdom
// A chart follows an edit by updating in place: chart.js is loaded once, the chart
// built once, and later configurations become new data, options and plugins of it;
// only when the data it draws changed, and only while it is on screen or near it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { ChartConfiguration } from 'chart.js'
import { createAppI18n } from '@/i18n'
import ChartCanvas from '@/components/analysis/ChartCanvas.vue'
import { withSource } from '@/components/analysis/chartRedraw'
import { waitFor } from '../../support/waitFor'

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

/** The configuration as the app's builders make it: carrying the data it was built from. */
const sourced = (values: number[], lossLabel: string) => withSource(configWith(values, lossLabel), { values: [...values], lossLabel })
const painted = async () => {
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 50))
  await flushPromises()
}

describe('a chart drawn again only when what it draws changed', () => {
  beforeEach(() => {
    made.charts.length = 0
  })

  it('skips chart.js when an edit leaves its data as it was, and updates when it changes', async () => {
    const wrapper = mount(ChartCanvas, { props: { build: () => sourced([1, 2], 'Loss $3'), label: 'Offers' }, global: { plugins: [createAppI18n('en')] } })
    await flushPromises()
    const chart = made.charts[0]!
    // A new configuration (another edit of the case) with the same data: nothing is drawn again.
    await wrapper.setProps({ build: () => sourced([1, 2], 'Loss $3') } as never)
    await painted()
    expect(chart.updates).toEqual([])
    // The data changed: one update, without animation.
    await wrapper.setProps({ build: () => sourced([1, 4], 'Loss $3') } as never)
    // Waited for, not timed: on a loaded machine the frame the update waits for can take long.
    await waitFor(() => expect(chart.updates).toEqual(['none']))
    expect(chart.data.datasets[0]?.data).toEqual([1, 4])
    // A word of it changed (the loss line's label): drawn again too.
    await wrapper.setProps({ build: () => sourced([1, 4], 'Loss $5') } as never)
    await waitFor(() => expect(chart.updates).toEqual(['none', 'none']))
    expect(chart.config.plugins).toEqual([{ id: 'lossLine', label: 'Loss $5' }])
  })
})

describe('a chart off screen', () => {
  const observers: { callback: IntersectionObserverCallback; target: Element | null }[] = []
  class FakeIntersectionObserver {
    constructor(callback: IntersectionObserverCallback) {
      observers.push((this.entry = { callback, target: null }))
    }
    entry: { callback: IntersectionObserverCallback; target: Element | null }
    observe(target: Element) {
      this.entry.target = target
    }
    disconnect() {}
  }
  const scroll = (intersecting: boolean) => {
    for (const { callback, target } of observers) callback([{ isIntersecting: intersecting, target } as IntersectionObserverEntry], {} as IntersectionObserver)
  }
  beforeEach(() => {
    made.charts.length = 0
    observers.length = 0
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is not drawn on an edit, is hidden while out of date, and is drawn again before it comes into view', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    const wrapper = mount(ChartCanvas, { props: { build: () => sourced([1, 2], 'Loss $3'), label: 'Offers' }, global: { plugins: [createAppI18n('en')] } })
    await flushPromises()
    const chart = made.charts[0]!
    scroll(false)
    await wrapper.setProps({ build: () => sourced([1, 7], 'Loss $3') } as never)
    await painted()
    expect(chart.updates).toEqual([])
    expect(wrapper.find('canvas').classes()).toContain('chart-frame__canvas--out-of-date')
    scroll(true)
    await flushPromises()
    expect(chart.updates).toEqual(['none'])
    expect(chart.data.datasets[0]?.data).toEqual([1, 7])
    expect(wrapper.find('canvas').classes()).not.toContain('chart-frame__canvas--out-of-date')
  })

  it('tells its up-to-date data when read while out of date', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    const wrapper = mount(ChartCanvas, { props: { build: () => sourced([1, 2], 'Loss $3'), label: 'Offers' }, global: { plugins: [createAppI18n('en')] } })
    await flushPromises()
    scroll(false)
    await wrapper.setProps({ build: () => sourced([3, 9], 'Loss $3') } as never)
    await painted()
    expect(made.charts[0]!.updates).toEqual([])
    expect((wrapper.element as HTMLElement & { chartData: { datasets: { data: number[] }[] } }).chartData.datasets[0]?.data).toEqual([3, 9])
  })
})
