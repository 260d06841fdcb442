// Reading a case file: the whole case, or every problem with its JSON path.
import type * as z from 'zod'
import {
  CURRENT_VERSION,
  FORMAT,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  caseFileSchema,
  type CaseFile,
  typeProblem,
} from './schema'
import { problem, type Problem } from './problems'
import { CaseFileError, formatPath, issueAt, type CaseFileIssue, type PathPart } from './issues'
import { crossCheck } from './crossChecks'
import { trackerCrossCheck } from './tracker/crossChecks'
import { TRACKER_KEY, trackerCaseSchema, trackerComponentSchema, trackerOfferSchema, trackerPartySchema } from './tracker/schema'
import { markValid } from './validated'

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Reads the text of a case file: its size, its JSON syntax, then its content. */
export function parseCaseFileText(text: string): CaseFile {
  if (typeof text !== 'string') throw new CaseFileError([issueAt('', problem('file.notText'))])
  if (utf8Bytes(text, MAX_FILE_BYTES) > MAX_FILE_BYTES)
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

/**
 * UTF-8 bytes of `text`; with a `limit`, counted only as far as telling whether it passes that:
 * every UTF-16 unit is 1 to 3 bytes, so a text short enough (or long enough) needs no count.
 */
export function utf8Bytes(text: string, limit = Infinity): number {
  if (Number.isFinite(limit) && (text.length * 3 <= limit || text.length > limit)) return text.length
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
  issues.push(...trackerIssues(clean))

  if (issues.length > 0) throw new CaseFileError(dedupe(issues))
  if (!result.success) throw new CaseFileError([issueAt('', problem('file.invalid'))])
  return markValid(result.data)
}

export function checkVersion(record: Record<string, unknown>): CaseFileIssue | null {
  // Only a file of our format can come from a newer app; any other file is told it is not a case file.
  if (record.format !== FORMAT) return null
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
export function scan(value: object, depth: number, path: PathPart[], found: string[]): boolean {
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

/** Our issues for zod's, at their paths (below `prefix`, for a block checked on its own). */
export function zodIssues(raw: readonly z.core.$ZodIssue[], prefix: readonly PathPart[] = []): CaseFileIssue[] {
  const issues: CaseFileIssue[] = []
  for (const issue of raw) {
    const path = [...prefix, ...issue.path.filter((part): part is PathPart => typeof part !== 'symbol')]
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
      if (last === 'payers') return problem('payment.fewPayers')
      if (last === 'parts') return problem('offer.noParts')
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
  if (inOffer && key === 'parts') return problem('offer.sellerHasAmount', { key })
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

/**
 * The app's own blocks (`extra.tracker` of the case, an offer, a part) checked like the rest of
 * the file: `extra` is otherwise kept as it is, but these hold data the app computes with.
 */
function trackerIssues(input: unknown): CaseFileIssue[] {
  const root = asRecord(input)
  if (!root) return []
  const issues = trackerBlockIssues(trackerCaseSchema, root, [])
  const offers = Array.isArray(root.offers) ? root.offers : []
  offers.forEach((offer: unknown, index) => issues.push(...offerTrackerIssues(offer, index)))
  const parties = Array.isArray(root.parties) ? root.parties : []
  parties.forEach((party: unknown, index) => issues.push(...trackerBlockIssues(trackerPartySchema, party, ['parties', index])))
  issues.push(...trackerCrossCheck(root))
  return issues
}

const asRecord = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null)

/** The problems of the tracker block in `holder`'s `extra`, if it has one. */
export function trackerBlockIssues(schema: z.ZodType, holder: unknown, path: PathPart[]): CaseFileIssue[] {
  const block = asRecord(asRecord(holder)?.extra)?.[TRACKER_KEY]
  if (block === undefined) return []
  const result = schema.safeParse(block, { reportInput: true })
  return result.success ? [] : zodIssues(result.error.issues, [...path, 'extra', TRACKER_KEY])
}

/** The problems of the tracker blocks of an offer and of its parts. */
export function offerTrackerIssues(offer: unknown, index: number): CaseFileIssue[] {
  const issues = trackerBlockIssues(trackerOfferSchema, offer, ['offers', index])
  const components = asRecord(offer)?.components
  if (Array.isArray(components)) components.forEach((part: unknown, c) => issues.push(...trackerBlockIssues(trackerComponentSchema, part, ['offers', index, 'components', c])))
  return issues
}
