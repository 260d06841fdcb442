// The English of the history's chronology (the `history.chronology` keys of the catalogues;
// src/i18n/features/history.ts has the Chinese with the same keys).
export const HISTORY_TEXTS = {
  /** "6 Dec 2026 09:14 Li Na (office laptop) changed offer o3 part 2 amount from CNY 250,000.00 to CNY 300,000.00" */
  changed: '{at} {author} ({device}) changed {what} from {before} to {after}',
  set: '{at} {author} ({device}) set {what} to {after}',
  cleared: '{at} {author} ({device}) cleared {what} (was {before})',
  added: '{at} {author} ({device}) added {record}',
  removed: '{at} {author} ({device}) removed {record}',
  unknownDevice: 'unknown device',
  record: {
    fx: 'rate {id}',
    parties: 'party {id}',
    losses: 'loss {id}',
    properties: 'property {id}',
    offers: 'offer {id}',
    demand: 'demand {id}',
    payments: 'payment {id}',
    costs: 'cost {id}',
  },
  /** "offer o3 (May 9, 2024)": a dated record (an offer, a demand, a payment, a cost) as the case has it now */
  dated: '{record} ({date})',
  /** "party Zhang Wei (seller)": a party by its name and role as the case has them now */
  named: 'party {name}',
  /** "offer o3 amount" */
  direct: '{record} {field}',
  /** "offer o3 part 2 amount" */
  nested: '{record} {field}',
  /** "the case title" */
  case: 'the case {field}',
  /** "part 2 amount" */
  inside: '{container} {field}',
  container: { components: 'part {n}', parts: 'part {n}', payers: 'payer {n}', items: 'item {n}' },
  quoted: '“{value}”',
  /** "quick-sale factor 0.8": one setting of the settings set at once */
  setting: '{field} {value}',
  separator: ', ',
  field: {
    amount: 'amount',
    currency: 'currency',
    date: 'date',
    status: 'status',
    type: 'type',
    final: 'final',
    goodUntil: 'good-until date',
    respondsTo: 'answered move',
    note: 'note',
    partyId: 'payer',
    kind: 'kind',
    propertyId: 'property',
    dueDate: 'due date',
    name: 'name',
    role: 'role',
    relation: 'relation',
    description: 'description',
    category: 'category',
    evidence: 'evidence',
    ownerId: 'owner',
    location: 'location',
    marketValue: 'market value',
    encumbrances: 'encumbrances',
    valuedOn: 'valuation date',
    valuationSource: 'valuation source',
    perBase: 'rate',
    asOf: 'rate date',
    source: 'source',
    offerId: 'offer',
    from: 'side',
    title: 'title',
    baseCurrency: 'base currency',
    settings: 'settings',
    quickSaleFactor: 'quick-sale factor',
    concessionShrinkFactor: 'concession shrink factor',
    thirdPartyMajority: 'third-party majority',
    extra: 'tracker data',
    id: 'id',
  },
  yes: 'yes',
  no: 'no',
} as const

export type HistoryTexts = typeof HISTORY_TEXTS
