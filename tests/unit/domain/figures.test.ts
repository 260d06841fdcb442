// Section 2 of the contract, one figure at a time. Rates in the built cases
// are 1 USD = 8 CNY = 0.8 EUR = 100 JPY, so every expected value is exact.
import { describe, expect, it } from 'vitest'
import { COMPONENT_KINDS, Dec, type CaseSummary } from '@/domain'
import {
  comp,
  cost,
  demand,
  exact,
  idOf,
  loss,
  offerById,
  payment,
  property,
  seller,
  summarize,
  text,
  type Json,
} from './helpers'

describe('totals', () => {
  it.each([
    ['no losses', [], '0'],
    ['one loss in base', [loss('100')], '100'],
    ['cents add up without float error', [loss('0.1'), loss('0.2')], '0.3'],
    ['foreign losses converted as amount / perBase', [loss('100'), loss('80', 'CNY')], '110'],
    ['a rate below 1 makes the base amount larger', [loss('100', 'EUR'), loss('1', 'CNY')], '125.125'],
    ['JPY', [loss('12345', 'JPY')], '123.45'],
  ])('lossTotal: %s', (_name, losses, expected) => {
    expect(text(summarize({ losses }).lossTotal)).toBe(exact(expected))
  })

  it.each([
    ['no costs', [], '0'],
    ['two costs', [cost('8000'), cost('3150', 'CNY')], '8393.75'],
    ['eight decimals kept', [cost('0.00000001'), cost('0.00000002')], '0.00000003'],
  ])('costTotal: %s', (_name, costs, expected) => {
    expect(text(summarize({ costs }).costTotal)).toBe(exact(expected))
  })

  it.each([
    ['no payments', [], '0'],
    ['payments in two currencies', [payment('20000'), payment('200000', 'CNY')], '45000'],
    ['payments tied to offers or not all count', [payment('10', 'USD', { partyId: 'dad' }), payment('5')], '15'],
  ])('receivedTotal: %s', (_name, payments, expected) => {
    expect(text(summarize({ payments }).receivedTotal)).toBe(exact(expected))
  })

  it.each([
    ['nothing paid yet', ['100'], [], '100'],
    ['partly paid', ['100'], ['30'], '70'],
    ['exactly paid', ['100'], ['60', '40'], '0'],
    ['overpaid is 0, not negative', ['100'], ['150'], '0'],
    ['no loss but a payment', [], ['10'], '0'],
    ['one hundred-millionth left', ['100.00000001'], ['100'], '0.00000001'],
  ])('outstanding: %s', (_name, losses, payments, expected) => {
    const summary = summarize({ losses: losses.map((a) => loss(a)), payments: payments.map((a) => payment(a)) })
    expect(text(summary.outstanding)).toBe(exact(expected))
  })

  it.each([
    ['a quarter back', ['200'], ['50'], [], '0.25', '0.25'],
    ['nothing back', ['200'], [], [], '0', '0'],
    ['overpaid', ['200'], ['300'], [], '1.5', '1.5'],
    ['costs exceed what came back: net is negative', ['200'], ['50'], ['80'], '0.25', '-0.15'],
    ['zero loss: both ratios null', [], ['50'], ['10'], null, null],
    ['zero loss and nothing else: both null', [], [], [], null, null],
  ])('recoveredRatio and netRecoveredRatio: %s', (_name, losses, payments, costs, ratio, netRatio) => {
    const summary = summarize({
      losses: losses.map((a) => loss(a)),
      payments: payments.map((a) => payment(a)),
      costs: costs.map((a) => cost(a)),
    })
    expect(text(summary.recoveredRatio)).toBe(exact(ratio))
    expect(text(summary.netRecoveredRatio)).toBe(exact(netRatio))
  })

  it.each([
    ['received minus costs', ['50'], ['20'], '30'],
    ['negative when costs exceed receipts', ['50'], ['80'], '-30'],
    ['costs only', [], ['8000'], '-8000'],
  ])('netRecovered: %s', (_name, payments, costs, expected) => {
    const summary = summarize({ payments: payments.map((a) => payment(a)), costs: costs.map((a) => cost(a)) })
    expect(text(summary.netRecovered)).toBe(exact(expected))
  })

  it('keeps a third as an unrounded ratio of at least 40 significant digits', () => {
    const summary = summarize({ losses: [loss('300')], payments: [payment('100')] })
    expect(summary.recoveredRatio!.toSignificantDigits(40).toFixed()).toBe(`0.${'3'.repeat(40)}`)
  })
})

