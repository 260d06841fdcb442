// Canonical JSON: keys sorted by UTF-16 code units (as RFC 8785 sorts them), no whitespace,
// properties whose value is undefined left out, as JSON.stringify leaves them out. The same
// entry gives the same text, hence the same hash, on every device.
import type { UnsignedEntry } from './historyTypes'

/** The canonical JSON of any JSON value. Throws on what JSON cannot carry (a non-finite number, a function). */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Canonical JSON has no place for a non-finite number')
      return JSON.stringify(value)
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
      const object = value as Record<string, unknown>
      const keys = Object.keys(object)
        .filter((key) => object[key] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`
    }
    default:
      throw new TypeError(`Canonical JSON has no place for a ${typeof value}`)
  }
}

/** The text an entry's hash covers: its canonical JSON without `sig` (and without anything not part of an entry). */
export function canonicalEntry(entry: UnsignedEntry): string {
  const { caseId, parents, at, author, device, record, field, before, after } = entry
  return canonicalJson({ caseId, parents, at, author, device, record: record ? { list: record.list, id: record.id } : null, field, before, after })
}

/** The text a device record's or a revocation's signature covers: its canonical JSON without `sig`. */
export function canonicalSigned(signed: object): string {
  const { sig: _sig, ...rest } = signed as Record<string, unknown>
  return canonicalJson(rest)
}
