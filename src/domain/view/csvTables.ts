// The case's lists as spreadsheet tables: losses, offers (one row per part),
// payments and costs. Amounts are written as in the file; each row's amount in
// the base currency is rounded half-up to its minor units, as the screens show
// it, in plain digits a spreadsheet reads as a number (no grouping, no symbol).
import type { Dec } from '../money/decimal'
import { toCsv } from '../support/csv'
import { demandParts } from '../figures/recordAmounts'
import { minorUnits, roundMoney } from '../money/money'
import { offerTracker } from '../tracker'
import { offerLabel, partyLabel, propertyLabel } from '../words/phrases'
import type { Words } from '../words/words'
import type { CaseView } from './caseView'

export const CSV_TABLES = ['losses', 'offers', 'payments', 'costs'] as const
export type CsvTable = (typeof CSV_TABLES)[number]

export interface CsvSheet {
  header: string[]
  rows: string[][]
}

/** A base amount as a spreadsheet number: `13888.89`. */
function plain(value: Dec, currency: string): string {
  return roundMoney(value, currency).toFixed(minorUnits(currency))
}

/** The table's header and rows, in the language of `words` (its `csv.*` keys name the columns). */
export function csvSheet(view: CaseView, table: CsvTable, words: Words): CsvSheet {
  const column = (key: string) => words.text(`csv.${key}`, { base: view.base })
  const party = (id: string | undefined) => {
    if (id === undefined) return ''
    const found = view.parties.get(id)
    return found ? partyLabel(found, words) : id
  }
  switch (table) {
    case 'losses':
      return {
        header: ['date', 'description', 'category', 'amount', 'currency', 'inBase', 'evidence'].map(column),
        rows: view.losses.map(({ record, inBase }) => [
          record.date,
          record.description,
          words.text(`category.${record.category}`),
          record.amount,
          record.currency,
          plain(inBase, view.base),
          record.evidence ?? '',
        ]),
      }
    case 'offers': {
      const header = ['move', 'label', 'date', 'status', 'type', 'final', 'goodUntil', 'respondsTo', 'paidBy', 'kind', 'property', 'amount', 'currency', 'inBase', 'dueDate', 'partNote', 'offerTotal', 'note'].map(column)
      const rows = view.offers.flatMap((row) => {
        const { offer } = row
        const respondsTo = offer.respondsTo ? view.offerById.get(offer.respondsTo) : undefined
        const common = [
          offerLabel(row.label, words),
          offerTracker(offer).label ?? '',
          offer.date,
          words.text(`status.${offer.status}`),
          words.text(`offerType.${offer.type}`),
          offer.final ? words.text('csv.yes') : '',
          offer.goodUntil ?? '',
          respondsTo ? offerLabel(respondsTo.label, words) : '',
        ]
        const total = plain(row.summary.total, view.base)
        if (offer.from === 'buyer')
          return demandParts(offer).map((part, index) => [
            ...common, '', '', '', part.amount, part.currency, plain(row.demand?.[index]?.inBase ?? row.summary.total, view.base), '', part.note ?? '', total, offer.note ?? '',
          ])
        const components = offer.from === 'seller' ? offer.components : []
        return row.parts.map((part, index) => [
          ...common,
          party(part.partyId),
          words.text(`kind.${part.kind}`),
          part.property ? propertyLabel(part.property, words) : '',
          components[index]?.amount ?? '',
          part.currency,
          plain(part.inBase, view.base),
          part.dueDate ?? '',
          part.note ?? '',
          total,
          offer.note ?? '',
        ])
      })
      return { header, rows }
    }
    case 'payments':
      return {
        header: ['date', 'amount', 'currency', 'inBase', 'paidBy', 'against', 'note'].map(column),
        rows: view.payments.map(({ record, inBase }) => {
          const against = record.offerId ? view.offerById.get(record.offerId) : undefined
          return [
            record.date,
            record.amount,
            record.currency,
            plain(inBase, view.base),
            record.payers ? record.payers.map((payer) => `${party(payer.partyId)} ${payer.amount}`).join('; ') : party(record.partyId),
            against ? offerLabel(against.label, words) : '',
            record.note ?? '',
          ]
        }),
      }
    case 'costs':
      return {
        header: ['date', 'description', 'amount', 'currency', 'inBase'].map(column),
        rows: view.costs.map(({ record, inBase }) => [record.date, record.description, record.amount, record.currency, plain(inBase, view.base)]),
      }
  }
}

/** The CSV text of one of the case's tables. */
export function csvText(view: CaseView, table: CsvTable, words: Words): string {
  const { header, rows } = csvSheet(view, table, words)
  return toCsv(header, rows)
}
