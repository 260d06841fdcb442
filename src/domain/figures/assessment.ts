// The exhausted-resources heuristic (case-format.md, "Exhausted resources"):
// which signals a seller offer shows and the facts behind each. Sentences are
// worded from the facts (words/phrases.ts) when first read.
import { Dec, ZERO, sum } from '../money/decimal'
import { lazy } from '../support/lazy'
import { levelOf, type Assessment, type Contribution, type PartyRef, type PropertyDeal, type Signal, type SignalFacts } from './signals'
import { PROPERTY_KINDS, isExtended, isImmediate, type Party, type Property, type SellerOffer } from '../caseFile/schema'
import { withoutIsolates } from '../words/isolate'
import { signalSentence } from '../words/phrases'
import { englishWords } from '../words/words'

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

export function partyRef(party: Party): PartyRef {
  return party.relation ? { id: party.id, name: party.name, role: party.role, relation: party.relation } : { id: party.id, name: party.name, role: party.role }
}

/** Adds an amount to the entry `sameAs` finds, or appends the entry: one line per party (or deal). */
function addTo<T extends { amount: Dec }>(list: T[], entry: T, sameAs: (other: T) => boolean): void {
  const existing = list.find(sameAs)
  if (existing) existing.amount = existing.amount.plus(entry.amount)
  else list.push(entry)
}

const ENGLISH = englishWords()

/** `{ code, message }` as the contract shows a signal, with its facts alongside (not enumerated, so JSON keeps that shape). */
function signal(facts: SignalFacts, currency: string): Signal {
  const found = Object.defineProperty({ code: facts.code }, 'facts', { value: facts, enumerable: false }) as Omit<Signal, 'message'>
  // The contract's sentence is plain text: the direction isolates a screen needs around names are left out
  // (screens word a signal from its facts, isolated, in their own language).
  return lazy(found, 'message', () => withoutIsolates(signalSentence({ facts }, ENGLISH, currency)))
}

export function assessOffer(input: AssessmentInput): Assessment {
  const { offer, figures, parties, properties, settings, baseCurrency } = input
  const immediate: Contribution[] = []
  const extended: Contribution[] = []
  const familyDeals: PropertyDeal[] = []
  const sellerDeals: PropertyDeal[] = []
  const thirdParties: Contribution[] = []

  offer.components.forEach((component, index) => {
    const party = parties.get(component.partyId)
    const amount = figures.componentAmounts[index]
    if (!party || !amount) return
    const payer = partyRef(party)
    const samePayer = (c: Contribution) => c.party.id === party.id
    if (party.role === 'family' || party.role === 'associate') addTo(thirdParties, { party: payer, amount }, samePayer)
    if (party.role === 'family') {
      const bucket = isImmediate(party.relation) ? immediate : isExtended(party.relation) ? extended : null
      if (bucket) addTo(bucket, { party: payer, amount }, samePayer)
    }
    if (!component.propertyId || !PROPERTY_KINDS.includes(component.kind)) return
    const property = properties.get(component.propertyId)
    const owner = property ? parties.get(property.ownerId) : undefined
    if (!property || !owner || (owner.role !== 'family' && owner.role !== 'seller')) return
    const deal: PropertyDeal = {
      payer,
      owner: partyRef(owner),
      kind: component.kind,
      propertyId: property.id,
      property: property.location ? { description: property.description, location: property.location } : { description: property.description },
      amount,
    }
    addTo(owner.role === 'family' ? familyDeals : sellerDeals, deal, (d) => d.payer.id === party.id && d.propertyId === property.id && d.kind === component.kind)
  })

  const signals: Signal[] = []
  const total = (list: readonly { amount: Dec }[]) => sum(list.map((entry) => entry.amount))
  if (immediate.length > 0) signals.push(signal({ code: 'FAMILY_IMMEDIATE', contributors: immediate, amount: total(immediate) }, baseCurrency))
  if (extended.length > 0) signals.push(signal({ code: 'FAMILY_EXTENDED', contributors: extended, amount: total(extended) }, baseCurrency))
  if (familyDeals.length > 0) signals.push(signal({ code: 'FAMILY_PROPERTY', deals: familyDeals, amount: total(familyDeals) }, baseCurrency))
  if (sellerDeals.length > 0) signals.push(signal({ code: 'SELLER_PROPERTY', deals: sellerDeals, amount: total(sellerDeals) }, baseCurrency))

  // share >= threshold, compared as thirdParty >= total × threshold: the same test without a division.
  const thirdParty = figures.byFamily.plus(figures.byAssociates)
  const threshold = settings.thirdPartyMajority
  if (!figures.total.isZero() && thirdParty.greaterThanOrEqualTo(figures.total.times(threshold)))
    signals.push(
      signal(
        { code: 'THIRD_PARTY_MAJORITY', contributors: thirdParties, thirdParty, total: figures.total, share: thirdParty.div(figures.total), threshold },
        baseCurrency,
      ),
    )

  const { previousConcession } = input
  const concession = figures.concession
  const factor = settings.concessionShrinkFactor
  if (concession && previousConcession && previousConcession.greaterThan(ZERO) && concession.lessThan(previousConcession.times(factor)))
    signals.push(signal({ code: 'CONCESSIONS_SHRINKING', concession, previousConcession, factor }, baseCurrency))

  return { level: levelOf(new Set(signals.map((s) => s.code))), signals }
}
