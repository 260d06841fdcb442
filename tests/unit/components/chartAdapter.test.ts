// The chart adapter: the engine's exact series in, the numbers chart.js gets out,
// and the chart.js configurations built from them.
import { describe, expect, it } from 'vitest'
import type { TooltipItem } from 'chart.js'
import { Dec, buildCaseView, compositionSeries, convergenceSeries, dayNumber, isoOfDay, isolate, parseCaseFile, summarizeCase, type CaseView, type CompositionMode } from '@/domain'
import { chartMoney, chartPercent, compositionData as adapt, convergenceData as adaptConvergence } from '@/components/analysis/chartAdapter'
import { convergenceConfig } from '@/components/analysis/convergenceConfig'
import { compositionConfig } from '@/components/analysis/compositionConfig'
import { dayStep, moneyTick, type ChartEnv } from '@/components/analysis/chartTheme'
import { example } from '../../support/examples'
import { generateCase } from '../../support/generateCase'
import { wordsFor } from '../../support/words'

const day = dayNumber
const en = wordsFor('en')
const convergenceData = (view: CaseView, words = en) => adaptConvergence(convergenceSeries(view), view.base, words)
const compositionData = (view: CaseView, mode: CompositionMode) => adapt(compositionSeries(view, mode), view.base, en)
const env: ChartEnv = { compact: false, hatch: (colour, faded) => `hatch(${colour}${faded ? ',faded' : ''})` }

describe('Decimal to number, only here', () => {
  it.each([
    ['13888.888888888888', 'USD', 13888.89],
    ['0.005', 'USD', 0.01],
    ['1234.5', 'JPY', 1235],
    ['41666.666666666666666', 'HKD', 41666.67],
  ])('%s %s becomes %s', (value, currency, number) => {
    expect(chartMoney(new Dec(value), currency)).toBe(number)
  })

  it('turns a ratio into a percentage number rounded half-up to two decimals', () => {
    expect(chartPercent(new Dec('0.76803075'))).toBe(76.8)
    expect(chartPercent(new Dec('0.461234'))).toBe(46.12)
    expect(chartPercent(new Dec('0.000049999'))).toBe(0)
  })

  it('places dates on a day axis and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dayNumber('2024-05-16')).toBe(19859)
    expect(isoOfDay(19859)).toBe('2024-05-16')
  })
})

