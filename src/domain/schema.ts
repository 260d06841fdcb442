// The shape of a case file (version 1), as zod schemas. Rules that span
// records (references, unique ids, rates, role-dependent fields) live in
// crossChecks.ts; this file checks each value on its own.
import * as z from 'zod'
import { problem, problemText, type Problem } from './problems'

export const FORMAT = 'restitution-case'
export const CURRENT_VERSION = 1
export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_DEPTH = 32

export const ROLES = ['seller', 'family', 'associate'] as const
export const IMMEDIATE_RELATIONS = ['spouse', 'parent', 'child', 'sibling'] as const
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

/** A text that is blank when it must not be, or longer than allowed (in characters, not UTF-16 units). */
export function textProblem(value: string, maxLength: number, notBlank: boolean): Problem | null {
  if (notBlank && value.trim() === '') return problem('value.blank')
  if (value.length > maxLength && [...value].length > maxLength) return problem('value.tooLong', { max: maxLength })
  return null
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

/** Zod carries our problem in a custom issue's params; parse.ts reads it back. */
function checkedString(check: (value: string) => Problem | null) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const found = check(value)
      if (found) ctx.addIssue({ code: 'custom', message: problemText(found), input: value, params: { problem: found } })
    }),
  )
}

const amount = checkedString((v) => amountProblem(v, false))
const positiveAmount = checkedString((v) => amountProblem(v, true))
const date = checkedString(dateProblem)
const id = checkedString(idProblem)
const currency = checkedString(currencyProblem)

function text(maxLength: number, options: { notBlank?: boolean } = {}) {
  return checkedString((value) => textProblem(value, maxLength, options.notBlank ?? false))
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values)
}

function ratioSetting(allowZero: boolean) {
  return checkedString((value) => {
    const found = amountProblem(value, false)
    if (found) return found
    const [whole = '0', fraction = ''] = value.split('.')
    const isZero = /^0+$/.test(whole) && /^0*$/.test(fraction)
    const overOne = /^0*1$/.test(whole) ? /[1-9]/.test(fraction) : !/^0+$/.test(whole)
    if (overOne) return problem('setting.overOne')
    if (isZero && !allowZero) return problem('setting.zero')
    return null
  })
}

const extra = z
  .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    params: { extra: true },
  })
  .optional()

function list<T extends z.ZodType>(item: T) {
  return z.array(item).default(() => [])
}

export const settingsSchema = z.strictObject(
  {
    quickSaleFactor: ratioSetting(false).default(DEFAULT_SETTINGS.quickSaleFactor),
    concessionShrinkFactor: ratioSetting(true).default(DEFAULT_SETTINGS.concessionShrinkFactor),
    thirdPartyMajority: ratioSetting(false).default(DEFAULT_SETTINGS.thirdPartyMajority),
  },
)

export const fxRateSchema = z.strictObject(
  {
    currency,
    perBase: positiveAmount,
    asOf: date.optional(),
    source: text(2000).optional(),
    extra,
  },
)

export const partySchema = z.strictObject(
  {
    id,
    name: text(200, { notBlank: true }),
    role: oneOf(ROLES),
    relation: oneOf(RELATIONS).optional(),
    note: text(2000).optional(),
    extra,
  },
)

export const lossSchema = z.strictObject(
  {
    id,
    date,
    description: text(2000, { notBlank: true }),
    category: oneOf(LOSS_CATEGORIES),
    amount: positiveAmount,
    currency,
    evidence: text(2000).optional(),
    extra,
  },
)

export const propertySchema = z.strictObject(
  {
    id,
    ownerId: id,
    description: text(2000, { notBlank: true }),
    location: text(2000).optional(),
    marketValue: amount,
    encumbrances: amount.default('0'),
    currency,
    valuedOn: date.optional(),
    valuationSource: text(2000).optional(),
    extra,
  },
)

export const componentSchema = z.strictObject(
  {
    partyId: id,
    kind: oneOf(COMPONENT_KINDS),
    amount: positiveAmount,
    currency,
    propertyId: id.optional(),
    dueDate: date.optional(),
    note: text(2000).optional(),
    extra,
  },
)

const offerCommon = {
  id,
  date,
  status: oneOf(OFFER_STATUSES),
  type: oneOf(OFFER_TYPES).default('counter'),
  final: z.boolean().optional(),
  goodUntil: date.optional(),
  respondsTo: id.optional(),
  note: text(2000).optional(),
  extra,
}

export const sellerOfferSchema = z.strictObject(
  {
    ...offerCommon,
    from: z.literal('seller'),
    components: z.array(componentSchema).min(1),
  },
)

export const buyerDemandSchema = z.strictObject(
  {
    ...offerCommon,
    from: z.literal('buyer'),
    amount: positiveAmount,
    currency,
  },
)

export const offerSchema = z.discriminatedUnion('from', [sellerOfferSchema, buyerDemandSchema])

export const paymentSchema = z.strictObject(
  {
    id,
    date,
    amount: positiveAmount,
    currency,
    partyId: id.optional(),
    offerId: id.optional(),
    note: text(2000).optional(),
    extra,
  },
)

export const costSchema = z.strictObject(
  {
    id,
    date,
    description: text(2000, { notBlank: true }),
    amount: positiveAmount,
    currency,
    extra,
  },
)

export const caseFileSchema = z.strictObject(
  {
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    id,
    title: text(2000, { notBlank: true }),
    baseCurrency: currency,
    settings: settingsSchema.prefault({}),
    fx: list(fxRateSchema),
    parties: list(partySchema),
    losses: list(lossSchema),
    properties: list(propertySchema),
    offers: list(offerSchema),
    payments: list(paymentSchema),
    costs: list(costSchema),
    extra,
  },
)

export type CaseFile = z.output<typeof caseFileSchema>
export type Settings = CaseFile['settings']
export type FxRate = CaseFile['fx'][number]
export type Party = CaseFile['parties'][number]
export type Loss = CaseFile['losses'][number]
export type Property = CaseFile['properties'][number]
export type Offer = CaseFile['offers'][number]
export type SellerOffer = z.output<typeof sellerOfferSchema>
export type BuyerDemand = z.output<typeof buyerDemandSchema>
export type OfferComponent = SellerOffer['components'][number]
export type Payment = CaseFile['payments'][number]
export type Cost = CaseFile['costs'][number]

export function isImmediate(relation: Relation | undefined): boolean {
  return relation !== undefined && (IMMEDIATE_RELATIONS as readonly string[]).includes(relation)
}

export function isExtended(relation: Relation | undefined): boolean {
  return relation !== undefined && (EXTENDED_RELATIONS as readonly string[]).includes(relation)
}
