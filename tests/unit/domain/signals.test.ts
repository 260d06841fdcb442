// The exhausted-resources signals and levels (section 2, "Exhausted resources").
import { describe, expect, it } from 'vitest'
import { EXTENDED_RELATIONS, IMMEDIATE_RELATIONS, levelOf, type SignalCode } from '@/domain'
import {
  PARTIES,
  codesOf,
  comp,
  demand,
  offerById,
  property,
  seller,
  signalMessage,
  summarize,
  type Json,
} from './helpers'

/** One seller offer whose only component is 1,000 USD from a family member of the given relation. */
function fromRelative(relation: string) {
  return summarize({
    parties: [...PARTIES, { id: 'rel', name: 'Rae Relative', role: 'family', relation }],
    offers: [seller([comp('sam', '9000'), comp('rel', '1000')])],
  }).offers[0]!
}

describe('family contributions', () => {
  it.each(IMMEDIATE_RELATIONS)('a %s is immediate family', (relation) => {
    expect(codesOf(fromRelative(relation))).toEqual(['FAMILY_IMMEDIATE'])
  })

  it.each(EXTENDED_RELATIONS)('a %s is extended family', (relation) => {
    expect(codesOf(fromRelative(relation))).toEqual(['FAMILY_EXTENDED'])
  })

  it('lists exactly the contract relations', () => {
    expect([...IMMEDIATE_RELATIONS].sort()).toEqual(['brother', 'child', 'daughter', 'father', 'mother', 'parent', 'sibling', 'sister', 'son', 'spouse'])
    expect([...EXTENDED_RELATIONS].sort()).toEqual(
      ['aunt-uncle', 'cousin', 'grandchild', 'grandparent', 'in-law', 'niece-nephew', 'other-relative'].sort(),
    )
  })

  it.each([
    ['the seller', 'sam'],
    ["the seller's company", 'co'],
    ['an associate (below the majority)', 'friend'],
  ])('a component from %s raises no family signal', (_name, partyId) => {
    const offer = summarize({ offers: [seller([comp('sam', '9000'), comp(partyId, '1000')])] }).offers[0]!
    expect(codesOf(offer)).toEqual([])
    expect(offer.assessment?.level).toBe('not-indicated')
  })

  it('gives one FAMILY_IMMEDIATE for several immediate relatives, naming each once with their sum', () => {
    const offer = summarize({
      parties: [...PARTIES, { id: 'wife', name: 'Wen Spouse', role: 'family', relation: 'spouse' }],
      offers: [
        seller([
          comp('sam', '10000'),
          comp('dad', '1000'),
          comp('dad', '2000', { kind: 'installments' }),
          comp('wife', '4000', { currency: 'CNY' }),
        ]),
      ],
    }).offers[0]!
    expect(codesOf(offer)).toEqual(['FAMILY_IMMEDIATE'])
    const message = signalMessage(offer, 'FAMILY_IMMEDIATE')
    expect(message).toContain('Dan Father')
    expect(message).toContain('$3,000.00')
    expect(message).toContain('Wen Spouse')
    expect(message).toContain('$500.00')
    expect(message).toContain('$3,500.00')
    expect(message.split('Dan Father')).toHaveLength(2)
  })

  it('names the extended relatives and their amounts', () => {
    const offer = summarize({ offers: [seller([comp('sam', '10000'), comp('cousin', '1234.565')])] }).offers[0]!
    const message = signalMessage(offer, 'FAMILY_EXTENDED')
    expect(message).toContain('Cora Cousin')
    expect(message).toContain('$1,234.57')
  })
})

