// The losses: what the fraud cost the buyer, each with its evidence.
import { exactFigure, ID_PREFIXES, LOSS_CATEGORIES, nextId } from '@/domain'
import type { ListDefinition } from './types'
import { choices, currencyField } from './options'
import { amountColumns } from './amounts'

export const losses: ListDefinition<'losses'> = {
  list: 'losses',
  title: 'section.losses',
  addLabel: 'loss.add',
  empty: 'loss.empty',
  rows: (view) => view.losses.map((row) => ({ key: row.record.id, record: row.record, inBase: row.inBase })),
  fields: ({ view, words, addRate, today }) => [
    { key: 'date', label: 'common.date', type: 'date', required: true, width: 'narrow', hint: 'entry.lossDateHint' },
    { key: 'description', label: 'common.description', type: 'text', required: true, width: 'wide' },
    { key: 'category', label: 'loss.category', type: 'select', required: true, hint: 'loss.categoryHint', options: () => choices(LOSS_CATEGORIES, 'category', words) },
    { key: 'amount', label: 'common.amount', type: 'positiveAmount', required: true, currencyKey: 'currency' },
    currencyField(view, words, addRate, today),
    { key: 'evidence', label: 'loss.evidence', type: 'text', width: 'wide' },
  ],
  columns: (context) => [
    { label: context.words.text('common.date'), value: ({ record }) => context.words.date(record.date), nowrap: true },
    { label: context.words.text('common.description'), value: ({ record }) => record.description },
    { label: context.words.text('loss.category'), value: ({ record }) => context.words.text(`category.${record.category}`), nowrap: true },
    ...amountColumns<'losses'>(context),
    { label: context.words.text('loss.evidence'), value: ({ record }) => record.evidence ?? '' },
  ],
  // A loss is asked for its date: it happened before it is typed, and the memo prints it.
  newRecord: ({ view }) => ({ id: nextId(ID_PREFIXES.losses, view.file.losses), date: '', description: '', category: 'payment', amount: '', currency: view.base }),
  footer: ({ view, words }) => ({ label: words.text('summary.lossTotal'), value: words.money(view.summary.lossTotal, view.base), exact: exactFigure(view.summary.lossTotal), testid: 'losses-total' }),
}

