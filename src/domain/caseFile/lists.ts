// The lists of a case file, and how a record is addressed in its list.
import type { CaseFile } from './schema'

export type ListName = 'fx' | 'parties' | 'losses' | 'properties' | 'offers' | 'payments' | 'costs'
export type RecordOf<K extends ListName> = CaseFile[K][number]

/** How a record is addressed in its list: its id, or for an exchange rate its currency (rates have no id). */
export function recordKey<K extends ListName>(list: K, record: RecordOf<K>): string {
  return list === 'fx' ? (record as RecordOf<'fx'>).currency : (record as { id: string }).id
}

/** The word for one record of each list in the engine's problems (`problemWhat` in the catalogues). */
export const RECORD_WHAT: Record<ListName, string> = {
  fx: 'rate',
  parties: 'party',
  losses: 'loss',
  properties: 'property',
  offers: 'offer',
  payments: 'payment',
  costs: 'cost',
}