describe('property pledges', () => {
  const parties: Json[] = [...PARTIES, { id: 'ally', name: 'Al Associate', role: 'associate' }]
  const properties: Json[] = [
    property('dad', '500000', { id: 'dad-flat', description: 'Flat', location: 'Yiwu' }),
    property('sam', '500000', { id: 'sam-shop', description: 'Shop unit' }),
    property('ally', '500000', { id: 'ally-house', description: 'House' }),
    property('cousin', '500000', { id: 'cousin-lot', description: 'Plot' }),
  ]
  const pledge = (partyId: string, kind: string, propertyId: string) =>
    summarize({ parties, properties, offers: [seller([comp('sam', '100000'), comp(partyId, '1000', { kind, propertyId })])] }).offers[0]!

  it.each([
    ['a mortgage on a family flat', 'dad', 'mortgage', 'dad-flat', ['FAMILY_IMMEDIATE', 'FAMILY_PROPERTY']],
    ['the sale of a family flat', 'dad', 'property-sale', 'dad-flat', ['FAMILY_IMMEDIATE', 'FAMILY_PROPERTY']],
    ["the seller pledging a parent's flat: the owner decides", 'sam', 'mortgage', 'dad-flat', ['FAMILY_PROPERTY']],
    ["an extended relative's plot", 'cousin', 'property-sale', 'cousin-lot', ['FAMILY_EXTENDED', 'FAMILY_PROPERTY']],
    ["the seller's own shop", 'sam', 'mortgage', 'sam-shop', ['SELLER_PROPERTY']],
    ["the seller's own shop, sold", 'sam', 'property-sale', 'sam-shop', ['SELLER_PROPERTY']],
    ["an associate's house raises neither", 'ally', 'mortgage', 'ally-house', []],
  ])('%s', (_name, partyId, kind, propertyId, codes) => {
    expect(codesOf(pledge(partyId, kind, propertyId))).toEqual(codes)
  })

  it('family cash is not a property pledge', () => {
    expect(codesOf(summarize({ parties, properties, offers: [seller([comp('sam', '100000'), comp('dad', '1000')])] }).offers[0]!)).toEqual([
      'FAMILY_IMMEDIATE',
    ])
  })

  it('gives one FAMILY_PROPERTY for two pledges, naming both properties and amounts', () => {
    const offer = summarize({
      parties,
      properties,
      offers: [
        seller([
          comp('sam', '100000'),
          comp('dad', '1500', { kind: 'mortgage', propertyId: 'dad-flat' }),
          comp('cousin', '2500', { kind: 'property-sale', propertyId: 'cousin-lot' }),
        ]),
      ],
    }).offers[0]!
    expect(codesOf(offer).filter((code) => code === 'FAMILY_PROPERTY')).toHaveLength(1)
    const message = signalMessage(offer, 'FAMILY_PROPERTY')
    for (const part of ['Dan Father', 'Flat', 'Yiwu', '$1,500.00', 'Cora Cousin', 'Plot', '$2,500.00', '$4,000.00'])
      expect(message).toContain(part)
  })

  it('names the seller and the property in SELLER_PROPERTY', () => {
    const message = signalMessage(pledge('sam', 'mortgage', 'sam-shop'), 'SELLER_PROPERTY')
    for (const part of ['Sam Seller', 'Shop unit', '$1,000.00']) expect(message).toContain(part)
  })

  // Finding: the sentence names who the component says pays, never the family
  // member whose real estate is pledged, although that owner is what raises
  // the signal ("a sentence that names the parties and amounts behind it").
  it('FAMILY_PROPERTY names the family member who owns the pledged property', () => {
    const message = signalMessage(pledge('sam', 'mortgage', 'dad-flat'), 'FAMILY_PROPERTY')
    expect(message).toContain('Dan Father')
  })
})

