// The phrases built from case data, one function each, in any language: a party
// with its relation, a property, an offer's name and parts, a signal's sentence.
import { Dec } from '../money/decimal'
import type { PartyRef, Signal } from '../figures/signals'
import type { ComponentKind, Property } from '../caseFile/schema'
import { chineseCurrencyName, chineseThresholdPercent } from './chinese'
import { isolate } from './isolate'
import type { Words } from './words'

/** "Zhang Jun (parent)", "Zhang Wei (seller)", "Chen Li (associate)". */
export function partyLabel(party: Pick<PartyRef, 'name' | 'role' | 'relation'>, words: Words): string {
  const who = party.role === 'family' && party.relation ? words.text(`relation.${party.relation}`) : words.text(`roleWord.${party.role}`)
  return words.text('label.party', { name: isolate(party.name), who })
}

/** "Two-bedroom flat, Yiwu, Zhejiang": the description, and the location when there is one (each isolated, as every user value in a phrase). */
export function propertyLabel(property: Pick<Property, 'description' | 'location'>, words: Words): string {
  const description = isolate(property.description)
  return property.location ? words.text('label.property', { description, location: isolate(property.location) }) : description
}

/** What names an offer or demand: its side and number on that side, its date and total. */
export interface OfferLabel {
  side: 'seller' | 'buyer'
  /** 1 for the first offer of its side in negotiation order, 2 for the next… */
  number: number
  date: string
  /** Base currency. */
  total: Dec
  currency: string
  /** The user's own name for the move ("Family's final offer"), shown beside its number. */
  name?: string
}

type LabelDetail = 'short' | 'dated' | 'full'

// Kept per label (the case view keeps an offer's label object while the offer is unchanged) and
// per words: a list of thousands of offers words each again only when it changed.
const worded = new WeakMap<Words, WeakMap<OfferLabel, { locale: string; texts: Partial<Record<LabelDetail, string>> }>>()

/**
 * "Seller offer 3", with the user's own name when it has one ("Seller offer 3 · Family's
 * final offer"), then "· May 16, 2024" (`dated`) and "· $69,444.44" (`full`).
 */
export function offerLabel(label: OfferLabel, words: Words, detail: LabelDetail = 'short'): string {
  let labels = worded.get(words)
  if (!labels) worded.set(words, (labels = new WeakMap()))
  let kept = labels.get(label)
  if (!kept || kept.locale !== words.locale) labels.set(label, (kept = { locale: words.locale, texts: {} }))
  return (kept.texts[detail] ??= wordLabel(label, words, detail))
}

function wordLabel(label: OfferLabel, words: Words, detail: LabelDetail): string {
  const numbered = words.text('label.offer', { side: words.text(`side.${label.side}`), number: label.number })
  const short = label.name ? words.text('label.named', { label: numbered, name: isolate(label.name) }) : numbered
  if (detail === 'short') return short
  const date = words.date(label.date)
  if (detail === 'dated') return words.text('label.dated', { label: short, date })
  return words.text('label.full', { label: short, date, total: words.money(label.total, label.currency) })
}

/** One part of a seller offer, as the negotiation table lists it. */
export interface PartPhrase {
  payer: Pick<PartyRef, 'name' | 'role' | 'relation'> | null
  /** The payer's id, shown when the party is missing. */
  partyId: string
  kind: ComponentKind
  property: Pick<Property, 'description' | 'location'> | null
  /** As written, in its own currency. */
  amount: Dec
  currency: string
}

/** "Zhang Jun: mortgage loan on Two-bedroom flat, Yiwu CNY 250,000.00". */
export function partText(part: PartPhrase, words: Words): string {
  const params = {
    payer: isolate(part.payer?.name ?? part.partyId),
    kind: words.text(`kind.${part.kind}`),
    amount: words.money(part.amount, part.currency),
  }
  return part.property && (part.kind === 'mortgage' || part.kind === 'property-sale')
    ? words.text(`part.${part.kind}`, { ...params, property: propertyLabel(part.property, words) })
    : words.text('part.plain', params)
}

/** "Demand: $85,000.00", or for a demand in several currencies "Demand: $186,000.00 + €9,500.00". */
export function demandText(parts: readonly { amount: Dec; currency: string }[], words: Words): string {
  return words.text('part.demand', { amount: amountsText(parts, words) })
}

