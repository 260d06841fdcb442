// Issue 19: what a late arrest decision implies, custody extensions running on from the
// previous expiry, the trial from the court's acceptance, the official holiday calendar, and
// the new events through import and export.
import { describe, expect, it } from 'vitest'
import { CaseFileError, HOLIDAY_CALENDAR_YEARS, caseTracker, holidayMove, holidayOf, parseCaseFile, parseCaseFileText, procedureView, type ProcedureEvent } from '@/domain'
import { serializeCase } from '@/persistence/caseData'
import { criminalExampleText } from '../../support/examples'

let n = 0
const event = (kind: ProcedureEvent['kind'], date: string): ProcedureEvent => ({ id: `p${++n}`, kind, date })
const period = (events: ProcedureEvent[], today: string, code: string) => procedureView(events, today).deadlines.filter((d) => d.period === code)

describe('the arrest decision answers the police’s request deadline (CPL Art. 91)', () => {
  it('detention 2025-09-30, approval 2025-11-05 (36 days): answered, the 30-day extension implied', () => {
    const view = procedureView([event('detained', '2025-09-30'), event('arrest-approved', '2025-11-05')], '2025-11-20')
    expect(view.deadlines[0]).toMatchObject({ period: 'arrest-request', due: '2025-10-30', state: 'met', note: 'extension-30-implied', custody: true, movedTo: null })
    expect(view.deadlines[0]?.answeredBy?.kind).toBe('arrest-approved')
    expect(view.leverage).toMatchObject({ requestBy: '2025-10-30', decisionBy: '2025-11-06', length: 37, extension: 'roving-serial-gang', implied: true, open: false })
  })

  it.each([
    // days after detention, the decision, the request's last day, the note, the state, the window's length
    ['2024-03-09', 'arrest-approved', '2024-03-04', null, 'met', 10],
    ['2024-03-11', 'arrest-refused', '2024-03-04', null, 'met', 10],
    ['2024-03-12', 'arrest-approved', '2024-03-08', 'extension-implied', 'met', 14],
    ['2024-03-15', 'arrest-approved', '2024-03-08', 'extension-implied', 'met', 14],
    ['2024-03-16', 'arrest-refused', '2024-03-31', 'extension-30-implied', 'met', 37],
    ['2024-04-08', 'arrest-approved', '2024-03-31', 'extension-30-implied', 'late', 37],
  ] as const)('detained 2024-03-01, decided %s (%s): request by %s, %s, %s', (decidedOn, kind, due, note, state, length) => {
    const view = procedureView([event('detained', '2024-03-01'), event(kind, decidedOn)], '2024-05-01')
    expect(view.deadlines[0]).toMatchObject({ due, note, state })
    expect(view.leverage).toMatchObject({ length, implied: note !== null })
  })

  it('a recorded extension is not called implied; a recorded request still answers it', () => {
    const view = procedureView([event('detained', '2024-03-01'), event('detention-extended-30', '2024-03-03'), event('arrest-requested', '2024-03-20'), event('arrest-approved', '2024-03-25')], '2024-05-01')
    expect(view.deadlines[0]).toMatchObject({ kind: 'detention-extended-30', note: null, state: 'met' })
    expect(view.deadlines[0]?.answeredBy?.kind).toBe('arrest-requested')
    expect(view.leverage).toMatchObject({ implied: false, extension: 'roving-serial-gang' })
  })
})

describe('investigation custody: each extension runs on from the previous expiry (CPL Arts. 156, 158, 159)', () => {
  const arrest = event('arrest-approved', '2015-12-29')
  const extensions = [event('investigation-extended-156', '2016-02-20'), event('investigation-extended-158', '2016-03-25'), event('investigation-extended-159', '2016-05-25')]
  it.each([
    [0, 'arrest-approved', '2016-02-29'],
    [1, 'investigation-extended-156', '2016-03-31'],
    [2, 'investigation-extended-158', '2016-05-31'],
    [3, 'investigation-extended-159', '2016-07-31'],
  ] as const)('arrest 2015-12-29 with %i extensions: %s, last day %s', (count, kind, due) => {
    const [custody] = period([arrest, ...extensions.slice(0, count)], '2016-06-01', 'investigation-custody')
    expect(custody).toMatchObject({ kind, due, custody: true, movedTo: null })
  })

  it('an indictment within the extended period answers custody in time', () => {
    const [custody] = period([arrest, ...extensions, event('indicted', '2016-07-30')], '2016-08-01', 'investigation-custody')
    expect(custody).toMatchObject({ state: 'met', due: '2016-07-31' })
    expect(custody?.answeredBy?.kind).toBe('indicted')
  })
})

