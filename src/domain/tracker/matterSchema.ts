// The matter as counsel presents it to the client (the memo's head and sign-off).
import * as z from 'zod'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../caseFile/values'
import { date, text } from '../caseFile/zodFields'

export const signOffSchema = z.strictObject({
  name: text(MAX_NAME_LENGTH).optional(),
  role: text(MAX_NAME_LENGTH).optional(),
  firm: text(MAX_NAME_LENGTH).optional(),
  date: date.optional(),
})

export const matterFields = {
  /** The case reference: the police, procuratorate or court number, or counsel's own file number. */
  reference: text(MAX_NAME_LENGTH).optional(),
  /** Where the matter stands, in counsel's words. */
  stage: text(MAX_NAME_LENGTH).optional(),
  /** Counsel's comment for the client, printed on the memo's first page. */
  counselComment: text(MAX_TEXT_LENGTH).optional(),
  /** The privilege legend printed on the memo; the app's default when absent. */
  privilegeLegend: text(MAX_TEXT_LENGTH).optional(),
  signOff: signOffSchema.optional(),
}

export type SignOff = z.output<typeof signOffSchema>
