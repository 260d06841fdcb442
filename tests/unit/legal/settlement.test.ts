// The settlement documents: the agreement's terms from the case, the schedule and
// security of parts paid later, and the payment-before-pardon check.
import { describe, expect, it } from 'vitest'
import { buildCaseView, criminalView, parseCaseFile, summarizeCase, withCaseTracker, withPartSecurity, type CaseFile, type Pardon } from '@/domain'
import { criminalExample, example } from '../../support/examples'

const viewOf = (file: CaseFile) => {
  const read = parseCaseFile(JSON.parse(JSON.stringify(file)))
  return buildCaseView(read, summarizeCase(read))
}
const withPardon = (file: CaseFile, pardon: Pardon) => withCaseTracker(file, { settlement: { ...criminalView(viewOf(file), '2024-06-01').tracker.settlement, pardon } })

describe('the restitution agreement (worked example)', () => {
  const { view } = criminalExample()
  const settlement = criminalView(view, '2024-06-01').settlement

  it('records the accepted final offer: amount, payer, method, partial satisfaction', () => {
    const agreement = settlement.agreement
    expect(agreement.offer?.id).toBe('o3')
    expect(agreement.inBase?.toFixed(2)).toBe('69444.44')
    expect(agreement.currency).toBe('USD')
    expect(agreement.payer?.name).toBe('Zhang Wei')
    expect(agreement.payerIsCloseRelative).toBe(false)
    expect(agreement.satisfaction).toBe('partial')
    expect(agreement.satisfactionRecorded).toBe(true)
  })

  it('schedules each part: the father’s mortgage loan, due later, secured by a mortgage registered for the buyer', () => {
    const rows = settlement.agreement.schedule.map((row) => [row.part.partyId, row.part.kind, row.deferred, row.mortgageLoan, row.security?.kind ?? null, row.unsecured])
    expect(rows).toEqual([
      ['zhang-wei', 'cash', false, false, null, false],
      ['zhang-jun', 'mortgage', true, true, 'registered-mortgage', false],
      ['li-na', 'cash', false, false, null, false],
    ])
    expect(settlement.agreement.schedule[1]?.securityProperty?.id).toBe('yiwu-flat')
  })

  it('a deferred part without security is flagged', () => {
    const bare = withPartSecurity(view.file, 'o3', 1, undefined)
    expect(criminalView(viewOf(bare), '2024-06-01').settlement.agreement.schedule[1]).toMatchObject({ deferred: true, unsecured: true, security: null })
  })

  it('suggests full or partial satisfaction from the amount when none is recorded', () => {
    const unrecorded = withCaseTracker(view.file, { settlement: { agreement: { offerId: 'o3' } } })
    expect(criminalView(viewOf(unrecorded), '2024-06-01').settlement.agreement).toMatchObject({ satisfaction: 'partial', satisfactionRecorded: false })
    const whole = withCaseTracker(view.file, { settlement: { agreement: { offerId: 'o3', amount: '700000', currency: 'CNY' } } })
    const agreement = criminalView(viewOf(whole), '2024-06-01').settlement.agreement
    expect(agreement.inBase?.toFixed(2)).toBe('97222.22')
    expect(agreement.satisfaction).toBe('full')
  })
})

describe('payment before pardon', () => {
  const { file } = criminalExample()

  it('warns: the pardon is planned for 2024-06-29, when $62,500.00 of $69,444.44 has come in (the cousin’s RMB 50,000 is missing)', () => {
    const check = criminalView(viewOf(file), '2024-06-01').settlement.check
    expect(check).toMatchObject({ state: 'early', date: '2024-06-29', planned: true, fullyReceivedOn: null })
    // 200,000 CNY / 7.2 + 34,722.22 USD = 62,499.9978 USD; 69,444.4444 - that = 6,944.4467 (exact, rounded only when shown)
    expect(check.receivedBy.toFixed(4)).toBe('62499.9978')
    expect(check.shortfall.toFixed(4)).toBe('6944.4467')
  })

  it('is satisfied once the money relied on was received on or before the signing (to the cent: the father wired $34,722.22 for RMB 250,000)', () => {
    const paid = { ...file, payments: [...file.payments, { id: 'r3', date: '2024-07-02', amount: '50000', currency: 'CNY', offerId: 'o3', partyId: 'li-na' }] }
    expect(criminalView(viewOf(withPardon(paid, { status: 'signed', signedOn: '2024-07-02' })), '2024-07-03').settlement.check).toMatchObject({ state: 'ok', fullyReceivedOn: '2024-07-02' })
    const early = criminalView(viewOf(withPardon(paid, { status: 'signed', signedOn: '2024-07-01' })), '2024-07-03').settlement.check
    expect(early).toMatchObject({ state: 'early', planned: false, fullyReceivedOn: '2024-07-02' })
  })

  it('a signed pardon without its date asks for it; no pardon, nothing to check', () => {
    expect(criminalView(viewOf(withPardon(file, { status: 'signed' })), '2024-06-01').settlement.check.state).toBe('no-date')
    expect(criminalView(viewOf(withPardon(file, { status: 'requested' })), '2024-06-01').settlement.check.state).toBe('none')
  })

  it('relies on every payment when no offer was agreed', () => {
    const { view } = example('kowloon-vanished')
    const planned = withCaseTracker(view.file, { settlement: { agreement: { amount: '100000', currency: 'HKD' }, pardon: { plannedOn: '2024-10-01' } } })
    const check = criminalView(viewOf(planned), '2024-09-30').settlement.check
    expect(check).toMatchObject({ state: 'early', planned: true })
    expect(check.needed?.toFixed(2)).toBe('100000.00')
  })
})
