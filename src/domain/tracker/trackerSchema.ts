// The app's own data in a case file. The contract (case-format.md, version 1)
// allows anything under a record's `extra`; this app keeps what it adds there,
// under the key `tracker`, so a case file stays a valid version-1 file that any
// reader of the format accepts (docs/case-format.md, "The tracker block").
import * as z from 'zod'
import { criminalFields } from './criminalSchema'
import { matterFields } from './matterSchema'
import { offerFields } from './offer'
import { componentFields } from './component'
import { trackerPartySchema } from './party'
import { historyBlockSchema } from './historySchema'

/** The key under `extra` that holds the app's own data. */
export const TRACKER_KEY = 'tracker'
/** The version of the tracker block; version 1 of the app had none. */
export const TRACKER_VERSION = 2

export const trackerCaseSchema = z.strictObject({
  version: z.literal(TRACKER_VERSION),
  ...matterFields,
  ...criminalFields,
  /** The case's signed history, when an export carries it (docs/sync.md §6.3). */
  history: historyBlockSchema.optional(),
})
export const trackerOfferSchema = z.strictObject({ ...offerFields })
export const trackerComponentSchema = z.strictObject({ ...componentFields })
/** A party's block (party.ts): its Chinese name, identity number, company and credit code. */
export { trackerPartySchema }

export type TrackerCase = Omit<z.output<typeof trackerCaseSchema>, 'version'>
export type TrackerOffer = z.output<typeof trackerOfferSchema>
export type TrackerComponent = z.output<typeof trackerComponentSchema>
export type { TrackerParty } from './party'