describe('THIRD_PARTY_MAJORITY', () => {
  const share = (components: Json[], settings?: Json) =>
    codesOf(summarize({ offers: [seller(components)], ...(settings ? { settings } : {}) }).offers[0]!).includes(
      'THIRD_PARTY_MAJORITY',
    )

  it.each([
    ['an associate pays exactly half: equality counts', [comp('sam', '50'), comp('friend', '50')], undefined, true],
    ['a hair below half', [comp('sam', '50.00000001'), comp('friend', '49.99999999')], undefined, false],
    ['a hair above half', [comp('sam', '49.99999999'), comp('friend', '50.00000001')], undefined, true],
    ['family and associates together', [comp('sam', '50'), comp('cousin', '25'), comp('friend', '25')], undefined, true],
    ['equality across currencies', [comp('sam', '50'), comp('friend', '400', { currency: 'CNY' })], undefined, true],
    ['all from a third party', [comp('friend', '10')], undefined, true],
    ['all from the seller side', [comp('sam', '10'), comp('co', '10')], undefined, false],
    ['threshold 0.75, at 70%', [comp('sam', '30'), comp('friend', '70')], { thirdPartyMajority: '0.75' }, false],
    ['threshold 0.75, exactly 75%', [comp('sam', '25'), comp('friend', '75')], { thirdPartyMajority: '0.75' }, true],
    ['threshold 1 needs everything from third parties', [comp('sam', '0.01'), comp('friend', '1000')], { thirdPartyMajority: '1' }, false],
    ['threshold 1 met', [comp('friend', '1000')], { thirdPartyMajority: '1' }, true],
  ])('%s', (_name, components, settings, expected) => {
    expect(share(components, settings)).toBe(expected)
  })

  it('says the amounts and the share in its sentence', () => {
    const offer = summarize({ offers: [seller([comp('sam', '400'), comp('friend', '600')])] }).offers[0]!
    const message = signalMessage(offer, 'THIRD_PARTY_MAJORITY')
    for (const part of ['$600.00', '$1,000.00', '60.00%', '50.00%']) expect(message).toContain(part)
  })

  // Finding: the contract wants every signal's sentence to name "the parties
  // and amounts behind it"; this one gives the amounts but names nobody.
  it('names the family members and associates behind the majority', () => {
    const offer = summarize({ offers: [seller([comp('sam', '400'), comp('friend', '600')])] }).offers[0]!
    expect(signalMessage(offer, 'THIRD_PARTY_MAJORITY')).toContain('Fred Friend')
  })
})

/** Seller offers of the given USD totals in file (and date) order; "w" marks a withdrawn one. */
function series(amounts: string[], settings?: Json) {
  return summarize({
    offers: amounts.map((a) => (a.startsWith('w') ? seller(a.slice(1), { status: 'withdrawn' }) : seller(a))),
    ...(settings ? { settings } : {}),
  })
}
const shrinking = (amounts: string[], settings?: Json) =>
  series(amounts, settings).offers.map((offer) => codesOf(offer).includes('CONCESSIONS_SHRINKING'))

