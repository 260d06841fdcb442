// The statutory deadlines of the procedure, from the events the user records: each
// with its last day, the days left, whether a holiday can move it, and whether a later
// event has answered it; and the window between detention and the arrest decision,
// when a detained seller is most motivated to settle.
import { daysBetween } from '../support/dates'
import type { ProcedureEvent } from '../tracker/criminalSchema'
import type { ProcedureEventKind } from '../tracker/criminalValues'
import {
  DETENTION_EXTENDED_DAYS,
  INVESTIGATION_EXTENSION_MONTHS,
  MAX_SUPPLEMENTARY_RETURNS,
  PERIODS,
  TRIAL_EXTENSION_MONTHS,
  type PeriodCode,
  type StatutoryPeriod,
} from './legalData'
import { calendarCovers, holidayMove, type HolidayCode } from './holidays'
import { addLegalPeriod, isWeekend, type PeriodUnit } from './periods'

/** Where a deadline stands: not answered and still running, or past; answered in time or late; or past with nothing to answer it. */
export type DeadlineState = 'open' | 'overdue' | 'met' | 'late' | 'expired'

export interface Deadline {
  /** Stable across edits: the starting event's id and the period. */
  key: string
  period: PeriodCode
  /** The kind of the event the deadline follows (for an extended period, the extension). */
  kind: ProcedureEventKind
  eventId: string
  start: string
  /** The last day, as counted (before any holiday moves it). */
  due: string
  /** The first day after the holiday the last day falls on, by the official calendar; null when it does not move. */
  movedTo: string | null
  /** The holiday that moves it. */
  holiday: HolidayCode | null
  amount: number
  unit: PeriodUnit
  /** Custody periods are never extended by a holiday. */
  custody: boolean
  /** An ordinary deadline on a weekend in a year the official calendar does not cover: it may move. */
  mayMove: boolean
  /** Days from today to the last day (negative when it has passed). */
  daysLeft: number
  state: DeadlineState
  /** The event that answered it. */
  answeredBy: ProcedureEvent | null
  /** Longer limits that need an approval or a ground: their last days. */
  longer: readonly { code: string; due: string }[]
  source: StatutoryPeriod['source']
  article?: string
  /** What the record implies: an extension of detention (from a late decision), or a trial counted from the indictment. */
  note: DeadlineNote | null
}

export type DeadlineNote = 'extension-implied' | 'extension-30-implied' | 'trial-from-indictment'

/** Detention to the arrest decision: up to 10 days, 14 with an extension, 37 for roving, serial or gang suspects. */
export interface LeverageWindow {
  detainedOn: string
  /** The last day the police may ask for arrest. */
  requestBy: string
  requestedOn: string | null
  /** The last day the procuratorate may decide. */
  decisionBy: string
  decided: ProcedureEvent | null
  /** Still running: no decision recorded and the last day not past. */
  open: boolean
  daysLeft: number
  /** Days of custody the window can last, counted from detention. */
  length: number
  extension: 'none' | 'ordinary' | 'roving-serial-gang'
  /** No extension is recorded, but the decision came too late without one. */
  implied: boolean
}

export interface ProcedureView {
  /** The events in date order (same-day events keep the order they were recorded in). */
  events: readonly ProcedureEvent[]
  deadlines: readonly Deadline[]
  leverage: LeverageWindow | null
  /** Whether the suspect is held, after the last event that says. */
  inCustody: boolean
  /** More returns for supplementary investigation than the law allows. */
  tooManyReturns: boolean
}

const STARTS: Partial<Record<ProcedureEventKind, readonly PeriodCode[]>> = {
  'report-submitted': ['filing-review'],
  'filing-refused': ['reconsideration-request'],
  'reconsideration-requested': ['reconsideration-decision'],
  'reconsideration-refused': ['review-request'],
  'review-requested': ['review-decision'],
  detained: ['arrest-request'],
  'arrest-requested': ['arrest-decision'],
  'arrest-approved': ['investigation-custody'],
  'referred-for-prosecution': ['prosecution-review'],
  'returned-for-supplementary-investigation': ['supplementary-investigation'],
  indicted: ['first-instance-trial'],
  'trial-accepted': ['first-instance-trial'],
  'judgment-received': ['victim-protest-request', 'defendant-appeal'],
  bail: ['bail'],
  'residential-surveillance': ['residential-surveillance'],
}

