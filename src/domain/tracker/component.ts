// What the app adds to a part of a seller offer: the security registered in the
// buyer's favour for a part paid later. A `mortgage` part is money a party raises by
// a mortgage loan and secures the bank, not the buyer; a mortgage secures the buyer
// only when it is registered in the buyer's favour (Civil Code Arts. 394, 402).
import * as z from 'zod'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../caseFile/values'
import { date, id, oneOf, text } from '../caseFile/zodFields'
import { SECURITY_KINDS } from './criminalValues'

export const securitySchema = z.strictObject({
  kind: oneOf(SECURITY_KINDS),
  /** The property the mortgage is registered on. */
  propertyId: id.optional(),
  /** The party who guarantees the part. */
  guarantorId: id.optional(),
  /** When the mortgage was registered (it exists from registration) or the guarantee signed. */
  registeredOn: date.optional(),
  /** The registration certificate's number. */
  registration: text(MAX_NAME_LENGTH).optional(),
  note: text(MAX_TEXT_LENGTH).optional(),
})

export const componentFields = {
  security: securitySchema.optional(),
}

export type Security = z.output<typeof securitySchema>