describe('CONCESSIONS_SHRINKING', () => {
  it.each([
    ['a step under a quarter of the one before', ['100', '200', '224'], [false, false, true]],
    ['exactly a quarter does not count ("less than")', ['100', '200', '225'], [false, false, false]],
    ['a step backwards counts', ['100', '200', '190'], [false, false, true]],
    ['no step at all counts', ['100', '200', '200'], [false, false, true]],
    ['never on the second offer', ['100', '101'], [false, false]],
    ['the previous concession must be greater than 0: was 0', ['100', '100', '100'], [false, false, false]],
    ['the previous concession must be greater than 0: was negative', ['200', '100', '101'], [false, false, false]],
    ['compared with the step just before, not the first', ['100', '110', '200', '210'], [false, false, false, true]],
    ['steady steps do not shrink', ['100', '200', '300', '400'], [false, false, false, false]],
    ['a withdrawn offer is skipped in the series', ['100', '200', 'w150', '210'], [false, false, false, true]],
    ['a withdrawn offer never counts as a step', ['100', '200', 'w1000', '300', '310'], [false, false, false, false, true]],
    ['a withdrawn offer never carries the signal itself', ['100', '200', 'w201'], [false, false, false]],
    ['a withdrawn offer does not make the next one third', ['100', 'w150', '200'], [false, false, false]],
  ])('%s', (_name, amounts, expected) => {
    expect(shrinking(amounts)).toEqual(expected)
  })

  it.each([
    ['factor 0: only a step backwards counts', '0', ['100', '200', '200'], false],
    ['factor 0: a step backwards', '0', ['100', '200', '199.99999999'], true],
    ['factor 1: any smaller step', '1', ['100', '200', '299.99999999'], true],
    ['factor 1: an equal step is not smaller', '1', ['100', '200', '300'], false],
    ['factor 0.5', '0.5', ['100', '200', '249'], true],
    ['factor 0.5, exactly half', '0.5', ['100', '200', '250'], false],
  ])('concessionShrinkFactor: %s', (_name, factor, amounts, expected) => {
    expect(shrinking(amounts, { concessionShrinkFactor: factor }).at(-1)).toBe(expected)
  })

  it('counts by negotiation order, with same-day offers in file order', () => {
    const summary = summarize({
      offers: [
        seller('210', { id: 'fourth', date: '2024-05-09' }),
        seller('100', { id: 'first', date: '2024-05-01' }),
        seller('200', { id: 'second', date: '2024-05-05' }),
        seller('205', { id: 'third', date: '2024-05-05' }),
      ],
    })
    expect(summary.offers.map((o) => o.id)).toEqual(['first', 'second', 'third', 'fourth'])
    expect(codesOf(offerById(summary, 'third'))).toEqual(['CONCESSIONS_SHRINKING'])
    expect(codesOf(offerById(summary, 'fourth'))).toEqual([])
  })

  it.each([
    ['a small raise', ['100', '200', '210'], ['$10.00', '$100.00', '25.00%']],
    ['a step backwards', ['100', '200', '150'], ['$50.00', '$100.00']],
  ])('says both steps in its sentence: %s', (_name, amounts, parts) => {
    const message = signalMessage(series(amounts).offers[2]!, 'CONCESSIONS_SHRINKING')
    for (const part of parts) expect(message).toContain(part)
  })
})

