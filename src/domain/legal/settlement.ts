// The settlement documents: the restitution agreement's terms filled from the case
// (the offer it records, who pays, the schedule and the security of each part paid
// later) and the payment-before-pardon check: the buyer signs only after cleared
// funds, so the pardon's date must not come before the money it relies on.
import { Dec, ZERO } from '../money/decimal'
import { Converter } from '../figures/convert'
import { roundMoney } from '../money/money'
import { isImmediate } from '../caseFile/values'
import type { CaseFile, OfferComponent, Party, Payment, Property } from '../caseFile/schema'
import type { CaseView, OfferRow, PartRow } from '../view/caseView'
import { caseTracker, componentTracker, withComponentTracker } from '../tracker/access'
import type { Security } from '../tracker/component'
import type { Agreement, Pardon } from '../tracker/criminalSchema'
import type { PardonStatus } from '../tracker/criminalValues'

export interface ScheduledPart {
  index: number
  part: PartRow
  /** Paid after the agreement (due later than its date, or by installments). */
  deferred: boolean
  security: Security | null
  securityProperty: Property | null
  guarantor: Party | null
  /** A deferred part with nothing securing it for the buyer. */
  unsecured: boolean
  /** A mortgage loan: cash raised on a property, which secures the lender, not the buyer. */
  mortgageLoan: boolean
}

export interface AgreementView {
  terms: Agreement
  offer: OfferRow | null
  amount: Dec | null
  currency: string
  /** The amount in the base currency. */
  inBase: Dec | null
  payer: Party | null
  /** A close relative (CPL Art. 108(6)): spouse, parent, child or full sibling. */
  payerIsCloseRelative: boolean
  /** The date the schedule runs from: the agreement's, or the offer's. */
  asOf: string | null
  schedule: readonly ScheduledPart[]
  /** Full or partial satisfaction of the loss, as recorded or as the amount suggests. */
  satisfaction: 'full' | 'partial' | null
  satisfactionRecorded: boolean
}

export type PardonCheckState = 'none' | 'no-amount' | 'no-date' | 'ok' | 'early'

export interface PardonCheck {
  state: PardonCheckState
  /** The date checked: signed, or planned. */
  date: string | null
  planned: boolean
  /** What the pardon relies on, base currency. */
  needed: Dec | null
  /** Received on or before the pardon's date, base currency. */
  receivedBy: Dec
  /** The day the money relied on was all received; null while it has not been. */
  fullyReceivedOn: string | null
  shortfall: Dec
}

export interface SettlementView {
  agreement: AgreementView
  pardon: Pardon
  status: PardonStatus | null
  check: PardonCheck
  /** The payments the agreement relies on, in date order. */
  payments: readonly Payment[]
  received: Dec
}

function agreementOffer(view: CaseView, terms: Agreement): OfferRow | null {
  if (terms.offerId) return view.offerById.get(terms.offerId) ?? null
  return view.acceptedOffer
}

function scheduleOf(view: CaseView, offer: OfferRow | null, asOf: string | null): ScheduledPart[] {
  if (!offer || offer.offer.from !== 'seller') return []
  const components = offer.offer.components
  return offer.parts.map((part, index) => {
    const security = componentTracker(components[index] as OfferComponent).security ?? null
    const deferred = part.kind === 'installments' || (!!part.dueDate && !!asOf && part.dueDate > asOf)
    return {
      index,
      part,
      deferred,
      security,
      securityProperty: security?.propertyId ? view.properties.get(security.propertyId) ?? null : null,
      guarantor: security?.guarantorId ? view.parties.get(security.guarantorId) ?? null : null,
      unsecured: deferred && !security,
      mortgageLoan: part.kind === 'mortgage',
    }
  })
}

