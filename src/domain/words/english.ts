// The engine's own words in English: every sentence, label and name of a value
// that the engine or a screen builds from case data. The `en` catalogue is made
// from this table, and `zh-CN` has the same keys, so the two cannot drift apart.

/** How a relation reads in a sentence: `aunt-uncle` → "aunt or uncle". */
export const RELATION_WORDS = {
  spouse: 'spouse',
  parent: 'parent',
  child: 'child',
  sibling: 'sibling',
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
  kind: { cash: 'cash', installments: 'installments', mortgage: 'mortgage', 'property-sale': 'property sale', other: 'other' },
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
  },
  part: {
    /** "Zhang Wei: cash $27,000.00" */
    plain: '{payer}: {kind} {amount}',
    /** "Zhang Jun: mortgage (Two-bedroom flat) CNY 200,000.00" */
    onProperty: '{payer}: {kind} ({property}) {amount}',
    demand: 'Demand: {amount}',
  },
  list: { separator: '; ', comma: ', ' },
  level: { likely: 'Likely ceiling', possible: 'Possible ceiling', 'not-indicated': 'Not indicated' },
  signalName: {
    FAMILY_IMMEDIATE: 'Immediate family',
    FAMILY_EXTENDED: 'Extended family',
    FAMILY_PROPERTY: 'Family real estate',
    SELLER_PROPERTY: 'Seller’s real estate',
    THIRD_PARTY_MAJORITY: 'Others pay most',
    CONCESSIONS_SHRINKING: 'Concessions shrinking',
  },
  signal: {
    nameEnd: '.',
    FAMILY_IMMEDIATE: 'Immediate family pays {amount} of this offer: {list}.',
    FAMILY_EXTENDED: 'Extended family pays {amount} of this offer: {list}.',
    FAMILY_PROPERTY: 'A family member’s real estate backs {amount} of this offer: {list}.',
    SELLER_PROPERTY: 'The seller’s own real estate backs {amount} of this offer: {list}.',
    pledge: { mortgage: '{who}, a mortgage on {property}, {amount}', sale: '{who}, the sale of {property}, {amount}' },
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
