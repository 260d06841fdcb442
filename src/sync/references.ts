// What the merge (merge.ts) asks of a record's content: which other records it refers to (so a
// merge never keeps a reference to a record deleted on the other device, docs/sync.md §4 rule 6),
// and which of its values are money (a change of base currency on one device is a conflict with
// any change of amounts on the other, rule 5).
import type { ListName } from '@/domain'
import type { RecordDoc } from './documents'

/** A record that `from` needs: `list`/`recordId`, through the field `via` (as a path from the record). */
export interface Reference {
  list: ListName
  recordId: string
  via: string
}

/** The money values of a record: amounts, their currencies and rates, by path; what a change of base currency changes the meaning of. */
const MONEY_KEYS = new Set(['amount', 'currency', 'perBase', 'marketValue', 'encumbrances'])

/** Every record `doc` refers to, rates included (by currency, when it is not `baseCurrency`); a rate refers to none. */
export function referencesOf(doc: RecordDoc, baseCurrency: string): Reference[] {
  const found: Reference[] = []
  const add = (list: ListName, recordId: unknown, via: string) => {
    if (typeof recordId === 'string') found.push({ list, recordId, via })
  }
  const currency = (value: unknown, via: string) => {
    if (typeof value === 'string' && value !== baseCurrency) add('fx', value, via)
  }
  const record = doc.record as unknown as Record<string, unknown>
  if (doc.list !== 'fx') currency(record.currency, 'currency') // a rate is the record its currency names, not a record naming it
  if (doc.list === 'properties') add('parties', record.ownerId, 'ownerId')
  if (doc.list === 'payments') {
    add('parties', record.partyId, 'partyId')
    add('offers', record.offerId, 'offerId')
    items(record.payers).forEach((payer, i) => add('parties', payer.partyId, `payers[${i}].partyId`))
  }
  if (doc.list === 'offers') {
    add('offers', record.respondsTo, 'respondsTo')
    items(record.components).forEach((part, i) => {
      add('parties', part.partyId, `components[${i}].partyId`)
      add('properties', part.propertyId, `components[${i}].propertyId`)
      currency(part.currency, `components[${i}].currency`)
    })
    items(record.parts).forEach((part, i) => currency(part.currency, `parts[${i}].currency`))
  }
  return found
}

/** The money values of a record as one comparable text ('' for a record without any): amounts, currencies, rates, by path. */
export function moneyOf(doc: RecordDoc | undefined): string {
  if (!doc) return ''
  const found: string[] = []
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`))
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) {
        if (key === 'extra') continue
        if (MONEY_KEYS.has(key) && typeof item === 'string') found.push(`${path}.${key}=${item}`)
        else walk(item, `${path}.${key}`)
      }
  }
  walk(doc.record, '')
  return found.sort().join('\n')
}

function items(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : []
}
