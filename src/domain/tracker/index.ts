// The app's own data in a case file (`extra.tracker`): its shape and how to read and write it.
export { TRACKER_KEY, TRACKER_VERSION, trackerCaseSchema, trackerComponentSchema, trackerOfferSchema, trackerPartySchema, type TrackerCase, type TrackerParty, type TrackerComponent, type TrackerOffer } from './trackerSchema'
export { caseTracker, componentTracker, offerTracker, partyTracker, withCaseTracker, withComponentTracker, withOfferTracker, withPartyTracker } from './access'
export { creditCodeCheckCharacter, creditCodeProblem } from './party'
export type { SignOff } from './matterSchema'
export type { Agreement, Evidence, EvidenceItem, LegalChoices, Pardon, Place, ProcedureEvent, Reporting, Settlement, Triage } from './criminalSchema'
export type { Security } from './component'
export * from './criminalValues'
export { historyBlockSchema, historyEntrySchema } from './historySchema'