describe('offer figures', () => {
  it.each([
    ['a seller offer sums its components in base', seller([comp('sam', '100'), comp('dad', '80', { currency: 'CNY' })]), '110'],
    ['one component', seller('42.42'), '42.42'],
    ['a buyer demand is its amount in base', demand('800', { currency: 'CNY' }), '100'],
    ['a buyer demand in base', demand('85000.50'), '85000.5'],
  ])('total: %s', (_name, offer, expected) => {
    expect(text(summarize({ offers: [offer] }).offers[0]!.total)).toBe(exact(expected))
  })

  it.each([
    ['seller offer over the loss', [loss('200')], seller('50'), '0.25'],
    ['buyer demand over the loss', [loss('200')], demand('250'), '1.25'],
    ['zero loss gives null', [], seller('50'), null],
    ['zero loss gives null for a demand too', [], demand('50'), null],
  ])('ratio: %s', (_name, losses, offer, expected) => {
    expect(text(summarize({ losses, offers: [offer] }).offers[0]!.ratio)).toBe(exact(expected))
  })

  it.each([
    ['seller', 'sam', ['10', '0', '0']],
    ['seller company', 'co', ['10', '0', '0']],
    ['immediate family', 'dad', ['0', '10', '0']],
    ['extended family', 'cousin', ['0', '10', '0']],
    ['associate', 'friend', ['0', '0', '10']],
  ])('bySeller / byFamily / byAssociates follow the role of the component party: %s', (_name, partyId, [s, f, a]) => {
    const offer = summarize({ offers: [seller([comp(partyId, '10')])] }).offers[0]!
    expect([text(offer.bySeller), text(offer.byFamily), text(offer.byAssociates)]).toEqual([s, f, a])
  })

  it('splits a mixed offer by role, each in base', () => {
    const offer = summarize({
      properties: [property('dad', '100000')],
      offers: [
        seller([
          comp('sam', '100'),
          comp('co', '800', { currency: 'CNY' }),
          comp('dad', '40', { currency: 'EUR' }),
          comp('cousin', '25', { kind: 'mortgage', propertyId: 'h1' }),
          comp('friend', '1000', { currency: 'JPY' }),
        ]),
      ],
    }).offers[0]!
    expect(text(offer.total)).toBe('285')
    expect(text(offer.bySeller)).toBe('200')
    expect(text(offer.byFamily)).toBe('75')
    expect(text(offer.byAssociates)).toBe('10')
  })

  it.each([
    ['cash only', [comp('sam', '10')], { cash: '10' }],
    ['every kind', [
      comp('sam', '1'),
      comp('sam', '2', { kind: 'installments' }),
      comp('dad', '4', { kind: 'mortgage', propertyId: 'h1' }),
      comp('dad', '8', { kind: 'property-sale', propertyId: 'h1' }),
      comp('friend', '16', { kind: 'other' }),
    ], { cash: '1', installments: '2', mortgage: '4', 'property-sale': '8', other: '16' }],
    ['two of a kind add up', [comp('sam', '10'), comp('dad', '80', { currency: 'CNY' })], { cash: '20' }],
  ])('byKind lists all five kinds, zero where none: %s', (_name, components, nonZero: Record<string, string>) => {
    const offer = summarize({ properties: [property('dad', '1000')], offers: [seller(components)] }).offers[0]!
    expect(Object.keys(offer.byKind).sort()).toEqual([...COMPONENT_KINDS].sort())
    for (const kind of COMPONENT_KINDS) expect(text(offer.byKind[kind]), kind).toBe(nonZero[kind] ?? '0')
  })

  it('gives a buyer demand all five kinds at zero and no role split', () => {
    const offer = summarize({ offers: [demand('500')] }).offers[0]!
    expect(Object.keys(offer.byKind).sort()).toEqual([...COMPONENT_KINDS].sort())
    for (const kind of COMPONENT_KINDS) expect(text(offer.byKind[kind])).toBe('0')
    expect([text(offer.bySeller), text(offer.byFamily), text(offer.byAssociates)]).toEqual(['0', '0', '0'])
  })
})

