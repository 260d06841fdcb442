// Checking an edit by what it touches. The case before an edit is valid (the
// workspace never holds anything else), so the next case needs only the changed
// record checked on its own (its shape, its tracker blocks) and the rules across
// records checked again (crossChecks.ts, tracker/trackerCrossChecks.ts: cheap, and they
// see every reference to and from the changed record, whoever adds a rule). The
// result is the very case parseCaseFile would return for the whole next case
// (a property test holds them equal); whenever anything is wrong, the whole next
// case goes through parseCaseFile, so a refusal lists exactly the same problems.
import type * as z from 'zod'
import type { CaseFileIssue } from './issues'
import type { ListName, RecordOf } from './lists'
import { caseFileSchema, costSchema, fxRateSchema, lossSchema, offerSchema, partySchema, paymentSchema, propertySchema, type CaseFile } from './schema'
import { FORBIDDEN_KEYS, checkVersion, offerTrackerIssues, parseCaseFile, scan, trackerBlockIssues } from './parse'
import { crossCheck, recordRules, type CrossContext } from './crossChecks'
import { recordKey } from './lists'
import { trackerCrossCheck } from '../tracker/trackerCrossChecks'
import { trackerCaseSchema, trackerPartySchema } from '../tracker/trackerSchema'
import { markValid } from './validated'

const ITEM_SCHEMAS: Record<ListName, z.ZodType> = {
  fx: fxRateSchema,
  parties: partySchema,
  losses: lossSchema,
  properties: propertySchema,
  offers: offerSchema,
  payments: paymentSchema,
  costs: costSchema,
}
const LISTS = Object.keys(ITEM_SCHEMAS) as ListName[]
const shellSchema = caseFileSchema.omit({ fx: true, parties: true, losses: true, properties: true, offers: true, payments: true, costs: true })

/** A change to one record of a list: the record added at the end, the one at `index` replaced, or removed. */
export type RecordChange<K extends ListName = ListName> =
  | { kind: 'add'; list: K; record: RecordOf<K> }
  | { kind: 'replace'; list: K; index: number; record: RecordOf<K> }
  | { kind: 'remove'; list: K; index: number }

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function acrossRecords(next: CaseFile): CaseFileIssue[] {
  return [...crossCheck(next), ...trackerCrossCheck(next as unknown as Record<string, unknown>)]
}

// The ids of a list, kept by the list's identity: a list an edit did not touch is the same array.
const idsKept = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>()
function idsOf(list: readonly { id?: unknown }[]): ReadonlyMap<string, unknown> {
  let ids = idsKept.get(list)
  if (!ids) idsKept.set(list, (ids = new Map(list.map((record) => [String(record.id), record]))))
  return ids
}
const ratedKept = new WeakMap<readonly unknown[], ReadonlySet<string>>()
function ratedOf(fx: CaseFile['fx']): ReadonlySet<string> {
  let rated = ratedKept.get(fx)
  if (!rated) ratedKept.set(fx, (rated = new Set(fx.map((rate) => rate.currency))))
  return rated
}

/**
 * Whether the rules across records find anything wrong once `change` made `next`. A record
 * added, or changed under the same key, can only break its own rules (its references, its
 * currencies, its role-dependent fields) and its key's uniqueness; a removal, a changed key or a
 * changed rate can break other records' references, so the whole case is checked then. The app's
 * own rules across records (tracker blocks) are always checked on the whole case.
 */
function breaksRules(current: CaseFile, next: CaseFile, change: RecordChange, index: number, record: unknown): boolean {
  const tracker = trackerCrossCheck(next as unknown as Record<string, unknown>)
  if (tracker.length > 0) return true
  const before = change.kind === 'replace' ? current[change.list][index] : undefined
  const sameKey = change.kind === 'add' || (before !== undefined && recordKey(change.list, before) === recordKey(change.list, record as never))
  if (change.kind === 'remove' || change.list === 'fx' || !sameKey) return crossCheck(next).length > 0
  if (change.kind === 'add' && idsOf(current[change.list] as readonly { id?: unknown }[]).has(recordKey(change.list, record as never))) return true
  const context: CrossContext = { base: next.baseCurrency, rated: ratedOf(next.fx), parties: idsOf(next.parties), properties: idsOf(next.properties), offers: idsOf(next.offers) }
  let broken = false
  recordRules(change.list, record as Record<string, unknown>, index, context, () => (broken = true))
  return broken
}

