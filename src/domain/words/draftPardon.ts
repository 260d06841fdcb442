// The pardon letter's lines (谅解书) in one language, and counsel's notes on either draft:
// the letter states what was actually received, payer by payer (代为退赔 for anyone but the
// suspect), the totals per currency, the forgiveness, that it is given voluntarily, and that
// leniency is for the judicial authorities; it is addressed to the authority of the current
// stage and never promises to withdraw the case. The notes hold every piece of advice.
import { Dec } from '../money/decimal'
import type { Party } from '../caseFile/schema'
import { pardonPayments, receivedParts, satisfactionFromFigures, stillDeferred, totalsByCurrency, type DraftDocument, type DraftInput, type DraftLine } from '../legal/draftDocuments'
import { pardonCheckText } from './legalPhrases'
import { propertyLabel } from './phrases'
import { amountsWithCapitals, authorityText, blank, caseNumber, chargeText, draftMoney, draftText as say, filled, nameOf, relationOf, suspectRoleIn, suspectsNamed, tidyLines } from './draftCommon'
import type { Words } from './words'

function payerWho(payer: Party | null, input: DraftInput, words: Words): { who: string; bySuspect: boolean } {
  if (!payer) return { who: blank(words), bySuspect: false }
  if (payer.role === 'seller') return { who: say(words, 'named', { role: suspectRoleIn(input, words), name: nameOf(payer, words) }), bySuspect: true }
  const relation = relationOf(payer, input, words, { named: 'payerWho', only: 'payerWhoOnly' })
  return { who: relation ?? nameOf(payer, words), bySuspect: false }
}

export function pardonLines(input: DraftInput, words: Words): DraftLine[] {
  const { criminal } = input
  const pardon = criminal.settlement.pardon
  const payments = pardonPayments(input)
  const method = criminal.settlement.agreement.terms.method ?? 'direct'
  const suspects = suspectsNamed(input, words)
  const totals = totalsByCurrency(payments.map(({ payment }) => ({ amount: new Dec(payment.amount), currency: payment.currency })))
  const lines: DraftLine[] = [
    { kind: 'title', text: say(words, 'pardonTitle') },
    { kind: 'para', text: say(words, 'to', { recipient: authorityText(input, words, true) }) },
    { kind: 'para', text: say(words, 'victim', { name: filled(input.buyer, words) }) },
    { kind: 'para', text: say(words, 'pardonCase', { suspects, charge: chargeText(input, words), number: caseNumber(input, words) }) },
    { kind: 'para', text: say(words, 'receivedAll', { totals: amountsWithCapitals(totals, words) }) },
  ]
  for (const { payment, payer } of payments) {
    const { who, bySuspect } = payerWho(payer, input, words)
    lines.push({
      kind: 'item',
      text: say(words, bySuspect ? 'paymentBySuspect' : 'paymentOnBehalf', {
        date: words.date(payment.date),
        amount: draftMoney(new Dec(payment.amount), payment.currency, words),
        who,
        suspectRole: suspectRoleIn(input, words),
        method: say(words, `method.${method}`),
      }),
    })
  }
  lines.push(
    { kind: 'para', text: say(words, 'forgive', { suspects, leniency: say(words, `leniency.${pardon.leniency ?? 'requests'}`) }) },
    { kind: 'para', text: say(words, 'voluntary') },
    { kind: 'para', text: say(words, 'acknowledge', { suspectRole: suspectRoleIn(input, words) }) },
    { kind: 'sign', text: say(words, 'signVictimPardon', { name: filled(input.buyer, words) }) },
    { kind: 'sign', text: say(words, 'signatory', { name: filled(pardon.signatory, words) }) },
    { kind: 'sign', text: say(words, 'date', { date: pardon.signedOn ? words.date(pardon.signedOn) : blank(words) }) },
  )
  return lines
}

function agreementNotes(input: DraftInput, words: Words): DraftLine[] {
  const { view } = input
  const agreement = input.criminal.settlement.agreement
  const notes: DraftLine[] = []
  const received = receivedParts(input)
  for (const row of agreement.schedule) {
    const n = row.index + 1
    if (row.mortgageLoan && row.part.property) notes.push({ kind: 'note', text: say(words, 'note.mortgageLoan', { n, property: propertyLabel(row.part.property, words) }) })
    if (stillDeferred(row, received) && !row.security) notes.push({ kind: 'warning', text: say(words, 'note.unsecured', { n }) })
  }
  const figures = satisfactionFromFigures(input)
  if (figures.contradicts && agreement.inBase) {
    const params = { amount: draftMoney(agreement.inBase, view.base, words), loss: draftMoney(view.summary.lossTotal, view.base, words), remaining: draftMoney(figures.remaining, view.base, words) }
    notes.push({ kind: 'warning', text: say(words, figures.satisfaction === 'partial' ? 'note.recordedFull' : 'note.recordedPartial', params) })
  }
  return notes
}

function pardonNotes(input: DraftInput, words: Words): DraftLine[] {
  const { criminal, view } = input
  const notes: DraftLine[] = []
  if (pardonPayments(input).length === 0) notes.push({ kind: 'warning', text: say(words, 'note.nothingReceived') })
  for (const text of pardonCheckText(criminal.settlement.check, view.base, words)) notes.push({ kind: criminal.settlement.check.state === 'ok' ? 'note' : 'warning', text })
  notes.push({ kind: 'note', text: say(words, 'note.pardonRules') })
  return notes
}

/** Counsel's notes on a draft: shown beside it and printed on their own, never inside the document. */
export function draftNotes(document: DraftDocument, input: DraftInput, words: Words, lines?: readonly DraftLine[]): DraftLine[] {
  const notes: DraftLine[] = [{ kind: 'note', text: say(words, 'note.draft') }, ...(document === 'agreement' ? agreementNotes(input, words) : pardonNotes(input, words))]
  const body = lines ?? []
  if (body.some((line) => line.text.includes(blank(words)))) notes.push({ kind: 'note', text: say(words, 'note.blanks') })
  return tidyLines(notes, words)
}
