// Deadlines of the procedure from recorded events: the page's table, custody apart
// from ordinary periods, the detention-to-arrest-decision window.
import { describe, expect, it } from 'vitest'
import { procedureView, type ProcedureEvent } from '@/domain'
import { criminalExample } from '../../support/examples'

let n = 0
const event = (kind: ProcedureEvent['kind'], date: string): ProcedureEvent => ({ id: `ev${++n}`, kind, date })
const dueOf = (events: ProcedureEvent[], today: string, period: string) => procedureView(events, today).deadlines.find((d) => d.period === period)

describe('the worked example (harbor-tools, seller detained 2024-04-28)', () => {
  const { file } = criminalExample()
  const events = (file.extra as { tracker: { procedure: ProcedureEvent[] } }).tracker.procedure

  it('computes each deadline with its kind, last day, custody and state', () => {
    const view = procedureView(events, '2024-05-16')
    expect(view.deadlines.map((d) => [d.period, d.kind, d.due, d.custody, d.state])).toEqual([
      ['filing-review', 'report-submitted', '2024-04-15', false, 'met'],
      ['arrest-request', 'detention-extended', '2024-05-05', true, 'met'],
      ['arrest-decision', 'arrest-requested', '2024-05-11', true, 'met'],
      ['investigation-custody', 'arrest-approved', '2024-07-10', true, 'open'],
    ])
    expect(view.deadlines[3]?.daysLeft).toBe(55)
    expect(view.inCustody).toBe(true)
  })

  it('shows the longer limits of the filing review: 30 days with approval, 60 in all', () => {
    const review = procedureView(events, '2024-05-16').deadlines[0]
    expect(review?.longer).toEqual([
      { code: 'majorComplex', due: '2024-05-08' },
      { code: 'nextLevel', due: '2024-06-07' },
    ])
  })

  it('shows the window from detention to the arrest decision, closed once decided', () => {
    const window = procedureView(events, '2024-05-16').leverage
    expect(window).toMatchObject({ detainedOn: '2024-04-28', requestBy: '2024-05-05', requestedOn: '2024-05-04', decisionBy: '2024-05-11', open: false, length: 14, extension: 'ordinary' })
    expect(window?.decided?.kind).toBe('arrest-approved')
  })

  it('keeps the window open with its days left while the decision is pending', () => {
    const pending = events.filter((e) => e.kind !== 'arrest-approved')
    const window = procedureView(pending, '2024-05-06').leverage
    expect(window).toMatchObject({ open: true, decisionBy: '2024-05-11', daysLeft: 5 })
    expect(procedureView(pending, '2024-05-12').leverage?.open).toBe(false)
    expect(dueOf(pending, '2024-05-12', 'arrest-decision')?.state).toBe('overdue')
  })
})

describe('detention and arrest (CPL Art. 91): custody, never moved by a holiday', () => {
  it('a detention on the last day of a month: request by the third day, decision by the tenth', () => {
    const view = procedureView([event('detained', '2024-01-31')], '2024-01-31')
    expect(view.deadlines[0]).toMatchObject({ period: 'arrest-request', due: '2024-02-03', custody: true, mayMove: false, state: 'open', daysLeft: 3 })
    expect(view.leverage).toMatchObject({ requestBy: '2024-02-03', decisionBy: '2024-02-10', length: 10, open: true, daysLeft: 10 })
  })

  it('on the last day of February in a leap year', () => {
    expect(dueOf([event('detained', '2024-02-29')], '2024-02-29', 'arrest-request')?.due).toBe('2024-03-03')
  })

  it('extended: to 7 days (14 to the decision), or 30 for roving, serial or gang suspects (37)', () => {
    const ordinary = procedureView([event('detained', '2024-04-30'), event('detention-extended', '2024-05-02')], '2024-05-02')
    expect(ordinary.deadlines[0]).toMatchObject({ kind: 'detention-extended', due: '2024-05-07' })
    expect(ordinary.leverage).toMatchObject({ decisionBy: '2024-05-14', length: 14 })
    const gang = procedureView([event('detained', '2024-12-31'), event('detention-extended-30', '2025-01-02')], '2025-01-02')
    expect(gang.deadlines[0]).toMatchObject({ kind: 'detention-extended-30', due: '2025-01-30' })
    expect(gang.leverage).toMatchObject({ decisionBy: '2025-02-06', length: 37 })
  })

  it('a request made early brings the decision forward', () => {
    const view = procedureView([event('detained', '2024-05-01'), event('arrest-requested', '2024-05-02')], '2024-05-03')
    expect(view.deadlines.find((d) => d.period === 'arrest-decision')?.due).toBe('2024-05-09')
    expect(view.leverage?.decisionBy).toBe('2024-05-09')
  })

  it('a custody deadline on a weekend does not move', () => {
    // 2024-06-01 is a Saturday.
    expect(dueOf([event('detained', '2024-05-29')], '2024-05-29', 'arrest-request')).toMatchObject({ due: '2024-06-01', custody: true, mayMove: false })
  })

  it('bail ends the window; the request deadline is answered', () => {
    const view = procedureView([event('detained', '2024-05-01'), event('bail', '2024-05-03')], '2024-05-04')
    expect(view.leverage?.open).toBe(false)
    expect(view.deadlines[0]?.state).toBe('met')
    // 2025-05-03 is in the Labour Day holiday (May 1-5): bail ends on the first day after it.
    expect(view.deadlines.find((d) => d.period === 'bail')).toMatchObject({ due: '2025-05-03', movedTo: '2025-05-06', holiday: 'labour-day', custody: false, mayMove: false })
    expect(view.inCustody).toBe(false)
  })
})

