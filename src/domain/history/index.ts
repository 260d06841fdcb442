// The signed history's plain data (docs/sync.md §6): entries, devices, the changes of a save,
// canonical JSON and the printed chronology. No crypto here: src/sync/history signs and checks.
export * from './historyTypes'
export { canonicalEntry, canonicalJson, canonicalSigned } from './canonical'
export { changesBetween } from './changes'
export { changedText, chronology, chronologyLine, deviceText, fieldText, historyTime, pathSegments, recordText, valueText, type ChronologyOptions } from './chronology'
export { HISTORY_TEXTS, type HistoryTexts } from './historyWords'
export { filterHistory, historyChoices, historyDay, recordKeyOf, type HistoryFilter } from './filter'
export { inHistoryOrder } from './entryOrder'
