// What both drafts word the same way: the parties' names (the Chinese name in Chinese text),
// their roles as the stage calls them (犯罪嫌疑人 → 被告人 after an indictment), money as a
// document writes it (人民币300,000.00元 with its capitals; RMB 300,000.00 in English), the
// rates, the charge and the authority. Every value the user recorded is isolated (isolate.ts).
import type { Dec } from '../money/decimal'
import type { FxRate, Party } from '../caseFile/schema'
import { partyTracker } from '../tracker/access'
import { isCompany, mainSuspect, stageAuthority, suspectsOf, type CurrencyAmount, type DraftInput, type DraftLine } from '../legal/draftDocuments'
import { chineseCapitals, chineseCurrencyName, tidyChinese } from './chinese'
import { isolate } from './isolate'
import type { Words } from './words'

export const isChinese = (words: Words) => words.locale.startsWith('zh')
export const draftText = (words: Words, key: string, params?: Record<string, unknown>) => words.text(`legal.draft.${key}`, params)
export const blank = (words: Words) => draftText(words, 'blank')
/** A value the user recorded, isolated in the draft's sentence; the blank line when there is none. */
export const filled = (value: string | null | undefined, words: Words) => (value ? isolate(value) : blank(words))

/** A party's name in the draft's language: its Chinese name in Chinese text (its name when it has none), its name in English. */
export function nameOf(party: Party, words: Words): string {
  const zh = isChinese(words) ? partyTracker(party).nameZh : undefined
  return isolate(zh ?? party.name)
}

type SuspectRole = 'suspect' | 'suspect-company' | 'defendant' | 'defendant-company'

/** A suspect's role word key: a person or a company, before or after an indictment. */
export function suspectRole(party: Party, indicted: boolean): SuspectRole {
  const company = isCompany(party)
  return indicted ? (company ? 'defendant-company' : 'defendant') : company ? 'suspect-company' : 'suspect'
}

/** The suspects, each named with its role: "犯罪嫌疑人沈磊、犯罪嫌疑单位金华沈磊贸易有限公司". */
export function suspectsNamed(input: DraftInput, words: Words): string {
  const suspects = suspectsOf(input.view)
  if (suspects.length === 0) return blank(words)
  return suspects.map((party) => draftText(words, 'named', { role: draftText(words, `roleIn.${suspectRole(party, input.criminal.indicted)}`), name: nameOf(party, words) })).join(words.text('list.comma'))
}

/** The role word the running text uses for the suspect: the person's (犯罪嫌疑人 / 被告人), or the company's when only a company is named. */
export function suspectRoleIn(input: DraftInput, words: Words): string {
  const suspects = suspectsOf(input.view)
  const person = suspects.find((party) => !isCompany(party)) ?? suspects[0]
  return draftText(words, `roleIn.${person ? suspectRole(person, input.criminal.indicted) : input.criminal.indicted ? 'defendant' : 'suspect'}`)
}

/** How a relative stands to the suspect: "，系犯罪嫌疑人沈磊的父亲"; null for anyone else. */
export function relationOf(party: Party, input: DraftInput, words: Words, keys: { named: string; only: string } = { named: 'relationDetail', only: 'relationOnly' }): string | null {
  if (party.role !== 'family' || !party.relation) return null
  const suspect = mainSuspect(input.view)
  const params = { name: nameOf(party, words), relation: words.text(`relation.${party.relation}`), suspectRole: suspectRoleIn(input, words) }
  return suspect ? draftText(words, keys.named, { ...params, suspect: nameOf(suspect, words) }) : draftText(words, keys.only, params)
}

/** Money as a document writes it: 人民币300,000.00元 / 131,575.00美元 in Chinese, RMB 300,000.00 / USD 131,575.00 in English. */
export function draftMoney(value: Dec, currency: string, words: Words): string {
  if (isChinese(words)) return words.money(value, currency)
  return `${currency === 'CNY' ? 'RMB' : currency} ${words.amount(value, currency)}`
}

/** Money with its amount in capitals in Chinese (人民币300,000.00元（大写：人民币叁拾万元整）); as it is in English. */
export function moneyWithCapitals(value: Dec, currency: string, words: Words): string {
  const money = draftMoney(value, currency, words)
  return isChinese(words) ? `${money}${draftText(words, 'capitals', { capitals: chineseCapitals(value, currency) })}` : money
}

/** Amounts in several currencies, each with its capitals: "人民币…元（大写：…）及…美元（大写：…）". */
export function amountsWithCapitals(amounts: readonly CurrencyAmount[], words: Words): string {
  return amounts.length ? amounts.map(({ amount, currency }) => moneyWithCapitals(amount, currency, words)).join(draftText(words, 'amountsJoin')) : blank(words)
}

/** A figure of a rate as written ("7.1"), with its currency: 人民币7.1元, 0.92欧元, RMB 7.1. */
function rateMoney(figure: string, currency: string, words: Words): string {
  if (!isChinese(words)) return `${currency === 'CNY' ? 'RMB' : currency} ${figure}`
  const name = chineseCurrencyName(currency)
  return ['CNY', 'HKD', 'TWD', 'MOP'].includes(currency) ? `${name}${figure}元` : `${figure}${name}`
}

/** The rates stated once: "1美元兑人民币7.1元（2026年11月20日汇率，来源：…）". */
export function ratesText(rates: readonly FxRate[], base: string, words: Words): string {
  return rates
    .map((rate) =>
      draftText(words, 'rate', {
        one: rateMoney('1', base, words),
        rate: rateMoney(rate.perBase, rate.currency, words),
        date: rate.asOf ? words.date(rate.asOf) : blank(words),
        source: filled(rate.source, words),
      }),
    )
    .join(words.text('list.separator'))
}

/** The charge as the authority names it, or the offence chosen in triage: 合同诈骗罪 / contract fraud. */
export function chargeText(input: DraftInput, words: Words): string {
  const recorded = input.criminal.settlement.agreement.terms.charge
  if (recorded) return isolate(recorded)
  const offence = input.criminal.triage.offence
  return offence ? draftText(words, `charge.${offence}`) : blank(words)
}

/** The case's number: the authority's, or the case reference. */
export function caseNumber(input: DraftInput, words: Words): string {
  return filled(input.criminal.settlement.agreement.terms.caseNumber ?? input.criminal.tracker.reference, words)
}

/** The authority a document addresses: the one named, the one the pardon is delivered to, or that of the current stage. */
export function authorityText(input: DraftInput, words: Words, forPardon: boolean): string {
  const named = input.criminal.settlement.agreement.terms.authority
  if (named) return isolate(named)
  // A Hong Kong case is the Hong Kong police's: no mainland authority, and no pardon letter.
  if (input.criminal.hongKong) return draftText(words, 'authority.hongKong')
  const delivered = forPardon ? input.criminal.settlement.pardon.deliveredTo : undefined
  return draftText(words, `authority.${delivered ?? stageAuthority(input.criminal.stage)}`)
}

/** Lines set as a Chinese document sets them (no space between Chinese and figures); English as it is. */
export function tidyLines(lines: DraftLine[], words: Words): DraftLine[] {
  return isChinese(words) ? lines.map((line) => ({ ...line, text: tidyChinese(line.text) })) : lines
}