/** Offers in file order, each written as a short code: "s100" seller, "w100" withdrawn seller, "b100" buyer demand. */
function offersFrom(codes: string[]): Json[] {
  return codes.map((code) => {
    const amount = code.slice(1)
    if (code.startsWith('b')) return demand(amount)
    if (code.startsWith('w')) return seller(amount, { status: 'withdrawn' })
    return seller(amount)
  })
}

describe('concessions', () => {
  it.each([
    ['rising offers', ['s100', 's150', 's175'], [null, '50', '25']],
    ['a step backwards is negative', ['s100', 's150', 's120'], [null, '50', '-30']],
    ['no change is zero', ['s100', 's100'], [null, '0']],
    ['buyer demands have none and do not break the series', ['s100', 'b500', 's130', 'b400', 's140'], [null, null, '30', null, '10']],
    ['withdrawn offers have none and are skipped', ['s100', 'w500', 's130'], [null, null, '30']],
    ['a withdrawn first offer leaves the next as the first', ['w500', 's100', 's130'], [null, null, '30']],
    ['a single offer has none', ['s100'], [null]],
  ])('%s', (_name, codes, expected) => {
    expect(summarize({ offers: offersFrom(codes) }).offers.map((o) => text(o.concession))).toEqual(expected.map(exact))
  })

  it('follows negotiation order, not file order', () => {
    const summary = summarize({
      offers: [seller('150', { id: 'late', date: '2024-05-20' }), seller('100', { id: 'early', date: '2024-05-10' })],
    })
    expect(text(offerById(summary, 'early').concession)).toBeNull()
    expect(text(offerById(summary, 'late').concession)).toBe('50')
  })

  it('compares base totals across currencies', () => {
    const summary = summarize({ offers: [seller('100'), seller([comp('sam', '1000', { currency: 'CNY' })])] })
    expect(text(summary.offers[1]!.concession)).toBe('25')
  })
})

