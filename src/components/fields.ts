// How each kind of field is typed and checked in forms: the same rules as the
// case-file format (the engine's own checks), applied as the user types. Amounts
// are read tolerantly (readMoney): "27,000.00", "$27000", "CNY 2,400", "２７，０００".
import { amountProblem, currencyProblem, payersPlaced, problem, readDate, readMoney, textProblem, type CaseFileIssue, type FxRate, type MoneyReading, type Problem } from '@/domain'

export type FieldType = 'text' | 'longtext' | 'amount' | 'positiveAmount' | 'ratio' | 'date' | 'currency' | 'select' | 'checkbox' | 'payers'

export interface SelectOption {
  value: string
  label: string
}

/** A currency choice that may name a currency without a rate: the form then asks for the rate right there. */
export interface RateHook {
  base: string
  /** The currencies the case can convert (the base and every currency with a rate). */
  rated: () => readonly string[]
  /** Records a rate; returns why not, if it was refused. */
  add: (rate: FxRate) => CaseFileIssue[] | null
  /** The date a new rate is quoted on. */
  today: string
}

export interface FieldSpec {
  key: string
  /** Catalogue key of the label. */
  label: string
  type: FieldType
  required?: boolean
  maxLength?: number
  options?: () => SelectOption[]
  /**
   * For a choice among very many (every offer of a case): the one choice with this value, shown
   * alone until the select is first pressed or focused, so a form does not word thousands of
   * choices (an offer's name, date and total each) before anyone looks at them. A script that
   * picks a choice must focus the select first (Playwright: `focus()`, then `selectOption`).
   */
  choiceOf?: (value: string) => SelectOption | null
  /** An optional choice left empty: what is in effect then ("— (the accepted offer: …)"); "—" when not given. */
  emptyLabel?: () => string
  /** Shown only when this returns true for the record being edited. */
  when?: (record: Record<string, unknown>) => boolean
  /** Catalogue key of a hint under the field. */
  hint?: string
  width?: 'narrow' | 'wide'
  /** An amount: the key of its record's currency, which a currency typed with the amount ("CNY 2,400") sets. */
  currencyKey?: string
  /** A currency choice that may ask for a missing rate. */
  rate?: RateHook
  /** A currency typed as text: codes to suggest (never the base currency). */
  suggestions?: () => readonly string[]
  /** A text's own rule beyond its length (a unified social credit code's check character). */
  check?: (value: string) => Problem | null
}

/**
 * A field's value in a record. A key under `extra.` reaches into the record's own blocks: a
 * party's `extra.tracker.nameZh` (the contract allows no new keys on a party outside its
 * `extra`); any other key, dotted or not, is the record's own (a form's flat `signOff.name`).
 */
export function valueAt(record: Record<string, unknown>, key: string): unknown {
  if (!inBlock(key)) return record[key]
  let node: unknown = record
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
  return node
}

const inBlock = (key: string) => key.startsWith('extra.')

/** The record with the value at a key (under `extra.`, a path) set, or removed when undefined; a block left empty is removed with it. */
export function withValueAt<T extends object>(record: T, key: string, value: unknown, path = inBlock(key)): T {
  const [head = '', ...rest] = path ? key.split('.') : [key]
  const next = { ...record } as Record<string, unknown>
  const inner = rest.length ? withValueAt((typeof next[head] === 'object' && next[head] !== null ? next[head] : {}) as object, rest.join('.'), value, true) : value
  if (inner === undefined || (rest.length > 0 && Object.keys(inner as object).length === 0)) delete next[head]
  else next[head] = inner
  return next as T
}

/** What a form knows when it reads an amount: the case's currencies and the record's own. */
export interface AmountContext {
  currencies?: readonly string[]
  currency?: string
  /** For a payment's payers: the payment's amount as read, which their shares must add up to. */
  total?: string
}

const AMOUNT_TYPES: readonly FieldType[] = ['amount', 'positiveAmount', 'ratio']

export function isAmount(spec: FieldSpec): boolean {
  return AMOUNT_TYPES.includes(spec.type)
}

/** An amount field's text, read: the exact amount, and the currency it names, if any. */
export function readAmount(spec: FieldSpec, raw: string, context: AmountContext = {}): MoneyReading {
  return readMoney(raw, { currencies: context.currencies, current: context.currency, allowCurrency: spec.currencyKey !== undefined })
}

/** Reads an amount field's text: the domain's readMoney, in the field's context. */
export type AmountReader = (spec: FieldSpec, raw: string, context?: AmountContext) => MoneyReading

/**
 * A form's amount reader: each text is read once (readMoney) and the reading handed to every
 * place that needs it on the same keystroke (the check, the record, the "reads as" line, the
 * currency it names), instead of each reading it again. Keeps the last readings, by text and context.
 */
export function amountReader(): AmountReader {
  const kept = new Map<string, MoneyReading>()
  return (spec, raw, context = {}) => {
    const key = JSON.stringify([spec.currencyKey !== undefined, context.currency ?? null, context.currencies ?? null, raw])
    let reading = kept.get(key)
    if (!reading) {
      reading = readAmount(spec, raw, context)
      if (kept.size >= 64) kept.delete(kept.keys().next().value!)
      kept.set(key, reading)
    }
    return reading
  }
}

