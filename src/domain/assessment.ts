// The exhausted-resources heuristic: which signals an offer shows, each with a
// sentence naming who pays and how much, and the level they add up to.
import { Dec, ZERO } from './decimal'
import { formatMoney, formatPercent } from './money'
import { propertyLabel } from './parties'
import {
  PROPERTY_KINDS,
  isExtended,
  isImmediate,
  type ComponentKind,
  type Party,
  type Property,
  type Relation,
  type SellerOffer,
} from './schema'

export type Level = 'likely' | 'possible' | 'not-indicated'
export const LEVELS: readonly Level[] = ['likely', 'possible', 'not-indicated']

export type SignalCode =
  | 'FAMILY_IMMEDIATE'
  | 'FAMILY_EXTENDED'
  | 'FAMILY_PROPERTY'
  | 'SELLER_PROPERTY'
  | 'THIRD_PARTY_MAJORITY'
  | 'CONCESSIONS_SHRINKING'

export interface Contribution {
  partyId: string
  name: string
  relation?: Relation
  /** Base currency. */
  amount: Dec
}

export interface Pledge {
  /** Who the component says pays. */
  partyId: string
  name: string
  relation?: Relation
  /** Who owns the property: the party whose real estate is at stake. */
  ownerId: string
  ownerName: string
  ownerRelation?: Relation
  kind: ComponentKind
  propertyId: string
  property: string
  /** Base currency. */
  amount: Dec
}

/** The facts behind a signal, so a screen can word it in another language. */
export type SignalFacts =
  | { code: 'FAMILY_IMMEDIATE' | 'FAMILY_EXTENDED'; contributors: Contribution[]; amount: Dec }
  | { code: 'FAMILY_PROPERTY' | 'SELLER_PROPERTY'; pledges: Pledge[]; amount: Dec }
  | { code: 'THIRD_PARTY_MAJORITY'; contributors: Contribution[]; thirdParty: Dec; total: Dec; share: Dec; threshold: Dec }
  | { code: 'CONCESSIONS_SHRINKING'; concession: Dec; previousConcession: Dec; factor: Dec }

/**
 * One signal of an offer. Its English sentence is written when first read: the
 * screens word signals from their facts in the user's language, and a case of
 * thousands of offers should not pay for sentences nobody reads.
 */
export class Signal {
  readonly code: SignalCode
  readonly facts: SignalFacts
  declare readonly message: string

  constructor(facts: SignalFacts, describe: () => string) {
    this.code = facts.code
    this.facts = facts
    // An own, enumerable property, written the first time it is read.
    let message: string | null = null
    Object.defineProperty(this, 'message', { enumerable: true, get: () => (message ??= describe()) })
  }

  toJSON(): { code: SignalCode; message: string } {
    return { code: this.code, message: this.message }
  }
}

export interface Assessment {
  level: Level
  signals: Signal[]
}

export interface AssessmentInput {
  offer: SellerOffer
  figures: { total: Dec; byFamily: Dec; byAssociates: Dec; concession: Dec | null; componentAmounts: readonly Dec[] }
  /** Concession of the offer before this one in the series, when this one is at least the third. */
  previousConcession: Dec | null
  parties: ReadonlyMap<string, Party>
  properties: ReadonlyMap<string, Property>
  settings: { concessionShrinkFactor: Dec; thirdPartyMajority: Dec }
  baseCurrency: string
}

export function levelOf(codes: ReadonlySet<SignalCode>): Level {
  if (codes.has('FAMILY_PROPERTY') || (codes.has('FAMILY_IMMEDIATE') && codes.has('FAMILY_EXTENDED'))) return 'likely'
  return codes.size > 0 ? 'possible' : 'not-indicated'
}

function addTo<T extends { partyId: string; amount: Dec }>(list: T[], entry: T, sameAs: (other: T) => boolean): void {
  const existing = list.find(sameAs)
  if (existing) existing.amount = existing.amount.plus(entry.amount)
  else list.push(entry)
}

function total(list: readonly { amount: Dec }[]): Dec {
  let sum = ZERO
  for (const item of list) sum = sum.plus(item.amount)
  return sum
}

/** How a relation reads in a sentence: `aunt-uncle` → "aunt or uncle". */
export const RELATION_WORDS: Record<Relation, string> = {
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
}

function who(entry: { name: string; relation?: Relation | undefined }): string {
  return entry.relation ? `${entry.name} (${RELATION_WORDS[entry.relation]})` : entry.name
}

