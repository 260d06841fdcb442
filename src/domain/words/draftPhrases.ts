// The drafts' lines in one language: the restitution agreement and the pardon letter,
// filled from the case. Every line is worded from the catalogue (`legal.draft.*`), so
// English and Chinese have the same lines in the same order.
import { Dec } from '../decimal'
import type { Party } from '../schema'
import { pardonPayments, suspectsOf, type DraftDocument, type DraftInput, type DraftLine } from '../legal/drafts'
import { partText, partyLabel, propertyLabel } from './phrases'
import { pardonCheckText } from './legalPhrases'
import { isolate } from './isolate'
import type { Words } from './words'

const blank = (words: Words) => words.text('legal.draft.blank')
/** A value the user recorded, isolated in the draft's sentence (isolate.ts); the blank line when there is none. */
const filled = (value: string | null | undefined, words: Words) => (value ? isolate(value) : blank(words))

function names(parties: readonly Party[], words: Words): string {
  return parties.length ? parties.map((party) => isolate(party.name)).join(words.text('list.comma')) : blank(words)
}

/** How the payer stands to the suspect: the suspect, a relative, or someone paying on the suspect's behalf. */
function payerStanding(payer: Party | null, words: Words): string {
  if (!payer) return blank(words)
  if (payer.role === 'seller') return words.text('legal.draft.payerSuspect', { name: isolate(payer.name) })
  if (payer.role === 'family' && payer.relation) return words.text('legal.draft.payerRelative', { name: isolate(payer.name), relation: words.text(`relation.${payer.relation}`) })
  return words.text('legal.draft.payerOther', { name: isolate(payer.name) })
}

function head(input: DraftInput, words: Words, document: DraftDocument): DraftLine[] {
  const tracker = input.criminal.tracker
  const offence = input.criminal.triage.offence
  return [
    // The agreement names its parties A and B; the letter names the victim.
    { kind: 'para', text: words.text(document === 'agreement' ? 'legal.draft.victim' : 'legal.draft.victimOnly', { name: filled(input.buyer, words) }) },
    { kind: 'para', text: words.text('legal.draft.suspect', { names: names(suspectsOf(input.view), words) }) },
    { kind: 'para', text: words.text('legal.draft.case', { reference: filled(tracker.reference, words), offence: offence ? words.text(`legal.draft.offence.${offence}`) : blank(words) }) },
  ]
}

function agreementLines(input: DraftInput, words: Words): DraftLine[] {
  const { view, criminal } = input
  const agreement = criminal.settlement.agreement
  const amount = agreement.amount ? words.money(agreement.amount, agreement.currency) : blank(words)
  const lines: DraftLine[] = [
    { kind: 'title', text: words.text('legal.draft.agreementTitle') },
    { kind: 'note', text: words.text('legal.draft.draftNote') },
    ...head(input, words, 'agreement'),
    { kind: 'para', text: words.text('legal.draft.partyB', { payer: payerStanding(agreement.payer, words) }) },
    { kind: 'heading', text: words.text('legal.draft.amountHeading') },
    { kind: 'para', text: words.text('legal.draft.amount', { amount }) },
    { kind: 'heading', text: words.text('legal.draft.scheduleHeading') },
  ]
  if (agreement.schedule.length === 0) lines.push({ kind: 'item', text: words.text('legal.draft.onSigning', { what: amount }) })
  for (const row of agreement.schedule) {
    const when = row.part.dueDate && row.deferred ? words.text('legal.draft.byDate', { date: words.date(row.part.dueDate) }) : words.text('legal.draft.atSigning')
    lines.push({ kind: 'item', text: words.text('legal.draft.part', { part: partText(row.part, words), when }) })
    if (row.mortgageLoan && row.part.property) lines.push({ kind: 'item', text: words.text('legal.draft.mortgageLoan', { property: propertyLabel(row.part.property, words) }) })
    if (row.security?.kind === 'registered-mortgage')
      lines.push({
        kind: 'item',
        text: words.text('legal.draft.registeredMortgage', {
          property: row.securityProperty ? propertyLabel(row.securityProperty, words) : blank(words),
          registration: filled(row.security.registration, words),
        }),
      })
    else if (row.security?.kind === 'guarantee') lines.push({ kind: 'item', text: words.text('legal.draft.guarantee', { guarantor: row.guarantor ? partyLabel(row.guarantor, words) : blank(words) }) })
    else if (row.deferred) lines.push({ kind: 'warning', text: words.text('legal.security.none') })
  }
  const method = agreement.terms.method
  lines.push(
    { kind: 'heading', text: words.text('legal.draft.paymentHeading') },
    { kind: 'para', text: words.text(method === 'through-authority' ? 'legal.draft.throughAuthority' : 'legal.draft.direct', { account: filled(agreement.terms.account, words) }) },
    { kind: 'heading', text: words.text('legal.draft.satisfactionHeading') },
  )
  const loss = view.summary.lossTotal
  const remaining = agreement.inBase && loss.greaterThan(agreement.inBase) ? loss.minus(agreement.inBase) : new Dec(0)
  lines.push({
    kind: 'para',
    text:
      agreement.satisfaction === 'full'
        ? words.text('legal.draft.full', { loss: words.money(loss, view.base) })
        : words.text('legal.draft.partial', { loss: words.money(loss, view.base), remaining: words.money(remaining, view.base) }),
  })
  lines.push({ kind: 'heading', text: words.text('legal.draft.pardonHeading') })
  lines.push({ kind: 'para', text: words.text(criminal.hongKong ? 'legal.draft.hongKong' : 'legal.draft.pardonAfterPayment', { amount }) })
  lines.push({ kind: 'para', text: words.text('legal.draft.noWithdrawal') })
  lines.push(
    { kind: 'sign', text: words.text('legal.draft.signA', { name: filled(input.buyer, words) }) },
    { kind: 'sign', text: words.text('legal.draft.signB', { name: filled(agreement.payer?.name, words) }) },
    { kind: 'sign', text: words.text('legal.draft.date', { date: agreement.terms.signedOn ? words.date(agreement.terms.signedOn) : blank(words) }) },
  )
  return lines
}

