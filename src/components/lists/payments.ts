// The payments received: restitution actually paid, by whom, against which offer.
import { exactFigure, ID_PREFIXES, nextId, offerLabel, statedMoney } from '@/domain'
import type { ListDefinition } from './types'
import { currencyField, partyOptions, paymentOfferOptions } from './options'
import { amountColumns } from './amounts'

export const payments: ListDefinition<'payments'> = {
  list: 'payments',
  title: 'section.payments',
  addLabel: 'payment.add',
  empty: 'payment.empty',
  rows: (view) => view.payments.map((row) => ({ key: row.record.id, record: row.record, inBase: row.inBase })),
  fields: ({ view, words, addRate, today }) => [
    { key: 'date', label: 'common.date', type: 'date', required: true, width: 'narrow' },
    { key: 'amount', label: 'common.amount', type: 'positiveAmount', required: true, currencyKey: 'currency' },
    currencyField(view, words, addRate, today),
    // One payer, or several with their shares (then no single payer).
    { key: 'partyId', label: 'payment.party', type: 'select', options: () => partyOptions(view, words), when: (record) => !record.payers },
    { key: 'payers', label: 'entry.payers.title', type: 'payers', options: () => partyOptions(view, words) },
    { key: 'offerId', label: 'payment.offer', type: 'select', options: () => paymentOfferOptions(view, words) },
    { key: 'note', label: 'common.note', type: 'text', width: 'wide' },
  ],
  reads: (view) => [view.parties, ...view.payments.map((row) => (row.record.offerId ? view.offerById.get(row.record.offerId) : undefined))],
  columns: (context) => [
    { label: context.words.text('common.date'), value: ({ record }) => context.words.date(record.date), nowrap: true },
    {
      label: context.words.text('payment.party'),
      value: ({ record }) => {
        const name = (id: string) => context.view.parties.get(id)?.name ?? id
        if (record.payers) return record.payers.map((payer) => context.words.text('label.amountOf', { who: name(payer.partyId), amount: statedMoney(payer.amount, record.currency, context.words) })).join(context.words.text('list.separator'))
        return record.partyId ? name(record.partyId) : ''
      },
    },
    {
      label: context.words.text('payment.offer'),
      value: ({ record }) => {
        const row = record.offerId ? context.view.offerById.get(record.offerId) : undefined
        return row ? offerLabel(row.label, context.words, 'dated') : ''
      },
    },
    ...amountColumns<'payments'>(context),
  ],
  newRecord: ({ view, today }) => ({
    id: nextId(ID_PREFIXES.payments, view.file.payments),
    date: today,
    amount: '',
    currency: view.base,
    // Payments usually come in against the accepted offer.
    ...(view.acceptedOffer ? { offerId: view.acceptedOffer.id } : {}),
  }),
  footer: ({ view, words }) => ({ label: words.text('summary.receivedTotal'), value: words.money(view.summary.receivedTotal, view.base), exact: exactFigure(view.summary.receivedTotal), testid: 'payments-total' }),
}
