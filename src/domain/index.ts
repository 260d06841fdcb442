// The engine's public interface (case-format.md, section 3).
export { Dec, ZERO, sum } from './decimal'
export * from './schema'
export { parseCaseFile, parseCaseFileText, CaseFileError, formatPath, issueAt, type CaseFileIssue } from './parse'
export { PROBLEM_TEXTS, problem, problemText, type Problem, type ProblemCode, type ProblemParams } from './problems'
export {
  summarizeCase,
  negotiationOrder,
  Converter,
  type CaseSummary,
  type OfferSummary,
  type PropertySummary,
  type ByKind,
} from './summary'
export {
  assessOffer,
  RELATION_WORDS,
  levelOf,
  LEVELS,
  type Assessment,
  type Level,
  type Signal,
  type SignalCode,
  type SignalFacts,
  type Contribution,
  type Pledge,
} from './assessment'
export { GROUP_ORDER, partyGroup, payersOf, propertyLabel, type PartyGroup, type Payer } from './parties'
export { exactFigure, minorUnits, roundMoney, roundPercent, formatMoney, formatAmount, formatPercent } from './money'
