// The rows a conflict shows for one of its versions: every field of the record, flattened to a
// path, with the fields that differ between the versions marked. Fields and values are worded as
// the history words them (chronology.ts): "part 1 amount", "USD 8,000.00", not `components[0].amount`.
import { isolate, type CaseFile, type Words } from '@/domain'
import { fieldText, recordText, valueText } from '@/domain/history/chronology'
import type { FieldChange, HistoryList } from '@/domain/history/historyTypes'
import type { SyncConflict } from './bridge'
import { sameSide } from './sides'

export interface ConflictRow {
  /** The field's path in the record (or the case's own details): what tests and the markup key on. */
  field: string
  /** The field as a reader names it. */
  label: string
  /** The value as stored. */
  value: string
  /** The value as a reader reads it (money with its currency, dates, the format's words). */
  shown: string
  differs: boolean
}

const BOOKKEEPING = new Set(['caseId', 'list', 'recordId', 'order', 'answered'])

export function flatten(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (value === null || typeof value !== 'object') {
    into.set(path || '(value)', value === undefined ? '' : String(value))
    return into
  }
  const entries = Array.isArray(value) ? value.map((item, i) => [`[${i}]`, item] as const) : Object.entries(value as Record<string, unknown>)
  for (const [key, item] of entries) {
    if (!path && BOOKKEEPING.has(String(key))) continue
    const next = Array.isArray(value) ? `${path}${key}` : path ? `${path}.${key}` : String(key)
    flatten(item, next, into)
  }
  return into
}

/** A record version's body is `{ record, … }` for a record; for the case, its head without the file's format, version and id (never edited). */
function shownBody(body: unknown): unknown {
  if (body && typeof body === 'object' && 'record' in body) return (body as { record: unknown }).record
  if (body && typeof body === 'object' && 'format' in body) {
    const { format: _format, version: _version, id: _id, ...rest } = body as Record<string, unknown>
    return rest
  }
  return body
}

/** The record of a conflict's version, or null for a deletion or the case's own details. */
function recordOfVersion(conflict: SyncConflict, index: number): Record<string, unknown> | null {
  if (conflict.list === null) return null
  const shown = shownBody(conflict.versions[index]?.record ?? null)
  return typeof shown === 'object' && shown !== null && !Array.isArray(shown) ? (shown as Record<string, unknown>) : null
}

/**
 * The case with this version of the record in its place in its list, so the history's words find
 * the record's currency, whether an offer is a demand, its number on its side, and (from the case,
 * when given) the names of parties.
 */
function contextOf(conflict: SyncConflict, record: Record<string, unknown> | null, file?: CaseFile | null): CaseFile | null {
  if (!conflict.list || !record) return file ?? null
  const list = ((file as unknown as Record<string, unknown[]> | null | undefined)?.[conflict.list] ?? []) as Record<string, unknown>[]
  const key = conflict.list === 'fx' ? 'currency' : 'id'
  const at = list.findIndex((found) => found[key] === record[key])
  const records = at === -1 ? [...list, record] : list.map((found, i) => (i === at ? record : found))
  return { ...(file ?? { parties: [] }), [conflict.list]: records } as unknown as CaseFile
}

/** What the conflict is about, as a reader names it: "offer o3", "demand d1", "rate USD"; null for the case's own details. */
export function conflictSubject(conflict: SyncConflict, words: Words, file?: CaseFile | null): string | null {
  if (conflict.list === null || conflict.recordId === null) return null
  const record = conflict.versions.map((_, i) => recordOfVersion(conflict, i)).find((found) => found !== null) ?? null
  // Without the case (the sync page lists every case's questions) an offer has no number: it is named by its id and date.
  if (!file) return recordText({ record: { list: conflict.list as HistoryList, id: conflict.recordId }, field: '', before: null, after: record ? JSON.stringify(record) : null }, words, null)
  const change: FieldChange = { record: { list: conflict.list as HistoryList, id: conflict.recordId }, field: '', before: null, after: null }
  return recordText(change, words, contextOf(conflict, record, file))
}

/** `file`, the case as it stands here, names the parties a record names. */
export function conflictRows(conflict: SyncConflict, index: number, words: Words, file?: CaseFile | null): ConflictRow[] {
  const flats = conflict.versions.map((version) => (version.record === null ? null : flatten(shownBody(version.record))))
  const mine = flats[index]
  if (!mine) return []
  const context = contextOf(conflict, recordOfVersion(conflict, index), file)
  const ref = conflict.list !== null && conflict.recordId !== null ? { list: conflict.list as HistoryList, id: conflict.recordId } : null
  return [...mine.entries()].map(([field, value]) => {
    const worded = valueText({ record: ref, field, before: null, after: value }, 'after', words, context)
    // Plain text stands as typed: the quotes the chronology puts around it are for a sentence, not a table.
    const shown = worded === words.text('history.chronology.quoted', { value: isolate(value) }) ? value : worded
    return { field, label: fieldText(field, words), value, shown, differs: flats.some((other, i) => i !== index && (other === null || other.get(field) !== value)) }
  })
}


/**
 * For a case conflict whose versions have different base currencies (`withRates`): the rates each
 * version comes with, one row per rate in question ("rate USD: 1 EUR = 1.11111111 USD"; "—" where
 * that side has no such rate), marked where the sides differ.
 */
export function rateRows(conflict: SyncConflict, index: number, all: readonly SyncConflict[], words: Words): ConflictRow[] {
  const version = conflict.versions[index]
  if (!conflict.withRates || !version) return []
  const followers = all.filter((other) => other.caseId === conflict.caseId && other.followsBase)
  const written = (version.record as { baseCurrency?: unknown } | null)?.baseCurrency
  const base = typeof written === 'string' ? written : null
  const rateOf = (follower: SyncConflict, side: SyncConflict['versions'][number]) => {
    const record = shownBody(sameSide(follower, side)?.record ?? null) as { perBase?: unknown } | null
    return record && typeof record.perBase === 'string' ? record.perBase : '—'
  }
  return followers.map((follower) => {
    const value = rateOf(follower, version)
    const change: FieldChange = { record: { list: 'fx', id: follower.recordId ?? '' }, field: '', before: null, after: null }
    return {
      field: follower.key,
      label: recordText(change, words),
      value,
      // "1 EUR = 1.11111111 USD": a rate read against the base it was written for.
      shown: value === '—' || !base ? value : `1 ${base} = ${value} ${follower.recordId ?? ''}`,
      differs: conflict.versions.some((other, i) => i !== index && rateOf(follower, other) !== value),
    }
  })
}
