// The amounts a record is made of, whichever way the file states them: a buyer demand as one
// amount or as parts in several currencies, a payment from one payer or from several.
import type { BuyerDemand, Payment } from '../caseFile/schema'

export interface StatedAmount {
  amount: string
  currency: string
  note?: string
}

/** A buyer demand's amounts: its parts, or its one amount as a single part. */
export function demandParts(demand: BuyerDemand): StatedAmount[] {
  if (demand.parts) return demand.parts.map((part) => ({ amount: part.amount, currency: part.currency, ...(part.note ? { note: part.note } : {}) }))
  return demand.amount !== undefined && demand.currency !== undefined ? [{ amount: demand.amount, currency: demand.currency }] : []
}

export interface PayerShare {
  /** The paying party, or null when the payment names none. */
  partyId: string | null
  /** The share in the payment's currency. */
  amount: string
}

/** Who paid a payment, and how much each (in the payment's currency): its payers, or its one party with the whole amount. */
export function paymentShares(payment: Payment): PayerShare[] {
  if (payment.payers) return payment.payers.map((payer) => ({ partyId: payer.partyId, amount: payer.amount }))
  return [{ partyId: payment.partyId ?? null, amount: payment.amount }]
}

/** The parties a payment names, one or several. */
export function paymentPartyIds(payment: Payment): string[] {
  return payment.payers ? payment.payers.map((payer) => payer.partyId) : payment.partyId ? [payment.partyId] : []
}
