// The criminal case around the money, as the screens and the drafts show it: built
// from the case view and today's date, each part worked out when first read.
import { lazy } from '../lazy'
import { caseTracker } from '../tracker/access'
import type { TrackerCase } from '../tracker/schema'
import { legalContext, type LegalContext } from '../legal/context'
import { procedureView, type ProcedureView } from '../legal/deadlines'
import { evidenceView, type EvidenceView } from '../legal/evidence'
import { isHongKongCase, reportingGuidance, triageView, type ReportingGuidance, type TriageView } from '../legal/reporting'
import { settlementView, type SettlementView } from '../legal/settlement'
import type { CaseView } from './caseView'

export interface CriminalView {
  readonly tracker: TrackerCase
  /** Registered in Hong Kong: Hong Kong police and law, and no mainland pardon model. */
  readonly hongKong: boolean
  readonly today: string
  readonly reporting: ReportingGuidance
  readonly triage: TriageView
  readonly evidence: EvidenceView
  readonly procedure: ProcedureView
  readonly legal: LegalContext
  readonly settlement: SettlementView
}

export function criminalView(view: CaseView, today: string): CriminalView {
  const tracker = caseTracker(view.file)
  const criminal = { tracker, hongKong: isHongKongCase(tracker.reporting), today }
  lazy(criminal, 'reporting', () => reportingGuidance(tracker.reporting))
  lazy(criminal, 'triage', () => triageView(tracker.triage))
  lazy(criminal, 'evidence', () => evidenceView(tracker.evidence))
  lazy(criminal, 'procedure', () => procedureView(tracker.procedure ?? [], today))
  lazy(criminal, 'legal', () => legalContext(view.file, view.summary.lossTotal, tracker.triage, tracker.legal))
  lazy(criminal, 'settlement', () => settlementView(view))
  return criminal as unknown as CriminalView
}
