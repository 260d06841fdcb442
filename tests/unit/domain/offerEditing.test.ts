// The rules of the offer form, in the domain beside partStart (issue 21): a declared final move
// is of the final type, a mortgage or a sale gets a property, and a part added to a move
// starts as the side's usual part (cash when someone else pays), a demand's next amount in
// a currency not demanded yet.
import { describe, expect, it } from 'vitest'
import { addedDemandCurrency, addedPart, buildCaseView, defaultProperty, isPropertyKind, parseCaseFile, summarizeCase, typeOnFinal, type CaseFile } from '@/domain'
import { example } from '../../support/examples'

const harbor = example('harbor-tools')
const kowloon = example('kowloon-vanished')
const viewOf = (file: CaseFile) => buildCaseView(file, summarizeCase(file))

describe('declared final', () => {
  it.each([
    // [type, kept, final] → [type, kept]
    ['counter', null, true, 'final', 'counter'],
    ['initial', null, true, 'final', 'initial'],
    ['final', 'counter', false, 'counter', null],
    // Chosen as final by hand (nothing kept): unticking leaves it.
    ['final', null, false, 'final', null],
    // Already final: ticking keeps what was kept.
    ['final', 'initial', true, 'final', 'initial'],
    // Unticked while not final: nothing changes.
    ['counter', null, false, 'counter', null],
  ] as const)('%s (kept %s), final %s → %s (kept %s)', (type, kept, final, nextType, nextKept) => {
    expect(typeOnFinal({ type, typeBeforeFinal: kept }, final)).toEqual({ type: nextType, typeBeforeFinal: nextKept })
  })

  it('ticking and unticking gives back the type the move had', () => {
    const ticked = typeOnFinal({ type: 'counter', typeBeforeFinal: null }, true)
    expect(typeOnFinal(ticked, false)).toEqual({ type: 'counter', typeBeforeFinal: null })
  })
})

describe('the property of a mortgage or a sale', () => {
  it('is the payer’s own (harbor-tools: Zhang Jun’s flat in Yiwu)', () => {
    expect(defaultProperty(harbor.view, { kind: 'mortgage', partyId: 'zhang-jun', propertyId: '' })).toBe('yiwu-flat')
  })

  it('is the only one there is, whoever pays', () => {
    expect(defaultProperty(harbor.view, { kind: 'property-sale', partyId: 'li-na' })).toBe('yiwu-flat')
  })

  it('is left alone when chosen, when the part needs none, or when none can be told', () => {
    expect(defaultProperty(harbor.view, { kind: 'mortgage', partyId: 'zhang-jun', propertyId: 'other' })).toBeUndefined()
    expect(defaultProperty(harbor.view, { kind: 'cash', partyId: 'zhang-jun' })).toBeUndefined()
    expect(defaultProperty(kowloon.view, { kind: 'mortgage', partyId: 'chan' })).toBeUndefined()
    const two = viewOf(parseCaseFile({ ...harbor.file, properties: [...harbor.file.properties, { ...harbor.file.properties[0]!, id: 'second-flat', ownerId: 'li-na' }] }))
    expect(defaultProperty(two, { kind: 'mortgage', partyId: 'zhang-wei' })).toBeUndefined()
    expect(defaultProperty(two, { kind: 'mortgage', partyId: 'li-na' })).toBe('second-flat')
  })

  it.each([
    ['mortgage', true],
    ['property-sale', true],
    ['cash', false],
    ['installments', false],
    ['', false],
  ])('%s rests on a property: %s', (kind, rests) => {
    expect(isPropertyKind(kind)).toBe(rests)
  })
})

describe('a part added to a move', () => {
  it('takes the place’s part of the side’s previous offer (harbor-tools o3: Zhang Jun’s mortgage on the flat)', () => {
    expect(addedPart(harbor.view, 1)).toEqual({ partyId: 'zhang-jun', kind: 'mortgage', currency: 'CNY', propertyId: 'yiwu-flat' })
  })

  it('paid by someone else, starts as cash without the property', () => {
    expect(addedPart(harbor.view, 1, undefined, 'li-na')).toEqual({ partyId: 'li-na', kind: 'cash', currency: 'CNY' })
  })

  it('paid by the usual payer, keeps the usual kind and property', () => {
    expect(addedPart(harbor.view, 1, undefined, 'zhang-jun')).toEqual({ partyId: 'zhang-jun', kind: 'mortgage', currency: 'CNY', propertyId: 'yiwu-flat' })
  })

  it('past the previous offer’s parts, follows the part before it, in cash', () => {
    expect(addedPart(harbor.view, 5, { partyId: 'li-na', currency: 'USD' })).toEqual({ partyId: 'li-na', kind: 'cash', currency: 'USD' })
  })

  it('a demand’s next amount is in the first currency of the case not demanded yet, else the base', () => {
    expect(addedDemandCurrency(harbor.view, ['USD'])).toBe('CNY')
    expect(addedDemandCurrency(harbor.view, [])).toBe('USD')
    expect(addedDemandCurrency(harbor.view, ['USD', 'CNY'])).toBe('USD')
    expect(addedDemandCurrency(kowloon.view, ['HKD'])).toBe('EUR')
  })
})
