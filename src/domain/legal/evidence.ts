// The evidence checklist for the police report: the source article's engagement
// documents and evidence, this project's two additions marked as such, and where
// each item stands.
import { nextId } from '../caseFile/ids'
import type { Evidence, EvidenceItem } from '../tracker/criminalSchema'
import {
  ARTICLE_EVIDENCE_ITEMS,
  ENGAGEMENT_ITEMS,
  EVIDENCE_STATUSES,
  PROJECT_EVIDENCE_ITEMS,
  type EvidenceItemKind,
  type EvidenceStatus,
} from '../tracker/criminalValues'

/** Where an item's name comes from: the source article's engagement documents or evidence, this project, or the user. */
export type EvidenceOrigin = 'engagement' | 'article' | 'project' | 'other'

export function originOf(item: EvidenceItemKind): EvidenceOrigin {
  if ((ENGAGEMENT_ITEMS as readonly string[]).includes(item)) return 'engagement'
  if ((ARTICLE_EVIDENCE_ITEMS as readonly string[]).includes(item)) return 'article'
  if ((PROJECT_EVIDENCE_ITEMS as readonly string[]).includes(item)) return 'project'
  return 'other'
}

export interface EvidenceRow {
  item: EvidenceItem
  origin: EvidenceOrigin
}

export interface EvidenceView {
  rows: readonly EvidenceRow[]
  /** How many items stand at each step. */
  counts: Readonly<Record<EvidenceStatus, number>>
  /** Items of the source's checklist not in the case at all. */
  notListed: readonly EvidenceItemKind[]
}

export function evidenceView(evidence: Evidence | undefined): EvidenceView {
  const items = evidence?.items ?? []
  const counts = Object.fromEntries(EVIDENCE_STATUSES.map((status) => [status, 0])) as Record<EvidenceStatus, number>
  for (const item of items) counts[item.status] += 1
  const listed = new Set(items.map((item) => item.item))
  const notListed = [...ENGAGEMENT_ITEMS, ...ARTICLE_EVIDENCE_ITEMS, ...PROJECT_EVIDENCE_ITEMS].filter((kind) => !listed.has(kind))
  return { rows: items.map((item) => ({ item, origin: originOf(item.item) })), counts, notListed }
}

/** The checklist with every item of the source (and this project's two) not yet listed added as missing. */
export function withFullChecklist(evidence: Evidence | undefined): Evidence {
  const items = [...(evidence?.items ?? [])]
  for (const kind of evidenceView(evidence).notListed) items.push({ id: nextId('e', items), item: kind, status: 'missing' })
  return { ...evidence, items }
}
