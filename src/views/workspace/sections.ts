// The workspace's sections, top to bottom: what the page loops over, and what the
// section navigation lists.
import { costs, losses, parties, payments, properties, rates, type ListDefinition } from '@/components/lists'
import type { ListName } from '@/domain'

export type WorkspaceSection =
  | { id: 'case' | 'settings'; kind: 'fields'; title: string }
  | { id: ListName; kind: 'list'; title: string; definition: ListDefinition<ListName> }
  | { id: 'negotiation'; kind: 'negotiation'; title: string }
  | { id: 'analysis'; kind: 'analysis'; title: string }
  | { id: 'due'; kind: 'due'; title: string }
  | { id: CriminalSectionId; kind: 'criminal'; title: string }

/** The sections of the criminal case around the money (issue 11). */
export type CriminalSectionId = 'procedure' | 'settlement' | 'legal' | 'reporting' | 'evidence'
const criminal = (id: CriminalSectionId): WorkspaceSection => ({ id, kind: 'criminal', title: `criminal.section.${id}` })

const list = <K extends ListName>(definition: ListDefinition<K>): WorkspaceSection => ({
  id: definition.list,
  kind: 'list',
  title: definition.title,
  definition: definition as unknown as ListDefinition<ListName>,
})

// The negotiation comes first, so a round is recorded without scrolling; the exchange
// rates sit right under the base currency they convert to. The analysis (and chart.js)
// stays off the first screen.
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  { id: 'negotiation', kind: 'negotiation', title: 'section.negotiation' },
  { id: 'case', kind: 'fields', title: 'section.case' },
  list(rates),
  { id: 'analysis', kind: 'analysis', title: 'analysis.title' },
  list(parties),
  list(losses),
  list(properties),
  // Who still owes what under the accepted offer, beside the payments received.
  { id: 'due', kind: 'due', title: 'due.title' },
  list(payments),
  criminal('settlement'),
  criminal('procedure'),
  criminal('legal'),
  criminal('reporting'),
  criminal('evidence'),
  list(costs),
  { id: 'settings', kind: 'fields', title: 'section.settings' },
]

/**
 * The sections the bar links to directly, the ones turned to during a call; the others are
 * under its "More" menu, so the bar keeps to one line at 1280 px in either language.
 */
export const BAR_SECTIONS: ReadonlySet<WorkspaceSection['id']> = new Set(['negotiation', 'case', 'analysis', 'parties', 'losses', 'payments'])
