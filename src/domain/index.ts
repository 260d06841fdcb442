// The engine's public interface (case-format.md, section 3), and the case view
// the screens are built from.
export { Dec, ZERO, sum, max } from './decimal'
export * from './schema'
export { parseCaseFile, parseCaseFileText } from './parse'
export { applyCaseChange, applyRecordChange, type RecordChange } from './editCheck'
export { isCheckedCase, markValid } from './validated'
export { CaseFileError, formatPath, issueAt, type CaseFileIssue } from './issues'
export { PROBLEM_TEXTS, problem, problemText, type Problem, type ProblemCode, type ProblemParams } from './problems'
export { createSummarizer, summarizeCase, negotiationOrder, type CaseSummary, type OfferSummary, type PropertySummary, type ByKind } from './summary'
export { Converter } from './convert'
export { assessOffer } from './assessment'
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
} from './signals'
export { GROUP_ORDER, inGroupOrder, partyGroup, type PartyGroup } from './parties'
export { ID_PREFIXES, nextId } from './ids'
export { RECORD_WHAT, recordKey, type ListName, type RecordOf } from './lists'
export { exactFigure, minorUnits, roundMoney, roundPercent, roundedMoneyText, roundedRatioText, formatMoney, formatAmount, formatPercent } from './money'
export { formatRoundedMoney, formatRoundedPercent } from './display'
export { listingFigures, type ListingFigures } from './listing'
export { dateParts, dayNumber, daysBetween, formatDate, formatDateTime, formatShortDate, isoOfDay, localDate, utcMidnight } from './dates'
export { DOMAIN_TEXTS, RELATION_WORDS, type DomainTexts } from './words/english'
export { englishWords, fillTemplate, formatterFor, lookup, type Formatter, type Words } from './words/words'
export {
  demandText,
  listOf,
  offerLabel,
  partText,
  partyLabel,
  propertyLabel,
  signalSentence,
  type OfferLabel,
  type PartPhrase,
} from './words/phrases'
export { buildCaseView, createViewBuilder, SHOWN_ROUNDS, type CaseView, type OfferRow, type PartRow, type PropertyRow, type RecordRow } from './view/caseView'
export { payerGroups, payersOf, shareOf, type Payer, type PayerGroup } from './view/payers'
export { compareOffers, defaultComparison, timingOf, TIMINGS, type Comparison, type ComparedOffer, type ComparedProperty, type PropertyInOffer, type Timing } from './view/comparison'
export { startingDraft, whatIf, type WhatIf } from './view/whatIf'
export {
  compositionSeries,
  convergenceSeries,
  firstAppearances,
  type CompositionMode,
  type CompositionSegment,
  type CompositionSeries,
  type ConvergenceSeries,
  type Milestone,
  type SeriesPoint,
} from './view/chartSeries'
export { memoModel, type MemoFigure, type MemoModel } from './view/memo'
export * from './tracker'
