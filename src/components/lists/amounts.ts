// The two amount columns of a list of money: as written, and in base currency.
import { currencyWord, statedMoney, type ListName } from '@/domain'
import type { Column, ListContext } from './types'

type WithAmount = ListName & ('losses' | 'payments' | 'costs')

export function amountColumns<K extends WithAmount>({ view, words }: ListContext): Column<K>[] {
  return [
    { label: words.text('common.amount'), value: ({ record }) => statedMoney(record.amount, record.currency, words), align: 'end' },
    { label: words.text('common.inBase', { currency: currencyWord(view.base, words) }), value: ({ inBase }) => words.money(inBase, view.base), align: 'end' },
  ]
}
