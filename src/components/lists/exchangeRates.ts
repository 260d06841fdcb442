// The exchange rates: how many units of each foreign currency one unit of the base buys,
// edited with the one rate editor (either way round, checked against the reference rates).
import { shownInverse } from '@/domain'
import RateRecordEditor from '../rates/RateRecordEditor.vue'
import type { ListDefinition } from './types'
import { rateSuggestions } from './options'

export const rates: ListDefinition<'fx'> = {
  list: 'fx',
  title: 'section.fx',
  addLabel: 'fx.add',
  empty: 'fx.empty',
  rows: (view) => view.file.fx.map((record) => ({ key: record.currency, record })),
  fields: ({ view }) => [
    // Suggested codes never include the base currency: it needs no rate.
    { key: 'currency', label: 'common.currency', type: 'currency', required: true, width: 'narrow', suggestions: () => rateSuggestions(view) },
    // Typed in the rate editor (RateRecordEditor), either way round; this names and requires it.
    { key: 'perBase', label: 'fx.rate', type: 'positiveAmount', required: true },
    { key: 'asOf', label: 'fx.asOf', type: 'date', width: 'narrow' },
    { key: 'source', label: 'fx.source', type: 'text', width: 'wide' },
  ],
  editor: RateRecordEditor,
  columns: ({ view, words }) => [
    { label: words.text('common.currency'), value: ({ record }) => record.currency, nowrap: true },
    // Both directions, as the editor shows them: a rate entered backwards is seen at a glance.
    {
      label: words.text('fx.rate'),
      value: ({ record }) => words.text('rates.both', { base: view.base, perBase: record.perBase, currency: record.currency, inBase: shownInverse(record.perBase) }),
    },
    { label: words.text('fx.asOf'), value: ({ record }) => (record.asOf ? words.date(record.asOf) : ''), nowrap: true },
    { label: words.text('fx.source'), value: ({ record }) => record.source ?? '' },
  ],
  newRecord: () => ({ currency: '', perBase: '' }),
}
