// The printable drafts of the settlement documents, filled from the case: the
// restitution agreement and the pardon letter (谅解书). Each is a list of lines with
// the same structure in every language, so two languages print side by side. What
// the drafts rely on is worked out here: who is a party and in what role, the amounts
// per currency, the rates they are converted at, and which parts were already received.
import { Dec, ZERO } from '../money/decimal'
import { Converter } from '../figures/convert'
import { roundMoney } from '../money/money'
import { paymentShares } from '../figures/recordAmounts'
import type { FxRate, Party, Payment } from '../caseFile/schema'
import { partyTracker } from '../tracker/access'
import type { CaseView } from '../view/caseView'
import type { CaseStage, CriminalView } from '../view/criminalView'
import type { ScheduledPart } from './settlement'

export type DraftDocument = 'agreement' | 'pardon'
export const DRAFT_DOCUMENTS: readonly DraftDocument[] = ['agreement', 'pardon']

/**
 * One line of a draft: its title, a heading, a paragraph, an item of a list or a signature line;
 * or, among counsel's notes (never printed in the document), a note or a warning.
 */
export interface DraftLine {
  kind: 'title' | 'heading' | 'para' | 'item' | 'sign' | 'note' | 'warning'
  text: string
}

/** The buyer as a case title names it: "Harbor Tools Ltd v. …" or "… (victim: Harbor Tools Ltd)"; '' when it does not. */
export function buyerFromTitle(title: string): string {
  const victim = /[(（]\s*(?:victim|被害(?:单位|人))\s*[:：]\s*([^)）]+)[)）]/i.exec(title)
  if (victim?.[1]) return victim[1].trim()
  const parts = title.split(/\s+v\.?\s+/i)
  return parts.length > 1 ? (parts[0] ?? '').trim() : ''
}

export interface DraftInput {
  view: CaseView
  criminal: CriminalView
  /** The buyer's name as the draft should print it. */
  buyer: string
  /** Printed in two languages side by side: the agreement says which text prevails. */
  bilingual?: boolean
}

/** The seller's side: the suspect and the suspect's company, as the case names them. */
export function suspectsOf(view: CaseView): Party[] {
  return view.file.parties.filter((party) => party.role === 'seller')
}

/** A company of the suspect's side (犯罪嫌疑单位 / 被告单位), as its party block marks it. */
export function isCompany(party: Party): boolean {
  return party.role === 'seller' && partyTracker(party).company === true
}

/** The roles a party of the agreement signs in: a suspect (person or company), a payer for the suspect, a mortgagor, the owner of a property sold, a guarantor. */
export type DraftRole = 'suspect' | 'suspect-company' | 'payer' | 'mortgagor' | 'owner' | 'guarantor'

export interface DraftParty {
  party: Party
  roles: DraftRole[]
}

/**
 * Every party of the agreement: the suspects, then each other payer of the agreed offer's parts
 * (and the payer the agreement names), the owner of a property mortgaged or sold for a part or
 * mortgaged in the victim's favour, and each guarantor; a party in several roles is listed once.
 */
export function agreementParties(input: DraftInput): DraftParty[] {
  const { view } = input
  const agreement = input.criminal.settlement.agreement
  const found = new Map<string, DraftParty>()
  const add = (party: Party | null | undefined, role: DraftRole) => {
    if (!party) return
    const entry = found.get(party.id) ?? { party, roles: [] }
    if (!entry.roles.includes(role)) entry.roles.push(role)
    found.set(party.id, entry)
  }
  for (const suspect of suspectsOf(view)) add(suspect, isCompany(suspect) ? 'suspect-company' : 'suspect')
  for (const row of agreement.schedule) {
    const payer = row.part.payer ?? view.parties.get(row.part.partyId)
    if (payer && payer.role !== 'seller') add(payer, 'payer')
  }
  if (agreement.payer && agreement.payer.role !== 'seller') add(agreement.payer, 'payer')
  for (const row of agreement.schedule) {
    const owner = (id: string | undefined) => (id ? view.parties.get(id) : undefined)
    // Mortgaged for a loan, or in the victim's favour: its owner is a mortgagor; sold: its owner sells it.
    if (row.part.kind === 'mortgage') add(owner(row.part.property?.ownerId), 'mortgagor')
    if (row.part.kind === 'property-sale') add(owner(row.part.property?.ownerId), 'owner')
    if (row.security?.kind === 'registered-mortgage') add(owner(row.securityProperty?.ownerId), 'mortgagor')
    add(row.guarantor, 'guarantor')
  }
  return [...found.values()]
}

