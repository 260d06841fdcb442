// The criminal case around the money (issue 11): where to report, fraud or breach
// of contract, the evidence checklist, the procedure's events, the legal context's
// provincial figures and the settlement documents. Each is an optional part of the
// case's tracker block; rules across records are in crossChecks.ts.
import * as z from 'zod'
import { Dec } from '../money/decimal'
import { FRAUD_TIERS } from '../legal/legalData'
import { problem } from '../caseFile/problemCodes'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, amountProblem } from '../caseFile/values'
import { checkedString, currency, date, id, oneOf, positiveAmount, text } from '../caseFile/zodFields'
import {
  AUTHENTICATION_ROUTES,
  DOCUMENT_LANGUAGES,
  EVIDENCE_ITEMS,
  EVIDENCE_STATUSES,
  LENIENCY,
  OFFENCES,
  PARDON_RECIPIENTS,
  PARDON_STATUSES,
  PAYMENT_METHODS,
  PROCEDURE_EVENTS,
  REGIONS,
  SATISFACTION,
  TRIAGE_SIGNS,
} from './criminalValues'

const name = text(MAX_NAME_LENGTH)
const note = text(MAX_TEXT_LENGTH)

/** A place where the seller's company is registered or does business. */
export const placeSchema = z.strictObject({
  region: oneOf(REGIONS),
  province: name.optional(),
  city: name.optional(),
  /** County or district (区／县). */
  district: name.optional(),
  address: note.optional(),
})

export const reportingSchema = z.strictObject({
  registered: placeSchema.optional(),
  /** The principal place of business, where it differs from the registered address. */
  business: placeSchema.optional(),
  note: note.optional(),
})

export const triageSchema = z.strictObject({
  signs: z.array(oneOf(TRIAGE_SIGNS)).optional(),
  offence: oneOf(OFFENCES).optional(),
  note: note.optional(),
})

export const evidenceItemSchema = z.strictObject({
  id,
  item: oneOf(EVIDENCE_ITEMS),
  status: oneOf(EVIDENCE_STATUSES),
  /** The date of the step it has reached. */
  date: date.optional(),
  description: note.optional(),
  note: note.optional(),
})

export const evidenceSchema = z.strictObject({
  route: oneOf(AUTHENTICATION_ROUTES).optional(),
  items: z.array(evidenceItemSchema).optional(),
})

export const procedureEventSchema = z.strictObject({
  id,
  kind: oneOf(PROCEDURE_EVENTS),
  date,
  /** The notice's or decision's number. */
  reference: name.optional(),
  note: note.optional(),
})

/** A provincial figure of an Art. 266 tier: an amount within the tier's range. */
function tierFigure(tier: 'relatively-large' | 'huge') {
  const range = FRAUD_TIERS.find((entry) => entry.tier === tier)
  return checkedString((value) => {
    const found = amountProblem(value, false)
    if (found || !range) return found
    const figure = new Dec(value)
    if (figure.lessThan(range.from) || figure.greaterThan(range.to)) return problem('legal.outOfRange', { from: range.from, to: range.to })
    return null
  })
}

export const legalSchema = z.strictObject({
  /** The province whose figures are chosen (e.g. Chongqing). */
  province: name.optional(),
  relativelyLarge: tierFigure('relatively-large').optional(),
  huge: tierFigure('huge').optional(),
})

export const agreementSchema = z.strictObject({
  /** The seller offer the agreement records (the accepted one when absent). */
  offerId: id.optional(),
  amount: positiveAmount.optional(),
  currency: currency.optional(),
  payerId: id.optional(),
  method: oneOf(PAYMENT_METHODS).optional(),
  /** The account, or the case authority the money goes through. */
  account: note.optional(),
  satisfaction: oneOf(SATISFACTION).optional(),
  signedOn: date.optional(),
  /** The authority the documents are addressed to (致：…), as named: 深圳市公安局福田分局. */
  authority: name.optional(),
  /** That authority's case number. */
  caseNumber: name.optional(),
  /** The charge as the authority names it (合同诈骗罪); the offence chosen in triage when absent. */
  charge: name.optional(),
  note: note.optional(),
})

export const pardonSchema = z.strictObject({
  status: oneOf(PARDON_STATUSES).optional(),
  requestedOn: date.optional(),
  draftedOn: date.optional(),
  /** When the buyer means to sign, before it has. */
  plannedOn: date.optional(),
  signedOn: date.optional(),
  deliveredOn: date.optional(),
  deliveredTo: oneOf(PARDON_RECIPIENTS).optional(),
  leniency: oneOf(LENIENCY).optional(),
  signatory: name.optional(),
  language: oneOf(DOCUMENT_LANGUAGES).optional(),
  note: note.optional(),
})

export const settlementSchema = z.strictObject({
  agreement: agreementSchema.optional(),
  pardon: pardonSchema.optional(),
})

export const criminalFields = {
  reporting: reportingSchema.optional(),
  triage: triageSchema.optional(),
  evidence: evidenceSchema.optional(),
  procedure: z.array(procedureEventSchema).optional(),
  legal: legalSchema.optional(),
  settlement: settlementSchema.optional(),
}

export type Place = z.output<typeof placeSchema>
export type Reporting = z.output<typeof reportingSchema>
export type Triage = z.output<typeof triageSchema>
export type EvidenceItem = z.output<typeof evidenceItemSchema>
export type Evidence = z.output<typeof evidenceSchema>
export type ProcedureEvent = z.output<typeof procedureEventSchema>
export type LegalChoices = z.output<typeof legalSchema>
export type Agreement = z.output<typeof agreementSchema>
export type Pardon = z.output<typeof pardonSchema>
export type Settlement = z.output<typeof settlementSchema>
