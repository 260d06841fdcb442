// The real estate a mortgage loan or a sale would use, with its quick-sale net equity.
import { ID_PREFIXES, nextId, propertyLabel, statedMoney } from '@/domain'
import type { ListDefinition } from './types'
import { currencyField, partyOptions } from './options'

export const properties: ListDefinition<'properties'> = {
  list: 'properties',
  title: 'section.properties',
  addLabel: 'property.add',
  empty: 'property.empty',
  rows: (view) => view.propertyRows.map((row) => ({ key: row.property.id, record: row.property, figures: row.figures })),
  fields: ({ view, words, addRate, today }) => [
    { key: 'description', label: 'property.description', type: 'text', required: true, width: 'wide' },
    { key: 'ownerId', label: 'property.owner', type: 'select', required: true, options: () => partyOptions(view, words) },
    { key: 'location', label: 'property.location', type: 'text' },
    { key: 'marketValue', label: 'property.marketValue', type: 'amount', required: true, currencyKey: 'currency' },
    { key: 'encumbrances', label: 'property.encumbrances', type: 'amount', hint: 'property.encumbrancesHint', currencyKey: 'currency' },
    currencyField(view, words, addRate, today),
    { key: 'valuedOn', label: 'property.valuedOn', type: 'date', width: 'narrow' },
    { key: 'valuationSource', label: 'property.valuationSource', type: 'text' },
  ],
  reads: (view) => [view.parties],
  columns: ({ view, words }) => [
    { label: words.text('property.description'), value: ({ record }) => propertyLabel(record, words) },
    { label: words.text('property.owner'), value: ({ record }) => view.parties.get(record.ownerId)?.name ?? '' },
    { label: words.text('property.marketValue'), value: ({ record }) => statedMoney(record.marketValue, record.currency, words), align: 'end' },
    { label: words.text('property.encumbrances'), value: ({ record }) => statedMoney(record.encumbrances, record.currency, words), align: 'end' },
    { label: words.text('property.netEquity'), value: ({ figures }) => words.money(figures?.netEquity, view.base), align: 'end' },
    {
      label: words.text('property.pledged'),
      value: ({ figures }) =>
        figures ? `${words.money(figures.pledgedInLatest, view.base)}${figures.overPledged ? ` — ${words.text('property.overPledged')}` : ''}` : '',
      align: 'end',
    },
  ],
  newRecord: ({ view }) => ({
    id: nextId(ID_PREFIXES.properties, view.file.properties),
    ownerId: view.file.parties.find((party) => party.role === 'family')?.id ?? '',
    description: '',
    marketValue: '',
    encumbrances: '0',
    currency: view.base,
  }),
}