/** The events that answer each period (a `closed` case answers every one). */
const ANSWERS: Record<PeriodCode, readonly ProcedureEventKind[]> = {
  'filing-review': ['case-filed', 'filing-refused'],
  'reconsideration-request': ['reconsideration-requested', 'case-filed'],
  'reconsideration-decision': ['reconsideration-refused', 'case-filed'],
  'review-request': ['review-requested', 'case-filed'],
  'review-decision': ['case-filed'],
  'arrest-request': ['arrest-requested', 'arrest-approved', 'arrest-refused', 'bail', 'residential-surveillance'],
  'arrest-decision': ['arrest-approved', 'arrest-refused'],
  'investigation-custody': ['referred-for-prosecution', 'indicted', 'bail', 'residential-surveillance'],
  'prosecution-review': ['indicted', 'returned-for-supplementary-investigation'],
  'supplementary-investigation': ['referred-for-prosecution'],
  'first-instance-trial': ['judgment-received', 'trial-supplementary-investigation'],
  'victim-protest-request': [],
  'defendant-appeal': [],
  bail: ['detained', 'arrest-approved', 'judgment-received'],
  'residential-surveillance': ['detained', 'arrest-approved', 'judgment-received'],
}

const HELD: readonly ProcedureEventKind[] = ['detained', 'detention-extended', 'detention-extended-30', 'arrest-approved']
const RELEASED: readonly ProcedureEventKind[] = ['bail', 'residential-surveillance', 'arrest-refused', 'closed']

/** The events in date order; same-day events keep their recorded order. */
export function eventsInOrder(events: readonly ProcedureEvent[]): ProcedureEvent[] {
  return events.map((event, index) => ({ event, index })).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index)).map(({ event }) => event)
}

function heldAfter(ordered: readonly ProcedureEvent[], upTo: number): boolean {
  let held = false
  for (let i = 0; i <= upTo && i < ordered.length; i++) {
    const kind = ordered[i]?.kind
    if (kind && HELD.includes(kind)) held = true
    if (kind && RELEASED.includes(kind)) held = false
  }
  return held
}

/** The first event after position `from` that answers `period`, or closes the case. */
function answerOf(ordered: readonly ProcedureEvent[], from: number, period: PeriodCode): ProcedureEvent | null {
  const kinds = ANSWERS[period]
  for (let i = from + 1; i < ordered.length; i++) {
    const event = ordered[i]
    if (event && (kinds.includes(event.kind) || event.kind === 'closed')) return event
  }
  return null
}

/** The events of one kind after `from` and before the answer, in order. */
function between(ordered: readonly ProcedureEvent[], from: number, until: ProcedureEvent | null, kinds: readonly ProcedureEventKind[]): ProcedureEvent[] {
  const out: ProcedureEvent[] = []
  for (let i = from + 1; i < ordered.length; i++) {
    const event = ordered[i]
    if (!event || event === until) break
    if (kinds.includes(event.kind)) out.push(event)
  }
  return out
}

const DECISIONS: readonly ProcedureEventKind[] = ['arrest-approved', 'arrest-refused']

/** The extension a decision implies when none is recorded: after 10 days of custody at least the ordinary one, after 14 the 30-day one (CPL Art. 91). */
function impliedExtension(detainedOn: string, answeredBy: ProcedureEvent | null): DeadlineNote | null {
  if (!answeredBy || !DECISIONS.includes(answeredBy.kind)) return null
  const days = daysBetween(detainedOn, answeredBy.date)
  const decision = PERIODS['arrest-decision'].amount
  if (days > DETENTION_EXTENDED_DAYS.ordinary + decision) return 'extension-30-implied'
  return days > PERIODS['arrest-request'].amount + decision ? 'extension-implied' : null
}

function stateOf(due: string, today: string, answeredBy: ProcedureEvent | null, answerable: boolean): DeadlineState {
  if (answeredBy) return answeredBy.date <= due ? 'met' : 'late'
  if (due >= today) return 'open'
  return answerable ? 'overdue' : 'expired'
}

