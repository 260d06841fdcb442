// Small builders for engine tests: a case is written as plain JSON-like data,
// with every required field filled in, then read through the real parser.
import { expect } from 'vitest'
import {
  CaseFileError,
  Dec,
  parseCaseFile,
  parseCaseFileText,
  summarizeCase,
  type CaseFileIssue,
  type CaseSummary,
  type OfferSummary,
} from '@/domain'

export type Json = Record<string, unknown>

/** The parties every built case has unless told otherwise. */
export const PARTIES: Json[] = [
  { id: 'sam', name: 'Sam Seller', role: 'seller' },
  { id: 'co', name: 'Seller Trading Co', role: 'seller' },
  { id: 'dad', name: 'Dan Father', role: 'family', relation: 'parent' },
  { id: 'cousin', name: 'Cora Cousin', role: 'family', relation: 'cousin' },
  { id: 'friend', name: 'Fred Friend', role: 'associate' },
]

/** Rates that give exact base amounts: 1 USD = 8 CNY = 0.8 EUR = 100 JPY. */
export const FX: Json[] = [
  { currency: 'CNY', perBase: '8' },
  { currency: 'EUR', perBase: '0.8' },
  { currency: 'JPY', perBase: '100' },
]

const ID_PREFIX: Record<string, string> = { losses: 'l', costs: 'k', payments: 'r', offers: 'o', properties: 'h' }
const DEFAULT_DATE: Record<string, string> = { losses: '2024-01-10', costs: '2024-04-20', payments: '2024-06-01' }

/**
 * A case file object: the required top-level fields, the default parties and
 * rates, and the given lists with ids (l1, o1, ...) and dates filled in where
 * missing. Offers without a date get 2024-05-01, 2024-05-02, ... in file order.
 */
export function rawCase(over: Json = {}): Json {
  const out: Json = {
    format: 'restitution-case',
    version: 1,
    id: 'case-1',
    title: 'Buyer Ltd v. Seller Trading Co',
    baseCurrency: 'USD',
    fx: FX,
    parties: PARTIES,
    ...over,
  }
  for (const [list, prefix] of Object.entries(ID_PREFIX)) {
    const items = out[list]
    if (!Array.isArray(items)) continue
    out[list] = items.map((item: Json, index) => ({
      id: `${prefix}${index + 1}`,
      ...(list === 'offers' ? { date: `2024-05-${String(index + 1).padStart(2, '0')}` } : {}),
      ...(DEFAULT_DATE[list] ? { date: DEFAULT_DATE[list] } : {}),
      ...item,
    }))
  }
  return out
}

export const loss = (amount: string, currency = 'USD', more: Json = {}): Json => ({
  description: 'Wire to seller',
  category: 'payment',
  amount,
  currency,
  ...more,
})

export const cost = (amount: string, currency = 'USD', more: Json = {}): Json => ({
  description: 'Counsel',
  amount,
  currency,
  ...more,
})

export const payment = (amount: string, currency = 'USD', more: Json = {}): Json => ({ amount, currency, ...more })

/** A component: cash in USD unless told otherwise. */
export const comp = (partyId: string, amount: string, more: Json = {}): Json => ({
  partyId,
  kind: 'cash',
  amount,
  currency: 'USD',
  ...more,
})

/** A seller offer; a bare amount means one USD cash component from the seller "sam". */
export const seller = (components: Json[] | string, more: Json = {}): Json => ({
  from: 'seller',
  status: 'rejected',
  components: typeof components === 'string' ? [comp('sam', components)] : components,
  ...more,
})

export const demand = (amount: string, more: Json = {}): Json => ({
  from: 'buyer',
  status: 'countered',
  amount,
  currency: 'USD',
  ...more,
})

export const property = (ownerId: string, marketValue: string, more: Json = {}): Json => ({
  ownerId,
  description: 'Two-bedroom flat',
  marketValue,
  currency: 'USD',
  ...more,
})

/** Reads a built case and summarizes it. */
export function summarize(over: Json = {}): CaseSummary {
  return summarizeCase(parseCaseFile(rawCase(over)))
}

/** A Dec as exact plain text (no exponent), or null. */
export function text(value: Dec | null | undefined): string | null {
  return value === null || value === undefined ? null : value.toFixed()
}

/** The exact plain text of a decimal literal: "110.00" → "110". */
export function exact(value: string | null): string | null {
  return value === null ? null : new Dec(value).toFixed()
}

export const idOf = (offer: OfferSummary | null | undefined): string | null => offer?.id ?? null