/** Amounts in their own currencies, added up in words: "CNY 550,000.00 + $20,000.00". */
export function amountsText(amounts: readonly { amount: Dec; currency: string }[], words: Words): string {
  return amounts.map((part) => words.money(part.amount, part.currency)).join(' + ')
}

/**
 * A move's amounts in the currencies it was stated in, beside its base total: "CNY 950,000.00",
 * "$186,000.00 + €9,500.00"; null when it was stated in the base currency alone.
 */
export function statedAmountsText(amounts: readonly { amount: Dec; currency: string }[], base: string, words: Words): string | null {
  return amounts.length === 0 || (amounts.length === 1 && amounts[0]?.currency === base) ? null : amountsText(amounts, words)
}

/** An amount as the case file states it (its exact decimal text), worded with its currency: "CNY 300,000.00". */
export function statedMoney(amount: string, currency: string, words: Words): string {
  return words.money(new Dec(amount), currency)
}

/** A ratio as the case file states it ("0.7"), as a percentage: "70.00%". */
export function statedPercent(ratio: string, words: Words): string {
  return words.percent(new Dec(ratio))
}

/** A change of a figure, signed: "+$5,000.00" for a raise, "−$2,000.00" for a lowered demand (the value as shown). */
export function signedMoney(value: Dec, currency: string, words: Words): string {
  return `${value.isNegative() ? '−' : '+'}${words.money(value.abs(), currency)}`
}

/** A threshold or factor the app sets (0.5, 0.25): "50.00%" in English, "50%" in Chinese, without trailing zeros (issue 22). */
export function thresholdPercent(ratio: Dec, words: Words): string {
  return words.locale.startsWith('zh') ? chineseThresholdPercent(ratio) : words.percent(ratio)
}

/** A currency where a reader wants its name: the code in English (USD), the name in Chinese (美元). */
export function currencyWord(code: string, words: Pick<Words, 'locale'>): string {
  return words.locale.startsWith('zh') ? chineseCurrencyName(code) : code
}

/** A list of phrases joined as a sentence lists them ("a; b; c"). */
export function listOf(phrases: readonly string[], words: Words): string {
  return phrases.join(words.text('list.separator'))
}

/** The sentence of a signal, naming the parties and amounts behind it, in base currency. */
export function signalSentence(signal: Pick<Signal, 'facts'>, words: Words, currency: string): string {
  const money = (value: Dec) => words.money(value, currency)
  const contributions = (entries: readonly { party: PartyRef; amount: Dec }[]) =>
    listOf(
      entries.map((entry) => words.text('label.amountOf', { who: partyLabel(entry.party, words), amount: money(entry.amount) })),
      words,
    )
  const facts = signal.facts
  switch (facts.code) {
    case 'FAMILY_IMMEDIATE':
    case 'FAMILY_EXTENDED':
      return words.text(`signal.${facts.code}`, { amount: money(facts.amount), list: contributions(facts.contributors) })
    case 'FAMILY_PROPERTY':
    case 'SELLER_PROPERTY':
      return words.text(`signal.${facts.code}`, {
        amount: money(facts.amount),
        list: listOf(
          facts.deals.map((deal) => {
            const phrase = words.text(`signal.propertyDeal.${deal.kind === 'mortgage' ? 'mortgage' : 'sale'}`, {
              who: partyLabel(deal.owner, words),
              property: propertyLabel(deal.property, words),
              amount: money(deal.amount),
            })
            return deal.payer.id === deal.owner.id ? phrase : words.text('label.noted', { phrase, note: words.text('signal.paidThrough', { who: partyLabel(deal.payer, words) }) })
          }),
          words,
        ),
      })
    case 'THIRD_PARTY_MAJORITY':
      return words.text('signal.THIRD_PARTY_MAJORITY', {
        part: money(facts.thirdParty),
        total: money(facts.total),
        share: words.percent(facts.share),
        threshold: thresholdPercent(facts.threshold, words),
        list: contributions(facts.contributors),
      })
    case 'CONCESSIONS_SHRINKING': {
      const step = facts.concession.isNegative() ? 'lowered' : facts.concession.isZero() ? 'unchanged' : 'raised'
      return words.text(`signal.CONCESSIONS_SHRINKING.${step}`, {
        step: money(facts.concession.abs()),
        previous: money(facts.previousConcession),
        factor: thresholdPercent(facts.factor, words),
      })
    }
  }
}
