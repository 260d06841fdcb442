// The engine's own words in English: every sentence, label and name of a value
// that the engine or a screen builds from case data. The `en` catalogue is made
// from this table, and `zh-CN` has the same keys, so the two cannot drift apart.
import { LEGAL_TEXTS } from './legal'

/** How a relation reads in a sentence: `aunt-uncle` → "aunt or uncle". */
export const RELATION_WORDS = {
  spouse: 'spouse',
  father: 'father',
  mother: 'mother',
  son: 'son',
  daughter: 'daughter',
  brother: 'brother',
  sister: 'sister',
  // The older values, for files that do not say which (case-format.md, parties).
  parent: 'father or mother',
  child: 'son or daughter',
  sibling: 'brother or sister',
  grandparent: 'grandparent',
  grandchild: 'grandchild',
  'aunt-uncle': 'aunt or uncle',
  'niece-nephew': 'niece or nephew',
  cousin: 'cousin',
  'in-law': 'in-law',
  'other-relative': 'other relative',
} as const

export const DOMAIN_TEXTS = {
  relation: RELATION_WORDS,
  relationGroup: { immediate: 'immediate family', extended: 'extended family' },
  /** A role as a value in a table. */
  role: { seller: 'Seller', family: 'Family', associate: 'Associate' },
  /** A role inside a sentence, where a family member would show a relation. */
  roleWord: { seller: 'seller', family: 'family', associate: 'associate' },
  /** A part's kind. `mortgage` is cash a party raises by a mortgage loan on a property: it secures the lender, never the buyer. */
  kind: { cash: 'cash', installments: 'installments', mortgage: 'mortgage loan', 'property-sale': 'property sale', other: 'other' },
  status: { open: 'open', accepted: 'accepted', rejected: 'rejected', countered: 'countered', withdrawn: 'withdrawn', expired: 'expired' },
  offerType: { initial: 'initial', counter: 'counter', revised: 'revised', final: 'final' },
  category: { payment: 'Payment', shipping: 'Shipping', inspection: 'Inspection', 'bank-fee': 'Bank fee', other: 'Other' },
  side: { seller: 'Seller offer', buyer: 'Buyer demand' },
  label: {
    /** "Seller offer 3" */
    offer: '{side} {number}',
    /** "Seller offer 3 · Family's final offer" */
    named: '{label} · {name}',
    /** "Seller offer 3 · May 16, 2024" */
    dated: '{label} · {date}',
    /** "Seller offer 3 · May 16, 2024 · $69,444.44" */
    full: '{label} · {date} · {total}',
    /** "Zhang Jun (parent)" */
    party: '{name} ({who})',
    /** "Two-bedroom flat, Yiwu" */
    property: '{description}, {location}',
    /** "Zhang Jun (father) $50,000.00": who paid, and how much (no space in Chinese). */
    amountOf: '{who} {amount}',
    /** A phrase and its note in brackets: "…, $50,000.00 (paid through Zhang Wei)". */
    noted: '{phrase} {note}',
  },
  part: {
    /** "Zhang Wei: cash $27,000.00" */
    plain: '{payer}: {kind} {amount}',
    /** "Zhang Jun: mortgage loan on Two-bedroom flat, Yiwu CNY 250,000.00" */
    mortgage: '{payer}: mortgage loan on {property} {amount}',
    /** "Zhang Jun: sale of Two-bedroom flat, Yiwu CNY 250,000.00" */
    'property-sale': '{payer}: sale of {property} {amount}',
    demand: 'Demand: {amount}',
  },
  list: { separator: '; ', comma: ', ' },
  /** The criminal case around the money (words/legal.ts). */
  legal: LEGAL_TEXTS,
  level: { likely: 'Signs of a ceiling', possible: 'Some signs', 'not-indicated': 'No signs yet' },
  signalName: {
    FAMILY_IMMEDIATE: 'Immediate family',
    FAMILY_EXTENDED: 'Extended family',
    FAMILY_PROPERTY: 'Family real estate',
    SELLER_PROPERTY: 'Seller’s real estate',
    THIRD_PARTY_MAJORITY: 'Others pay most',
    CONCESSIONS_SHRINKING: 'Concessions shrinking',
  },
  /** Whose rule a signal is: the source article's, or the app's own (with its threshold). */
  signalOrigin: { source: 'Source article', app: 'App’s rule' },
  signalRule: {
    SELLER_PROPERTY: 'App’s rule, not the source’s: a part relies on the seller’s own real estate.',
    THIRD_PARTY_MAJORITY: 'App’s rule, not the source’s: family and associates pay at least {threshold} of the offer.',
    CONCESSIONS_SHRINKING: 'App’s rule, not the source’s: from the third offer on, a raise smaller than {factor} of the raise before (or none, or a step back).',
  },
  signal: {
    nameEnd: '.',
    FAMILY_IMMEDIATE: 'Immediate family pays {amount} of this offer: {list}.',
    FAMILY_EXTENDED: 'Extended family pays {amount} of this offer: {list}.',
    FAMILY_PROPERTY: '{amount} of this offer depends on a family member’s real estate (a mortgage loan or a sale): {list}.',
    SELLER_PROPERTY: '{amount} of this offer depends on the seller’s own real estate (a mortgage loan or a sale): {list}.',
    propertyDeal: { mortgage: '{who}, a mortgage loan on {property}, {amount}', sale: '{who}, the sale of {property}, {amount}' },
    paidThrough: '(paid through {who})',
    THIRD_PARTY_MAJORITY: 'Family and associates pay {part} of {total} ({share}), at or above the {threshold} threshold: {list}.',
    CONCESSIONS_SHRINKING: {
      raised: 'The seller raised the offer by only {step}, after a raise of {previous}: less than {factor} of that step.',
      unchanged: 'The seller did not raise the offer, after a raise of {previous}.',
      lowered: 'The seller lowered the offer by {step}, after a raise of {previous}.',
    },
  },
} as const

export type DomainTexts = typeof DOMAIN_TEXTS
