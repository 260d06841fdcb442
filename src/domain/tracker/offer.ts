// What the app adds to an offer or demand.
import { MAX_NAME_LENGTH } from '../caseFile/values'
import { text } from '../caseFile/zodFields'

export const offerFields = {
  /** The user's own name for the move ("Father's final offer"), shown beside its number. */
  label: text(MAX_NAME_LENGTH, { notBlank: true }).optional(),
}
