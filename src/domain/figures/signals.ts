// The exhausted-resources assessment as data: each signal's code, the facts
// behind it (who pays, how much, which property) and the level they add up to.
import type { Dec } from '../money/decimal'
import type { ComponentKind, Relation, Role } from '../caseFile/schema'

export type Level = 'likely' | 'possible' | 'not-indicated'
export const LEVELS: readonly Level[] = ['likely', 'possible', 'not-indicated']

export type SignalCode =
  | 'FAMILY_IMMEDIATE'
  | 'FAMILY_EXTENDED'
  | 'FAMILY_PROPERTY'
  | 'SELLER_PROPERTY'
  | 'THIRD_PARTY_MAJORITY'
  | 'CONCESSIONS_SHRINKING'

/** A party as a sentence names it. */
export interface PartyRef {
  id: string
  name: string
  role: Role
  /** Absent for a party that is not family; a parsed party (zod's `.optional()`) may carry it as `undefined`. */
  relation?: Relation | undefined
}

export interface Contribution {
  party: PartyRef
  /** Base currency. */
  amount: Dec
}

export interface PropertyDeal {
  /** Who the component says pays. */
  payer: PartyRef
  /** Who owns the property: the party whose real estate is at stake. */
  owner: PartyRef
  kind: ComponentKind
  propertyId: string
  /** "Two-bedroom flat, Yiwu": the property's description and location. */
  property: { description: string; location?: string }
  /** Base currency. */
  amount: Dec
}

/** The facts behind a signal, so a screen can word it in any language. */
export type SignalFacts =
  | { code: 'FAMILY_IMMEDIATE' | 'FAMILY_EXTENDED'; contributors: Contribution[]; amount: Dec }
  | { code: 'FAMILY_PROPERTY' | 'SELLER_PROPERTY'; deals: PropertyDeal[]; amount: Dec }
  | { code: 'THIRD_PARTY_MAJORITY'; contributors: Contribution[]; thirdParty: Dec; total: Dec; share: Dec; threshold: Dec }
  | { code: 'CONCESSIONS_SHRINKING'; concession: Dec; previousConcession: Dec; factor: Dec }

export interface Signal {
  code: SignalCode
  /** The engine's English sentence, worded when first read. */
  readonly message: string
  readonly facts: SignalFacts
}

export interface Assessment {
  level: Level
  signals: Signal[]
}

export function levelOf(codes: ReadonlySet<SignalCode>): Level {
  if (codes.has('FAMILY_PROPERTY') || (codes.has('FAMILY_IMMEDIATE') && codes.has('FAMILY_EXTENDED'))) return 'likely'
  return codes.size > 0 ? 'possible' : 'not-indicated'
}
