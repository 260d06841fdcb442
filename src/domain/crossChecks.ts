// Rules across records (unique ids, references, rates, role-dependent fields).
// They read the raw (forbidden-key-free) input defensively, so they report
// alongside shape problems rather than after them.
import { formatPath, issueAt, type CaseFileIssue, type PathPart } from './issues'
import { problem, type Problem } from './problems'
import { PROPERTY_KINDS } from './values'
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

export function crossCheck(input: unknown): CaseFileIssue[] {
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
