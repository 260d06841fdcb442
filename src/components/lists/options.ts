// The choices a form offers, built once for every form that needs them (the
// record lists and the offer editor): currencies, parties, properties, offers.
import { offerLabel, partyLabel, propertyLabel, type CaseView, type Words } from '@/domain'
import type { SelectOption } from '../fields'

/** The base currency and each currency with a rate. */
export function currencyOptions(view: CaseView): SelectOption[] {
  return view.currencies.map((code) => ({ value: code, label: code }))
}

/** Each value of a fixed list, labelled from the catalogue (`kind.cash` → "cash"). */
export function choices(values: readonly string[], prefix: string, words: Words): SelectOption[] {
  return values.map((value) => ({ value, label: words.text(`${prefix}.${value}`) }))
}

/** Every party, named with its relation or role: "Zhang Jun (parent)". */
export function partyOptions(view: CaseView, words: Words): SelectOption[] {
  return view.file.parties.map((party) => ({ value: party.id, label: partyLabel(party, words) }))
}

/** Every property, with its location. */
export function propertyOptions(view: CaseView, words: Words): SelectOption[] {
  return view.file.properties.map((property) => ({ value: property.id, label: propertyLabel(property, words) }))
}

/** Every offer and demand but `except`, by name, date and total: "Seller offer 3 · May 16, 2024 · $69,444.44". */
export function offerOptions(view: CaseView, words: Words, except?: string): SelectOption[] {
  return view.offers.filter((row) => row.id !== except).map((row) => ({ value: row.id, label: offerLabel(row.label, words, 'full') }))
}
