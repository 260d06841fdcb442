// What the app adds to a party (issue 19): the name a Chinese document prints, an
// identity number, and for the suspect's side whether it is a company (犯罪嫌疑单位)
// with its unified social credit code (统一社会信用代码, GB 32100-2015). The contract
// allows no new keys on a party outside its `extra`, so these live in the party's
// `extra.tracker` block, like an offer's label and a part's security.
import * as z from 'zod'
import { problem, type Problem } from '../caseFile/problemCodes'
import { MAX_NAME_LENGTH } from '../caseFile/values'
import { checkedString, text } from '../caseFile/zodFields'

/** The characters of a unified social credit code, in the order of their values 0 to 30 (no I, O, S, V, Z). */
const CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** The weights of the first 17 characters (GB 32100-2015, 3^(i-1) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character the first 17 characters of a code call for; null when one of them is not a code character. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CODE_CHARACTERS.indexOf(first17.charAt(i))
    if (value < 0) return null
    sum += value * (WEIGHTS[i] ?? 0)
  }
  return CODE_CHARACTERS.charAt((31 - (sum % 31)) % 31)
}

/** What is wrong with a unified social credit code as typed, or null: 18 characters, the code's characters, the check character. */
export function creditCodeProblem(value: string): Problem | null {
  const length = [...value].length
  if (length !== 18) return problem('party.creditCodeLength', { length })
  const wrong = [...value].find((char) => !CODE_CHARACTERS.includes(char))
  if (wrong !== undefined) return problem('party.creditCodeCharacter', { character: wrong })
  const expected = creditCodeCheckCharacter(value.slice(0, 17))
  if (expected !== value.charAt(17)) return problem('party.creditCodeCheck', { found: value.charAt(17), expected: expected ?? '?' })
  return null
}

export const partyFields = {
  /** The name a Chinese document prints (张伟); the party's name when absent. */
  nameZh: text(MAX_NAME_LENGTH, { notBlank: true }).optional(),
  /** The identity card or passport number. */
  idNumber: text(MAX_NAME_LENGTH, { notBlank: true }).optional(),
  /** A company of the suspect's side (犯罪嫌疑单位), not a person. */
  company: z.boolean().optional(),
  /** A company's unified social credit code (18 characters, GB 32100-2015). */
  creditCode: checkedString(creditCodeProblem).optional(),
}

export const trackerPartySchema = z.strictObject({ ...partyFields })
export type TrackerParty = z.output<typeof trackerPartySchema>