describe('the convergence chart of harbor-tools', () => {
  const { view } = example('harbor-tools')
  const data = convergenceData(view)

  it('gives chart.js the seller offers and buyer demands as stepped series, each holding its last value to the last date', () => {
    expect(data.seller).toEqual([
      { x: day('2024-05-03'), y: 13888.89 },
      { x: day('2024-05-09'), y: 41666.67 },
      { x: day('2024-05-16'), y: 69444.44 },
    ])
    expect(data.buyer).toEqual([
      { x: day('2024-05-04'), y: 90085.5 },
      { x: day('2024-05-10'), y: 80000 },
      { x: day('2024-05-16'), y: 80000 },
    ])
    expect(data.buyerNotes[2]).toBeNull()
    expect(data.loss).toBe(90418.83)
    expect(data.accepted).toEqual({ x: day('2024-05-16'), y: 69444.44 })
    expect(data.withdrawn).toEqual([])
    expect(data.xMin).toBe(day('2024-05-02'))
    expect(data.xMax).toBe(day('2024-05-17'))
    // 1.08 × the loss, the largest value drawn.
    expect(data.yMax).toBe(97652.34)
  })

  it('words each tooltip from the exact figures', () => {
    expect(data.sellerNotes[1]).toEqual({
      offerId: 'o2',
      side: 'seller',
      title: 'Seller offer 2',
      lines: ['Date: May 9, 2024', 'Total: $41,666.67', 'Share of loss: 46.08%', 'Status: countered'],
    })
    expect(data.acceptedNote?.lines).toContain('Status: accepted')
  })

  it('builds the chart.js configuration: two stepped lines, the ring on the accepted offer, the loss line', () => {
    const config = convergenceConfig(data, env)
    const datasets = config.data.datasets
    expect(datasets.map((d) => d.label)).toEqual(['Seller offers', 'Buyer demands', 'Accepted', 'Loss $90,418.83'])
    expect(datasets.map((d) => d.data)).toEqual([
      data.seller,
      data.buyer,
      [{ x: day('2024-05-16'), y: 69444.44 }],
      [
        { x: day('2024-05-02'), y: 90418.83 },
        { x: day('2024-05-17'), y: 90418.83 },
      ],
    ])
    expect(datasets[0]?.stepped).toBe('before')
    expect(datasets[1]?.stepped).toBe('before')
    // The point that only holds the last demand has no dot and cannot be hovered.
    expect(datasets[1]?.pointRadius).toEqual([4.5, 4.5, 0])
    expect(datasets[1]?.pointHitRadius).toEqual([12, 12, 0])
  })

  it('shows one tooltip per offer, even where the accepted ring sits on the offer’s point', () => {
    const tooltip = convergenceConfig(data, env).options?.plugins?.tooltip
    const item = (datasetIndex: number, dataIndex: number) => ({ datasetIndex, dataIndex }) as TooltipItem<'line'>
    const onO3 = [item(0, 2), item(2, 0)]
    const kept = onO3.filter((entry, index) => tooltip?.filter?.call(undefined as never, entry, index, onO3, undefined as never))
    expect(kept).toHaveLength(1)
    expect(tooltip?.callbacks?.title?.call(undefined as never, kept)).toBe('Seller offer 3')
    expect(tooltip?.callbacks?.label?.call(undefined as never, item(1, 0))).toEqual([
      'Date: May 4, 2024',
      'Total: $90,085.50',
      'Share of loss: 99.63%',
      'Status: countered',
    ])
    // The loss line and the held point have no tooltip.
    expect(tooltip?.filter?.call(undefined as never, item(3, 0), 0, [item(3, 0)], undefined as never)).toBe(false)
    expect(tooltip?.filter?.call(undefined as never, item(1, 2), 0, [item(1, 2)], undefined as never)).toBe(false)
  })

  it('labels the axes in the interface language and the base currency', () => {
    const zh = convergenceData(view, wordsFor('zh-CN'))
    const config = convergenceConfig(zh, env)
    const y = config.options?.scales?.y as { ticks: { callback: (value: number) => string } }
    const x = config.options?.scales?.x as { ticks: { callback: (value: number) => string } }
    expect(y.ticks.callback(40000)).toBe('4万美元')
    expect(x.ticks.callback(day('2024-05-09'))).toBe('5月9日')
    expect(config.data.datasets.map((d) => d.label)).toEqual(['犯罪嫌疑人方报价', '被害方赔偿要求', '已接受', '损失90,418.83美元'])
    expect(moneyTick(40000, 'USD', 'en')).toBe('$40K')
    expect(moneyTick(400000, 'HKD', 'en')).toBe('HK$400K')
    expect(moneyTick(12500, 'USD', 'en')).toBe('$12.5K')
    // Chinese: the figure, then the currency's word, on every tick alike (issue 22: not "US$18.6万" beside "US$25万").
    expect([186000, 250000].map((v) => moneyTick(v, 'USD', 'zh-CN'))).toEqual(['18.6万美元', '25万美元'])
    expect(moneyTick(250000, 'CNY', 'zh-CN')).toBe('人民币25万元')
    expect(moneyTick(5000, 'EUR', 'zh-CN')).toBe('5000欧元')
  })
})

describe('the convergence chart of kowloon-vanished', () => {
  const { view } = example('kowloon-vanished')
  const data = convergenceData(view)

  it('leaves the withdrawn offer out of the seller’s line and draws it faded on its own', () => {
    expect(data.seller.map((p) => p.y)).toEqual([100000, 150000, 180000, 185000])
    expect(data.withdrawn).toEqual([{ x: day('2024-09-13'), y: 300000 }])
    expect(data.withdrawnNotes[0]?.lines).toContain('Status: withdrawn')
    expect(data.buyer).toEqual([{ x: day('2024-09-27'), y: 400000 }])
    expect(data.loss).toBe(440000)
    expect(data.accepted).toBeNull()
    const config = convergenceConfig(data, env)
    const withdrawn = config.data.datasets.find((d) => d.label === 'Withdrawn')
    expect(withdrawn?.showLine).toBe(false)
    expect(withdrawn?.backgroundColor).toEqual(['rgba(31, 95, 168, 0.35)'])
  })
})

describe('the convergence chart of an empty case', () => {
  it('has nothing to draw and no loss line', () => {
    const { view } = example('empty')
    const data = convergenceData(view)
    expect(data.empty).toBe(true)
    expect(data.loss).toBeNull()
    expect(convergenceConfig(data, env).data.datasets).toEqual([])
  })
})

