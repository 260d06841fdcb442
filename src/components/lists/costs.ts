// The costs of recovery: counsel, translation, travel.
import { exactFigure, ID_PREFIXES, nextId } from '@/domain'
import type { ListDefinition } from './types'
import { currencyField } from './options'
import { amountColumns } from './amounts'

export const costs: ListDefinition<'costs'> = {
  list: 'costs',
  title: 'section.costs',
  addLabel: 'cost.add',
  empty: 'cost.empty',
  rows: (view) => view.costs.map((row) => ({ key: row.record.id, record: row.record, inBase: row.inBase })),
  fields: ({ view, words, addRate, today }) => [
    { key: 'date', label: 'common.date', type: 'date', required: true, width: 'narrow' },
    { key: 'description', label: 'common.description', type: 'text', required: true, width: 'wide' },
    { key: 'amount', label: 'common.amount', type: 'positiveAmount', required: true, currencyKey: 'currency' },
    currencyField(view, words, addRate, today),
  ],
  columns: (context) => [
    { label: context.words.text('common.date'), value: ({ record }) => context.words.date(record.date), nowrap: true },
    { label: context.words.text('common.description'), value: ({ record }) => record.description },
    ...amountColumns<'costs'>(context),
  ],
  newRecord: ({ view, today }) => ({ id: nextId(ID_PREFIXES.costs, view.file.costs), date: today, description: '', amount: '', currency: view.base }),
  footer: ({ view, words }) => ({ label: words.text('summary.costTotal'), value: words.money(view.summary.costTotal, view.base), exact: exactFigure(view.summary.costTotal), testid: 'costs-total' }),
}