function pardonLines(input: DraftInput, words: Words): DraftLine[] {
  const { view, criminal } = input
  const pardon = criminal.settlement.pardon
  const payments = pardonPayments(input)
  const method = criminal.settlement.agreement.terms.method
  const lines: DraftLine[] = [
    { kind: 'title', text: words.text('legal.draft.pardonTitle') },
    { kind: 'note', text: words.text('legal.draft.draftNote') },
    { kind: 'para', text: words.text('legal.draft.to', { recipient: pardon.deliveredTo ? words.text(`legal.recipient.${pardon.deliveredTo}`) : words.text('legal.draft.authority') }) },
    ...head(input, words, 'pardon'),
    { kind: 'para', text: words.text('legal.draft.received', { total: words.money(criminal.settlement.received, view.base) }) },
  ]
  if (payments.length === 0) lines.push({ kind: 'warning', text: words.text('legal.draft.nothingReceived') })
  for (const { payment, payer } of payments)
    lines.push({
      kind: 'item',
      text: words.text('legal.draft.payment', {
        date: words.date(payment.date),
        amount: words.money(new Dec(payment.amount), payment.currency),
        payer: payerStanding(payer, words),
        method: method ? words.text(`legal.draft.method.${method}`) : blank(words),
      }),
    })
  lines.push({ kind: 'para', text: words.text('legal.draft.forgive', { names: names(suspectsOf(view), words), leniency: words.text(`legal.draft.leniency.${pardon.leniency ?? 'requests'}`) }) })
  lines.push(
    { kind: 'sign', text: words.text('legal.draft.signVictim', { name: filled(input.buyer, words) }) },
    { kind: 'sign', text: words.text('legal.draft.signatory', { name: filled(pardon.signatory, words) }) },
    { kind: 'sign', text: words.text('legal.draft.date', { date: pardon.signedOn ? words.date(pardon.signedOn) : blank(words) }) },
  )
  for (const text of pardonCheckText(criminal.settlement.check, view.base, words)) lines.push({ kind: criminal.settlement.check.state === 'ok' ? 'note' : 'warning', text })
  lines.push({ kind: 'note', text: words.text('legal.draft.pardonRules') })
  return lines
}

/** A draft's lines in one language. */
export function draftLines(document: DraftDocument, input: DraftInput, words: Words): DraftLine[] {
  return document === 'agreement' ? agreementLines(input, words) : pardonLines(input, words)
}