describe('the composition chart of harbor-tools', () => {
  const { view } = example('harbor-tools')

  it('by who pays: the father’s mortgage and the cousin’s cash appear in the third offer’s bar', () => {
    const data = compositionData(view, 'party')
    expect(data.offerIds).toEqual(['o1', 'o2', 'o3'])
    expect(data.labels).toEqual([
      ['Seller offer 1', 'May 3'],
      ['Seller offer 2', 'May 9'],
      ['Seller offer 3', 'May 16'],
    ])
    expect(data.segments.map((s) => [s.key, s.hatched, s.data])).toEqual([
      ['party:zhang-wei', false, [0, 27777.78, 27777.78]],
      ['party:huaxin', false, [13888.89, 0, 0]],
      ['party:zhang-jun', false, [0, 13888.89, 0]],
      ['party:zhang-jun:property', true, [0, 0, 34722.22]],
      ['party:li-na', false, [0, 0, 6944.44]],
    ])
    // Each party's name isolated in its label (words/isolate.ts), as in every phrase built from a name.
    expect(data.segments.map((s) => s.label)).toEqual([
      `${isolate('Zhang Wei')} (seller)`,
      `${isolate('Shenzhen Huaxin Trading Co., Ltd.')} (seller)`,
      `${isolate('Zhang Jun')} (father or mother)`,
      `${isolate('Zhang Jun')} (father or mother), depends on property`,
      `${isolate('Li Na')} (cousin)`,
    ])
    // Immediate and extended family in different colour families; a party's property-backed money in its own colour, hatched.
    const colour = (key: string) => data.segments.find((s) => s.key === key)?.colour
    expect(colour('party:zhang-jun')).toBe('#1f5fa8')
    expect(colour('party:zhang-jun:property')).toBe('#1f5fa8')
    expect(colour('party:li-na')).toBe('#7a3e9d')
    expect(data.loss).toBe(90418.83)
  })

  it('by kind: cash in every offer, a mortgage only in the third', () => {
    const data = compositionData(view, 'kind')
    expect(data.segments.map((s) => [s.key, s.hatched, s.data])).toEqual([
      ['kind:cash', false, [13888.89, 41666.67, 34722.22]],
      ['kind:mortgage', true, [0, 0, 34722.22]],
    ])
  })

  it('gives chart.js stacked bars, hatching property-backed money, with a tooltip per bar from exact amounts', () => {
    const data = compositionData(view, 'party')
    const config = compositionConfig(data, env)
    expect(config.data.labels).toEqual(data.labels)
    expect(config.data.datasets.map((d) => d.data)).toEqual(data.segments.map((s) => s.data))
    expect(config.data.datasets.every((d) => d.stack === 'offer')).toBe(true)
    expect((config.options?.scales?.y as { stacked?: boolean }).stacked).toBe(true)
    expect(config.data.datasets[3]?.backgroundColor).toEqual(['hatch(#1f5fa8)', 'hatch(#1f5fa8)', 'hatch(#1f5fa8)'])
    const tooltip = config.options?.plugins?.tooltip
    const item = (datasetIndex: number, dataIndex: number) => ({ datasetIndex, dataIndex }) as TooltipItem<'bar'>
    expect(tooltip?.callbacks?.title?.call(undefined as never, [item(0, 2)])).toBe('Seller offer 3 · May 16, 2024')
    expect(tooltip?.callbacks?.label?.call(undefined as never, item(3, 2))).toBe(`${isolate('Zhang Jun')} (father or mother), depends on property: $34,722.22`)
    expect(tooltip?.callbacks?.footer?.call(undefined as never, [item(0, 2)])).toEqual(['Total: $69,444.44', 'Share of loss: 76.80%', 'Status: accepted'])
    // Zero segments are not listed.
    expect(tooltip?.filter?.call(undefined as never, item(4, 1), 0, [], undefined as never)).toBe(false)
  })
})

describe('the composition chart of kowloon-vanished', () => {
  it('fades the withdrawn offer and says so under its bar', () => {
    const { view } = example('kowloon-vanished')
    const data = compositionData(view, 'party')
    expect(data.offerIds).toEqual(['a', 'b', 'x', 'c', 'd'])
    expect(data.faded).toEqual([false, false, true, false, false])
    expect(data.labels[2]).toEqual(['Seller offer 3', 'Sep 13', 'withdrawn'])
    expect(data.segments.map((s) => [s.key, s.data])).toEqual([
      ['party:chan', [0, 150000, 0, 180000, 125000]],
      ['party:kb', [100000, 0, 0, 0, 0]],
      ['party:partner', [0, 0, 300000, 0, 60000]],
    ])
    const config = compositionConfig(data, env)
    expect(config.data.datasets[2]?.backgroundColor).toEqual(['#9a6700', '#9a6700', 'rgba(154, 103, 0, 0.3)', '#9a6700', '#9a6700'])
  })

  it('keeps a label under every bar on a phone: the name and the date, none skipped', () => {
    const { view } = example('kowloon-vanished')
    const config = compositionConfig(compositionData(view, 'party'), { ...env, compact: true })
    expect(config.data.labels?.[2]).toEqual(['Seller offer 3', 'Sep 13'])
    expect((config.options?.scales?.x as { ticks: { autoSkip: boolean } }).ticks.autoSkip).toBe(false)
  })
})

