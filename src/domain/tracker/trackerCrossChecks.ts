// Rules across records for the app's own blocks (references from them to parties,
// properties, offers and rates; unique ids in their lists), read defensively like
// crossChecks.ts, so they are reported alongside shape problems.
import { formatPath, issueAt, type CaseFileIssue, type PathPart } from '../caseFile/issues'
import { problem, type Problem } from '../caseFile/problemCodes'
import { TRACKER_KEY } from './trackerSchema'

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>()
  if (Array.isArray(list)) for (const item of list) {
    const found = str(asRecord(item)?.id)
    if (found !== undefined) ids.add(found)
  }
  return ids
}

function trackerOf(holder: unknown): Record<string, unknown> | null {
  return asRecord(asRecord(asRecord(holder)?.extra)?.[TRACKER_KEY])
}

export function trackerCrossCheck(root: Record<string, unknown>): CaseFileIssue[] {
  const issues: CaseFileIssue[] = []
  const add = (parts: PathPart[], found: Problem) => issues.push(issueAt(formatPath(parts), found))
  const parties = idsOf(root.parties)
  const properties = idsOf(root.properties)
  const offers = idsOf(root.offers)
  const base = str(root.baseCurrency)
  const rated = new Set<string>()
  if (Array.isArray(root.fx)) for (const rate of root.fx) {
    const currency = str(asRecord(rate)?.currency)
    if (currency !== undefined) rated.add(currency)
  }
  const checkRef = (record: Record<string, unknown>, key: string, parts: PathPart[], targets: Set<string>, what: string) => {
    const ref = str(record[key])
    if (ref !== undefined && !targets.has(ref)) add([...parts, key], problem('ref.missing', { what, id: ref }))
  }
  const uniqueIds = (list: unknown, parts: PathPart[], what: string) => {
    if (!Array.isArray(list)) return
    const seen = new Set<string>()
    list.forEach((item, index) => {
      const found = str(asRecord(item)?.id)
      if (found === undefined) return
      if (seen.has(found)) add([...parts, index, 'id'], problem('id.duplicate', { what, id: found }))
      seen.add(found)
    })
  }

  const tracker = trackerOf(root)
  if (tracker) {
    const at: PathPart[] = ['extra', TRACKER_KEY]
    uniqueIds(tracker.procedure, [...at, 'procedure'], 'event')
    uniqueIds(asRecord(tracker.evidence)?.items, [...at, 'evidence', 'items'], 'item')
    const agreement = asRecord(asRecord(tracker.settlement)?.agreement)
    if (agreement) {
      const parts = [...at, 'settlement', 'agreement']
      checkRef(agreement, 'offerId', parts, offers, 'offer')
      checkRef(agreement, 'payerId', parts, parties, 'party')
      const currency = str(agreement.currency)
      if (currency !== undefined && currency !== base && !rated.has(currency) && /^[A-Z]{3}$/.test(currency))
        add([...parts, 'currency'], problem('fx.missing', { currency, base: base ?? '?' }))
    }
  }

  if (Array.isArray(root.offers)) root.offers.forEach((offer: unknown, o) => {
    const components = asRecord(offer)?.components
    if (!Array.isArray(components)) return
    components.forEach((part: unknown, c) => {
      const security = asRecord(trackerOf(part)?.security)
      if (!security) return
      const parts: PathPart[] = ['offers', o, 'components', c, 'extra', TRACKER_KEY, 'security']
      if (security.kind === 'registered-mortgage' && security.propertyId === undefined) add([...parts, 'propertyId'], problem('security.needsProperty'))
      if (security.kind === 'guarantee' && security.guarantorId === undefined) add([...parts, 'guarantorId'], problem('security.needsGuarantor'))
      checkRef(security, 'propertyId', parts, properties, 'property')
      checkRef(security, 'guarantorId', parts, parties, 'party')
    })
  })
  return issues
}