/** Every deadline the recorded events start, the leverage window, and the custody status, as of `today`. */
export function procedureView(events: readonly ProcedureEvent[], today: string): ProcedureView {
  const ordered = eventsInOrder(events)
  const deadlines: Deadline[] = []
  let leverage: LeverageWindow | null = null
  ordered.forEach((event, index) => {
    for (const period of STARTS[event.kind] ?? []) {
      const statute = PERIODS[period]
      const answeredBy = answerOf(ordered, index, period)
      // The trial counts from the court's acceptance; from the indictment only where none is recorded.
      if (event.kind === 'indicted' && between(ordered, index, answeredBy, ['trial-accepted']).length > 0) continue
      let kind: ProcedureEventKind = event.kind
      let due = addLegalPeriod(event.date, statute.amount, statute.unit)
      let note: DeadlineNote | null = event.kind === 'indicted' ? 'trial-from-indictment' : null
      // An arrest decision answers the request: in time when it came within the decision's days of the request's last day.
      let answeredIn = due
      if (period === 'arrest-request') {
        const extensions = between(ordered, index, answeredBy, ['detention-extended', 'detention-extended-30'])
        const widest = extensions.find((e) => e.kind === 'detention-extended-30') ?? extensions[0]
        const implied = widest ? null : impliedExtension(event.date, answeredBy)
        if (widest || implied) {
          const roving = widest ? widest.kind === 'detention-extended-30' : implied === 'extension-30-implied'
          if (widest) kind = widest.kind
          note = implied
          due = addLegalPeriod(event.date, roving ? DETENTION_EXTENDED_DAYS['roving-serial-gang'] : DETENTION_EXTENDED_DAYS.ordinary, 'days')
        }
        answeredIn = answeredBy && DECISIONS.includes(answeredBy.kind) ? addLegalPeriod(due, PERIODS['arrest-decision'].amount, 'days') : due
      }
      if (period === 'investigation-custody') {
        const extensions = between(ordered, index, answeredBy, ['investigation-extended-156', 'investigation-extended-158', 'investigation-extended-159'])
        // Each extension runs on from the previous expiry (docs/decisions.md).
        for (const extension of extensions) {
          due = addLegalPeriod(due, INVESTIGATION_EXTENSION_MONTHS[extension.kind.replace('investigation-extended-', 'art-') as keyof typeof INVESTIGATION_EXTENSION_MONTHS], 'months')
          kind = extension.kind
        }
        answeredIn = due
      }
      if (period === 'first-instance-trial') {
        // An approved extension adds its months to the longest period without one (at most 3 months).
        const extended = between(ordered, index, answeredBy, ['trial-extended'])[0]
        if (extended) {
          kind = extended.kind
          due = addLegalPeriod(longerDue(event.date, statute, statute.longer?.[0] ?? { code: 'atMost', amount: statute.amount, unit: statute.unit }), TRIAL_EXTENSION_MONTHS, 'months')
        }
        answeredIn = due
      }
      const custody = statute.custody === 'if-in-custody' ? heldAfter(ordered, index) : statute.custody
      const answerable = ANSWERS[period].length > 0
      const moved = custody ? null : holidayMove(due)
      deadlines.push({
        key: `${event.id}:${period}`,
        period,
        kind,
        eventId: event.id,
        start: event.date,
        due,
        movedTo: moved?.movedTo ?? null,
        holiday: moved?.holiday ?? null,
        amount: statute.amount,
        unit: statute.unit,
        custody,
        mayMove: !custody && !calendarCovers(due) && isWeekend(due),
        daysLeft: daysBetween(today, moved?.movedTo ?? due),
        state: stateOf(moved?.movedTo ?? answeredIn, today, answeredBy, answerable),
        answeredBy,
        longer: (statute.longer ?? []).map((limit) => ({ code: limit.code, due: longerDue(event.date, statute, limit) })),
        source: statute.source,
        ...(statute.article ? { article: statute.article } : {}),
        note,
      })
    }
    if (event.kind === 'detained') leverage = leverageWindow(ordered, index, today, deadlines[deadlines.length - 1])
  })
  const returns = ordered.filter((event) => event.kind === 'returned-for-supplementary-investigation').length
  return { events: ordered, deadlines, leverage, inCustody: heldAfter(ordered, ordered.length - 1), tooManyReturns: returns > MAX_SUPPLEMENTARY_RETURNS }
}

/** A longer limit's last day: "+15 days" runs on from the ordinary last day; "at most 3 months" and "30 days" count from the start. */
function longerDue(start: string, statute: StatutoryPeriod, limit: NonNullable<StatutoryPeriod['longer']>[number]): string {
  const from = limit.added ? addLegalPeriod(start, statute.amount, statute.unit) : start
  return addLegalPeriod(from, limit.amount, limit.unit)
}

/** The latest detention's window to the arrest decision. */
function leverageWindow(ordered: readonly ProcedureEvent[], index: number, today: string, request: Deadline | undefined): LeverageWindow {
  const detained = ordered[index] as ProcedureEvent
  const requestBy = request?.due ?? detained.date
  const implied = request?.note === 'extension-30-implied' ? 'roving-serial-gang' : request?.note === 'extension-implied' ? 'ordinary' : null
  const decided = answerOf(ordered, index, 'arrest-decision')
  const requested = between(ordered, index, decided, ['arrest-requested'])[0] ?? null
  const extensions = between(ordered, index, decided, ['detention-extended', 'detention-extended-30'])
  const extension = implied ?? (extensions.some((e) => e.kind === 'detention-extended-30') ? 'roving-serial-gang' : extensions.length > 0 ? 'ordinary' : 'none')
  const latest = addLegalPeriod(requestBy, PERIODS['arrest-decision'].amount, 'days')
  // A request made early brings the decision forward; never later than the longest the law allows.
  const decisionBy = requested ? minDate(addLegalPeriod(requested.date, PERIODS['arrest-decision'].amount, 'days'), latest) : latest
  const released = decided ?? between(ordered, index, null, ['bail', 'residential-surveillance', 'closed'])[0] ?? null
  return {
    detainedOn: detained.date,
    requestBy,
    requestedOn: requested?.date ?? null,
    decisionBy,
    decided: released,
    open: !released && decisionBy >= today,
    daysLeft: daysBetween(today, decisionBy),
    length: daysBetween(detained.date, latest),
    extension,
    implied: implied !== null,
  }
}

function minDate(a: string, b: string): string {
  return a < b ? a : b
}