export function assessOffer(input: AssessmentInput): Assessment {
  const { offer, figures, parties, properties, settings, baseCurrency } = input
  const money = (value: Dec) => formatMoney(value, baseCurrency)
  const immediate: Contribution[] = []
  const extended: Contribution[] = []
  const familyPledges: Pledge[] = []
  const sellerPledges: Pledge[] = []
  const thirdParties: Contribution[] = []

  offer.components.forEach((component, index) => {
    const party = parties.get(component.partyId)
    const amount = figures.componentAmounts[index]
    if (!party || !amount) return
    const relation = party.relation
    if (party.role === 'family' || party.role === 'associate')
      addTo(thirdParties, { partyId: party.id, name: party.name, relation, amount }, (c) => c.partyId === party.id)
    if (party.role === 'family') {
      const bucket = isImmediate(relation) ? immediate : isExtended(relation) ? extended : null
      if (bucket) addTo(bucket, { partyId: party.id, name: party.name, relation, amount }, (c) => c.partyId === party.id)
    }
    if (component.propertyId && PROPERTY_KINDS.includes(component.kind)) {
      const property = properties.get(component.propertyId)
      const owner = property ? parties.get(property.ownerId) : undefined
      if (!property || !owner || (owner.role !== 'family' && owner.role !== 'seller')) return
      const pledge: Pledge = {
        partyId: party.id,
        name: party.name,
        relation,
        ownerId: owner.id,
        ownerName: owner.name,
        ownerRelation: owner.relation,
        kind: component.kind,
        propertyId: property.id,
        property: propertyLabel(property),
        amount,
      }
      addTo(owner.role === 'family' ? familyPledges : sellerPledges, pledge, (p) => p.partyId === party.id && p.propertyId === property.id && p.kind === component.kind)
    }
  })

  const signals: Signal[] = []
  const list = (entries: Contribution[]) => entries.map((c) => `${who(c)} ${money(c.amount)}`).join('; ')
  if (immediate.length > 0) {
    const amount = total(immediate)
    signals.push(
      new Signal({ code: 'FAMILY_IMMEDIATE', contributors: immediate, amount }, () =>
        `Immediate family pays ${money(amount)} of this offer: ${list(immediate)}.`,
      ),
    )
  }
  if (extended.length > 0) {
    const amount = total(extended)
    signals.push(
      new Signal({ code: 'FAMILY_EXTENDED', contributors: extended, amount }, () =>
        `Extended family pays ${money(amount)} of this offer: ${list(extended)}.`,
      ),
    )
  }
  const pledgeText = (pledges: Pledge[]) =>
    pledges
      .map((p) => {
        const owner = who({ name: p.ownerName, relation: p.ownerRelation })
        const payer = p.partyId === p.ownerId ? '' : ` (paid through ${who(p)})`
        return `${owner}, ${p.kind === 'mortgage' ? 'a mortgage on' : 'the sale of'} ${p.property}, ${money(p.amount)}${payer}`
      })
      .join('; ')
  if (familyPledges.length > 0) {
    const amount = total(familyPledges)
    signals.push(
      new Signal({ code: 'FAMILY_PROPERTY', pledges: familyPledges, amount }, () =>
        `A family member's real estate backs ${money(amount)} of this offer: ${pledgeText(familyPledges)}.`,
      ),
    )
  }
  if (sellerPledges.length > 0) {
    const amount = total(sellerPledges)
    signals.push(
      new Signal({ code: 'SELLER_PROPERTY', pledges: sellerPledges, amount }, () =>
        `The seller's own real estate backs ${money(amount)} of this offer: ${pledgeText(sellerPledges)}.`,
      ),
    )
  }

  // share >= threshold, compared as thirdParty >= total × threshold: the same test without a division.
  const thirdParty = figures.byFamily.plus(figures.byAssociates)
  const threshold = settings.thirdPartyMajority
  if (!figures.total.isZero() && thirdParty.greaterThanOrEqualTo(figures.total.times(threshold))) {
    const share = thirdParty.div(figures.total)
    signals.push(
      new Signal(
        { code: 'THIRD_PARTY_MAJORITY', contributors: thirdParties, thirdParty, total: figures.total, share, threshold },
        () =>
          `Family and associates pay ${money(thirdParty)} of ${money(figures.total)} (${formatPercent(share)}), at or above the ${formatPercent(threshold)} threshold: ${list(thirdParties)}.`,
      ),
    )
  }

  const { previousConcession } = input
  const concession = figures.concession
  const factor = settings.concessionShrinkFactor
  if (concession && previousConcession && previousConcession.greaterThan(0) && concession.lessThan(previousConcession.times(factor))) {
    signals.push(
      new Signal({ code: 'CONCESSIONS_SHRINKING', concession, previousConcession, factor }, () => {
        const step = concession.isNegative()
          ? `lowered its offer by ${money(concession.negated())}`
          : concession.isZero()
            ? 'did not raise its offer'
            : `raised its offer by only ${money(concession)}`
        return `The seller ${step}, after raising the previous one by ${money(previousConcession)}: less than ${formatPercent(factor)} of that step, so concessions are shrinking.`
      }),
    )
  }

  return { level: levelOf(new Set(signals.map((signal) => signal.code))), signals }
}