describe('series figures', () => {
  const withOffers = (codes: string[], more: Json = {}) => summarize({ offers: offersFrom(codes), ...more })

  it.each([
    ['no offers', [], null],
    ['only buyer demands', ['b100'], null],
    ['only withdrawn seller offers', ['w100'], null],
    ['the last seller offer', ['s100', 's200', 'b300'], 'o2'],
    ['a later withdrawn offer is not the latest', ['s100', 's200', 'w300'], 'o2'],
  ])('latestOffer: %s', (_name, codes, expected) => {
    expect(idOf(withOffers(codes).latestOffer)).toBe(expected)
  })

  it('latestOffer is the last by date even when the file lists it first', () => {
    const summary = summarize({ offers: [seller('300', { date: '2024-06-01' }), seller('100', { date: '2024-05-01' })] })
    expect(idOf(summary.latestOffer)).toBe('o1')
  })

  it.each([
    ['no offers', [], null],
    ['the largest total', ['s100', 's300', 's200'], 'o2'],
    ['the earliest on a tie', ['s100', 's300', 's300'], 'o2'],
    ['a larger withdrawn offer does not count', ['s100', 'w900', 's200'], 'o3'],
    ['a larger buyer demand does not count', ['s100', 'b900'], 'o1'],
  ])('bestOffer: %s', (_name, codes, expected) => {
    expect(idOf(withOffers(codes).bestOffer)).toBe(expected)
  })

  it('bestOffer on a tie across currencies is the earliest in negotiation order', () => {
    const summary = summarize({
      offers: [
        seller([comp('sam', '800', { currency: 'CNY' })], { id: 'later', date: '2024-05-09' }),
        seller('100', { id: 'earlier', date: '2024-05-02' }),
      ],
    })
    expect(idOf(summary.bestOffer)).toBe('earlier')
  })

  it.each([
    ['none accepted', [seller('100'), demand('200')], null],
    ['an accepted seller offer', [seller('100', { status: 'accepted' }), demand('200')], 'o1'],
    ['a buyer demand the seller accepted counts', [seller('100'), demand('200', { status: 'accepted' })], 'o2'],
    ['the last accepted in negotiation order', [seller('100', { status: 'accepted' }), demand('200', { status: 'accepted' })], 'o2'],
    [
      'the last by date, not by file position',
      [seller('100', { status: 'accepted', date: '2024-07-01' }), demand('200', { status: 'accepted', date: '2024-06-01' })],
      'o1',
    ],
  ])('acceptedOffer: %s', (_name, offers, expected) => {
    expect(idOf(summarize({ offers }).acceptedOffer)).toBe(expected)
  })

  it.each([
    ['null without an accepted offer', [seller('100')], [payment('50', 'USD', { offerId: 'o1' })], null],
    ['0 when nothing was paid against it', [seller('100', { status: 'accepted' })], [payment('50')], '0'],
    [
      'only payments naming the accepted offer, converted',
      [seller('100'), seller('200', { status: 'accepted' })],
      [payment('7', 'USD', { offerId: 'o1' }), payment('80', 'CNY', { offerId: 'o2' }), payment('5', 'USD', { offerId: 'o2' }), payment('1')],
      '15',
    ],
    ['against an accepted buyer demand', [demand('100', { status: 'accepted' })], [payment('60', 'USD', { offerId: 'o1' })], '60'],
  ])('paidAgainstAccepted: %s', (_name, offers, payments, expected) => {
    expect(text(summarize({ offers, payments }).paidAgainstAccepted)).toBe(exact(expected))
  })

  it.each([
    ['no demands', [seller('100')], null],
    ['the last demand', [demand('300'), seller('100'), demand('250')], 'o3'],
    ['a withdrawn demand is skipped', [demand('300'), demand('250', { status: 'withdrawn' })], 'o1'],
    ['only withdrawn demands', [demand('300', { status: 'withdrawn' })], null],
    ['an accepted or rejected demand still counts', [demand('300'), demand('280', { status: 'rejected' })], 'o2'],
  ])('latestDemand: %s', (_name, offers, expected) => {
    expect(idOf(summarize({ offers }).latestDemand)).toBe(expected)
  })

  it.each([
    ['demand above the offer', ['s60', 'b100'], '40', '80'],
    ['seller offers more than the buyer asks: negative', ['b100', 's120'], '-20', '110'],
    ['equal', ['s100', 'b100'], '0', '100'],
    ['midpoint is not rounded', ['s0.01', 'b0.02'], '0.01', '0.015'],
    ['uses the latest of each, not the best', ['s100', 'b300', 's90', 'b200'], '110', '145'],
    ['no demand', ['s100'], null, null],
    ['no offer', ['b100'], null, null],
    ['only a withdrawn offer', ['w100', 'b300'], null, null],
  ])('gap and midpoint: %s', (_name, codes, gap, midpoint) => {
    const summary = withOffers(codes)
    expect(text(summary.gap)).toBe(exact(gap))
    expect(text(summary.midpoint)).toBe(exact(midpoint))
  })

  it.each([
    ['no offers', [], null],
    ['one offer', ['s100'], null],
    ['one offer and a withdrawn one', ['s100', 'w200'], null],
    ['two offers', ['s100', 's150'], '0.5'],
    ['first and latest, ignoring the middle', ['s100', 's300', 's120'], '0.2'],
    ['falling offers give a negative lift', ['s200', 's150'], '-0.25'],
    ['withdrawn offers are neither first nor latest', ['w50', 's100', 's200', 'w1000'], '1'],
    ['buyer demands are ignored', ['b900', 's100', 'b800', 's110'], '0.1'],
  ])('lift: %s', (_name, codes, expected) => {
    expect(text(withOffers(codes).lift)).toBe(exact(expected))
  })
})

