// The printable drafts of the settlement documents, filled from the case: the
// restitution agreement and the pardon letter (谅解书). Each is a list of lines with
// the same structure in every language, so two languages print side by side.
import { paymentShares } from '../recordAmounts'
import type { Party, Payment } from '../schema'
import type { CaseView } from '../view/caseView'
import type { CriminalView } from '../view/criminal'

export type DraftDocument = 'agreement' | 'pardon'
export const DRAFT_DOCUMENTS: readonly DraftDocument[] = ['agreement', 'pardon']

/** One line of a draft: its title, a heading, a paragraph, an item of a list, a signature line, or a drafting note (not part of the document). */
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
}

/** The seller's side: the suspect and the suspect's company, as the case names them. */
export function suspectsOf(view: CaseView): Party[] {
  return view.file.parties.filter((party) => party.role === 'seller')
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
