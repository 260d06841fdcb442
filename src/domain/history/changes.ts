// What changed between two versions of a case, field by field (docs/sync.md §6.1): the
// changes one save writes into the history, one entry each.
import { formatPath, type CaseFile } from '@/domain'
import { canonicalJson } from './canonical'
import { HISTORY_LISTS, type FieldChange, type HistoryList } from './historyTypes'

type Segment = string | number

/** The case's own fields, in the case format's order; `extra` holds the tracker block. */
const CASE_FIELDS = ['title', 'baseCurrency', 'settings', 'extra'] as const
/** The history itself, kept in an exported file's tracker block: never a change of its own. */
const HISTORY_PATH: readonly Segment[] = ['extra', 'tracker', 'history']

interface Found {
  segments: Segment[]
  before: string | null
  after: string | null
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value as the history writes it: a string as it is, anything else as its canonical JSON, absent as null. */
function valueText(value: unknown): string | null {
  if (value === undefined) return null
  return typeof value === 'string' ? value : canonicalJson(value)
}

function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i])
}

/** Every leaf that differs, objects by key and arrays by position; a value present on one side only is one change. */
function diff(before: unknown, after: unknown, segments: Segment[], out: Found[]): void {
  if (sameSegments(segments, HISTORY_PATH)) return
  if (before === undefined && after === undefined) return
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    for (const key of keys) diff(before[key], after[key], [...segments, key], out)
    return
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) diff(before[i], after[i], [...segments, i], out)
    return
  }
  const was = valueText(before)
  const now = valueText(after)
  if (was !== now) out.push({ segments, before: was, after: now })
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Paths in reading order: segment by segment, positions as numbers (components[2] before components[10]). */
function compareSegments(a: readonly Segment[], b: readonly Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    return compareText(x, y)
  }
  return a.length - b.length
}

function caseFieldRank(segments: readonly Segment[]): number {
  return CASE_FIELDS.indexOf(segments[0] as (typeof CASE_FIELDS)[number])
}

/** A record's key in its list: its id, or an exchange rate's currency. */
function keyOf(list: HistoryList, record: unknown): string {
  const found = isObject(record) ? record[list === 'fx' ? 'currency' : 'id'] : undefined
  return typeof found === 'string' ? found : ''
}

function byKey(list: HistoryList, file: CaseFile | null): Map<string, unknown> {
  const records = new Map<string, unknown>()
  for (const record of (file?.[list] ?? []) as readonly unknown[]) records.set(keyOf(list, record), record)
  return records
}

/**
 * The changes from `before` (null: a case that did not exist) to `after`, field by field: the
 * case's own fields first (title, base currency, settings, the tracker block but not the history
 * it may carry), then each list in the case format's order, records by id, fields by path. A
 * record added or removed is one change of the whole record (`field` ''), its JSON as value.
 * A record that only moved within its list is no change.
 */
export function changesBetween(before: CaseFile | null, after: CaseFile): FieldChange[] {
  const changes: FieldChange[] = []
  const caseFound: Found[] = []
  for (const field of CASE_FIELDS) diff(before?.[field], after[field], [field], caseFound)
  caseFound.sort((a, b) => caseFieldRank(a.segments) - caseFieldRank(b.segments) || compareSegments(a.segments, b.segments))
  for (const found of caseFound) changes.push({ record: null, field: formatPath(found.segments), before: found.before, after: found.after })

  for (const list of HISTORY_LISTS) {
    const was = byKey(list, before)
    const now = byKey(list, after)
    const ids = [...new Set([...was.keys(), ...now.keys()])].sort(compareText)
    for (const id of ids) {
      const record = { list, id }
      const old = was.get(id)
      const next = now.get(id)
      if (old === undefined || next === undefined) {
        changes.push({ record, field: '', before: valueText(old), after: valueText(next) })
        continue
      }
      const found: Found[] = []
      diff(old, next, [], found)
      found.sort((a, b) => compareSegments(a.segments, b.segments))
      for (const change of found) changes.push({ record, field: formatPath(change.segments), before: change.before, after: change.after })
    }
  }
  return changes
}