/** The person the suspect's relatives are related to: the one suspect who is a person, when there is exactly one. */
export function mainSuspect(view: CaseView): Party | null {
  const people = suspectsOf(view).filter((party) => !isCompany(party))
  return people.length === 1 ? (people[0] ?? null) : null
}

/** An amount in one currency. */
export interface CurrencyAmount {
  amount: Dec
  currency: string
}

/** Amounts added up per currency, in the order each currency first comes. */
export function totalsByCurrency(amounts: readonly CurrencyAmount[]): CurrencyAmount[] {
  const totals = new Map<string, Dec>()
  for (const { amount, currency } of amounts) totals.set(currency, (totals.get(currency) ?? ZERO).plus(amount))
  return [...totals].map(([currency, amount]) => ({ amount, currency }))
}

/**
 * What the agreement makes the suspect's side pay, in the currencies the family pays: the
 * agreement's own amount when recorded, otherwise its offer's parts added up per currency.
 */
export function agreedAmounts(input: DraftInput): CurrencyAmount[] {
  const agreement = input.criminal.settlement.agreement
  if (agreement.terms.amount || agreement.schedule.length === 0) return agreement.amount ? [{ amount: agreement.amount, currency: agreement.currency }] : []
  return totalsByCurrency(agreement.schedule.map((row) => ({ amount: row.part.amount, currency: row.part.currency })))
}

/** The rates the drafts convert at: one for each currency other than the base that they state. */
export function ratesUsed(view: CaseView, currencies: readonly string[]): FxRate[] {
  return [...new Set(currencies)].filter((currency) => currency !== view.base).flatMap((currency) => view.file.fx.filter((rate) => rate.currency === currency))
}

/** Full or partial satisfaction as the figures say, and whether that contradicts the recorded choice. */
export function satisfactionFromFigures(input: DraftInput): { satisfaction: 'full' | 'partial' | null; remaining: Dec; contradicts: boolean } {
  const { view } = input
  const agreement = input.criminal.settlement.agreement
  if (!agreement.inBase) return { satisfaction: agreement.terms.satisfaction ?? null, remaining: ZERO, contradicts: false }
  const loss = view.summary.lossTotal
  const full = roundMoney(agreement.inBase, view.base).greaterThanOrEqualTo(roundMoney(loss, view.base))
  const satisfaction = full ? 'full' : 'partial'
  const recorded = agreement.terms.satisfaction
  return { satisfaction, remaining: full ? ZERO : loss.minus(agreement.inBase), contradicts: recorded !== undefined && recorded !== satisfaction }
}

/**
 * The payment already received for each part of the schedule, by the part's index: a payment
 * recorded against the agreed offer from the part's payer that covers the part (compared in the
 * base currency to the cent); each payment answers one part.
 */
export function receivedParts(input: DraftInput): Map<number, Payment> {
  const { view } = input
  const convert = new Converter(view.base, view.file.fx)
  const used = new Set<Payment>()
  const found = new Map<number, Payment>()
  for (const row of input.criminal.settlement.agreement.schedule) {
    const needed = roundMoney(row.part.inBase, view.base)
    const payment = input.criminal.settlement.payments.find(
      (candidate) =>
        !used.has(candidate) &&
        candidate.partyId === row.part.partyId &&
        roundMoney(convert.toBase(candidate.amount, candidate.currency), view.base).greaterThanOrEqualTo(needed),
    )
    if (payment) {
      used.add(payment)
      found.set(row.index, payment)
    }
  }
  return found
}

/** A part paid later: deferred and not already received. */
export function stillDeferred(row: ScheduledPart, received: ReadonlyMap<number, Payment>): boolean {
  return row.deferred && !received.has(row.index)
}

/** The authority of the current stage: the police, the procuratorate or the court. */
export function stageAuthority(stage: CaseStage): 'police' | 'procuratorate' | 'court' {
  return stage === 'trial' ? 'court' : stage === 'prosecution' ? 'procuratorate' : 'police'
}

/**
 * The payments the pardon states (those the agreement relies on), each with its payer: a payment
 * from several payers is stated payer by payer, each with their share, as the letter names who paid.
 */
export function pardonPayments(input: DraftInput): { payment: Payment; payer: Party | null }[] {
  return input.criminal.settlement.payments.flatMap((payment) =>
    paymentShares(payment).map((share) => ({
      payment: payment.payers ? { ...payment, amount: share.amount } : payment,
      payer: share.partyId ? input.view.parties.get(share.partyId) ?? null : null,
    })),
  )
}
