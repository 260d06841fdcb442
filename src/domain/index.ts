// The engine's public interface (case-format.md, section 3), and the case view
// the screens are built from.
export { Dec, ZERO, sum, max, sameExact } from './money/decimal'
export * from './caseFile/schema'
export { parseCaseFile, parseCaseFileText, utf8Bytes } from './caseFile/parse'
export { applyCaseChange, applyRecordChange, type RecordChange } from './caseFile/editCheck'
export { isCheckedCase, markValid } from './caseFile/validated'
export { readDate, type DateReading } from './support/dateInput'
export { CaseFileError, formatPath, issueAt, type CaseFileIssue } from './caseFile/issues'
export { PROBLEM_TEXTS, problem, problemText, type Problem, type ProblemCode, type ProblemParams } from './caseFile/problemCodes'
export { createSummarizer, sharedSummarizer, summarizeCase, negotiationOrder, type CaseSummary, type OfferSummary, type PropertySummary, type ByKind } from './figures/summary'
export { Converter } from './figures/convert'
export { demandParts, paymentPartyIds, paymentShares, type PayerShare, type StatedAmount } from './figures/recordAmounts'
export { assessOffer } from './figures/assessment'
export {
  LEVELS,
  levelOf,
  type Assessment,
  type Contribution,
  type Level,
  type PartyRef,
  type PropertyDeal,
  type Signal,
  type SignalCode,
  type SignalFacts,
} from './figures/signals'
export { GROUP_ORDER, inGroupOrder, partyGroup, type PartyGroup } from './figures/partyGroups'
export { ID_PREFIXES, markNewIds, nextId } from './caseFile/ids'
export { RECORD_WHAT, recordKey, type ListName, type RecordOf } from './caseFile/lists'
export { LIST_NAMES, changedRecords, sameData, type ChangedRecord } from './caseFile/recordChanges'
export { perBaseOf, type RateDirection } from './money/fxInput'
export { checkRate, rateWarning, ratesOffReference, readRate, referenceRate, shownInverse, RATE_TOLERANCE, type RateCheck, type RateReading, type ReferenceRate } from './rates/rateCheck'
export { REFERENCE_PER_USD, REFERENCE_SOURCES, type ReferenceSource } from './rates/referenceRates'
export { isZeroAmount, payersPlaced, readMoney, type MoneyContext, type MoneyReading } from './money/moneyInput'
export { exactFigure, minorUnits, roundMoney, roundPercent, roundedMoneyText, roundedRatioText, formatMoney, formatAmount, formatPercent } from './money/money'
export { formatCompactMoney, formatRoundedMoney, formatRoundedPercent } from './money/formatRounded'
export { listingFigures, type ListingFigures } from './figures/listing'
export { dateParts, dayNumber, daysBetween, formatDate, formatDateTime, formatShortDate, isoOfDay, localDate, utcMidnight } from './support/dates'
export { DOMAIN_TEXTS, RELATION_WORDS, type DomainTexts } from './words/english'
export { englishWords, fillTemplate, formatterFor, lookup, type Formatter, type Words } from './words/words'
export { FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, isolate, withoutIsolates } from './words/isolate'
export { chineseCapitals, chineseCurrencyName, chineseMoney, chineseNumeral, chineseRange, chineseThresholdPercent, tidyChinese } from './words/chinese'
export { cleanStoredText, codePointName, invisibleTextProblem } from './caseFile/invisibleText'
export {
  demandText,
  amountsText,
  currencyWord,
  thresholdPercent,
  statedAmountsText,
  listOf,
  offerLabel,
  partText,
  partyLabel,
  propertyLabel,
  signalSentence,
  signedMoney,
  statedMoney,
  statedPercent,
  type OfferLabel,
  type PartPhrase,
} from './words/phrases'
export { buildCaseView, createViewBuilder, viewBefore, SHOWN_ROUNDS, type CaseView, type OfferRow, type PartRow, type PropertyRow, type RecordRow } from './view/caseView'
export { payerGroups, payersOf, shareOf, type Payer, type PayerGroup } from './view/payers'
export { compareOffers, defaultComparison, timingOf, TIMINGS, type Comparison, type ComparedOffer, type ComparedProperty, type PropertyInOffer, type Timing } from './view/comparison'
export { startingDraft, whatIf, whatIfFigures, withAddedPart, type AddedPart, type WhatIf, type WhatIfFigures } from './view/whatIf'
export { counteredBy, isExpired, recordMove, shownStatus, standing, withMoveStatus, type NegotiationStanding, type ShownStatus } from './view/moves'
export { negotiationRounds, projectedLanding, roundsById, type Projection, type Round, type Rounds } from './view/rounds'
export { answerChoices, type AnswerChoices } from './view/answers'
export { moveWarnings, needsConfirming, type MoveWarnings } from './view/moveChecks'
export {
  addedDemandCurrency,
  addedPart,
  defaultProperty,
  isPropertyKind,
  movePreview,
  newMove,
  newMoveDate,
  partStart,
  typeOnFinal,
  type MovePreview,
  type NewMoveContext,
  type PartStart,
  type TypeAndFinal,
} from './view/newMove'
export {
  compositionSeries,
  aheadMarks,
  convergenceSeries,
  firstAppearances,
  type AheadMarks,
  type CompositionMode,
  type CompositionSegment,
  type CompositionSeries,
  type ConvergenceSeries,
  type Milestone,
  type SeriesPoint,
} from './view/chartSeries'
export { memoModel, type MemoContributions, type MemoGroup, type MemoModel, type MemoOfferRow, type MemoOptions, type MemoPayer, type MemoRecord, type Standing } from './view/memoModel'
export * from './tracker'
export { csvField, neutralizeCell, toCsv } from './support/csv'
export { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './support/passphrase'
export { knownRate, needsRateToRebase, rebaseCase, type Rebase, type RebaseOutcome, type RateChange } from './caseFile/rebaseCase'
export { CSV_TABLES, csvSheet, csvText, type CsvSheet, type CsvTable } from './view/csvTables'
export * from './legal'
export { caseStage, criminalView, type CaseStage, type CriminalView } from './view/criminalView'
export { SIGNAL_ORIGIN, signalRule, type SignalOrigin } from './figures/ceiling'
export { LEGAL_TEXTS, type LegalTexts } from './words/legal'
export type { DraftTexts } from './words/legalDrafts'
export type { CalendarTexts } from './words/legalCalendar'
export {
  citation,
  calendarYears,
  deadlineHoliday,
  deadlineNote,
  deadlineLonger,
  deadlineRule,
  deadlineState,
  lengthText,
  leverageText,
  pardonCheckText,
  placeText,
  policeText,
  securityText,
  tierRangeText,
  tierStatusText,
  triageReasons,
} from './words/legalPhrases'
export { draftLines } from './words/draftPhrases'
export { joinClauses, standingSentences } from './words/memoSentences'
export { draftNotes } from './words/draftPardon'
export {
  SHOWN_ZERO,
  atLeastZero,
  shownDifference,
  shownFigures,
  shownMidpoint,
  shownMoney,
  shownMovements,
  shownOfferTotal,
  shownParts,
  shownSum,
  type Shown,
  type ShownFigures,
} from './view/footing'
export { apportion, footedShares, shownRatio, type FootedGroup, type FootedShares } from './view/shares'
export { nothingOwed, paymentSchedule, type MatchedPayment, type Owing, type PartStatus, type PaymentSchedule, type ScheduleRow } from './view/schedule'
export * from './projection'
