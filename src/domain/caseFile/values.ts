// The values of a case file (case-format.md, "Values"): the limits and lists of
// the format, and why a single value is not acceptable.
import { invisibleTextProblem } from './invisibleText'
import { problem, type Problem } from './problemCodes'

export const FORMAT = 'restitution-case'
export const CURRENT_VERSION = 1
export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_DEPTH = 32
/** Most characters in a text field (title, description, note…); a name has fewer. */
export const MAX_TEXT_LENGTH = 2000
export const MAX_NAME_LENGTH = 200
/** The base currency a new case starts with. */
export const DEFAULT_BASE_CURRENCY = 'USD'

export const ROLES = ['seller', 'family', 'associate'] as const
// Immediate family: who exactly (added 2026-12-06), then the older values that do not say which
// (still valid, for files written before; documents print "father or mother" for them).
export const IMMEDIATE_RELATIONS = ['spouse', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'parent', 'child', 'sibling'] as const
/** The older immediate relations that do not say which person: kept valid, no longer offered first. */
export const UNSPECIFIC_RELATIONS: readonly Relation[] = ['parent', 'child', 'sibling']
export const EXTENDED_RELATIONS = [
  'grandparent',
  'grandchild',
  'aunt-uncle',
  'niece-nephew',
  'cousin',
  'in-law',
  'other-relative',
] as const
export const RELATIONS = [...IMMEDIATE_RELATIONS, ...EXTENDED_RELATIONS] as const
export const LOSS_CATEGORIES = ['payment', 'shipping', 'inspection', 'bank-fee', 'other'] as const
export const OFFER_STATUSES = ['open', 'accepted', 'rejected', 'countered', 'withdrawn'] as const
export const OFFER_TYPES = ['initial', 'counter', 'revised', 'final'] as const
export const COMPONENT_KINDS = ['cash', 'installments', 'mortgage', 'property-sale', 'other'] as const
export const PROPERTY_KINDS: readonly ComponentKind[] = ['mortgage', 'property-sale']

export type Role = (typeof ROLES)[number]
export type Relation = (typeof RELATIONS)[number]
export type LossCategory = (typeof LOSS_CATEGORIES)[number]
export type OfferStatus = (typeof OFFER_STATUSES)[number]
export type OfferType = (typeof OFFER_TYPES)[number]
export type ComponentKind = (typeof COMPONENT_KINDS)[number]

export const DEFAULT_SETTINGS = {
  quickSaleFactor: '0.8',
  concessionShrinkFactor: '0.25',
  thirdPartyMajority: '0.5',
} as const

const AMOUNT_PATTERN = /^\d{1,15}(\.\d{1,8})?$/
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const CURRENCY_PATTERN = /^[A-Z]{3}$/

/** Why an amount string is not acceptable, or null when it is. */
export function amountProblem(value: string, mustBePositive: boolean): Problem | null {
  if (value.trim() === '') return problem('amount.empty')
  if (!AMOUNT_PATTERN.test(value)) {
    if (/^-/.test(value)) return problem('amount.negative')
    if (/[eE]/.test(value)) return problem('amount.exponent')
    if (/[,\s']/.test(value)) return problem('amount.separators')
    if (/^\d*\.\d*$/.test(value) && (value.startsWith('.') || value.endsWith('.'))) return problem('amount.point')
    const [whole = '', fraction = ''] = value.split('.')
    if (/^\d+$/.test(whole) && whole.length > 15) return problem('amount.tooManyDigits')
    if (/^\d+$/.test(fraction) && fraction.length > 8) return problem('amount.tooManyDecimals')
    return problem('amount.format')
  }
  if (mustBePositive && /^[0.]+$/.test(value)) return problem('amount.zero')
  return null
}

/** Why a date string is not a real calendar date, or null when it is. */
export function dateProblem(value: string): Problem | null {
  const match = DATE_PATTERN.exec(value)
  if (!match) return problem('date.format')
  const year = Number.parseInt(match[1] ?? '', 10)
  const month = Number.parseInt(match[2] ?? '', 10)
  const day = Number.parseInt(match[3] ?? '', 10)
  if (month < 1 || month > 12) return problem('date.month', { month: match[2] ?? '' })
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (year < 1 || day < 1 || day > daysInMonth) return problem('date.notReal', { date: value })
  return null
}

export function idProblem(value: string): Problem | null {
  return ID_PATTERN.test(value) ? null : problem('id.format')
}

export function currencyProblem(value: string): Problem | null {
  return CURRENCY_PATTERN.test(value) ? null : problem('currency.format')
}

/** A text that is blank when it must not be, longer than allowed (in characters, not UTF-16 units), or holding an invisible control (invisibleText.ts). */
export function textProblem(value: string, maxLength: number, notBlank: boolean): Problem | null {
  if (notBlank && value.trim() === '') return problem('value.blank')
  if (value.length > maxLength && [...value].length > maxLength) return problem('value.tooLong', { max: maxLength })
  return invisibleTextProblem(value)
}

/** A value of the wrong JSON type, in words a non-programmer understands. */
export function typeProblem(expected: string, input: unknown): Problem {
  if (input === undefined) return problem('value.required')
  if (input === null) return problem('value.null')
  if (expected === 'string' && typeof input === 'number') return problem('value.quoteNumber')
  if (expected === 'array') return problem('value.list')
  if (expected === 'object') return problem('value.record')
  if (expected === 'boolean') return problem('value.boolean')
  return problem('value.text')
}

export function isImmediate(relation: Relation | undefined): boolean {
  return relation !== undefined && (IMMEDIATE_RELATIONS as readonly string[]).includes(relation)
}

export function isExtended(relation: Relation | undefined): boolean {
  return relation !== undefined && (EXTENDED_RELATIONS as readonly string[]).includes(relation)
}