export function agreementView(view: CaseView, terms: Agreement = caseTracker(view.file).settlement?.agreement ?? {}): AgreementView {
  const offer = agreementOffer(view, terms)
  const convert = new Converter(view.base, view.file.fx)
  // Written terms win; otherwise the offer's own figure (a demand in its currency, a seller offer in base).
  // A demand in several currencies is stated by its total in base.
  const demand = offer?.demand?.length === 1 ? offer.demand[0] : undefined
  const currency = terms.amount ? terms.currency ?? view.base : demand?.currency ?? view.base
  const amount = terms.amount ? new Dec(terms.amount) : offer ? demand?.amount ?? offer.summary.total : null
  const inBase = terms.amount ? convert.toBase(terms.amount, currency) : offer ? offer.summary.total : null
  const payer = terms.payerId ? view.parties.get(terms.payerId) ?? null : null
  const asOf = terms.signedOn ?? offer?.offer.date ?? null
  const suggested = inBase ? (inBase.greaterThanOrEqualTo(view.summary.lossTotal) ? 'full' : 'partial') : null
  return {
    terms,
    offer,
    amount,
    currency,
    inBase,
    payer,
    payerIsCloseRelative: payer?.role === 'family' && isImmediate(payer.relation),
    asOf,
    schedule: scheduleOf(view, offer, asOf),
    satisfaction: terms.satisfaction ?? suggested,
    satisfactionRecorded: terms.satisfaction !== undefined,
  }
}

/** The payments an agreement relies on: those against its offer, or every payment when it names none. */
function reliedPayments(view: CaseView, offer: OfferRow | null): Payment[] {
  const payments = offer ? view.file.payments.filter((payment) => payment.offerId === offer.id) : [...view.file.payments]
  return payments.map((payment, index) => ({ payment, index })).sort((a, b) => (a.payment.date < b.payment.date ? -1 : a.payment.date > b.payment.date ? 1 : a.index - b.index)).map(({ payment }) => payment)
}

/** The date a pardon is checked on: when it was signed, or when it is planned. */
export function pardonDate(pardon: Pardon): { date: string | null; planned: boolean } {
  if (pardon.signedOn) return { date: pardon.signedOn, planned: false }
  if (pardon.plannedOn && pardon.status !== 'signed' && pardon.status !== 'delivered') return { date: pardon.plannedOn, planned: true }
  return { date: null, planned: false }
}

/**
 * Money comes in whole minor units, and converting it leaves fractions of one: what came in
 * covers what is relied on when it does to the base currency's minor unit (docs/decisions.md).
 */
function covers(received: Dec, needed: Dec, base: string): boolean {
  return roundMoney(received, base).greaterThanOrEqualTo(roundMoney(needed, base))
}

export function pardonCheck(pardon: Pardon, needed: Dec | null, payments: readonly Payment[], convert: Converter): PardonCheck {
  const { date, planned } = pardonDate(pardon)
  let running = ZERO
  let fullyReceivedOn: string | null = null
  let receivedBy = ZERO
  for (const payment of payments) {
    running = running.plus(convert.toBase(payment.amount, payment.currency))
    if (date && payment.date <= date) receivedBy = running
    if (!fullyReceivedOn && needed && covers(running, needed, convert.base)) fullyReceivedOn = payment.date
  }
  const shortfall = needed && !covers(receivedBy, needed, convert.base) ? needed.minus(receivedBy) : ZERO
  const base = { date, planned, needed, receivedBy, fullyReceivedOn, shortfall }
  const signedOrPlanned = pardon.status === 'signed' || pardon.status === 'delivered' || date !== null
  if (!signedOrPlanned) return { ...base, state: 'none' }
  if (!needed) return { ...base, state: 'no-amount' }
  if (!date) return { ...base, state: 'no-date' }
  return { ...base, state: fullyReceivedOn !== null && fullyReceivedOn <= date ? 'ok' : 'early' }
}

export function settlementView(view: CaseView): SettlementView {
  const settlement = caseTracker(view.file).settlement ?? {}
  const agreement = agreementView(view, settlement.agreement ?? {})
  const pardon = settlement.pardon ?? {}
  const payments = reliedPayments(view, agreement.offer)
  const convert = new Converter(view.base, view.file.fx)
  return {
    agreement,
    pardon,
    status: pardon.status ?? null,
    check: pardonCheck(pardon, agreement.inBase, payments, convert),
    payments,
    received: convert.sumToBase(payments),
  }
}

/** The case with the security of one part of a seller offer set, or removed when `security` is undefined. */
export function withPartSecurity(file: CaseFile, offerId: string, index: number, security: Security | undefined): CaseFile {
  return {
    ...file,
    offers: file.offers.map((offer) =>
      offer.id === offerId && offer.from === 'seller'
        ? { ...offer, components: offer.components.map((part, i) => (i === index ? withComponentTracker(part, { security }) : part)) }
        : offer,
    ),
  }
}
