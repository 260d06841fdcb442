// The fields of the offer form and how its texts become an offer: the move's own
// fields (most of them under "More"), a demand's amounts (one per currency), and
// each part of a seller offer with its amount first. A part counts unless the user
// removed it: one left without an amount is asked for, never dropped.
import {
  COMPONENT_KINDS,
  MAX_NAME_LENGTH,
  OFFER_STATUSES,
  OFFER_TYPES,
  demandParts,
  isPropertyKind,
  offerTracker,
  withOfferTracker,
  type CaseFileIssue,
  type CaseView,
  type FxRate,
  type Offer,
  type Words,
} from '@/domain'
import { fieldProblem, readAmount, withField, type AmountContext, type AmountReader, type FieldSpec } from '../fields'
import { choices, currencyOptions, partyOptions, propertyOptions } from '../lists/options'

export type Texts = Record<string, string | boolean>

export interface OfferSpecs {
  /** When the move was made: always in sight. */
  date: FieldSpec
  /** Under "More": what it is and how it stands. */
  more: FieldSpec[]
  final: FieldSpec
  note: FieldSpec
  label: FieldSpec
  /** One amount of a demand: a demand in several currencies has one for each. */
  demandPart: FieldSpec[]
  part: FieldSpec[]
}

export function offerSpecs(view: () => CaseView, words: Words, addRate: ((rate: FxRate) => CaseFileIssue[] | null) | undefined, today: string): OfferSpecs {
  // The case changes with every edit: the currency choice reads it when asked.
  const currency: FieldSpec = {
    key: 'currency',
    label: 'common.currency',
    type: 'select',
    required: true,
    width: 'narrow',
    options: () => currencyOptions(view(), addRate ? words : undefined),
    ...(addRate ? { rate: { get base() { return view().base }, rated: () => view().currencies, add: addRate, today } } : {}),
  }
  const amount: FieldSpec = { key: 'amount', label: 'offer.amount', type: 'positiveAmount', required: true, currencyKey: 'currency' }
  return {
    date: { key: 'date', label: 'offer.date', type: 'date', required: true, width: 'narrow' },
    more: [
      { key: 'status', label: 'offer.status', type: 'select', required: true, options: () => choices(OFFER_STATUSES, 'status', words) },
      { key: 'type', label: 'offer.type', type: 'select', required: true, options: () => choices(OFFER_TYPES, 'offerType', words) },
      { key: 'goodUntil', label: 'offer.goodUntil', type: 'date', width: 'narrow' },
    ],
    final: { key: 'final', label: 'offer.final', type: 'checkbox' },
    note: { key: 'note', label: 'common.note', type: 'longtext', width: 'wide' },
    label: { key: 'label', label: 'live.offer.label', type: 'text', maxLength: MAX_NAME_LENGTH, hint: 'live.offer.labelHint', width: 'wide' },
    demandPart: [amount, currency, { key: 'note', label: 'common.note', type: 'text' }],
    part: [
      amount,
      currency,
      { key: 'partyId', label: 'offer.part.party', type: 'select', required: true, options: () => partyOptions(view(), words) },
      { key: 'kind', label: 'offer.part.kind', type: 'select', required: true, options: () => choices(COMPONENT_KINDS, 'kind', words) },
      {
        key: 'propertyId',
        label: 'offer.part.property',
        type: 'select',
        required: true,
        options: () => propertyOptions(view(), words),
        when: (part) => isPropertyKind(part.kind),
      },
      { key: 'dueDate', label: 'offer.part.dueDate', type: 'date', width: 'narrow' },
      { key: 'note', label: 'common.note', type: 'text' },
    ],
  }
}

/** The fields a part shows: a seller offer's part by its kind, a demand's amount, currency and note. */
export const visiblePartFields = (specs: OfferSpecs, part: Texts, from: 'seller' | 'buyer' = 'seller') =>
  from === 'buyer' ? specs.demandPart : specs.part.filter((spec) => !spec.when || spec.when(part))

/** The final checkbox as the move's side words it: a demand is declared a final demand, not a final offer (issue 22). */
export const finalField = (specs: OfferSpecs, from: 'seller' | 'buyer'): FieldSpec => (from === 'buyer' ? { ...specs.final, label: 'offer.finalDemand' } : specs.final)

