// The engine's phrases: one function for each kind of label or sentence, worded
// from a catalogue, so the engine's English and the screens' English agree.
import { describe, expect, it } from 'vitest'
import {
  DOMAIN_TEXTS,
  englishWords,
  formatterFor,
  fillTemplate,
  formatDate,
  isolate,
  lookup,
  offerLabel,
  partText,
  partyLabel,
  propertyLabel,
  signalSentence,
  withoutIsolates,
  type Words,
} from '@/domain'
import { allCatalogues } from '@/i18n'
import { example } from '../../support/examples'

const english = englishWords()
// Every user value in a phrase is isolated for the bidirectional algorithm (words/isolate.ts): `${u('Zhang Jun')} (father or mother)`.
const u = isolate

describe('a catalogue lookup', () => {
  it('finds a nested text and fills its placeholders, leaving unknown ones as written', () => {
    expect(lookup(DOMAIN_TEXTS, 'signal.CONCESSIONS_SHRINKING.lowered')).toContain('{step}')
    expect(lookup(DOMAIN_TEXTS, 'signal.nope')).toBeUndefined()
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })

  it('is the en catalogue’s own text for every engine word, so the two cannot drift', () => {
    const en = allCatalogues().en
    const walk = (node: object, path: string[] = []): void => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string') expect(lookup(en as never, [...path, key].join('.')), [...path, key].join('.')).toBe(value)
        else walk(value as object, [...path, key])
      }
    }
    walk(DOMAIN_TEXTS)
  })
})

describe('labels', () => {
  it('names a party with its relation, or its role in lower case', () => {
    expect(partyLabel({ name: 'Zhang Jun', role: 'family', relation: 'parent' }, english)).toBe(`${u('Zhang Jun')} (father or mother)`)
    expect(partyLabel({ name: 'Li Na', role: 'family', relation: 'in-law' }, english)).toBe(`${u('Li Na')} (in-law)`)
    expect(partyLabel({ name: 'Zhang Wei', role: 'seller' }, english)).toBe(`${u('Zhang Wei')} (seller)`)
    expect(partyLabel({ name: 'Chen', role: 'associate' }, english)).toBe(`${u('Chen')} (associate)`)
  })

  it('names a property with its location when it has one', () => {
    expect(propertyLabel({ description: 'Two-bedroom flat', location: 'Yiwu, Zhejiang' }, english)).toBe(`${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}`)
    expect(propertyLabel({ description: 'Shop unit' }, english)).toBe(u('Shop unit'))
  })

  it('names every offer by its side and number in negotiation order, never by its id', () => {
    const { view } = example('harbor-tools')
    expect(view.offers.map((row) => offerLabel(row.label, english))).toEqual([
      'Seller offer 1',
      'Buyer demand 1',
      'Seller offer 2',
      'Buyer demand 2',
      'Seller offer 3',
    ])
    const third = view.offerById.get('o3')!
    expect(offerLabel(third.label, english, 'dated')).toBe('Seller offer 3 · May 16, 2024')
    expect(offerLabel(third.label, english, 'full')).toBe('Seller offer 3 · May 16, 2024 · $69,444.44')
  })

  it('reads odd ids the same way: kowloon-vanished’s "a", "x" and "demand"', () => {
    const { view } = example('kowloon-vanished')
    expect(view.offers.map((row) => `${row.id}=${offerLabel(row.label, english)}`)).toEqual([
      'a=Seller offer 1',
      'b=Seller offer 2',
      'x=Seller offer 3',
      'c=Seller offer 4',
      'd=Seller offer 5',
      'demand=Buyer demand 1',
    ])
  })

  it('words each part of an offer with its payer, kind, property and amount as written', () => {
    const { view } = example('harbor-tools')
    expect(view.offerById.get('o3')!.parts.map((part) => partText(part, english))).toEqual([
      `${u('Zhang Wei')}: cash CNY 200,000.00`,
      `${u('Zhang Jun')}: mortgage loan on ${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')} CNY 250,000.00`,
      `${u('Li Na')}: cash CNY 50,000.00`,
    ])
  })
})

describe('a signal’s sentence', () => {
  it('is the same through the engine’s message and through any Words with the English catalogue', () => {
    const { summary } = example('harbor-tools')
    const viaCatalogue: Words = { ...english, text: (key, params) => fillTemplate(lookup(allCatalogues().en as never, key) ?? key, params) }
    // The engine's message is the same sentence as plain text: without the direction isolates a screen adds around names.
    for (const signal of summary.assessment!.signals) expect(withoutIsolates(signalSentence(signal, viaCatalogue, 'USD'))).toBe(signal.message)
  })

  it('names the father’s mortgage on the flat with its owner and amount', () => {
    const { summary } = example('harbor-tools')
    const property = summary.assessment!.signals.find((s) => s.code === 'FAMILY_PROPERTY')!
    expect(property.message).toBe(
      '$34,722.22 of this offer depends on a family member’s real estate (a mortgage loan or a sale): Zhang Jun (father or mother), a mortgage loan on Two-bedroom flat, Yiwu, Zhejiang, $34,722.22.',
    )
  })

  it('keeps the contract’s shape { code, message } in JSON, with the facts alongside for other languages', () => {
    const { summary } = example('harbor-tools')
    const signal = summary.assessment!.signals[0]!
    expect(Object.keys(JSON.parse(JSON.stringify(signal)))).toEqual(['code', 'message'])
    expect(signal.facts.code).toBe(signal.code)
  })
})

describe('dates', () => {
  it('shows the years 0001-0999 as written, four digits and all, never as 19xx', () => {
    // "Mar 1, 50" would be read as 1950 or 2050.
    expect(formatDate('0050-03-01', 'en-US')).toBe('Mar 1, 0050')
    expect(formatDate('0999-12-31', 'en-US')).toBe('Dec 31, 0999')
    expect(formatDate('2024-05-16', 'en-US')).toBe('May 16, 2024')
  })

  it('keeps one set of formatters per locale', () => {
    expect(formatterFor('zh-CN')).toBe(formatterFor('zh-CN'))
    expect(formatterFor('zh-CN').date('2024-05-16')).toBe('2024年5月16日')
  })
})
