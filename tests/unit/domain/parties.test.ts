import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Dec, exactFigure, parseCaseFileText, partyGroup, payersOf, propertyLabel, summarizeCase } from '@/domain'

const harbor = parseCaseFileText(readFileSync(resolve(import.meta.dirname, '../../fixtures/examples/harbor-tools.case.json'), 'utf8'))
const parties = new Map(harbor.parties.map((p) => [p.id, p]))

describe('who pays an offer', () => {
  it('groups parties as seller, immediate family, extended family and associates', () => {
    expect(harbor.parties.map(partyGroup)).toEqual(['seller', 'seller', 'immediate', 'extended'])
    expect(partyGroup({ id: 'f', name: 'Friend', role: 'associate' })).toBe('associate')
  })

  it('lists each payer of the final harbor-tools offer once, in group order, with the sum of its parts', () => {
    const o3 = summarizeCase(harbor).latestOffer!
    expect(payersOf(o3, parties).map((p) => [p.party.id, p.group, exactFigure(p.amount)])).toEqual([
      ['zhang-wei', 'seller', '27777.77777778'],
      ['zhang-jun', 'immediate', '34722.22222222'],
      ['li-na', 'extended', '6944.44444444'],
    ])
  })

  it('has no payers for a buyer demand', () => {
    const d2 = summarizeCase(harbor).latestDemand!
    expect(payersOf(d2, parties)).toEqual([])
  })
})

describe('display helpers', () => {
  it('names a property with its location when it has one', () => {
    expect(propertyLabel({ description: 'Two-bedroom flat', location: 'Yiwu, Zhejiang' })).toBe('Two-bedroom flat, Yiwu, Zhejiang')
    expect(propertyLabel({ description: 'Shop unit' })).toBe('Shop unit')
  })

  it('writes an exact figure to 8 places, half-up, and nothing for none', () => {
    expect(exactFigure(new Dec('2').div(3))).toBe('0.66666667')
    expect(exactFigure(new Dec('0.000000005'))).toBe('0.00000001')
    expect(exactFigure(null)).toBe('')
  })
})
