// The ceiling estimated (issue 20): the decay projection with its band, the app's
// reading beside the contract's assessment (headroom, declared final, good until),
// the stage clock, and their words.
export { CONCESSION_PLACES, fitDecay, remainingFactor, type Band, type DecayFit, type FitPoint } from './decay'
export { MIN_MOVES, sideProjection, type Concession, type Side, type SideProjection, type SideState } from './side'
export { DISAGREEMENT_SHARE, MAX_ROUNDS_AHEAD, caseProjection, type Backtest, type CaseProjection, type Disagreement, type Midpoints, type Outcome } from './caseProjection'
export { HEADROOM_SHARE, appReading, headroomOf, type AppReading, type AppSignal, type AppSignalCode, type Headroom, type PropertyHeadroom } from './headroom'
export { stageClock, type StageClock } from './stageClock'
export { appSignalText, backtestText, bandText, clockLines, daysLeftText, midpointLines, outcomeText, readingLines, sideLines } from './projectionWords'
export { projectionCsv, projectionSheet, type ProjectionSheet } from './projectionCsv'
