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
} from './schema'

export interface CaseFileIssue {
  path: string
  message: string
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
  if (typeof text !== 'string') throw new CaseFileError([{ path: '', message: 'A case file must be text.' }])
  if (utf8Length(text) > MAX_FILE_BYTES)
    throw new CaseFileError([
      { path: '', message: 'The file is larger than 5 MiB, the most a case file may be. Check that it is a case file.' },
    ])
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let parsed: unknown
  try {
    parsed = JSON.parse(withoutBom)
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : ''
    throw new CaseFileError([
      {
        path: '',
        message: `The file is not readable JSON${detail}. It may be damaged, or not a case file.`,
      },
    ])
  }
  return parseCaseFile(parsed)
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes; skip the count when it cannot matter.
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length
  if (text.length > MAX_FILE_BYTES) return text.length
  return new TextEncoder().encode(text).length
}

/** Checks a parsed value and returns the normalized case, or throws CaseFileError with every problem. */
export function parseCaseFile(input: unknown): CaseFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new CaseFileError([
      { path: '', message: 'A case file must be one JSON object (in curly braces) at the top level.' },
    ])
  if (depthExceeds(input, MAX_DEPTH))
    throw new CaseFileError([
      { path: '', message: `The file is nested more than ${MAX_DEPTH} levels deep; a case file never is. It may be damaged.` },
    ])

  const record = input as Record<string, unknown>
  const versionIssue = checkVersion(record)
  if (versionIssue) throw new CaseFileError([versionIssue])

  const issues: CaseFileIssue[] = []
  const forbidden: string[] = []
  const clean = withoutForbiddenKeys(input, [], forbidden)
  for (const path of forbidden)
    issues.push({ path, message: 'This key is not allowed in a case file (it could tamper with the program).' })

  const result = caseFileSchema.safeParse(clean)
  if (!result.success) issues.push(...zodIssues(result.error.issues))
  issues.push(...crossCheck(clean))

  if (issues.length > 0) throw new CaseFileError(dedupe(issues))
  if (!result.success) throw new CaseFileError([{ path: '', message: 'The case file is not valid.' }])
  return result.data
}

function checkVersion(record: Record<string, unknown>): CaseFileIssue | null {
  const version = record.version
  if (record.format !== FORMAT) return null // reported with the rest
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION)
    return {
      path: 'version',
      message: `This case file is version ${version}, written by a newer version of the app; this app reads version ${CURRENT_VERSION}. Update the app to open it.`,
    }
  return null
}

/** Iterative, so a hostile file cannot overflow the stack; stops at the first level too deep. */
function depthExceeds(root: object, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number]
    if (typeof value !== 'object' || value === null) continue
    if (depth > limit) return true
    const children = Array.isArray(value) ? value : Object.values(value)
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return false
}

/** A plain copy without `__proto__`, `constructor` or `prototype` keys, recording where they stood. */
function withoutForbiddenKeys(value: unknown, path: PathPart[], found: string[]): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item, index) => withoutForbiddenKeys(item, [...path, index], found))
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      found.push(formatPath([...path, key]))
      continue
    }
    copy[key] = withoutForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], found)
  }
  return copy
}

function zodIssues(raw: readonly z.core.$ZodIssue[]): CaseFileIssue[] {
  const issues: CaseFileIssue[] = []
  for (const issue of raw) {
    const path = issue.path.filter((part): part is PathPart => typeof part !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: formatPath([...path, key]), message: unknownKeyMessage(path, key) })
    } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      const at = path[path.length - 1] === issue.discriminator ? path : [...path, String(issue.discriminator)]
      issues.push({ path: formatPath(at), message: issue.message })
    } else {
      issues.push({ path: formatPath(path), message: issue.message })
    }
  }
  return issues
}

function unknownKeyMessage(path: PathPart[], key: string): string {
  const inOffer = path.length === 2 && path[0] === 'offers'
  if (inOffer && (key === 'amount' || key === 'currency'))
    return `A seller offer has no "${key}" of its own: its parts (components) carry amounts and currencies.`
  if (inOffer && key === 'components') return 'A buyer demand has an amount and a currency, not parts (components).'
  return `Unknown field "${key}". Check its spelling; extra information belongs in an "extra" record.`
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
  const add = (parts: PathPart[], message: string) => issues.push({ path: formatPath(parts), message })

  // Unique ids within each list.
  const ids: Record<string, Map<string, Record<string, unknown>>> = {}
  for (const list of Object.keys(LIST_NAMES)) {
    const seen = new Map<string, Record<string, unknown>>()
    for (const [record, index] of records(root, list)) {
      const id = str(record.id)
      if (id === undefined) continue
      if (seen.has(id)) add([list, index, 'id'], `Another ${LIST_NAMES[list]} already has the id "${id}"; each id must be unique in its list.`)
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
    if (currency === base) add(['fx', index, 'currency'], `${currency} is the base currency; it needs no exchange rate.`)
    else if (rated.has(currency)) add(['fx', index, 'currency'], `There is already an exchange rate for ${currency}; give each currency one rate.`)
    rated.add(currency)
  }
  const checkCurrency = (record: Record<string, unknown>, parts: PathPart[]) => {
    const currency = str(record.currency)
    if (currency === undefined || currency === base || rated.has(currency) || !/^[A-Z]{3}$/.test(currency)) return
    add([...parts, 'currency'], `There is no exchange rate for ${currency}. Add one under exchange rates (how many ${currency} one ${base ?? 'base unit'} buys).`)
  }
  const checkRef = (
    record: Record<string, unknown>,
    key: string,
    parts: PathPart[],
    targets: Map<string, unknown>,
    what: string,
  ) => {
    const ref = str(record[key])
    if (ref !== undefined && !targets.has(ref)) add([...parts, key], `There is no ${what} with the id "${ref}".`)
  }

  for (const [party, index] of records(root, 'parties')) {
    const role = str(party.role)
    if (role === 'family' && party.relation === undefined)
      add(['parties', index, 'relation'], 'A family member needs a relation to the seller (e.g. parent, sibling, cousin).')
    if (role !== undefined && role !== 'family' && party.relation !== undefined)
      add(['parties', index, 'relation'], `Only family members have a relation; this party's role is "${role}".`)
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
      add([...parts, 'respondsTo'], 'An offer cannot answer itself; name the offer or demand it answers.')
    if (offer.from === 'buyer') checkCurrency(offer, parts)
    for (const [component, c] of records(offer, 'components')) {
      const at = [...parts, 'components', c]
      checkCurrency(component, at)
      checkRef(component, 'partyId', at, parties, 'party')
      const kind = str(component.kind)
      const needsProperty = kind !== undefined && (PROPERTY_KINDS as readonly string[]).includes(kind)
      if (needsProperty && component.propertyId === undefined)
        add([...at, 'propertyId'], `A ${kind} must name the property it is secured on or sold from.`)
      else if (!needsProperty && kind !== undefined && component.propertyId !== undefined)
        add([...at, 'propertyId'], 'Only a mortgage or a property sale names a property.')
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
