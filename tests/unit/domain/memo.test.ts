// The memo model: the first page's facts and every schedule's rows and totals, as shown.
import { describe, expect, it } from 'vitest'
import { buildCaseView, memoModel, parseCaseFile, summarizeCase, withCaseTracker, type Shown } from '@/domain'
import { example, fixed } from '../../support/examples'
import { comp, rawCase, seller } from './helpers'

const two = (value: Shown | null | undefined) => value?.shown.toFixed(2) ?? null

describe('the memo of harbor-tools', () => {
  const { view, file } = example('harbor-tools')
  const memo = memoModel(view, { asOf: '2024-07-15' })

  it('names the parties and the matter', () => {
    expect(memo.sellers).toEqual(['Zhang Wei', 'Shenzhen Huaxin Trading Co., Ltd.'])
    expect(memo.buyer).toBe('Harbor Tools Ltd')
    expect(memo.matter).toEqual({ reference: null, stage: null, counselComment: null, privilegeLegend: null, signOff: {} })
    expect(memo.parties.find((party) => party.id === 'zhang-wei')?.note).toContain('detained 2024-04-28')
  })

  it('says where the talks stand: agreed at $69,444.44, $62,500.00 paid, $6,944.44 still to pay', () => {
    expect(memo.standing.kind).toBe('agreed')
    if (memo.standing.kind !== 'agreed') return
    expect(memo.standing.offer.id).toBe('o3')
    expect([two(memo.standing.total), two(memo.standing.paid), two(memo.standing.stillToPay)]).toEqual(['69444.44', '62500.00', '6944.44'])
    expect(memo.schedule?.owing.map((owing) => [owing.payer?.name, two(owing.outstanding), owing.due])).toEqual([['Li Na', '6944.44', '2024-05-16']])
  })

  it('has schedules whose totals are the sums of their rows as shown', () => {
    expect(memo.losses.rows.map((row) => two(row.inBase))).toEqual(['27000.00', '63000.00', '85.50', '333.33'])
    expect(two(memo.losses.total)).toBe('90418.83')
    expect(two(memo.payments.total)).toBe('62500.00')
    expect(memo.payments.rows.map((row) => [row.payers[0]?.party?.name, row.against?.id])).toEqual([
      ['Zhang Wei', 'o3'],
      ['Zhang Jun', 'o3'],
    ])
    expect(two(memo.costs.total)).toBe('8437.50')
    expect(fixed(memo.costs.total.exact)).toBe('8437.50000000')
  })

  it('gives both sides’ movement round by round', () => {
    expect(memo.negotiation.map((row) => [row.row.id, two(row.total), two(row.movement)])).toEqual([
      ['o1', '13888.89', null],
      ['d1', '90085.50', null],
      ['o2', '41666.67', '27777.78'],
      ['d2', '80000.00', '10085.50'],
      ['o3', '69444.44', '27777.77'],
    ])
  })

  it('lists contributions to the accepted offer by payer and group, footing to its total', () => {
    const contributions = memo.contributions!
    expect(contributions.accepted).toBe(true)
    const share = (value: Shown | null) => [value?.shown.toFixed(4), fixed(value?.exact)]
    expect(
      contributions.groups.map((group) => [group.group, two(group.total), share(group.share), group.members.map((m) => [m.party.name, two(m.amount), share(m.share)])]),
    ).toEqual([
      ['seller', '27777.78', ['0.4000', '0.40000000'], [['Zhang Wei', '27777.78', ['0.4000', '0.40000000']]]],
      ['immediate', '34722.22', ['0.5000', '0.50000000'], [['Zhang Jun', '34722.22', ['0.5000', '0.50000000']]]],
      ['extended', '6944.44', ['0.1000', '0.10000000'], [['Li Na', '6944.44', ['0.1000', '0.10000000']]]],
    ])
    expect(two(contributions.total)).toBe('69444.44')
    expect(share(contributions.share)).toEqual(['1.0000', '1.00000000'])
  })

  it('carries the matter fields counsel entered', () => {
    const withMatter = withCaseTracker(file, {
      reference: 'SZ-PSB-2024-117',
      stage: 'Arrest approved; restitution agreed',
      counselComment: 'The cousin’s share is overdue.',
      signOff: { name: 'A. Counsel', role: 'Partner', firm: 'Counsel LLP', date: '2024-07-15' },
    })
    const parsed = parseCaseFile(withMatter)
    const matter = memoModel(buildCaseView(parsed, summarizeCase(parsed)), { asOf: '2024-07-15' }).matter
    expect(matter).toEqual({
      reference: 'SZ-PSB-2024-117',
      stage: 'Arrest approved; restitution agreed',
      counselComment: 'The cousin’s share is overdue.',
      privilegeLegend: null,
      signOff: { name: 'A. Counsel', role: 'Partner', firm: 'Counsel LLP', date: '2024-07-15' },
    })
  })
})

describe('the memo of kowloon-vanished (open final offer, no payment)', () => {
  const memo = memoModel(example('kowloon-vanished').view, { asOf: '2024-10-01' })

  it('stands open: the latest offer against the latest demand, and nothing owed yet', () => {
    expect(memo.standing.kind).toBe('open')
    if (memo.standing.kind !== 'open') return
    expect([memo.standing.offer?.id, memo.standing.demand?.id, two(memo.standing.gap)]).toEqual(['d', 'demand', '215000.00'])
    expect(memo.schedule).toBeNull()
    expect(memo.contributions?.accepted).toBe(false)
    expect(memo.contributions?.offer.id).toBe('d')
    expect(memo.assessment?.assessment.level).toBe('possible')
  })

  it('leaves the withdrawn offer out of the movement', () => {
    expect(memo.negotiation.map((row) => [row.row.id, two(row.movement)])).toEqual([
      ['a', null],
      ['b', '50000.00'],
      ['x', null],
      ['c', '30000.00'],
      ['d', '5000.00'],
      ['demand', null],
    ])
  })
})

it('prints shares that foot: two payers of 5 and 8 out of 19 show 26.32% + 42.10% under their 68.42%', () => {
  const parsed = parseCaseFile(rawCase({ offers: [seller([comp('sam', '5'), comp('co', '8'), comp('friend', '6')])] }))
  const contributions = memoModel(buildCaseView(parsed, summarizeCase(parsed)), { asOf: '2024-07-15' }).contributions!
  const percent = (value: Shown | null) => value?.shown.times(100).toFixed(2)
  expect(contributions.groups.map((group) => [group.group, percent(group.share), group.members.map((member) => percent(member.share))])).toEqual([
    ['seller', '68.42', ['26.32', '42.10']],
    ['associate', '31.58', ['31.58']],
  ])
  expect(percent(contributions.share)).toBe('100.00')
})

it('names no buyer when the title names no sides', () => {
  const { file } = example('empty')
  const parsed = parseCaseFile({ ...file, title: 'New case' })
  expect(memoModel(buildCaseView(parsed, summarizeCase(parsed)), { asOf: '2024-07-15' }).buyer).toBe('')
})
