// chart.js configuration of the composition chart, from the adapter's numbers and texts.
import type { ChartConfiguration, ChartDataset } from 'chart.js'
import type { CompositionData } from './chartAdapter'
import { withSource } from './chartRedraw'
import { COLOURS, common, lossLinePlugin, moneyTick, paperPlugin, withAlpha, type ChartEnv } from './chartTheme'

/** The composition chart: each seller offer a stacked bar, by who pays or by kind; money that depends on a property hatched. */
export function compositionConfig(data: CompositionData, env: ChartEnv): ChartConfiguration<'bar', number[], string[]> {
  const { size, base, legend, tooltip, ticks } = common(env)
  const datasets: ChartDataset<'bar', number[]>[] = data.segments.map((segment) => ({
    label: segment.label,
    data: segment.data,
    backgroundColor: data.faded.map((faded) => (segment.hatched ? env.hatch(segment.colour, faded) : faded ? withAlpha(segment.colour, 0.3) : segment.colour)),
    borderColor: data.faded.map((faded) => (faded ? withAlpha(segment.colour, 0.45) : segment.colour)),
    borderWidth: segment.hatched ? 1.5 : 0,
    stack: 'offer',
    maxBarThickness: 76,
    categoryPercentage: 0.72,
    barPercentage: 0.9,
  }))

  // On a phone every bar keeps its label: the id and the date only (a withdrawn bar is faded and says so on hover).
  const labels = env.compact ? data.labels.map((lines) => lines.slice(0, 2)) : data.labels
  const crowded = data.labels.length > (env.compact ? 6 : 12)
  // The data travels with the configuration: a chart is drawn again only when it changed (chartRedraw.ts).
  return withSource({
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...base,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked: true,
          grid: { display: false },
          border: { color: '#b8c0cc' },
          ticks: { ...ticks, maxRotation: 0, autoSkip: crowded, autoSkipPadding: 6 },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          suggestedMax: data.yMax,
          grid: { color: COLOURS.grid },
          border: { display: false },
          ticks: { ...ticks, maxTicksLimit: env.compact ? 6 : 8, callback: (value) => moneyTick(typeof value === 'number' ? value : 0, data.currency, data.locale) },
        },
      },
      plugins: {
        legend,
        tooltip: {
          ...tooltip,
          filter: (item) => (data.segments[item.datasetIndex]?.note(item.dataIndex) ?? null) !== null,
          callbacks: {
            title: (items) => (items[0] ? data.title(items[0].dataIndex) : ''),
            label: (item) => data.segments[item.datasetIndex]?.note(item.dataIndex) ?? '',
            footer: (items) => (items[0] ? data.footer(items[0].dataIndex) : []),
          },
        },
      },
    },
    plugins: [lossLinePlugin(data.loss, data.lossLabel, true, size), ...(env.still ? [paperPlugin] : [])],
  }, data)
}