/** The record on its own, as the whole-case check sees it at `list[index]`: the normalized record, or null when anything is wrong. */
function checkedRecord(list: ListName, index: number, record: unknown): unknown {
  if (!isPlainRecord(record)) return null
  const forbidden: string[] = []
  // The whole-case scan reaches a record at depth 3: the case, the list, the record.
  if (!scan(record, 3, [list, index], forbidden) || forbidden.length > 0) return null
  const result = ITEM_SCHEMAS[list].safeParse(record, { reportInput: true })
  if (!result.success) return null
  if (list === 'offers' && offerTrackerIssues(record, index).length > 0) return null
  if (list === 'parties' && trackerBlockIssues(trackerPartySchema, record, [list, index]).length > 0) return null
  return result.data
}

/**
 * The case after `change`, checked as parseCaseFile checks a whole case; throws CaseFileError
 * with every problem of the whole next case when it is not valid. `current` must be valid.
 */
export function applyRecordChange<K extends ListName>(current: CaseFile, change: RecordChange<K>): CaseFile {
  const items = current[change.list] as readonly unknown[]
  const index = change.kind === 'add' ? items.length : change.index
  const listWith = (record: unknown) =>
    change.kind === 'add' ? [...items, record] : change.kind === 'replace' ? items.map((item, i) => (i === index ? record : item)) : items.filter((_, i) => i !== index)
  const proposed = () => ({ ...current, [change.list]: listWith(change.kind === 'remove' ? undefined : change.record) })
  if (change.kind !== 'add' && (index < 0 || index >= items.length)) throw new RangeError(`No record at ${change.list}[${index}]`)
  let normalized: unknown
  if (change.kind !== 'remove') {
    normalized = checkedRecord(change.list, index, change.record)
    if (normalized === null) return parseCaseFile(proposed())
  }
  const next = { ...current, [change.list]: listWith(normalized) } as CaseFile
  if (breaksRules(current, next, change, index, normalized)) return parseCaseFile(proposed())
  return markValid(next)
}

/**
 * A change to the case as a whole (title, base currency, settings, its own tracker block),
 * checked as parseCaseFile checks a whole case; throws CaseFileError when it is not valid.
 * When the change leaves every list as it was (the same arrays), the lists are not checked again.
 */
export function applyCaseChange(current: CaseFile, proposed: unknown): CaseFile {
  if (!isPlainRecord(proposed) || LISTS.some((list) => proposed[list] !== current[list]) || Object.keys(proposed).some((key) => FORBIDDEN_KEYS.has(key)))
    return parseCaseFile(proposed)
  const shell: Record<string, unknown> = {}
  for (const key of Object.keys(proposed)) if (!(LISTS as string[]).includes(key)) shell[key] = proposed[key]
  const forbidden: string[] = []
  if (!scan(shell, 1, [], forbidden) || forbidden.length > 0 || checkVersion(shell)) return parseCaseFile(proposed)
  const result = shellSchema.safeParse(shell, { reportInput: true })
  if (!result.success || trackerBlockIssues(trackerCaseSchema, shell, []).length > 0) return parseCaseFile(proposed)
  // In the order parseCaseFile gives the keys: the schema's.
  const checked = result.data as Record<string, unknown>
  const next: Record<string, unknown> = {}
  for (const key of Object.keys(caseFileSchema.shape)) {
    if ((LISTS as string[]).includes(key)) next[key] = current[key as ListName]
    else if (key in checked) next[key] = checked[key]
  }
  if (acrossRecords(next as CaseFile).length > 0) return parseCaseFile(proposed)
  return markValid(next as CaseFile)
}
