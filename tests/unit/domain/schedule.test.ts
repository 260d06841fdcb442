// Who still owes what, and when: the accepted offer part by part, worked examples.
import { describe, expect, it } from 'vitest'
import { buildCaseView, parseCaseFile, paymentSchedule, summarizeCase, type PaymentSchedule } from '@/domain'
import { example, fixed } from '../../support/examples'
import { comp, demand, payment, rawCase, seller, type Json } from './helpers'

const money = (value: { shown: { toFixed(n: number): string } }) => value.shown.toFixed(2)
const scheduleOf = (over: Json, asOf = '2024-07-01'): PaymentSchedule => {
  const file = parseCaseFile(rawCase(over))
  const schedule = paymentSchedule(buildCaseView(file, summarizeCase(file)), asOf)
  if (!schedule) throw new Error('no accepted offer')
  return schedule
}
const rowsOf = (schedule: PaymentSchedule) =>
  schedule.rows.map((row) => [row.partyId, row.due, money(row.inBase), money(row.paid), money(row.outstanding), row.status, row.overdue])

describe('the schedule of harbor-tools (the final offer, accepted and partly paid)', () => {
  const { view } = example('harbor-tools')

  it('lists each part with its payer, kind, due date, what was paid and what is outstanding', () => {
    const schedule = paymentSchedule(view, '2024-07-15')!
    expect(schedule.offer.id).toBe('o3')
    expect(schedule.rows.map((row) => [row.payer?.name, row.kind, row.due, row.dueAgreed, row.amount.toFixed(), row.currency])).toEqual([
      // Parts with no due date are due on acceptance: the offer's date, before the father's 30 June.
      ['Zhang Wei', 'cash', '2024-05-16', false, '200000', 'CNY'],
      ['Li Na', 'cash', '2024-05-16', false, '50000', 'CNY'],
      ['Zhang Jun', 'mortgage', '2024-06-30', true, '250000', 'CNY'],
    ])
    expect(rowsOf(schedule)).toEqual([
      ['zhang-wei', '2024-05-16', '27777.78', '27777.78', '0.00', 'paid', false],
      ['li-na', '2024-05-16', '6944.44', '0.00', '6944.44', 'open', true],
      // The father's mortgage money (USD 34,722.22 wired) settles his part as shown.
      ['zhang-jun', '2024-06-30', '34722.22', '34722.22', '0.00', 'paid', false],
    ])
    expect(schedule.rows.map((row) => row.settledOn)).toEqual(['2024-05-20', null, '2024-06-28'])
  })

  it('foots: accepted $69,444.44 − paid $62,500.00 = $6,944.44 outstanding, the cousin’s RMB 50,000', () => {
    const schedule = paymentSchedule(view, '2024-07-15')!
    expect([money(schedule.total), money(schedule.paid), money(schedule.outstanding)]).toEqual(['69444.44', '62500.00', '6944.44'])
    expect(schedule.total.shown.minus(schedule.paid.shown).toFixed(2)).toBe(money(schedule.outstanding))
    // The exact figures stay with them: the wire fell short of the part by a fraction of a cent.
    expect(fixed(schedule.outstanding.exact)).toBe('6944.44666667')
    expect(schedule.owing.map((owing) => [owing.payer?.name, money(owing.outstanding), owing.due, owing.overdue])).toEqual([['Li Na', '6944.44', '2024-05-16', true]])
    expect(schedule.rows[1]!.daysOverdue).toBe(60)
  })

  it('counts only the money received by its day: on 1 June the father’s part is open but not yet due', () => {
    const schedule = paymentSchedule(view, '2024-06-01')!
    expect(rowsOf(schedule).map((row) => [row[0], row[3], row[4], row[5], row[6]])).toEqual([
      ['zhang-wei', '27777.78', '0.00', 'paid', false],
      ['li-na', '0.00', '6944.44', 'open', true],
      ['zhang-jun', '0.00', '34722.22', 'open', false],
    ])
    expect(schedule.owing.map((owing) => [owing.payer?.name, money(owing.outstanding), owing.due, owing.overdue])).toEqual([
      ['Li Na', '6944.44', '2024-05-16', true],
      ['Zhang Jun', '34722.22', '2024-06-30', false],
    ])
    expect([money(schedule.outstanding), money(schedule.overdue)]).toEqual(['41666.66', '6944.44'])
  })

  it('is overdue only after the due date, not on it', () => {
    const file = rawCase({
      offers: [seller([comp('dad', '100', { kind: 'installments', dueDate: '2024-06-30' })], { status: 'accepted' })],
    })
    expect(scheduleOf(file, '2024-06-30').rows[0]!.overdue).toBe(false)
    expect(scheduleOf(file, '2024-07-01').rows[0]!.overdue).toBe(true)
    expect(scheduleOf(file, '2024-07-01').rows[0]!.daysOverdue).toBe(1)
  })
})