describe('investigation custody after arrest (CPL Arts. 156, 158-160)', () => {
  it('two months from an arrest on the last day of a month, to the last day', () => {
    expect(dueOf([event('arrest-approved', '2024-01-31')], '2024-02-01', 'investigation-custody')?.due).toBe('2024-03-31')
    expect(dueOf([event('arrest-approved', '2023-12-31')], '2024-01-01', 'investigation-custody')?.due).toBe('2024-02-29')
  })

  it('each extension adds its months, run on from the previous expiry', () => {
    const events = [event('arrest-approved', '2024-05-10'), event('investigation-extended-156', '2024-07-05'), event('investigation-extended-158', '2024-08-05')]
    expect(dueOf(events, '2024-08-06', 'investigation-custody')).toMatchObject({ kind: 'investigation-extended-158', due: '2024-10-10' })
    events.push(event('investigation-extended-159', '2024-10-01'))
    expect(dueOf(events, '2024-10-02', 'investigation-custody')?.due).toBe('2024-12-10')
  })
})

describe('ordinary periods: moved when the last day is a holiday', () => {
  it('a judgment received before a weekend: the victim asks for a protest within 5 days, the defendant appeals within 10', () => {
    // Received Friday 2024-05-31: the weekend inside the period counts.
    const friday = procedureView([event('judgment-received', '2024-05-31')], '2024-05-31')
    // The tenth day, Monday 2024-06-10, is the Dragon Boat Festival.
    expect(friday.deadlines.map((d) => [d.period, d.due, d.movedTo, d.holiday])).toEqual([
      ['victim-protest-request', '2024-06-05', null, null],
      ['defendant-appeal', '2024-06-10', '2024-06-11', 'dragon-boat'],
    ])
    // Received Tuesday 2024-05-28: the victim's fifth day is Sunday 2024-06-02, which moves to Monday.
    const tuesday = procedureView([event('judgment-received', '2024-05-28')], '2024-05-28')
    expect(tuesday.deadlines[0]).toMatchObject({ due: '2024-06-02', movedTo: '2024-06-03', holiday: 'weekend', mayMove: false, custody: false, daysLeft: 6 })
    expect(procedureView([event('judgment-received', '2024-05-28')], '2024-06-03').deadlines[0]?.state).toBe('open')
    expect(procedureView([event('judgment-received', '2024-05-28')], '2024-06-04').deadlines[0]?.state).toBe('expired')
  })

  it('a refused filing: reconsideration within 7 days, decided within 30; then review at the next level', () => {
    const events = [event('report-submitted', '2024-03-01'), event('filing-refused', '2024-03-06'), event('reconsideration-requested', '2024-03-12')]
    const view = procedureView(events, '2024-03-12')
    expect(view.deadlines.map((d) => [d.period, d.due, d.state])).toEqual([
      ['filing-review', '2024-03-08', 'met'],
      ['reconsideration-request', '2024-03-13', 'met'],
      ['reconsideration-decision', '2024-04-11', 'open'],
    ])
  })

  it('review for prosecution: a month, +15 days if major; at most two returns, the review restarting after each', () => {
    const events = [event('referred-for-prosecution', '2024-07-31'), event('returned-for-supplementary-investigation', '2024-08-20')]
    const view = procedureView(events, '2024-08-21')
    expect(view.deadlines[0]).toMatchObject({ due: '2024-08-31', state: 'met', longer: [{ code: 'majorComplex', due: '2024-09-15' }] })
    expect(view.deadlines[1]).toMatchObject({ period: 'supplementary-investigation', due: '2024-09-20', state: 'open' })
    events.push(event('referred-for-prosecution', '2024-09-18'), event('returned-for-supplementary-investigation', '2024-10-10'))
    events.push(event('referred-for-prosecution', '2024-11-01'), event('returned-for-supplementary-investigation', '2024-11-20'))
    expect(procedureView(events, '2024-11-21').tooManyReturns).toBe(true)
  })

  it('the trial: two months, at most three; custody when the defendant is held', () => {
    const held = procedureView([event('arrest-approved', '2024-05-10'), event('indicted', '2024-10-31')], '2024-11-01')
    expect(held.deadlines[1]).toMatchObject({ period: 'first-instance-trial', due: '2024-12-31', custody: true, longer: [{ code: 'atMost', due: '2025-01-31' }] })
    const free = procedureView([event('bail', '2024-05-10'), event('indicted', '2024-10-31')], '2024-11-01')
    expect(free.deadlines[1]).toMatchObject({ custody: false, mayMove: false })
  })

  it('a closed case answers every open deadline', () => {
    const view = procedureView([event('report-submitted', '2024-03-01'), event('closed', '2024-03-20')], '2024-04-01')
    expect(view.deadlines[0]).toMatchObject({ state: 'late' })
    expect(view.deadlines[0]?.answeredBy?.kind).toBe('closed')
  })

  it('orders events by date, same-day events as recorded', () => {
    const a = event('detained', '2024-05-02')
    const b = event('report-submitted', '2024-05-01')
    const c = event('arrest-requested', '2024-05-02')
    expect(procedureView([a, b, c], '2024-05-02').events.map((e) => e.id)).toEqual([b.id, a.id, c.id])
  })
})
