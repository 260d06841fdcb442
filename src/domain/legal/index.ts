// The criminal case around the money: legal figures with their sources, statutory
// periods and deadlines, where to report, evidence, the legal context of the loss,
// and the settlement documents.
export * from './legalData'
export { chineseArticles, chineseCitation, chineseCiter, parseArticles, type ArticleRef, type ChineseTitles } from './citations'
export { HOLIDAY_CALENDAR_YEARS, calendarCovers, holidayMove, holidayOf, type HolidayCode } from './holidays'
export { addLegalPeriod, dayOfWeek, isWeekend, type PeriodUnit } from './periods'
export { eventsInOrder, procedureView, type Deadline, type DeadlineNote, type DeadlineState, type LeverageWindow, type ProcedureView } from './deadlines'
export { isHongKongCase, reportingGuidance, samePolice, triageView, type PoliceOption, type ReportingGuidance, type TriageResult, type TriageView } from './reporting'
export { evidenceView, originOf, withFullChecklist, type EvidenceOrigin, type EvidenceRow, type EvidenceView } from './evidence'
export { RMB, fraudAmount, legalContext, lossInRmb, type LegalContext, type LossInRmb, type TierRow, type TierStatus } from './context'
export {
  agreementView,
  pardonCheck,
  pardonDate,
  settlementView,
  withPartSecurity,
  type AgreementView,
  type PardonCheck,
  type PardonCheckState,
  type ScheduledPart,
  type SettlementView,
} from './settlement'
export { statutoryNumber, statutoryPercent } from './statutoryFigures'
export { DRAFT_DOCUMENTS, agreementParties, buyerFromTitle, pardonPayments, satisfactionFromFigures, suspectsOf, type DraftDocument, type DraftInput, type DraftLine, type DraftParty, type DraftRole } from './draftDocuments'
