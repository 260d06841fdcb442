// The restitution agreement's lines in one language, filled from the case: every payer a
// party, the amounts in the currency the family pays (with capitals in Chinese) beside the
// base currency and the rate, the schedule, full or partial satisfaction as the figures say,
// and the standard clauses. Worded from the catalogue (`legal.draft.*`), so English and
// Chinese have the same lines in the same order. Advice never goes in: see draftNotes.ts.
import type { Party } from '../caseFile/schema'
import { partyTracker } from '../tracker/access'
import {
  agreedAmounts,
  agreementParties,
  ratesUsed,
  receivedParts,
  satisfactionFromFigures,
  suspectsOf,
  type DraftDocument,
  type DraftInput,
  type DraftLine,
  type DraftParty,
  type DraftRole,
} from '../legal/draftDocuments'
import type { ScheduledPart } from '../legal/settlement'
import { propertyLabel } from './phrases'
import { chineseNumeral } from './chinese'
import {
  amountsWithCapitals,
  authorityText,
  blank,
  caseNumber,
  chargeText,
  draftMoney,
  draftText as say,
  filled,
  isChinese,
  moneyWithCapitals,
  nameOf,
  ratesText,
  relationOf,
  suspectRole,
  suspectRoleIn,
  suspectsNamed,
  tidyLines,
} from './draftCommon'
import { pardonLines } from './draftPardon'
import type { Words } from './words'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function roleWords(entry: DraftParty, input: DraftInput, words: Words): string {
  const indicted = input.criminal.indicted
  const key = (role: DraftRole) =>
    role === 'suspect' || role === 'suspect-company' ? suspectRole(entry.party, indicted) : role === 'payer' && indicted ? 'payer-defendant' : role
  // "Paying on the suspect’s behalf and mortgagor": a role after the first in running case.
  return entry.roles.map((role, index) => (index > 0 && !isChinese(words) ? lowerFirst(say(words, `role.${key(role)}`)) : say(words, `role.${key(role)}`))).join(say(words, 'roleJoin'))
}

/** A party's line: its roles, its name, how it stands to the suspect, its ID number or credit code. */
function partyLine(entry: DraftParty, input: DraftInput, words: Words): string {
  const { party } = entry
  const block = partyTracker(party)
  const company = entry.roles.includes('suspect-company')
  const details = [relationOf(party, input, words) ?? '', company ? say(words, 'codeDetail', { code: filled(block.creditCode, words) }) : say(words, 'idDetail', { id: filled(block.idNumber, words) })].join('')
  return say(words, 'partyLine', { roles: roleWords(entry, input, words), name: nameOf(party, words), details })
}

function partName(row: ScheduledPart, words: Words): string {
  const payer = row.part.payer as Party | null
  return payer ? nameOf(payer, words) : filled(row.part.partyId, words)
}

function scheduleLines(input: DraftInput, words: Words): DraftLine[] {
  const agreement = input.criminal.settlement.agreement
  const received = receivedParts(input)
  const lines: DraftLine[] = []
  for (const row of agreement.schedule) {
    const what = say(words, `part.${row.part.kind}`, {
      payer: partName(row, words),
      amount: moneyWithCapitals(row.part.amount, row.part.currency, words),
      property: row.part.property ? propertyLabel(row.part.property, words) : blank(words),
    })
    const payment = received.get(row.index)
    const when = payment
      ? say(words, 'received', { date: words.date(payment.date) })
      : row.deferred && row.part.dueDate
        ? say(words, 'byDate', { date: words.date(row.part.dueDate) })
        : say(words, 'onSigning')
    lines.push({ kind: 'item', text: say(words, 'partLine', { what, when }) })
    if (row.security?.kind === 'registered-mortgage') {
      const owner = row.securityProperty ? input.view.parties.get(row.securityProperty.ownerId) : undefined
      lines.push({
        kind: 'item',
        text: say(words, 'registeredMortgage', {
          owner: owner ? nameOf(owner, words) : blank(words),
          property: row.securityProperty ? propertyLabel(row.securityProperty, words) : blank(words),
          registration: filled(row.security.registration, words),
        }),
      })
    } else if (row.security?.kind === 'guarantee') lines.push({ kind: 'item', text: say(words, 'guarantee', { guarantor: row.guarantor ? nameOf(row.guarantor, words) : blank(words) }) })
  }
  if (agreement.schedule.length === 0) {
    const amounts = agreedAmounts(input)
    lines.push({ kind: 'item', text: say(words, 'partLine', { what: amountsWithCapitals(amounts, words), when: say(words, 'onSigning') }) })
  }
  return lines
}