/** A payment's payers as a form holds them: party and amount as typed. */
export interface PayerText {
  partyId: string
  amount: string
}

/** The payers a `payers` field holds (its value is their text, so a form keeps it like any field). */
export function readPayers(text: string): PayerText[] {
  if (text.trim() === '') return []
  try {
    const rows = JSON.parse(text) as unknown
    return Array.isArray(rows) ? rows.map((row: Partial<PayerText>) => ({ partyId: String(row.partyId ?? ''), amount: String(row.amount ?? '') })) : []
  } catch {
    return []
  }
}

export function payersText(rows: readonly PayerText[]): string {
  return rows.length ? JSON.stringify(rows) : ''
}

/** A payer's amount as read ("300,000" → "300000"), or null while it cannot be. */
export function payerAmount(raw: string): string | null {
  const reading = readMoney(raw, { allowCurrency: false })
  return reading.ok && !amountProblem(reading.amount, true) ? reading.amount : null
}

function payersProblem(rows: readonly PayerText[], context: AmountContext): Problem | null {
  if (rows.length < 2) return problem('payment.fewPayers')
  const shares: string[] = []
  for (const row of rows) {
    if (row.partyId === '') return problem('value.required')
    const reading = readMoney(row.amount, { allowCurrency: false })
    const found = reading.ok ? amountProblem(reading.amount, true) : reading.problem
    if (found || !reading.ok) return found
    shares.push(reading.amount)
  }
  // The engine's rule, checked as the user types: the shares add up exactly to the payment.
  if (context.total === undefined) return null
  const { placed, left } = payersPlaced(shares, context.total)
  return left.isZero() ? null : problem('payment.payersSum', { sum: placed.toFixed(), amount: context.total, currency: context.currency ?? '' })
}

/** The problem with a typed value, or null when it can be kept. Empty optional fields are fine. */
export function fieldProblem(spec: FieldSpec, raw: string | boolean, context: AmountContext = {}, read: AmountReader = readAmount): Problem | null {
  if (spec.type === 'checkbox') return null
  const value = String(raw)
  if (value.trim() === '') return spec.required ? problem('value.required') : null
  switch (spec.type) {
    case 'amount':
    case 'positiveAmount':
    case 'ratio': {
      const reading = read(spec, value, context)
      return reading.ok ? amountProblem(reading.amount, spec.type === 'positiveAmount') : reading.problem
    }
    case 'date': {
      // 2026-01-15, 2026/1/15 and 2026年1月15日 all read as 2026-01-15 (dateInput.ts).
      const reading = readDate(value)
      return reading.ok ? null : reading.problem
    }
    case 'payers':
      return payersProblem(readPayers(value), context)
    case 'currency':
      return currencyProblem(value.trim().toUpperCase())
    case 'select':
      if (spec.rate && value !== spec.rate.base && !spec.rate.rated().includes(value))
        return /^[A-Z]{3}$/.test(value) ? problem('fx.missing', { currency: value, base: spec.rate.base }) : problem('currency.format')
      if (!spec.options) return null
      return spec.options().some((option) => option.value === value)
        ? null
        : problem('value.choice', { values: spec.options().map((option) => option.label).join(', ') })
    default:
      return textProblem(value, spec.maxLength ?? 2000, false) ?? spec.check?.(value) ?? null
  }
}

/** The record with a field set from what was typed: an empty optional field is left out; an amount is stored as read. */
export function withField<T extends object>(record: T, spec: FieldSpec, raw: string | boolean, context: AmountContext = {}, read: AmountReader = readAmount): T {
  if (inBlock(spec.key)) return withValueAt(record, spec.key, (withField({}, { ...spec, key: 'value' }, raw, context, read) as { value?: unknown }).value)
  const next = { ...record } as Record<string, unknown>
  if (spec.type === 'checkbox') {
    if (raw === true) next[spec.key] = true
    else delete next[spec.key]
  } else if (String(raw).trim() === '' && !spec.required) delete next[spec.key]
  else if (isAmount(spec)) {
    const reading = read(spec, String(raw), context)
    next[spec.key] = reading.ok ? reading.amount : String(raw).trim()
  } else if (spec.type === 'payers') {
    // Each payer keeps what the record held beside its party and amount (its `extra`), by place.
    const before = Array.isArray(next[spec.key]) ? (next[spec.key] as { extra?: unknown }[]) : []
    next[spec.key] = readPayers(String(raw)).map((row, index) => ({
      ...(before[index]?.extra ? { extra: before[index]?.extra } : {}),
      partyId: row.partyId,
      amount: payerAmount(row.amount) ?? row.amount.trim(),
    }))
  }
  else if (spec.type === 'currency') next[spec.key] = String(raw).trim().toUpperCase()
  else if (spec.type === 'date') {
    const reading = readDate(String(raw))
    next[spec.key] = reading.ok ? reading.date : String(raw).trim()
  }
  else next[spec.key] = spec.type === 'text' || spec.type === 'longtext' ? String(raw) : String(raw).trim()
  return next as T
}
