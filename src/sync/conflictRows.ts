// The rows a conflict shows for one of its versions: every field of the record, flattened to a
// path, with the fields that differ between the versions marked.
import type { SyncConflict } from './bridge'

export interface ConflictRow {
  field: string
  value: string
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

export function conflictRows(conflict: SyncConflict, index: number): ConflictRow[] {
  const flats = conflict.versions.map((version) => (version.record === null ? null : flatten(shownBody(version.record))))
  const mine = flats[index]
  if (!mine) return []
  return [...mine.entries()].map(([field, value]) => ({
    field,
    value,
    differs: flats.some((other, i) => i !== index && (other === null || other.get(field) !== value)),
  }))
}
