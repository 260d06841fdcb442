// The case view: every figure and row a screen shows, worked out in the domain.
import { describe, expect, it } from 'vitest'
import { payerGroups } from '@/domain'
import { example, fixed } from '../../support/examples'

describe('the case view of harbor-tools', () => {
  const { view } = example('harbor-tools')

  it('numbers each side’s moves in negotiation order and keeps the summary’s figures', () => {
    expect(view.offers.map((row) => [row.id, row.label.side, row.label.number, fixed(row.label.total)])).toEqual([
      ['o1', 'seller', 1, '13888.88888889'],
      ['d1', 'buyer', 1, '90085.50000000'],
      ['o2', 'seller', 2, '41666.66666667'],
      ['d2', 'buyer', 2, '80000.00000000'],
      ['o3', 'seller', 3, '69444.44444444'],
    ])
    expect(view.latestOffer?.id).toBe('o3')
    expect(view.latestDemand?.id).toBe('d2')
    expect(view.acceptedOffer?.id).toBe('o3')
    expect(view.currencies).toEqual(['USD', 'CNY'])
  })

  it('gives each part of an offer its payer, property and amount both as written and in base currency', () => {
    const parts = view.offerById.get('o3')!.parts
    expect(parts.map((part) => [part.payer?.id, part.kind, part.property?.id ?? null, part.amount.toFixed(), part.currency, fixed(part.inBase), part.dueDate ?? null])).toEqual([
      ['zhang-wei', 'cash', null, '200000', 'CNY', '27777.77777778', null],
      ['zhang-jun', 'mortgage', 'yiwu-flat', '250000', 'CNY', '34722.22222222', '2024-06-30'],
      ['li-na', 'cash', null, '50000', 'CNY', '6944.44444444', null],
    ])
    expect(view.offerById.get('d2')!.parts).toEqual([])
    expect(view.offerById.get('d2')!.demand?.map((part) => [part.amount.toFixed(), part.currency])).toEqual([['80000', 'USD']])
  })

  it('converts each loss, payment and cost to base currency once, for every screen', () => {
    expect(view.losses.map((row) => [row.record.id, fixed(row.inBase)])).toEqual([
      ['deposit', '27000.00000000'],
      ['balance', '63000.00000000'],
      ['wire-fees', '85.50000000'],
      ['inspection', '333.33333333'],
    ])
    expect(view.payments.map((row) => fixed(row.inBase))).toEqual(['27777.77777778', '34722.22000000'])
    expect(view.costs.map((row) => fixed(row.inBase))).toEqual(['8000.00000000', '437.50000000'])
  })

  it('lists who pays the latest offer by group, with each group’s share', () => {
    expect(view.latestPayers.map((payer) => [payer.party.id, payer.group, fixed(payer.amount)])).toEqual([
      ['zhang-wei', 'seller', '27777.77777778'],
      ['zhang-jun', 'immediate', '34722.22222222'],
      ['li-na', 'extended', '6944.44444444'],
    ])
    expect(view.latestPayerGroups.map((group) => [group.group, fixed(group.total), fixed(group.share)])).toEqual([
      ['seller', '27777.77777778', '0.40000000'],
      ['immediate', '34722.22222222', '0.50000000'],
      ['extended', '6944.44444444', '0.10000000'],
    ])
  })

  it('keeps the last rounds’ concessions for the summary', () => {
    expect(view.recentConcessions.shown.map(fixed)).toEqual(['27777.77777778', '27777.77777778'])
    expect(view.recentConcessions.earlier).toBe(0)
  })

  it('pairs each property with its owner and figures', () => {
    expect(view.propertyRows.map((row) => [row.property.id, row.owner?.id, fixed(row.figures.netEquity), fixed(row.figures.pledgedInLatest), row.figures.overPledged])).toEqual([
      ['yiwu-flat', 'zhang-jun', '68055.55555556', '34722.22222222', false],
    ])
  })
})

describe('payer groups', () => {
  it('has no share for an offer of zero', () => {
    const { view } = example('harbor-tools')
    const o3 = view.summary.latestOffer!
    const zero = { ...o3, total: o3.total.minus(o3.total) }
    expect(payerGroups(zero, view.latestPayers).every((group) => group.share === null)).toBe(true)
  })
})