export function offerById(summary: CaseSummary, id: string): OfferSummary {
  const found = summary.offers.find((offer) => offer.id === id)
  if (!found) throw new Error(`no offer ${id} in the summary`)
  return found
}

export function codesOf(offer: OfferSummary | null | undefined): string[] {
  return (offer?.assessment?.signals ?? []).map((signal) => signal.code).sort()
}

export function signalMessage(offer: OfferSummary, code: string): string {
  const found = offer.assessment?.signals.find((signal) => signal.code === code)
  if (!found) throw new Error(`offer ${offer.id} has no ${code}; it has ${codesOf(offer).join(', ') || 'none'}`)
  return found.message
}

/** The issues of a refused input; fails the test when the input is accepted or another error is thrown. */
export function issuesOf(input: unknown, asText = false): CaseFileIssue[] {
  try {
    if (asText) parseCaseFileText(input as string)
    else parseCaseFile(input)
  } catch (error) {
    expect(error).toBeInstanceOf(CaseFileError)
    return (error as CaseFileError).issues
  }
  throw new Error('expected the file to be refused, but it was accepted')
}

export const pathsOf = (input: unknown, asText = false): string[] => issuesOf(input, asText).map((issue) => issue.path)

// ---------------------------------------------------------------------------
// A complete valid case using every record type and optional field, and
// helpers to damage it at a path such as `offers[0].components[1].amount`.

export function fullCase(): Json {
  return {
    format: 'restitution-case',
    version: 1,
    id: 'full-case',
    title: 'Harbor Tools Ltd v. Shenzhen Huaxin Trading',
    baseCurrency: 'USD',
    settings: { quickSaleFactor: '0.8', concessionShrinkFactor: '0.25', thirdPartyMajority: '0.5' },
    fx: [{ currency: 'CNY', perBase: '8', asOf: '2024-05-02', source: 'bank quote' }],
    parties: [
      { id: 'p1', name: 'Zhang Wei', role: 'seller', note: 'detained' },
      { id: 'p2', name: 'Zhang Jun', role: 'family', relation: 'parent' },
      { id: 'p3', name: 'Old Partner', role: 'associate' },
    ],
    losses: [
      {
        id: 'l1',
        date: '2024-01-10',
        description: 'Deposit',
        category: 'payment',
        amount: '60000.00',
        currency: 'USD',
        evidence: 'SWIFT copy',
      },
    ],
    properties: [
      {
        id: 'h1',
        ownerId: 'p2',
        description: 'Flat',
        location: 'Yiwu',
        marketValue: '1800000',
        encumbrances: '400000',
        currency: 'CNY',
        valuedOn: '2024-05-10',
        valuationSource: 'agent appraisal',
      },
    ],
    offers: [
      {
        id: 'o1',
        date: '2024-05-03',
        from: 'seller',
        status: 'rejected',
        type: 'initial',
        final: false,
        goodUntil: '2024-05-10',
        note: 'first offer',
        components: [
          { partyId: 'p1', kind: 'cash', amount: '100000', currency: 'CNY', dueDate: '2024-06-01', note: 'savings' },
          { partyId: 'p2', kind: 'mortgage', propertyId: 'h1', amount: '200000', currency: 'CNY' },
        ],
      },
      { id: 'd1', date: '2024-05-04', from: 'buyer', status: 'open', respondsTo: 'o1', amount: '55000', currency: 'USD' },
    ],
    payments: [{ id: 'r1', date: '2024-06-01', amount: '20000', currency: 'USD', offerId: 'o1', partyId: 'p2', note: 'wire' }],
    costs: [{ id: 'k1', date: '2024-04-20', description: 'Counsel', amount: '8000', currency: 'USD' }],
  }
}

/** `offers[0].components[1].amount` → ['offers', 0, 'components', 1, 'amount']. */
export function pathParts(path: string): (string | number)[] {
  return (path.match(/[^.[\]]+/g) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function parentOf(root: unknown, parts: (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string | number, unknown>
  return node
}

/** A copy of `root` with the value at `path` set; an own property even for `__proto__`. */
export function withValue(root: Json, path: string, value: unknown): Json {
  const copy = structuredClone(root)
  const parts = pathParts(path)
  Object.defineProperty(parentOf(copy, parts), parts[parts.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return copy
}

/** A copy of `root` without the key at `path`. */
export function without(root: Json, path: string): Json {
  const copy = structuredClone(root)
  const parts = pathParts(path)
  delete parentOf(copy, parts)[parts[parts.length - 1]!]
  return copy
}