it('has no schedule before an offer is accepted (kowloon-vanished)', () => {
  expect(paymentSchedule(example('kowloon-vanished').view, '2024-10-01')).toBeNull()
})

describe('matching payments to parts', () => {
  const parts = [
    comp('dad', '100', { kind: 'installments', dueDate: '2024-07-31' }),
    comp('dad', '100', { kind: 'installments', dueDate: '2024-06-30' }),
    comp('cousin', '50', { dueDate: '2024-06-15' }),
  ]
  const accepted = (payments: Json[]) => ({ offers: [seller(parts, { status: 'accepted' })], payments })

  it('pays a payer’s own parts first, earliest due first', () => {
    const schedule = scheduleOf(accepted([payment('120', 'USD', { offerId: 'o1', partyId: 'dad', date: '2024-06-20' })]))
    expect(rowsOf(schedule)).toEqual([
      ['cousin', '2024-06-15', '50.00', '0.00', '50.00', 'open', true],
      ['dad', '2024-06-30', '100.00', '100.00', '0.00', 'paid', false],
      ['dad', '2024-07-31', '100.00', '20.00', '80.00', 'part-paid', false],
    ])
    expect(schedule.rows[2]!.matched.map((match) => match.payment.id)).toEqual(['r1'])
  })

  it('gives what exceeds the payer’s parts to the earliest open parts, and a payment without payer too', () => {
    const schedule = scheduleOf(
      accepted([
        payment('230', 'USD', { offerId: 'o1', partyId: 'dad', date: '2024-06-20' }),
        payment('10', 'USD', { offerId: 'o1', date: '2024-06-21' }),
      ]),
    )
    expect(rowsOf(schedule).map((row) => [row[0], row[3], row[4], row[5]])).toEqual([
      ['cousin', '40.00', '10.00', 'part-paid'],
      ['dad', '100.00', '0.00', 'paid'],
      ['dad', '100.00', '0.00', 'paid'],
    ])
    expect(money(schedule.surplus)).toBe('0.00')
  })

  it('takes payments in date order whatever their order in the file, and keeps a surplus', () => {
    const schedule = scheduleOf(
      accepted([
        payment('300', 'USD', { offerId: 'o1', date: '2024-06-30' }),
        payment('30', 'USD', { offerId: 'o1', partyId: 'friend', date: '2024-06-01' }),
      ]),
    )
    // The friend has no part: the 30 goes to the cousin's earliest part; the 300 then fills the rest.
    expect(schedule.rows[0]!.matched.map((match) => [match.payment.id, money(match.amount)])).toEqual([
      ['r2', '30.00'],
      ['r1', '20.00'],
    ])
    expect([money(schedule.paid), money(schedule.outstanding), money(schedule.surplus)]).toEqual(['250.00', '0.00', '80.00'])
    expect(schedule.owing).toEqual([])
  })

  it('ignores payments against other offers', () => {
    const schedule = scheduleOf({
      offers: [seller('500'), seller(parts, { status: 'accepted' })],
      payments: [payment('500', 'USD', { offerId: 'o1' })],
    })
    expect(money(schedule.paid)).toBe('0.00')
  })

  it('works in the base currency’s minor units, so the rows foot', () => {
    // Three parts of CNY 100 at 7.2 are $13.89 each as shown; the schedule adds those up: $41.67, less $13.89 paid, $27.78.
    const schedule = scheduleOf({
      fx: [{ currency: 'CNY', perBase: '7.2' }],
      offers: [seller([comp('sam', '100', { currency: 'CNY' }), comp('dad', '100', { currency: 'CNY' }), comp('cousin', '100', { currency: 'CNY' })], { status: 'accepted' })],
      payments: [payment('13.89', 'USD', { offerId: 'o1', partyId: 'dad' })],
    })
    expect(rowsOf(schedule).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['sam', '13.89', '0.00', '13.89'],
      ['dad', '13.89', '13.89', '0.00'],
      ['cousin', '13.89', '0.00', '13.89'],
    ])
    expect([money(schedule.total), money(schedule.paid), money(schedule.outstanding)]).toEqual(['41.67', '13.89', '27.78'])
  })

  it('treats an accepted buyer demand as one sum the seller’s side owes, due on its date', () => {
    const schedule = scheduleOf({ offers: [seller('100'), demand('150', { status: 'accepted', date: '2024-05-09' })] })
    expect(rowsOf(schedule)).toEqual([[null, '2024-05-09', '150.00', '0.00', '150.00', 'open', true]])
    expect(schedule.rows[0]!.kind).toBeNull()
  })
})