describe('JPY, a currency without minor units', () => {
  it('rounds chart values to whole yen', () => {
    const file = parseCaseFile({
      format: 'restitution-case',
      version: 1,
      id: 'yen',
      title: 'Yen case',
      baseCurrency: 'JPY',
      fx: [{ currency: 'USD', perBase: '0.0067' }],
      parties: [{ id: 's', name: 'Seller', role: 'seller' }],
      losses: [{ id: 'l', date: '2024-01-01', description: 'Loss', category: 'payment', amount: '1000', currency: 'USD' }],
      offers: [{ id: 'o', date: '2024-02-01', from: 'seller', status: 'open', components: [{ partyId: 's', kind: 'cash', amount: '500', currency: 'USD' }] }],
    })
    const data = adapt(compositionSeries(buildCaseView(file, summarizeCase(file)), 'kind'), 'JPY', en)
    // 500 / 0.0067 = 74626.865… yen
    expect(data.segments[0]?.data).toEqual([74627])
    expect(data.loss).toBe(149254)
  })
})

describe('time axis ticks', () => {
  it.each([
    [15, 8, 2],
    [15, 4, 7],
    [3, 8, 1],
    [400, 8, 61],
  ])('a span of %s days with at most %s ticks puts %s days between ticks', (span, limit, step) => {
    expect(dayStep(span, limit)).toBe(step)
  })
})

describe('a long negotiation', () => {
  const file = parseCaseFile(generateCase({ offers: 1_000, seed: 5 }))
  const view = buildCaseView(file, summarizeCase(file))
  const data = convergenceData(view)

  it('draws its lines without markers, with one set of point options chart.js can share', () => {
    const [seller, buyer] = convergenceConfig(data, env).data.datasets
    for (const dataset of [seller, buyer]) {
      expect(dataset?.data.length).toBeGreaterThan(100)
      expect(dataset).toMatchObject({ pointRadius: 0, pointHoverRadius: 5, pointHitRadius: 4 })
    }
  })

  it('converts and words an offer once: the next edit reuses the numbers of the offers it did not change', () => {
    const again = convergenceData(view)
    expect(again.seller).toEqual(data.seller)
    expect(again.sellerNotes[3]).toBe(data.sellerNotes[3])
    expect(compositionData(view, 'party').labels[7]).toBe(compositionData(view, 'party').labels[7])
  })
})

describe('what the convergence chart draws over its lines', () => {
  it('kowloon (open): the midpoint, the bracket of the gap at the last date, the projected landing and a value beside each move', () => {
    const { view } = example('kowloon-vanished')
    const series = convergenceSeries(view)
    expect([series.midpoint?.toFixed(), series.bracket?.gap.toFixed(), series.projection?.toDecimalPlaces(8).toFixed()]).toEqual(['292500', '215000', '186000'])
    const { marks } = convergenceData(view)
    expect(marks.midpoint).toEqual({ y: 292500, label: 'Midpoint HK$292,500.00' })
    expect(marks.bracket).toEqual({ x: day('2024-09-27'), from: 185000, to: 400000, label: 'Gap HK$215,000.00' })
    expect(marks.projection).toEqual({ y: 186000, label: 'Projected landing HK$186,000.00' })
    expect(marks.sellerLabels).toEqual(['HK$100K', 'HK$150K', 'HK$180K', 'HK$185K'])
    expect(marks.buyerLabels).toEqual(['HK$400K'])
    // The plugin that draws them rides with the configuration.
    expect(convergenceConfig(convergenceData(view), env).plugins?.map((plugin) => plugin.id)).toContain('marks')
  })

  it('harbor-tools (agreed): no midpoint, bracket or projection; values beside the moves, none on the held point', () => {
    const { view } = example('harbor-tools')
    const { marks } = convergenceData(view)
    expect([marks.midpoint, marks.bracket, marks.projection]).toEqual([null, null, null])
    expect(marks.sellerLabels).toEqual(['$13.9K', '$41.7K', '$69.4K'])
    expect(marks.buyerLabels).toEqual(['$90.1K', '$80K', ''])
  })
})
