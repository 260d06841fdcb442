// Rules across records (unique ids, references, rates, role-dependent fields).
// They read the raw (forbidden-key-free) input defensively, so they report
// alongside shape problems rather than after them.
import { formatPath, issueAt, type CaseFileIssue, type PathPart } from './issues'
import { problem, type Problem } from './problemCodes'
import { PROPERTY_KINDS, amountProblem } from './values'
import { Dec, sum } from '../money/decimal'
import { RECORD_WHAT } from './lists'


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

/** The lists whose records have ids (rates are keyed by currency), with the word for one record. */
const LIST_NAMES: Record<string, string> = Object.fromEntries(Object.entries(RECORD_WHAT).filter(([list]) => list !== 'fx'))

/** What the rules about one record need to know of the others: the ids of each list, the base currency and rated currencies. */
export interface CrossContext {
  base: string | undefined
  rated: ReadonlySet<string>
  parties: ReadonlyMap<string, unknown>
  properties: ReadonlyMap<string, unknown>
  offers: ReadonlyMap<string, unknown>
}

type Add = (parts: PathPart[], found: Problem) => void

export function crossCheck(input: unknown): CaseFileIssue[] {
  const root = asRecord(input)
  if (!root) return []
  const issues: CaseFileIssue[] = []
  const add: Add = (parts, found) => issues.push(issueAt(formatPath(parts), found))

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
  const context: CrossContext = { base, rated, parties: ids.parties ?? new Map(), properties: ids.properties ?? new Map(), offers: ids.offers ?? new Map() }
  for (const list of RECORD_RULE_ORDER) for (const [record, index] of records(root, list)) recordRules(list, record, index, context, add)
  return issues
}

/** The lists whose records have rules of their own across records, in the order crossCheck reports them. */
const RECORD_RULE_ORDER = ['parties', 'losses', 'properties', 'offers', 'payments', 'costs'] as const

/**
 * The rules across records about one record (`list[index]`): its references and currencies
 * exist, its role-dependent fields. Ids' uniqueness and the rates' own rules are crossCheck's.
 */
export function recordRules(list: string, record: Record<string, unknown>, index: number, context: CrossContext, add: Add): void {
  const { base, rated } = context
  // With no valid base currency (reported at baseCurrency) no rate can be asked for in its terms.
  const baseValid = base !== undefined && /^[A-Z]{3}$/.test(base)
  const checkCurrency = (item: Record<string, unknown>, parts: PathPart[]) => {
    if (!baseValid) return
    const currency = str(item.currency)
    if (currency === undefined || currency === base || rated.has(currency) || !/^[A-Z]{3}$/.test(currency)) return
    add([...parts, 'currency'], problem('fx.missing', { currency, base }))
  }
  const checkRef = (item: Record<string, unknown>, key: string, parts: PathPart[], targets: ReadonlyMap<string, unknown>, what: string) => {
    const ref = str(item[key])
    if (ref !== undefined && !targets.has(ref)) add([...parts, key], problem('ref.missing', { what, id: ref }))
  }
  const parts: PathPart[] = [list, index]
  switch (list) {
    case 'parties': {
      const role = str(record.role)
      if (role === 'family' && record.relation === undefined) add([...parts, 'relation'], problem('party.needsRelation'))
      if (role !== undefined && role !== 'family' && record.relation !== undefined)
        add([...parts, 'relation'], problem('party.relationNotFamily', { role }))
      return
    }
    case 'losses':
    case 'costs':
      checkCurrency(record, parts)
      return
    case 'properties':
      checkCurrency(record, parts)
      checkRef(record, 'ownerId', parts, context.parties, 'party')
      return
    case 'offers':
      checkRef(record, 'respondsTo', parts, context.offers, 'offer')
      if (record.respondsTo !== undefined && record.respondsTo === record.id) add([...parts, 'respondsTo'], problem('offer.answersItself'))
      if (record.from === 'buyer') demandRules(record, parts, add, checkCurrency)
      // A buyer demand's stray components are reported as such; their contents are not checked.
      for (const [component, c] of record.from === 'seller' ? records(record, 'components') : []) {
        const at = [...parts, 'components', c]
        checkCurrency(component, at)
        checkRef(component, 'partyId', at, context.parties, 'party')
        const kind = str(component.kind)
        const needsProperty = kind !== undefined && (PROPERTY_KINDS as readonly string[]).includes(kind)
        if (needsProperty && component.propertyId === undefined) add([...at, 'propertyId'], problem('component.needsProperty', { kind }))
        else if (!needsProperty && kind !== undefined && component.propertyId !== undefined) add([...at, 'propertyId'], problem('component.propertyNotAllowed'))
        else checkRef(component, 'propertyId', at, context.properties, 'property')
      }
      return
    case 'payments':
      checkCurrency(record, parts)
      checkRef(record, 'partyId', parts, context.parties, 'party')
      checkRef(record, 'offerId', parts, context.offers, 'offer')
      for (const [payer, p] of records(record, 'payers')) checkRef(payer, 'partyId', [...parts, 'payers', p], context.parties, 'party')
      payerRules(record, parts, add)
      return
  }
}

/** A buyer demand has `amount` and `currency`, or instead `parts`, never both (case-format.md, offers). */
function demandRules(record: Record<string, unknown>, parts: PathPart[], add: Add, checkCurrency: (item: Record<string, unknown>, at: PathPart[]) => void): void {
  const single = (['amount', 'currency'] as const).filter((key) => record[key] !== undefined)
  if (record.parts !== undefined) {
    if (single.length) {
      add([...parts, 'parts'], problem('offer.demandTwoForms'))
      for (const key of single) add([...parts, key], problem('offer.demandTwoForms'))
    }
    for (const [part, p] of records(record, 'parts')) checkCurrency(part, [...parts, 'parts', p])
    return
  }
  if (single.length === 0) add([...parts, 'amount'], problem('offer.demandNeedsAmount'))
  else for (const key of ['amount', 'currency'] as const) if (record[key] === undefined) add([...parts, key], problem('value.required'))
  checkCurrency(record, parts)
}

/** A payment names one payer (`partyId`) or several (`payers`) whose amounts add up exactly to its own. */
function payerRules(record: Record<string, unknown>, parts: PathPart[], add: Add): void {
  if (record.payers === undefined) return
  if (record.partyId !== undefined) {
    add([...parts, 'payers'], problem('payment.twoPayerForms'))
    add([...parts, 'partyId'], problem('payment.twoPayerForms'))
  }
  const amount = str(record.amount)
  const shares = records(record, 'payers').map(([payer]) => str(payer.amount))
  const valid = (value: string | undefined): value is string => value !== undefined && amountProblem(value, true) === null
  if (!Array.isArray(record.payers) || !valid(amount) || !shares.every(valid) || shares.length < 2) return
  const total = sum(shares.map((share) => new Dec(share)))
  if (!total.eq(new Dec(amount))) {
    const currency = str(record.currency) ?? ''
    add([...parts, 'payers'], problem('payment.payersSum', { sum: total.toFixed(), amount, currency }))
  }
}
