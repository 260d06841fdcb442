// Reading a case file: the whole case, or every problem with its JSON path.
import type * as z from 'zod'
import {
  CURRENT_VERSION,
  FORMAT,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  PROPERTY_KINDS,
  caseFileSchema,
  type CaseFile,
  typeProblem,
} from './schema'
import { problem, problemText, type Problem, type ProblemCode, type ProblemParams } from './problems'

export interface CaseFileIssue {
  path: string
  /** In English; `code` and `params` let a screen word it in another language. */
  message: string
  code?: ProblemCode
  params?: ProblemParams
}

export function issueAt(path: string, found: Problem): CaseFileIssue {
  return { path, message: problemText(found), code: found.code, params: found.params }
}

export class CaseFileError extends Error {
  readonly issues: CaseFileIssue[]

  constructor(issues: CaseFileIssue[]) {
    const first = issues[0]
    super(
      issues.length === 1 && first
        ? `The case file is not valid: ${first.path ? `${first.path}: ` : ''}${first.message}`
        : `The case file is not valid: ${issues.length} problems found.`,
    )
    this.name = 'CaseFileError'
    this.issues = issues
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

type PathPart = string | number

/** `offers[2].components[0].amount` from its parts. */
export function formatPath(parts: readonly PathPart[]): string {
  let path = ''
  for (const part of parts) {
    if (typeof part === 'number') path += `[${part}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) path += path === '' ? part : `.${part}`
    else path += `[${JSON.stringify(part)}]`
  }
  return path
}

/** Reads the text of a case file: its size, its JSON syntax, then its content. */
export function parseCaseFileText(text: string): CaseFile {
  if (typeof text !== 'string') throw new CaseFileError([issueAt('', problem('file.notText'))])
  if (utf8Length(text) > MAX_FILE_BYTES)
    throw new CaseFileError([issueAt('', problem('file.tooLarge'))])
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let parsed: unknown
  try {
    parsed = JSON.parse(withoutBom)
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable'
    throw new CaseFileError([issueAt('', problem('file.notJson', { detail }))])
  }
  return parseCaseFile(parsed)
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes; skip the count when it cannot matter.
  if (text.length * 3 <= MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4 // a surrogate pair is one 4-byte character
      i++
    } else bytes += 3
  }
  return bytes
}

/** Checks a parsed value and returns the normalized case, or throws CaseFileError with every problem. */
export function parseCaseFile(input: unknown): CaseFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new CaseFileError([issueAt('', problem('file.notObject'))])
  const forbidden: string[] = []
  if (!scan(input, 1, [], forbidden)) throw new CaseFileError([issueAt('', problem('file.tooDeep', { max: MAX_DEPTH }))])

  const record = input as Record<string, unknown>
  const versionIssue = checkVersion(record)
  if (versionIssue) throw new CaseFileError([versionIssue])

  const issues: CaseFileIssue[] = []
  // The checks below run on a copy without forbidden keys; a file with none (all real ones) is not copied.
  const clean = forbidden.length > 0 ? withoutForbiddenKeys(input) : input
  for (const path of forbidden) issues.push(issueAt(path, problem('file.forbiddenKey')))

  const result = caseFileSchema.safeParse(clean, { reportInput: true })
  if (!result.success) issues.push(...zodIssues(result.error.issues))
  issues.push(...crossCheck(clean))

  if (issues.length > 0) throw new CaseFileError(dedupe(issues))
  if (!result.success) throw new CaseFileError([issueAt('', problem('file.invalid'))])
  return result.data
}

function checkVersion(record: Record<string, unknown>): CaseFileIssue | null {
  const version = record.version
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION)
    return issueAt('version', problem('file.newerVersion', { found: version, supported: CURRENT_VERSION }))
  return null
}

/**
 * One pass over the whole value: false when it nests deeper than MAX_DEPTH (it
 * stops there, so recursion stays shallow whatever the file), and the path of
 * every forbidden key in `found`. Paths are only written out for keys found.
 */
function scan(value: object, depth: number, path: PathPart[], found: string[]): boolean {
  if (depth > MAX_DEPTH) return false
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item !== 'object' || item === null) continue
      path.push(i)
      const ok = scan(item, depth + 1, path, found)
      path.pop()
      if (!ok) return false
    }
    return true
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      found.push(formatPath([...path, key]))
      continue // what stands under a forbidden key is dropped unread
    }
    const item = (value as Record<string, unknown>)[key]
    if (typeof item !== 'object' || item === null) continue
    path.push(key)
    const ok = scan(item, depth + 1, path, found)
    path.pop()
    if (!ok) return false
  }
  return true
}

/** A plain copy without `__proto__`, `constructor` or `prototype` keys (their paths were recorded by scan). */
function withoutForbiddenKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(withoutForbiddenKeys)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (!FORBIDDEN_KEYS.has(key)) copy[key] = withoutForbiddenKeys((value as Record<string, unknown>)[key])
  }
  return copy
}

function zodIssues(raw: readonly z.core.$ZodIssue[]): CaseFileIssue[] {
  const issues: CaseFileIssue[] = []
  for (const issue of raw) {
    const path = issue.path.filter((part): part is PathPart => typeof part !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push(issueAt(formatPath([...path, key]), unknownKeyProblem(path, key)))
    } else {
      const at = issue.code === 'invalid_union' && issue.discriminator && path[path.length - 1] !== issue.discriminator
        ? [...path, issue.discriminator]
        : path
      issues.push(issueAt(formatPath(at), problemOf(issue, path)))
    }
  }
  return issues
}

/** Our own problem for each kind of zod issue, so every message is ours and translatable. */
function problemOf(issue: z.core.$ZodIssue, path: PathPart[]): Problem {
  const last = path[path.length - 1]
  switch (issue.code) {
    case 'custom': {
      const carried = (issue.params as { problem?: Problem } | undefined)?.problem
      if (carried) return carried
      return issue.input === null ? problem('value.null') : problem('value.extra')
    }
    case 'invalid_type':
      // "Quote it, numbers lose cents" is about amounts; a number in a text field is just not text.
      if (issue.expected === 'string' && typeof issue.input === 'number' && !AMOUNT_KEYS.has(String(last)))
        return problem('value.text')
      return typeProblem(issue.expected, issue.input)
    case 'invalid_value':
      if (path.length === 1 && last === 'format') return problem('file.wrongFormat', { format: FORMAT })
      if (path.length === 1 && last === 'version') return problem('file.unsupportedVersion', { supported: CURRENT_VERSION })
      if (typeof issue.input !== 'string') return typeProblem('string', issue.input)
      return problem('value.choice', { values: issue.values.map(String).join(', ') })
    case 'invalid_union': {
      const input = issue.input
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return typeProblem('object', input)
      return problem('offer.from')
    }
    case 'too_small':
      return problem('offer.noComponents')
    default:
      return problem('file.invalid')
  }
}

const AMOUNT_KEYS = new Set(['amount', 'perBase', 'marketValue', 'encumbrances', 'quickSaleFactor', 'concessionShrinkFactor', 'thirdPartyMajority'])

function unknownKeyProblem(path: PathPart[], key: string): Problem {
  const inOffer = path.length === 2 && path[0] === 'offers'
  if (inOffer && (key === 'amount' || key === 'currency')) return problem('offer.sellerHasAmount', { key })
  if (inOffer && key === 'components') return problem('offer.demandHasComponents')
  return problem('file.unknownKey', { key })
}

function dedupe(issues: CaseFileIssue[]): CaseFileIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// ---------------------------------------------------------------------------
// Rules across records. They read the raw (forbidden-key-free) input
// defensively, so they report alongside shape problems rather than after them.

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function records(root: Record<string, unknown>, key: string): [Record<string, unknown>, number][] {
  const list = root[key]
  if (!Array.isArray(list)) return []
  const out: [Record<string, unknown>, number][] = []
  list.forEach((item, index) => {
    const record = asRecord(item)
    if (record) out.push([record, index])
  })
  return out
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

const LIST_NAMES: Record<string, string> = {
  parties: 'party',
  losses: 'loss',
  properties: 'property',
  offers: 'offer',
  payments: 'payment',
  costs: 'cost',
}

function crossCheck(input: unknown): CaseFileIssue[] {
  const root = asRecord(input)
  if (!root) return []
  const issues: CaseFileIssue[] = []
  const add = (parts: PathPart[], found: Problem) => issues.push(issueAt(formatPath(parts), found))

  // Unique ids within each list.
  const ids: Record<string, Map<string, Record<string, unknown>>> = {}
  for (const list of Object.keys(LIST_NAMES)) {
    const seen = new Map<string, Record<string, unknown>>()
    for (const [record, index] of records(root, list)) {
      const id = str(record.id)
      if (id === undefined) continue
      if (seen.has(id)) add([list, index, 'id'], problem('id.duplicate', { what: LIST_NAMES[list] ?? list, id }))
      else seen.set(id, record)
    }
    ids[list] = seen
  }
  const parties = ids.parties ?? new Map()
  const properties = ids.properties ?? new Map()
  const offers = ids.offers ?? new Map()

  // Exchange rates: one per foreign currency, never the base currency.
  const base = str(root.baseCurrency)
  const rated = new Set<string>()
  for (const [rate, index] of records(root, 'fx')) {
    const currency = str(rate.currency)
    if (currency === undefined) continue
    if (currency === base) add(['fx', index, 'currency'], problem('fx.isBase', { currency }))
    else if (rated.has(currency)) add(['fx', index, 'currency'], problem('fx.duplicate', { currency }))
    rated.add(currency)
  }
  const checkCurrency = (record: Record<string, unknown>, parts: PathPart[]) => {
    const currency = str(record.currency)
    if (currency === undefined || currency === base || rated.has(currency) || !/^[A-Z]{3}$/.test(currency)) return
    add([...parts, 'currency'], problem('fx.missing', { currency, base: base ?? '?' }))
  }
  const checkRef = (
    record: Record<string, unknown>,
    key: string,
    parts: PathPart[],
    targets: Map<string, unknown>,
    what: string,
  ) => {
    const ref = str(record[key])
    if (ref !== undefined && !targets.has(ref)) add([...parts, key], problem('ref.missing', { what, id: ref }))
  }

  for (const [party, index] of records(root, 'parties')) {
    const role = str(party.role)
    if (role === 'family' && party.relation === undefined)
      add(['parties', index, 'relation'], problem('party.needsRelation'))
    if (role !== undefined && role !== 'family' && party.relation !== undefined)
      add(['parties', index, 'relation'], problem('party.relationNotFamily', { role }))
  }
  for (const [loss, index] of records(root, 'losses')) checkCurrency(loss, ['losses', index])
  for (const [property, index] of records(root, 'properties')) {
    checkCurrency(property, ['properties', index])
    checkRef(property, 'ownerId', ['properties', index], parties, 'party')
  }
  for (const [offer, index] of records(root, 'offers')) {
    const parts: PathPart[] = ['offers', index]
    checkRef(offer, 'respondsTo', parts, offers, 'offer')
    if (offer.respondsTo !== undefined && offer.respondsTo === offer.id)
      add([...parts, 'respondsTo'], problem('offer.answersItself'))
    if (offer.from === 'buyer') checkCurrency(offer, parts)
    // A buyer demand's stray components are reported as such; their contents are not checked.
    for (const [component, c] of offer.from === 'seller' ? records(offer, 'components') : []) {
      const at = [...parts, 'components', c]
      checkCurrency(component, at)
      checkRef(component, 'partyId', at, parties, 'party')
      const kind = str(component.kind)
      const needsProperty = kind !== undefined && (PROPERTY_KINDS as readonly string[]).includes(kind)
      if (needsProperty && component.propertyId === undefined)
        add([...at, 'propertyId'], problem('component.needsProperty', { kind }))
      else if (!needsProperty && kind !== undefined && component.propertyId !== undefined)
        add([...at, 'propertyId'], problem('component.propertyNotAllowed'))
      else checkRef(component, 'propertyId', at, properties, 'property')
    }
  }
  for (const [payment, index] of records(root, 'payments')) {
    checkCurrency(payment, ['payments', index])
    checkRef(payment, 'partyId', ['payments', index], parties, 'party')
    checkRef(payment, 'offerId', ['payments', index], offers, 'offer')
  }
  for (const [cost, index] of records(root, 'costs')) checkCurrency(cost, ['costs', index])
  return issues
}
