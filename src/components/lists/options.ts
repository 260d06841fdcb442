// The choices a form offers, built once for every form that needs them (the
// record lists and the offer editor): currencies, parties, properties, offers.
import { offerLabel, partyLabel, propertyLabel, type CaseFileIssue, type CaseView, type FxRate, type Words } from '@/domain'
import type { FieldSpec, SelectOption } from '../fields'

/** The currencies most often met in these cases, offered even without a rate (choosing one asks for its rate). */
export const COMMON_CURRENCIES = ['USD', 'CNY', 'HKD', 'EUR', 'GBP', 'JPY', 'SGD', 'AUD', 'CAD', 'CHF', 'KRW', 'TWD'] as const

/** The base currency and each currency with a rate; with `words`, the common currencies without a rate after them ("EUR (needs a rate)"). */
export function currencyOptions(view: CaseView, words?: Words): SelectOption[] {
  const rated = view.currencies.map((code) => ({ value: code, label: code }))
  if (!words) return rated
  const others = COMMON_CURRENCIES.filter((code) => !view.currencies.includes(code))
  return [...rated, ...others.map((code) => ({ value: code, label: words.text('live.rate.option', { code }) }))]
}

/** Codes to suggest for a new rate: the common currencies that are neither the base nor already rated. */
export function rateSuggestions(view: CaseView): string[] {
  return COMMON_CURRENCIES.filter((code) => !view.currencies.includes(code))
}

/** A record's currency: the case's currencies first; another one asks for its rate right there (when `addRate` is given). */
export function currencyField(
  view: CaseView,
  words: Words,
  addRate: ((rate: FxRate) => CaseFileIssue[] | null) | undefined,
  today: string,
): FieldSpec {
  return {
    key: 'currency',
    label: 'common.currency',
    type: 'select',
    required: true,
    width: 'narrow',
    options: () => currencyOptions(view, addRate ? words : undefined),
    ...(addRate ? { rate: { base: view.base, rated: () => view.currencies, add: addRate, today } } : {}),
  }
}

/** A word of a fixed list as an option starts a sentence: capitalised, the same in every list ("Open", "Cash", "Payment"). */
export function asOption(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)
}

/** Each value of a fixed list, labelled from the catalogue (`kind.cash` → "Cash"). */
export function choices(values: readonly string[], prefix: string, words: Words): SelectOption[] {
  return values.map((value) => ({ value, label: asOption(words.text(`${prefix}.${value}`), words.locale) }))
}

/** Every party, named with its relation or role: "Zhang Jun (parent)". */
export function partyOptions(view: CaseView, words: Words): SelectOption[] {
  return view.file.parties.map((party) => ({ value: party.id, label: partyLabel(party, words) }))
}

/** Every property, with its location. */
export function propertyOptions(view: CaseView, words: Words): SelectOption[] {
  return view.file.properties.map((property) => ({ value: property.id, label: propertyLabel(property, words) }))
}

/** The offer or demand `id` as `offerOptions` words it; null when there is none. */
export function offerOption(view: CaseView, words: Words, id: string): SelectOption | null {
  const row = view.offers.find((offer) => offer.id === id)
  return row ? { value: row.id, label: offerLabel(row.label, words, 'full') } : null
}

/** Every offer and demand but `except`, by name, date and total: "Seller offer 3 · May 16, 2024 · $69,444.44". */
export function offerOptions(view: CaseView, words: Words, except?: string): SelectOption[] {
  return view.offers.filter((row) => row.id !== except).map((row) => ({ value: row.id, label: offerLabel(row.label, words, 'full') }))
}

/**
 * What a payment can be made against (issue 22): every seller offer, and a buyer demand the seller
 * accepted, named as what it is ("Buyer demand 2 · … (accepted by the seller)"); a demand a payment
 * already names stays offered, so the record keeps its value.
 */
export function paymentOfferOptions(view: CaseView, words: Words): SelectOption[] {
  const linked = new Set(view.file.payments.map((payment) => payment.offerId))
  return view.offers
    .filter((row) => row.from === 'seller' || row.summary.status === 'accepted' || linked.has(row.id))
    .map((row) => {
      const label = offerLabel(row.label, words, 'full')
      return { value: row.id, label: row.from === 'buyer' && row.summary.status === 'accepted' ? words.text('payment.acceptedDemand', { label }) : label }
    })
}