/** The move's own fields, outside its parts. */
export const ownFields = (specs: OfferSpecs) => [specs.date, ...specs.more, specs.final, specs.note]

/** The texts a form shows for a record's fields. */
export function textsOf(specs: readonly FieldSpec[], record: Record<string, unknown>): Texts {
  const out: Texts = {}
  for (const spec of specs) {
    const value = record[spec.key]
    out[spec.key] = spec.type === 'checkbox' ? value === true : value === undefined ? '' : String(value)
  }
  return out
}

/** Every text of an offer: its own fields, its parts (a demand's amounts), its label and what it answers. */
export function offerTexts(specs: OfferSpecs, offer: Offer): { texts: Texts; parts: Texts[] } {
  const plain = offer as unknown as Record<string, unknown>
  const texts = {
    ...textsOf(ownFields(specs), plain),
    respondsTo: offer.respondsTo ?? '',
    label: offerTracker(offer).label ?? '',
  }
  const parts =
    offer.from === 'seller'
      ? offer.components.map((c) => textsOf(specs.part, c as unknown as Record<string, unknown>))
      : demandParts(offer).map((part) => textsOf(specs.demandPart, part as unknown as Record<string, unknown>))
  return { texts, parts }
}

/** Problems of the fields shown, by key. */
export function errorsOf(specs: readonly FieldSpec[], values: Texts, money: (spec: FieldSpec) => AmountContext | undefined, read: AmountReader = readAmount) {
  const errors: Record<string, ReturnType<typeof fieldProblem>> = {}
  for (const spec of specs) {
    const problem = fieldProblem(spec, values[spec.key] ?? '', money(spec), read)
    if (problem) errors[spec.key] = problem
  }
  return errors
}

/** A value as JSON with every object's keys in order: two offers equal in content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/** The parts that count: every part the user has not removed. */
export function usedParts(parts: readonly Texts[], removed: readonly boolean[]): number[] {
  return parts.map((_, index) => index).filter((index) => removed[index] !== true)
}

/** The offer the texts describe: `original`'s id and extra data kept, the user's label in its tracker block. */
export function draftOf(
  specs: OfferSpecs,
  original: Offer,
  from: 'seller' | 'buyer',
  texts: Texts,
  parts: readonly Texts[],
  used: readonly number[],
  money: (spec: FieldSpec, values: Texts) => AmountContext | undefined,
  read: AmountReader = readAmount,
): Offer {
  let record: Record<string, unknown> = { id: original.id, date: '', from, status: 'open', type: 'counter' }
  if (original.extra) record.extra = original.extra
  for (const spec of ownFields(specs)) record = withField(record, spec, texts[spec.key] ?? '', money(spec, texts), read)
  const answers = String(texts.respondsTo ?? '')
  if (answers) record.respondsTo = answers
  if (from === 'seller') {
    const components = original.from === 'seller' ? original.components : []
    record.components = used.map((index) => {
      const part = parts[index] ?? {}
      let component: Record<string, unknown> = components[index]?.extra ? { extra: components[index]?.extra } : {}
      for (const spec of visiblePartFields(specs, part)) component = withField(component, spec, part[spec.key] ?? '', money(spec, part), read)
      return component
    })
  }
  if (from === 'buyer') {
    const before = original.from === 'buyer' ? original.parts ?? [] : []
    const amounts = used.map((index) => {
      const part = parts[index] ?? {}
      let amount: Record<string, unknown> = before[index]?.extra ? { extra: before[index]?.extra } : {}
      for (const spec of specs.demandPart) amount = withField(amount, spec, part[spec.key] ?? '', money(spec, part), read)
      return amount
    })
    // One amount without a note is written as the demand's own amount, as a demand always was;
    // several (or one stated as a part before) as parts.
    const single = amounts.length === 1 && amounts[0]?.note === undefined && !(original.from === 'buyer' && original.parts)
    if (single) Object.assign(record, { amount: amounts[0]?.amount ?? '', currency: amounts[0]?.currency ?? '' })
    else record.parts = amounts
  }
  const label = String(texts.label ?? '').trim()
  return withOfferTracker(record as unknown as Offer, { label: label === '' ? undefined : label })
}
