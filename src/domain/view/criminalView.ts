// The criminal case around the money, as the screens and the drafts show it: built
// from the case view and today's date, each part worked out when first read.
import { lazy } from '../support/lazy'
import { caseTracker } from '../tracker/access'
import type { TrackerCase } from '../tracker/trackerSchema'
import { legalContext, type LegalContext } from '../legal/context'
import { eventsInOrder, procedureView, type ProcedureView } from '../legal/deadlines'
import type { ProcedureEvent } from '../tracker/criminalSchema'
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
  /** Who handles the case now, by the last event that moves it: the police, the procuratorate or the court. */
  readonly stage: CaseStage
  /** An indictment is recorded: the suspect is now the defendant (被告人, 被告单位). */
  readonly indicted: boolean
}

export type CaseStage = 'investigation' | 'prosecution' | 'trial'

const STAGE_OF: Partial<Record<ProcedureEvent['kind'], CaseStage>> = {
  'referred-for-prosecution': 'prosecution',
  'returned-for-supplementary-investigation': 'investigation',
  indicted: 'trial',
  'trial-accepted': 'trial',
  'trial-extended': 'trial',
  'judgment-received': 'trial',
}

/** The stage after the recorded events (the drafts address the pardon to its authority). */
export function caseStage(events: readonly ProcedureEvent[]): { stage: CaseStage; indicted: boolean } {
  let stage: CaseStage = 'investigation'
  let indicted = false
  for (const event of eventsInOrder(events)) {
    stage = STAGE_OF[event.kind] ?? stage
    if (event.kind === 'indicted' || event.kind === 'trial-accepted') indicted = true
  }
  return { stage, indicted }
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
  const staged = caseStage(tracker.procedure ?? [])
  Object.assign(criminal, staged)
  return criminal as unknown as CriminalView
}
