// The shape of a case file (version 1), as zod schemas. Rules that span
// records (references, unique ids, rates, role-dependent fields) live in
// crossChecks.ts; this file checks each value on its own (values.ts).
import * as z from 'zod'
import { problem } from './problemCodes'
import {
  COMPONENT_KINDS,
  CURRENT_VERSION,
  DEFAULT_SETTINGS,
  FORMAT,
  LOSS_CATEGORIES,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  OFFER_STATUSES,
  OFFER_TYPES,
  RELATIONS,
  ROLES,
  amountProblem,
} from './values'
import { amount, checkedString, currency, date, extra, id, list, oneOf, positiveAmount, text } from './zodFields'

export * from './values'

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
    source: text(MAX_TEXT_LENGTH).optional(),
    extra,
  },
)

export const partySchema = z.strictObject(
  {
    id,
    name: text(MAX_NAME_LENGTH, { notBlank: true }),
    role: oneOf(ROLES),
    relation: oneOf(RELATIONS).optional(),
    note: text(MAX_TEXT_LENGTH).optional(),
    extra,
  },
)

export const lossSchema = z.strictObject(
  {
    id,
    date,
    description: text(MAX_TEXT_LENGTH, { notBlank: true }),
    category: oneOf(LOSS_CATEGORIES),
    amount: positiveAmount,
    currency,
    evidence: text(MAX_TEXT_LENGTH).optional(),
    extra,
  },
)

export const propertySchema = z.strictObject(
  {
    id,
    ownerId: id,
    description: text(MAX_TEXT_LENGTH, { notBlank: true }),
    location: text(MAX_TEXT_LENGTH).optional(),
    marketValue: amount,
    encumbrances: amount.default('0'),
    currency,
    valuedOn: date.optional(),
    valuationSource: text(MAX_TEXT_LENGTH).optional(),
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
    note: text(MAX_TEXT_LENGTH).optional(),
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
  note: text(MAX_TEXT_LENGTH).optional(),
  extra,
}

export const sellerOfferSchema = z.strictObject(
  {
    ...offerCommon,
    from: z.literal('seller'),
    components: z.array(componentSchema).min(1),
  },
)

/** One part of a buyer demand stated in several currencies (a loss in USD plus costs in EUR). */
export const demandPartSchema = z.strictObject(
  {
    amount: positiveAmount,
    currency,
    note: text(MAX_TEXT_LENGTH).optional(),
    extra,
  },
)

// A demand has `amount` and `currency`, or instead `parts`; which one it has, and that it has
// exactly one of them, is checked across the record (crossChecks.ts) so it is reported with the rest.
export const buyerDemandSchema = z.strictObject(
  {
    ...offerCommon,
    from: z.literal('buyer'),
    amount: positiveAmount.optional(),
    currency: currency.optional(),
    parts: z.array(demandPartSchema).min(1).optional(),
  },
)

export const offerSchema = z.discriminatedUnion('from', [sellerOfferSchema, buyerDemandSchema])

/** One payer's share of a payment received from several payers, in the payment's currency. */
export const payerSchema = z.strictObject(
  {
    partyId: id,
    amount: positiveAmount,
    extra,
  },
)

export const paymentSchema = z.strictObject(
  {
    id,
    date,
    amount: positiveAmount,
    currency,
    partyId: id.optional(),
    payers: z.array(payerSchema).min(2).optional(),
    offerId: id.optional(),
    note: text(MAX_TEXT_LENGTH).optional(),
    extra,
  },
)

export const costSchema = z.strictObject(
  {
    id,
    date,
    description: text(MAX_TEXT_LENGTH, { notBlank: true }),
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
    title: text(MAX_TEXT_LENGTH, { notBlank: true }),
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
export type DemandPart = z.output<typeof demandPartSchema>
export type PaymentPayer = z.output<typeof payerSchema>
export type Payment = CaseFile['payments'][number]
export type Cost = CaseFile['costs'][number]

