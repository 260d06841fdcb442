// Where to report, and whether the facts look like fraud or a breach of contract:
// what the page says, applied to the seller's places and the signs the user ticks.
import type { Place, Reporting, Triage } from '../tracker/criminalSchema'
import { BREACH_SIGNS, FRAUD_SIGNS, type Offence, type TriageSign } from '../tracker/criminalValues'

/** One police force with jurisdiction, and why. */
export interface PoliceOption {
  /** Where the company is registered, or its principal place of business. */
  basis: 'registered' | 'business'
  place: Place
  /** A mainland place without its county or district: the user should record it. */
  needsDistrict: boolean
}

export interface ReportingGuidance {
  /** The company is registered in Hong Kong: Hong Kong police, and no mainland pardon model. */
  hongKong: boolean
  /** Nothing recorded about where the company is registered. */
  unknown: boolean
  police: readonly PoliceOption[]
  /** The principal place of business is not where the company is registered: either police may act. */
  placesDiffer: boolean
}

const norm = (value: string | undefined) => (value ?? '').trim().toLowerCase()

/** Two places fall to the same police: same region, province, city and county or district. */
export function samePolice(a: Place, b: Place): boolean {
  return a.region === b.region && norm(a.province) === norm(b.province) && norm(a.city) === norm(b.city) && norm(a.district) === norm(b.district)
}

export function isHongKongCase(reporting: Reporting | undefined): boolean {
  return reporting?.registered?.region === 'hong-kong'
}

export function reportingGuidance(reporting: Reporting | undefined): ReportingGuidance {
  const registered = reporting?.registered
  const business = reporting?.business
  const police: PoliceOption[] = []
  const option = (basis: PoliceOption['basis'], place: Place): PoliceOption => ({
    basis,
    place,
    needsDistrict: place.region === 'mainland' && norm(place.district) === '',
  })
  if (registered) police.push(option('registered', registered))
  const placesDiffer = !!business && (!registered || !samePolice(registered, business))
  if (business && placesDiffer) police.push(option('business', business))
  return { hongKong: isHongKongCase(reporting), unknown: !registered, police, placesDiffer: !!registered && placesDiffer }
}

/** The app's reading of the signs: what they point to, never a legal conclusion. */
export type TriageResult = 'fraud' | 'breach' | 'mixed' | 'undetermined'

export interface TriageView {
  result: TriageResult
  fraudSigns: readonly TriageSign[]
  breachSigns: readonly TriageSign[]
  offence: Offence | null
  /** A last-minute offer to "settle amicably" is recorded: the app's own reading, never a sign of fraud by itself (an offer to settle is no evidence of intent). */
  settleOffer: boolean
  /** A company can be charged for contract fraud (a unit crime). */
  unitCrime: boolean
}

/** Recorded with the signs, but no evidence of intent: it never decides the reading (the source article says to ignore such entreaties). */
const NOT_EVIDENCE: readonly TriageSign[] = ['settle-amicably']

/**
 * Any sign of fraud points to a police matter; goods that merely miss the specification, with
 * no such sign, to a civil one. Both: the signs of fraud weigh, because a cornered seller will
 * try to make fraud look like a commercial dispute (source article).
 */
export function triageView(triage: Triage | undefined): TriageView {
  const signs = new Set(triage?.signs ?? [])
  const fraudSigns = FRAUD_SIGNS.filter((sign) => signs.has(sign) && !NOT_EVIDENCE.includes(sign))
  const breachSigns = BREACH_SIGNS.filter((sign) => signs.has(sign))
  const result: TriageResult =
    fraudSigns.length > 0 ? (breachSigns.length > 0 ? 'mixed' : 'fraud') : breachSigns.length > 0 ? 'breach' : 'undetermined'
  const offence = triage?.offence ?? null
  return { result, fraudSigns, breachSigns, offence, settleOffer: signs.has('settle-amicably'), unitCrime: offence === 'contract-fraud' }
}
