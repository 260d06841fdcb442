// The shape of a case file (version 1), as zod schemas. Rules that span
// records (references, unique ids, rates, role-dependent fields) live in
// crossChecks.ts; this file checks each value on its own.
import * as z from 'zod'

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
export function amountProblem(value: string, mustBePositive: boolean): string | null {
  if (value.trim() === '') return 'Enter an amount.'
  if (!AMOUNT_PATTERN.test(value)) {
    if (/^-/.test(value)) return 'An amount cannot be negative.'
    if (/[eE]/.test(value)) return 'Write the amount in plain digits, without an exponent.'
    if (/[,\s']/.test(value)) return 'Write the amount without separators or spaces, e.g. 85000.50.'
    if (/^\d*\.\d*$/.test(value) && (value.startsWith('.') || value.endsWith('.')))
      return 'Put digits on both sides of the decimal point, e.g. 0.5 or 5.0.'
    const [whole = '', fraction = ''] = value.split('.')
    if (/^\d+$/.test(whole) && whole.length > 15) return 'An amount can have at most 15 digits before the decimal point.'
    if (/^\d+$/.test(fraction) && fraction.length > 8) return 'An amount can have at most 8 digits after the decimal point.'
    return 'Write the amount as plain digits with an optional decimal point, e.g. 85000 or 85000.50.'
  }
  if (mustBePositive && /^[0.]+$/.test(value)) return 'The amount must be greater than zero.'
  return null
}

/** Why a date string is not a real calendar date, or null when it is. */
export function dateProblem(value: string): string | null {
  const match = DATE_PATTERN.exec(value)
  if (!match) return 'Write the date as YYYY-MM-DD, e.g. 2024-05-03.'
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12) return `There is no month ${match[2]}; write the date as YYYY-MM-DD.`
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (year < 1 || day < 1 || day > daysInMonth) return `${value} is not a real calendar date.`
  return null
}

export function idProblem(value: string): string | null {
  return ID_PATTERN.test(value) ? null : 'An id is 1 to 64 letters, digits, "-" or "_".'
}

export function currencyProblem(value: string): string | null {
  return CURRENCY_PATTERN.test(value) ? null : 'A currency is a three-letter ISO code in capitals, e.g. USD or CNY.'
}

/** Turns a zod issue about a wrong type into a sentence a non-programmer understands. */
function typeMessage(expected: string, input: unknown): string {
  if (input === undefined) return 'This field is required.'
  if (input === null) return 'null is not a value here: give a value, or leave an optional field out.'
  if (expected === 'string' && typeof input === 'number')
    return 'Write this value in quotes, as text (e.g. "1000"): numbers can lose cents.'
  if (expected === 'array') return 'This must be a list (in square brackets).'
  if (expected === 'object') return 'This must be a record (in curly braces).'
  if (expected === 'string') return 'This must be text in quotes.'
  if (expected === 'boolean') return 'This must be true or false.'
  return `This must be a ${expected}.`
}

const typed = { error: (issue: z.core.$ZodRawIssue) => (issue.code === 'invalid_type' ? typeMessage(issue.expected, issue.input) : undefined) }

function checkedString(problem: (value: string) => string | null) {
  return z.string(typed).check(
    z.superRefine((value, ctx) => {
      const message = problem(value)
      if (message) ctx.addIssue({ code: 'custom', message, input: value })
    }),
  )
}

const amount = checkedString((v) => amountProblem(v, false))
const positiveAmount = checkedString((v) => amountProblem(v, true))
const date = checkedString(dateProblem)
const id = checkedString(idProblem)
const currency = checkedString(currencyProblem)

function text(maxLength: number, options: { notBlank?: boolean } = {}) {
  return checkedString((value) => {
    if (options.notBlank && value.trim() === '') return 'This cannot be blank.'
    // Characters as a person counts them: a CJK character outside the BMP is one, not two.
    if (value.length > maxLength && [...value].length > maxLength) return `This text is too long: at most ${maxLength.toLocaleString('en-US')} characters.`
    return null
  })
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      typeof issue.input !== 'string'
        ? typeMessage('string', issue.input)
        : `Use one of: ${values.join(', ')}.`,
  })
}

function ratioSetting(allowZero: boolean) {
  return checkedString((value) => {
    const problem = amountProblem(value, false)
    if (problem) return problem
    const [whole = '0', fraction = ''] = value.split('.')
    const isZero = /^0+$/.test(whole) && /^0*$/.test(fraction)
    const overOne = /^0*1$/.test(whole) ? /[1-9]/.test(fraction) : !/^0+$/.test(whole)
    if (overOne) return 'This setting is a fraction, at most 1 (e.g. 0.8 for 80%).'
    if (isZero && !allowZero) return 'This setting must be greater than 0 (e.g. 0.8 for 80%).'
    return null
  })
}

const extra = z
  .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    error: (issue) =>
      issue.input === null ? typeMessage('object', null) : 'Put additional information in a record (in curly braces).',
  })
  .optional()

function list<T extends z.ZodType>(item: T) {
  return z.array(item, typed).default(() => [])
}

export const settingsSchema = z.strictObject(
  {
    quickSaleFactor: ratioSetting(false).default(DEFAULT_SETTINGS.quickSaleFactor),
    concessionShrinkFactor: ratioSetting(true).default(DEFAULT_SETTINGS.concessionShrinkFactor),
    thirdPartyMajority: ratioSetting(false).default(DEFAULT_SETTINGS.thirdPartyMajority),
  },
  typed,
)

export const fxRateSchema = z.strictObject(
  {
    currency,
    perBase: positiveAmount,
    asOf: date.optional(),
    source: text(2000).optional(),
    extra,
  },
  typed,
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
  typed,
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
  typed,
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
  typed,
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
  typed,
)

const offerCommon = {
  id,
  date,
  status: oneOf(OFFER_STATUSES),
  type: oneOf(OFFER_TYPES).default('counter'),
  final: z.boolean(typed).optional(),
  goodUntil: date.optional(),
  respondsTo: id.optional(),
  note: text(2000).optional(),
  extra,
}

export const sellerOfferSchema = z.strictObject(
  {
    ...offerCommon,
    from: z.literal('seller'),
    components: z.array(componentSchema, typed).min(1, { error: 'A seller offer needs at least one part (who pays, how, how much).' }),
  },
  typed,
)

export const buyerDemandSchema = z.strictObject(
  {
    ...offerCommon,
    from: z.literal('buyer'),
    amount: positiveAmount,
    currency,
  },
  typed,
)

export const offerSchema = z.discriminatedUnion('from', [sellerOfferSchema, buyerDemandSchema], {
  error: (issue) =>
    typeof issue.input !== 'object' || issue.input === null || Array.isArray(issue.input)
      ? typeMessage('object', issue.input)
      : 'Say who made this move: "from" is "seller" or "buyer".',
})

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
  typed,
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
  typed,
)

export const caseFileSchema = z.strictObject(
  {
    format: z.literal(FORMAT, { error: `This must be "${FORMAT}": the file is not a restitution case file.` }),
    version: z.literal(CURRENT_VERSION, { error: `This app reads case files of version ${CURRENT_VERSION}.` }),
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
  typed,
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
