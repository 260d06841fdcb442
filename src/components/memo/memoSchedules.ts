// The memo's schedules, in print order: the one list the print view loops over
// and the print options list. The executive summary and the sign-off come first
// and are always printed; the schedules follow on a new page.
//
// To add a schedule (issue 11's process, evidence and settlement sections, or a
// draft agreement or pardon letter):
// 1. its figures and rows in the domain (src/domain/view/memoModel.ts or a file beside
//    it), tested there;
// 2. a component here that takes `{ ctx: MemoContext }` and lays out the section's
//    body with `ctx.words` (MemoLabel for headers and labels in every language,
//    one paragraph per language for sentences, `ctx.words.cell` for figures);
// 3. an entry below: its name (the print option and the address use it), the
//    catalogue key of its title, the component, `has` when it can be empty, and
//    `newPage` for a document of its own (a draft letter);
// 4. its words in a feature catalogue (src/i18n/features/), both languages.
import type { Component } from 'vue'
import { caseTracker, type CaseView, type MemoModel } from '@/domain'
import MemoParties from './MemoParties.vue'
import MemoLosses from './MemoLosses.vue'
import MemoNegotiation from './MemoNegotiation.vue'
import MemoChart from './MemoChart.vue'
import MemoContributions from './MemoContributions.vue'
import MemoProperties from './MemoProperties.vue'
import MemoSchedule from './MemoSchedule.vue'
import MemoPayments from './MemoPayments.vue'
import MemoCosts from './MemoCosts.vue'
import MemoRates from './MemoRates.vue'
import MemoSettlement from './MemoSettlement.vue'
import MemoProcess from './MemoProcess.vue'
import MemoEvidence from './MemoEvidence.vue'
import MemoProjection from './MemoProjection.vue'
// How the memo breaks across pages, with the print view that lists these sections.
import './memoPaper.css'

export interface MemoSectionDefinition {
  /** Its name in the print options and the page's address. */
  name: string
  /** Catalogue key of its heading. */
  title: string
  /** Lays out the section's body; given `{ ctx: MemoContext }`. */
  component: Component
  /** Printed only when this holds (a chart needs moves to draw). */
  has?: (memo: MemoModel, view: CaseView) => boolean
  /** Starts on a new page (a document of its own). */
  newPage?: boolean
  /** Left out unless chosen: the app's own estimate is not something to hand a client unasked. */
  optIn?: boolean
}

export const MEMO_SECTIONS: readonly MemoSectionDefinition[] = [
  { name: 'parties', title: 'memo.section.parties', component: MemoParties, has: (memo) => memo.parties.length > 0 },
  { name: 'losses', title: 'memo.section.losses', component: MemoLosses },
  { name: 'negotiation', title: 'memo.section.negotiation', component: MemoNegotiation },
  { name: 'chart', title: 'memo.section.chart', component: MemoChart, has: (memo) => memo.negotiation.length > 0 },
  // The app's projection (issue 20): how much more, and by when.
  { name: 'projection', title: 'projection.memo.section', component: MemoProjection, has: (memo) => memo.negotiation.length > 0, optIn: true },
  { name: 'contributions', title: 'memo.section.contributions', component: MemoContributions },
  { name: 'properties', title: 'memo.section.properties', component: MemoProperties },
  { name: 'schedule', title: 'memo.section.schedule', component: MemoSchedule, has: (memo) => memo.schedule !== null },
  { name: 'payments', title: 'memo.section.payments', component: MemoPayments },
  { name: 'costs', title: 'memo.section.costs', component: MemoCosts },
  { name: 'rates', title: 'memo.section.rates', component: MemoRates },
  // The criminal case around the money (issue 11), printed when something is recorded.
  {
    name: 'settlement',
    title: 'criminal.memo.section.settlement',
    component: MemoSettlement,
    has: (_memo, view) => !!caseTracker(view.file).settlement,
  },
  { name: 'process', title: 'criminal.memo.section.process', component: MemoProcess, has: (_memo, view) => (caseTracker(view.file).procedure?.length ?? 0) > 0 },
  { name: 'evidence', title: 'criminal.memo.section.evidence', component: MemoEvidence, has: (_memo, view) => (caseTracker(view.file).evidence?.items?.length ?? 0) > 0 },
]

export const MEMO_SECTION_NAMES: readonly string[] = MEMO_SECTIONS.map((section) => section.name)
/** The schedules printed unless the print options say otherwise. */
export const DEFAULT_MEMO_SECTIONS: readonly string[] = MEMO_SECTIONS.filter((section) => !section.optIn).map((section) => section.name)