describe('levels', () => {
  it.each<[SignalCode[], string]>([
    [[], 'not-indicated'],
    [['FAMILY_PROPERTY'], 'likely'],
    [['FAMILY_IMMEDIATE', 'FAMILY_EXTENDED'], 'likely'],
    [['FAMILY_IMMEDIATE'], 'possible'],
    [['FAMILY_EXTENDED'], 'possible'],
    [['SELLER_PROPERTY'], 'possible'],
    [['THIRD_PARTY_MAJORITY'], 'possible'],
    [['CONCESSIONS_SHRINKING'], 'possible'],
    [['FAMILY_IMMEDIATE', 'THIRD_PARTY_MAJORITY', 'SELLER_PROPERTY', 'CONCESSIONS_SHRINKING'], 'possible'],
    [['FAMILY_PROPERTY', 'SELLER_PROPERTY'], 'likely'],
  ])('levelOf(%j) is %s', (codes, level) => {
    expect(levelOf(new Set(codes))).toBe(level)
  })

  const parties: Json[] = [...PARTIES, { id: 'ally', name: 'Al Associate', role: 'associate' }]
  const properties = [property('dad', '900000', { id: 'dad-flat' }), property('sam', '900000', { id: 'own-shop' })]
  it.each<[string, string, Json[], string[]]>([
    ['nothing notable', 'not-indicated', [seller('1000')], []],
    ["the seller mortgages a parent's flat", 'likely', [seller([comp('sam', '9000'), comp('sam', '1000', { kind: 'mortgage', propertyId: 'dad-flat' })])], ['FAMILY_PROPERTY']],
    ['parent and cousin both pay', 'likely', [seller([comp('sam', '9000'), comp('dad', '100'), comp('cousin', '100')])], ['FAMILY_EXTENDED', 'FAMILY_IMMEDIATE']],
    ['a parent pays a little', 'possible', [seller([comp('sam', '9000'), comp('dad', '100')])], ['FAMILY_IMMEDIATE']],
    ['a cousin pays a little', 'possible', [seller([comp('sam', '9000'), comp('cousin', '100')])], ['FAMILY_EXTENDED']],
    ['the seller sells his shop', 'possible', [seller([comp('sam', '1000', { kind: 'property-sale', propertyId: 'own-shop' })])], ['SELLER_PROPERTY']],
    ['an associate pays most', 'possible', [seller([comp('sam', '100'), comp('ally', '900')])], ['THIRD_PARTY_MAJORITY']],
    ['concessions shrink', 'possible', [seller('100'), seller('200'), seller('201')], ['CONCESSIONS_SHRINKING']],
  ])('the case assessment: %s → %s', (_name, level, offers, codes) => {
    const summary = summarize({ parties, properties, offers })
    expect(summary.assessment?.level).toBe(level)
    expect(summary.assessment?.signals.map((s) => s.code).sort()).toEqual(codes)
  })

  it('the case assessment is the latest series offer’s, not a later withdrawn one’s', () => {
    const summary = summarize({
      offers: [seller([comp('sam', '100'), comp('dad', '100')]), seller('300', { status: 'withdrawn' })],
    })
    expect(summary.assessment).toBe(offerById(summary, 'o1').assessment)
    expect(summary.assessment?.level).toBe('possible')
  })

  it('is null without a seller offer in the series', () => {
    expect(summarize({ offers: [demand('100')] }).assessment).toBeNull()
    expect(summarize({ offers: [seller('100', { status: 'withdrawn' })] }).assessment).toBeNull()
  })

  it('every seller offer has an assessment, withdrawn ones too; buyer demands have none', () => {
    const summary = summarize({
      offers: [seller('100'), demand('300'), seller([comp('friend', '200')], { status: 'withdrawn' })],
    })
    expect(summary.offers.map((o) => o.assessment?.level)).toEqual(['not-indicated', undefined, 'possible'])
    expect(codesOf(summary.offers[2])).toEqual(['THIRD_PARTY_MAJORITY'])
  })

  it('gives each code at most once per offer, with a sentence each', () => {
    const summary = summarize({
      parties: [...PARTIES, { id: 'sis', name: 'Sue Sister', role: 'family', relation: 'sibling' }, { id: 'aunt', name: 'Ada Aunt', role: 'family', relation: 'aunt-uncle' }],
      properties: [property('dad', '900000', { id: 'a' }), property('sis', '900000', { id: 'b' }), property('sam', '900000', { id: 'c' }), property('co', '900000', { id: 'd' })],
      offers: [
        seller('100'),
        seller('1000'),
        seller([
          comp('dad', '100', { kind: 'mortgage', propertyId: 'a' }),
          comp('sis', '100', { kind: 'property-sale', propertyId: 'b' }),
          comp('dad', '100'),
          comp('cousin', '100'),
          comp('aunt', '100'),
          comp('sam', '100', { kind: 'mortgage', propertyId: 'c' }),
          comp('co', '100', { kind: 'property-sale', propertyId: 'd' }),
        ]),
      ],
    })
    const signals = summary.offers[2]!.assessment!.signals
    expect(signals.map((s) => s.code).sort()).toEqual(
      ['CONCESSIONS_SHRINKING', 'FAMILY_EXTENDED', 'FAMILY_IMMEDIATE', 'FAMILY_PROPERTY', 'SELLER_PROPERTY', 'THIRD_PARTY_MAJORITY'].sort(),
    )
    for (const signal of signals) expect(signal.message).toMatch(/\$\d/)
    const extended = signalMessage(summary.offers[2]!, 'FAMILY_EXTENDED')
    expect(extended).toContain('Cora Cousin')
    expect(extended).toContain('Ada Aunt')
    const sellerProperty = signalMessage(summary.offers[2]!, 'SELLER_PROPERTY')
    expect(sellerProperty).toContain('Sam Seller')
    expect(sellerProperty).toContain('Seller Trading Co')
    expect(summary.assessment?.level).toBe('likely')
  })

  // Finding: the relation is shown with only its first "-" replaced, so
  // "in-law" reads "in/law" and "other-relative" reads "other/relative".
  it.each(['in-law', 'other-relative'])('shows the relation %s readably in the sentence', (relation) => {
    const message = signalMessage(fromRelative(relation), 'FAMILY_EXTENDED')
    expect(message).not.toMatch(/in\/law|other\/relative/)
  })
})