describe('properties', () => {
  const equity = (prop: Json, settings?: Json): string | null => {
    const summary: CaseSummary = summarize({ properties: [prop], ...(settings ? { settings } : {}) })
    return text(summary.properties[0]!.netEquity)
  }

  it.each([
    ['80% of market value less encumbrances', property('dad', '1000', { encumbrances: '300' }), undefined, '500'],
    ['encumbrances default to 0', property('dad', '1000'), undefined, '800'],
    ['floored at 0 when underwater', property('dad', '1000', { encumbrances: '900' }), undefined, '0'],
    ['0 at a quick sale exactly covering the debt', property('dad', '1000', { encumbrances: '800' }), undefined, '0'],
    ['market value 0', property('dad', '0'), undefined, '0'],
    ['quickSaleFactor 1', property('dad', '1000', { encumbrances: '300' }), { quickSaleFactor: '1' }, '700'],
    ['quickSaleFactor 0.5', property('dad', '1000', { encumbrances: '300' }), { quickSaleFactor: '0.5' }, '200'],
    ['converted to base', property('dad', '8000', { encumbrances: '800', currency: 'CNY' }), undefined, '700'],
    ['converted with a rate below 1', property('sam', '80', { currency: 'EUR' }), undefined, '80'],
  ])('netEquity: %s', (_name, prop, settings, expected) => {
    expect(equity(prop, settings)).toBe(exact(expected))
  })

  const flats = [property('dad', '1000'), property('sam', '2000', { currency: 'CNY' })] // equity 800 and 200

  it.each([
    ['no offers: 0 and not over-pledged', [], ['0', '0'], [false, false]],
    [
      'sums every component of the latest offer naming the property',
      [seller([comp('dad', '300', { kind: 'mortgage', propertyId: 'h1' }), comp('sam', '400', { kind: 'property-sale', propertyId: 'h1' }), comp('sam', '50')])],
      ['700', '0'],
      [false, false],
    ],
    [
      'only the latest offer counts',
      [seller([comp('dad', '900', { kind: 'mortgage', propertyId: 'h1' })]), seller([comp('sam', '100')])],
      ['0', '0'],
      [false, false],
    ],
    [
      'a later withdrawn offer is not the latest',
      [seller([comp('dad', '100', { kind: 'mortgage', propertyId: 'h1' })]), seller([comp('dad', '5000', { kind: 'mortgage', propertyId: 'h1' })], { status: 'withdrawn' })],
      ['100', '0'],
      [false, false],
    ],
    [
      'over-pledged when the pledge exceeds net equity',
      [seller([comp('dad', '800.00000001', { kind: 'mortgage', propertyId: 'h1' }), comp('sam', '1608', { kind: 'property-sale', propertyId: 'h2', currency: 'CNY' })])],
      ['800.00000001', '201'],
      [true, true],
    ],
    [
      'a pledge equal to net equity is not over-pledged',
      [seller([comp('dad', '800', { kind: 'mortgage', propertyId: 'h1' }), comp('sam', '1600', { kind: 'property-sale', propertyId: 'h2', currency: 'CNY' })])],
      ['800', '200'],
      [false, false],
    ],
  ])('pledgedInLatest and overPledged: %s', (_name, offers, pledged, over) => {
    const summary = summarize({ properties: flats, offers })
    expect(summary.properties.map((p) => p.id)).toEqual(['h1', 'h2'])
    expect(summary.properties.map((p) => text(p.pledgedInLatest))).toEqual(pledged.map(exact))
    expect(summary.properties.map((p) => p.overPledged)).toEqual(over)
  })

  it('flags any pledge on a property with no equity', () => {
    const summary = summarize({
      properties: [property('dad', '1000', { encumbrances: '5000' })],
      offers: [seller([comp('dad', '0.01', { kind: 'mortgage', propertyId: 'h1' })])],
    })
    expect(text(summary.properties[0]!.netEquity)).toBe('0')
    expect(summary.properties[0]!.overPledged).toBe(true)
  })
})

describe('the summary as a whole', () => {
  it('lists every offer and demand in negotiation order with its identity', () => {
    const summary = summarize({
      offers: [
        demand('300', { id: 'd2', date: '2024-05-04' }),
        seller('100', { id: 's1', date: '2024-05-01' }),
        seller('150', { id: 's2', date: '2024-05-03', status: 'withdrawn' }),
        demand('400', { id: 'd1', date: '2024-05-02' }),
      ],
    })
    expect(summary.offers.map((o) => [o.id, o.from, o.status])).toEqual([
      ['s1', 'seller', 'rejected'],
      ['d1', 'buyer', 'countered'],
      ['s2', 'seller', 'withdrawn'],
      ['d2', 'buyer', 'countered'],
    ])
  })

  it('gives money as unrounded Dec values', () => {
    const summary = summarize({ losses: [loss('1', 'CNY')], offers: [seller([comp('sam', '1', { currency: 'CNY' })])] })
    expect(summary.lossTotal).toBeInstanceOf(Dec)
    expect(text(summary.lossTotal)).toBe('0.125')
    expect(text(summary.offers[0]!.ratio)).toBe('1')
  })
})
