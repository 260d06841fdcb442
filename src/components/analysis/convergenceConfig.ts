// chart.js configuration of the convergence chart, from the adapter's numbers and texts.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js'
import { isoOfDay } from '@/domain'
import type { ChartPoint, ConvergenceData, PointNote } from './chartAdapter'
import { withSource } from './chartRedraw'
import { COLOURS, common, dayStep, dayTick, lossLinePlugin, moneyTick, paperPlugin, withAlpha, type ChartEnv } from './chartTheme'
import { marksPlugin } from './convergenceMarks'

/** More points than this on the two lines, and they are drawn without markers. */
export const DENSE_POINTS = 400

/** The convergence chart: two stepped lines over a time axis, the loss line, withdrawn offers faded, the accepted one ringed. */
export function convergenceConfig(data: ConvergenceData, env: ChartEnv): ChartConfiguration<'line', ChartPoint[]> {
  const { size, base, legend, tooltip, ticks } = common(env)
  const datasets: ChartDataset<'line', ChartPoint[]>[] = []
  const notes: (readonly (PointNote | null)[])[] = []
  // A long negotiation has more points than the chart has room for: the lines are drawn without
  // markers (a point still shows its tooltip under the pointer), and chart.js can then share one set
  // of point options instead of working out each point's own, on every edit.
  const dense = data.seller.length + data.buyer.length > DENSE_POINTS
  const radius = (list: readonly (PointNote | null)[], r: number, denseR: number) => (dense ? denseR : list.map((note) => (note ? r : 0)))

  if (data.seller.length) {
    datasets.push({
      label: data.legend.seller,
      data: data.seller,
      stepped: 'before',
      borderColor: COLOURS.seller,
      backgroundColor: COLOURS.seller,
      borderWidth: 2.5,
      pointStyle: 'circle',
      pointRadius: radius(data.sellerNotes, 4.5, 0),
      pointHoverRadius: radius(data.sellerNotes, 6.5, 5),
      pointHitRadius: radius(data.sellerNotes, 12, 4),
      order: 2,
    })
    notes.push(data.sellerNotes)
  }
  if (data.buyer.length) {
    datasets.push({
      label: data.legend.buyer,
      data: data.buyer,
      stepped: 'before',
      borderColor: COLOURS.buyer,
      backgroundColor: COLOURS.buyer,
      borderWidth: 2.5,
      pointStyle: 'rect',
      pointRadius: radius(data.buyerNotes, 4.5, 0),
      pointHoverRadius: radius(data.buyerNotes, 6.5, 5),
      pointHitRadius: radius(data.buyerNotes, 12, 4),
      order: 3,
    })
    notes.push(data.buyerNotes)
  }
  if (data.withdrawn.length) {
    const colours = data.withdrawnNotes.map((note) => withAlpha(note.side === 'seller' ? COLOURS.seller : COLOURS.buyer, 0.35))
    datasets.push({
      label: data.legend.withdrawn,
      data: data.withdrawn,
      showLine: false,
      pointStyle: data.withdrawnNotes.map((note) => (note.side === 'seller' ? 'circle' : 'rect')),
      pointRadius: 5,
      pointHoverRadius: 7,
      pointHitRadius: 12,
      backgroundColor: colours,
      borderColor: colours,
      order: 4,
    })
    notes.push(data.withdrawnNotes)
  }
  if (data.accepted && data.acceptedNote) {
    datasets.push({
      label: data.legend.accepted,
      data: [data.accepted],
      showLine: false,
      pointStyle: 'circle',
      pointRadius: 10,
      pointHoverRadius: 11,
      pointHitRadius: 12,
      borderWidth: 3,
      pointHoverBorderWidth: 3,
      borderColor: COLOURS.accepted,
      backgroundColor: 'rgba(255, 255, 255, 0)',
      order: 1,
    })
    notes.push([data.acceptedNote])
  }
  const lossIndex = datasets.length
  if (data.loss !== null) {
    datasets.push({
      label: data.lossLabel,
      data: [
        { x: data.xMin, y: data.loss },
        { x: data.xMax, y: data.loss },
      ],
      borderColor: COLOURS.loss,
      backgroundColor: COLOURS.loss,
      borderWidth: 1.5,
      borderDash: [6, 4],
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
      pointStyle: 'line',
      order: 5,
    })
    notes.push([null, null])
  }

  const noteOf = (item: TooltipItem<'line'>) => notes[item.datasetIndex]?.[item.dataIndex] ?? null
  const span = data.xMax - data.xMin
  const withYear = isoOfDay(data.xMin).slice(0, 4) !== isoOfDay(data.xMax).slice(0, 4)
  const tickLimit = env.compact ? 4 : 8
  const step = dayStep(span, tickLimit)

  // The data travels with the configuration: a chart is drawn again only when it changed (chartRedraw.ts).
  return withSource({
    type: 'line',
    data: { datasets },
    options: {
      ...base,
      parsing: false,
      interaction: { mode: 'nearest', intersect: true },
      scales: {
        x: {
          type: 'linear',
          min: data.xMin,
          max: data.xMax,
          grid: { color: COLOURS.grid },
          border: { color: '#b8c0cc' },
          afterBuildTicks(scale) {
            const first = Math.ceil(data.xMin)
            const ticks: { value: number }[] = []
            for (let day = first; day <= data.xMax; day += step) ticks.push({ value: day })
            scale.ticks = ticks
          },
          ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 12, callback: (value) => dayTick(typeof value === 'number' ? value : 0, data.locale, withYear) },
        },
        y: {
          beginAtZero: true,
          suggestedMax: data.yMax,
          grid: { color: COLOURS.grid },
          border: { display: false },
          ticks: { ...ticks, maxTicksLimit: env.compact ? 6 : 8, callback: (value) => moneyTick(typeof value === 'number' ? value : 0, data.currency, data.locale) },
        },
      },
      plugins: {
        legend: {
          ...legend,
          // In the order the datasets are listed (chart.js would sort by drawing order), without the labelled loss line.
          labels: { ...legend.labels, filter: (item) => item.datasetIndex !== lossIndex, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
        },
        tooltip: {
          ...tooltip,
          displayColors: false,
          // The accepted ring sits on an offer's own point: one tooltip per offer.
          filter: (item, index, items) => {
            const note = noteOf(item)
            return note !== null && items.findIndex((other) => noteOf(other)?.offerId === note.offerId) === index
          },
          callbacks: {
            title: (items) => (items[0] ? noteOf(items[0])?.title ?? '' : ''),
            label: (item) => noteOf(item)?.lines ?? [],
          },
        },
      },
    },
    // The marks (midpoint, gap, projection, values) travel with the options too, so the numbers drawn can be read back.
    plugins: [lossLinePlugin(data.loss, data.lossLabel, false, size), marksPlugin(data.marks, size, !env.compact && data.seller.length + data.buyer.length <= 24), ...(env.still ? [paperPlugin] : [])],
  }, data)
}