describe('the first-instance trial counts from the court’s acceptance (CPL Art. 208)', () => {
  it('without an acceptance: from the indictment, with a note', () => {
    const [trial] = period([event('bail', '2024-05-10'), event('indicted', '2024-10-31')], '2024-11-01', 'first-instance-trial')
    expect(trial).toMatchObject({ kind: 'indicted', start: '2024-10-31', due: '2024-12-31', note: 'trial-from-indictment' })
  })

  it('with the acceptance and an approved extension: 3 months more after the 3-month limit', () => {
    const accepted = event('trial-accepted', '2024-11-05')
    const events = [event('arrest-approved', '2024-05-10'), event('indicted', '2024-10-31'), accepted]
    const plain = period(events, '2024-11-06', 'first-instance-trial')
    expect(plain).toHaveLength(1)
    expect(plain[0]).toMatchObject({ eventId: accepted.id, kind: 'trial-accepted', due: '2025-01-05', note: null, custody: true, longer: [{ code: 'atMost', due: '2025-02-05' }] })
    events.push(event('trial-extended', '2025-01-20'))
    const [extended] = period(events, '2025-03-01', 'first-instance-trial')
    // Custody: 2025-05-05 is in the Labour Day holiday, and does not move.
    expect(extended).toMatchObject({ kind: 'trial-extended', due: '2025-05-05', state: 'open', custody: true, movedTo: null })
    events.push(event('judgment-received', '2025-04-28'))
    expect(period(events, '2025-05-01', 'first-instance-trial')[0]?.state).toBe('met')
  })

  it('an ordinary trial period (the defendant free) ending in a holiday moves', () => {
    const [trial] = period([event('bail', '2024-05-10'), event('trial-accepted', '2024-11-05'), event('trial-extended', '2025-01-20')], '2025-03-01', 'first-instance-trial')
    expect(trial).toMatchObject({ due: '2025-05-05', movedTo: '2025-05-06', holiday: 'labour-day', custody: false })
  })

  it('supplementary investigation during trial stops the period; it restarts when the court has the case again', () => {
    const events = [event('trial-accepted', '2024-11-05'), event('trial-supplementary-investigation', '2024-12-20'), event('trial-accepted', '2025-01-20')]
    const trials = period(events, '2025-02-01', 'first-instance-trial')
    expect(trials.map((d) => [d.start, d.due, d.state, d.answeredBy?.kind ?? null])).toEqual([
      ['2024-11-05', '2025-01-05', 'met', 'trial-supplementary-investigation'],
      ['2025-01-20', '2025-03-20', 'open', null],
    ])
  })
})

describe('the official holiday calendar (chinese-days)', () => {
  it('covers 2004 to 2026', () => {
    expect(HOLIDAY_CALENDAR_YEARS).toEqual({ from: '2004', to: '2026' })
  })

  it.each([
    ['2024-10-07', 'national-day', { movedTo: '2024-10-08', holiday: 'national-day' }],
    ['2024-10-12', null, null], // a makeup working day (Saturday) is not a holiday
    ['2025-01-28', 'spring-festival', { movedTo: '2025-02-05', holiday: 'spring-festival' }],
    ['2025-02-08', null, null], // makeup working day
    ['2024-06-10', 'dragon-boat', { movedTo: '2024-06-11', holiday: 'dragon-boat' }],
    ['2024-06-08', 'weekend', { movedTo: '2024-06-11', holiday: 'dragon-boat' }], // a weekend joined to the festival is named after it
    ['2024-06-01', 'weekend', { movedTo: '2024-06-03', holiday: 'weekend' }],
    ['2024-06-04', null, null],
    ['2030-06-02', 'weekend', null], // outside the covered years: not moved, only "may move"
  ] as const)('%s is %s', (day, holiday, move) => {
    expect(holidayOf(day)).toBe(holiday)
    expect(holidayMove(day)).toEqual(move)
  })

  it('a judgment received 2024-09-27: the appeal’s 10th day (National Day) moves to 2024-10-08; a detention on 2024-09-30 keeps its custody deadline', () => {
    const view = procedureView([event('judgment-received', '2024-09-27'), event('detained', '2024-09-30')], '2024-09-30')
    const of = (code: string) => view.deadlines.find((d) => d.period === code)
    expect(of('defendant-appeal')).toMatchObject({ due: '2024-10-07', movedTo: '2024-10-08', holiday: 'national-day', mayMove: false, daysLeft: 8 })
    expect(of('victim-protest-request')).toMatchObject({ due: '2024-10-02', movedTo: '2024-10-08', holiday: 'national-day' })
    expect(of('arrest-request')).toMatchObject({ due: '2024-10-03', movedTo: null, holiday: null, custody: true })
  })

  it('outside the covered years a weekend last day may move', () => {
    const [appeal] = period([event('judgment-received', '2030-05-23')], '2030-05-23', 'defendant-appeal')
    expect(appeal).toMatchObject({ due: '2030-06-02', movedTo: null, mayMove: true })
  })
})

describe('the new events in the tracker block', () => {
  const withProcedure = (procedure: unknown[]) => {
    const raw = JSON.parse(criminalExampleText()) as Record<string, unknown>
    return { ...raw, extra: { tracker: { version: 2, procedure } } }
  }
  const added = [
    { id: 'n1', kind: 'trial-accepted', date: '2024-11-05', reference: '(2024)粤0304刑初123号' },
    { id: 'n2', kind: 'trial-extended', date: '2025-01-20' },
    { id: 'n3', kind: 'trial-supplementary-investigation', date: '2025-02-10', note: 'Taken back by the procuratorate' },
  ]

  it('validate on import and survive export and import', () => {
    const file = parseCaseFile(withProcedure(added))
    expect(caseTracker(file).procedure?.map((e) => e.kind)).toEqual(['trial-accepted', 'trial-extended', 'trial-supplementary-investigation'])
    expect(parseCaseFileText(serializeCase(file))).toEqual(file)
  })

  it('an unknown kind or a bad date is refused at its path', () => {
    let issues: string[] = []
    try {
      parseCaseFile(withProcedure([{ id: 'n1', kind: 'trial-postponed', date: '2024-11-05' }, { id: 'n2', kind: 'trial-extended', date: '2025-02-30' }]))
    } catch (error) {
      if (!(error instanceof CaseFileError)) throw error
      issues = error.issues.map((issue) => issue.path)
    }
    expect(issues).toEqual(['extra.tracker.procedure[0].kind', 'extra.tracker.procedure[1].date'])
  })
})