function amountLines(input: DraftInput, words: Words): DraftLine[] {
  const { view } = input
  const amounts = agreedAmounts(input)
  const inBase = input.criminal.settlement.agreement.inBase
  const others = agreementParties(input).some((entry) => entry.roles.includes('payer'))
  const suspects = [...new Set(suspectsOf(view).map((party) => say(words, `roleIn.${suspectRole(party, input.criminal.indicted)}`)))].join(words.text('list.comma')) || suspectRoleIn(input, words)
  const foreign = amounts.some((entry) => entry.currency !== view.base)
  const lines: DraftLine[] = [
    {
      kind: 'para',
      text: say(words, 'amount', {
        payers: upperFirst(others ? say(words, 'payersWithOthers', { suspects }) : suspects),
        amounts: amountsWithCapitals(amounts, words),
        inBase: foreign && inBase ? say(words, 'inBase', { money: draftMoney(inBase, view.base, words) }) : '',
      }),
    },
  ]
  const rates = ratesUsed(view, [...amounts, ...input.criminal.settlement.agreement.schedule.map((row) => row.part)].map((entry) => entry.currency))
  if (rates.length) lines.push({ kind: 'para', text: say(words, 'rates', { rates: ratesText(rates, view.base, words) }) })
  return lines
}

function satisfactionLine(input: DraftInput, words: Words): DraftLine {
  const { view } = input
  const agreement = input.criminal.settlement.agreement
  const figures = satisfactionFromFigures(input)
  const params = {
    amount: agreement.inBase ? draftMoney(agreement.inBase, view.base, words) : blank(words),
    loss: draftMoney(view.summary.lossTotal, view.base, words),
    remaining: draftMoney(figures.remaining, view.base, words),
  }
  return { kind: 'para', text: say(words, figures.satisfaction === 'full' ? 'full' : 'partial', params) }
}

function signatureLines(parties: readonly DraftParty[], input: DraftInput, words: Words): DraftLine[] {
  const lines: DraftLine[] = [{ kind: 'sign', text: say(words, 'signVictim', { name: filled(input.buyer, words), blank: blank(words) }) }]
  for (const entry of parties) {
    const company = entry.roles.includes('suspect-company')
    lines.push({ kind: 'sign', text: say(words, company ? 'signCompany' : 'signPerson', { role: roleWords(entry, input, words), name: nameOf(entry.party, words), blank: blank(words) }) })
  }
  const signedOn = input.criminal.settlement.agreement.terms.signedOn
  lines.push({ kind: 'sign', text: say(words, 'signedOn', { date: signedOn ? words.date(signedOn) : blank(words) }) })
  return lines
}

function agreementLines(input: DraftInput, words: Words): DraftLine[] {
  const { criminal } = input
  const agreement = criminal.settlement.agreement
  const parties = agreementParties(input)
  const suspectRoleWord = suspectRoleIn(input, words)
  const lines: DraftLine[] = [
    { kind: 'title', text: say(words, 'agreementTitle') },
    { kind: 'para', text: say(words, 'victim', { name: filled(input.buyer, words) }) },
    ...parties.map((entry): DraftLine => ({ kind: 'para', text: partyLine(entry, input, words) })),
    { kind: 'para', text: say(words, 'whereas', { authority: authorityText(input, words, false), suspects: suspectsNamed(input, words), charge: chargeText(input, words), number: caseNumber(input, words) }) },
    { kind: 'heading', text: say(words, 'amountHeading') },
    ...amountLines(input, words),
    { kind: 'heading', text: say(words, 'scheduleHeading') },
    ...scheduleLines(input, words),
    { kind: 'heading', text: say(words, 'paymentHeading') },
    { kind: 'para', text: say(words, agreement.terms.method === 'through-authority' ? 'throughAuthority' : 'direct', { account: filled(agreement.terms.account, words) }) },
    { kind: 'heading', text: say(words, 'satisfactionHeading') },
    satisfactionLine(input, words),
    { kind: 'heading', text: say(words, 'pardonHeading') },
    { kind: 'para', text: say(words, criminal.hongKong ? 'hongKong' : 'pardonAfterPayment') },
  ]
  // The mainland's pardon model and law do not carry over to a Hong Kong case (legal-context.md, Hong Kong).
  if (!criminal.hongKong) lines.push({ kind: 'para', text: say(words, 'notBinding', { suspectRole: suspectRoleWord }) })
  lines.push(
    { kind: 'heading', text: say(words, 'otherHeading') },
    { kind: 'para', text: say(words, criminal.hongKong ? 'reversedNoPardon' : 'reversed') },
    { kind: 'para', text: say(words, 'effect') },
    { kind: 'para', text: say(words, 'copies', { count: isChinese(words) ? chineseNumeral(parties.length + 2) : parties.length + 2 }) },
  )
  if (input.bilingual) lines.push({ kind: 'para', text: say(words, 'language') })
  if (!criminal.hongKong) lines.push({ kind: 'para', text: say(words, 'law') })
  // Held, the suspect cannot sign in person: the document says who signs instead.
  if (criminal.procedure.inCustody) lines.push({ kind: 'para', text: say(words, 'custody', { suspectRole: suspectRoleWord }) })
  lines.push(...signatureLines(parties, input, words))
  return lines
}

/** A draft's lines in one language: the document alone, nothing for counsel (draftNotes). */
export function draftLines(document: DraftDocument, input: DraftInput, words: Words): DraftLine[] {
  return tidyLines(document === 'agreement' ? agreementLines(input, words) : pardonLines(input, words), words)
}
