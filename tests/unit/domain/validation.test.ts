// Section 1 of the contract: what a case file may hold, and where each problem is reported.
import { describe, expect, it } from 'vitest'
import { CaseFileError, parseCaseFile, parseCaseFileText, type CaseFile } from '@/domain'
import { validExamples } from '../../support/examples'
import { fullCase, issuesOf, pathsOf, rawCase, withValue, without, type Json } from './helpers'

const FULL = fullCase()
const MAX = '999999999999999.99999999'

const accepts = (input: Json) => expect(() => parseCaseFile(input)).not.toThrow()
/** The file damaged at `path` is refused with exactly one issue, at `reported` (default: the same path). */
const refusedOnlyAt = (input: Json, reported: string) => expect(pathsOf(input)).toEqual([reported])
const push = (root: Json, list: string, item: unknown): Json => {
  const copy = structuredClone(root)
  ;(copy[list] as unknown[]).push(item)
  return copy
}
const list = (name: string): Json[] => FULL[name] as Json[]

describe('a complete case', () => {
  it('with every record type and optional field is accepted', () => {
    accepts(FULL)
  })

  it('the minimal case is accepted', () => {
    accepts({ format: 'restitution-case', version: 1, id: 'c', title: 'T', baseCurrency: 'USD' })
  })
})

describe('required fields', () => {
  it.each([
    'format',
    'version',
    'id',
    'title',
    'baseCurrency',
    'fx[0].currency',
    'fx[0].perBase',
    'parties[0].id',
    'parties[0].name',
    'parties[0].role',
    'losses[0].id',
    'losses[0].date',
    'losses[0].description',
    'losses[0].category',
    'losses[0].amount',
    'losses[0].currency',
    'properties[0].id',
    'properties[0].description',
    'properties[0].marketValue',
    'properties[0].currency',
    'offers[0].id',
    'offers[0].date',
    'offers[0].status',
    'offers[0].components[0].partyId',
    'offers[0].components[0].kind',
    'offers[0].components[0].amount',
    'offers[0].components[0].currency',
    'offers[1].amount',
    'offers[1].currency',
    'payments[0].id',
    'payments[0].date',
    'payments[0].amount',
    'payments[0].currency',
    'costs[0].id',
    'costs[0].date',
    'costs[0].description',
    'costs[0].amount',
    'costs[0].currency',
  ])('a missing %s is reported at its path', (path) => {
    expect(pathsOf(without(FULL, path))).toContain(path)
  })

  it.each(['offers[0].from', 'properties[0].ownerId'])('a missing %s is reported at its path', (path) => {
    expect(pathsOf(without(FULL, path))).toContain(path)
  })

  it('says a missing field is required', () => {
    expect(issuesOf(without(FULL, 'losses[0].amount'))[0]!.message).toMatch(/required/i)
  })
})

describe('unknown keys', () => {
  it.each([
    ['titel', 'titel'],
    ['settings.quickSale', 'settings.quickSale'],
    ['fx[0].rate', 'fx[0].rate'],
    ['parties[0].nickname', 'parties[0].nickname'],
    ['losses[0].ammount', 'losses[0].ammount'],
    ['properties[0].value', 'properties[0].value'],
    ['offers[0].deadline', 'offers[0].deadline'],
    ['offers[0].components[0].amout', 'offers[0].components[0].amout'],
    ['offers[1].partyId', 'offers[1].partyId'],
    ['payments[0].method', 'payments[0].method'],
    ['costs[0].category', 'costs[0].category'],
  ])('%s is refused at its own path', (path, reported) => {
    const issues = issuesOf(withValue(FULL, path, 'x'))
    expect(issues.map((i) => i.path)).toEqual([reported])
    expect(issues[0]!.message).toContain(path.split('.').at(-1)!)
  })

  it.each(['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'])(
    'a key named like an Object method (%s) is just an unknown key',
    (key) => {
      refusedOnlyAt(withValue(FULL, `losses[0].${key}`, 'x'), `losses[0].${key}`)
      refusedOnlyAt(withValue(FULL, key, 'x'), key)
    },
  )

  it('a key that is not a plain name is quoted in the path', () => {
    refusedOnlyAt(withValue(FULL, 'losses[0].my key', 'x'), 'losses[0]["my key"]')
  })

  it('reports each unknown key of a record separately', () => {
    const input = withValue(withValue(FULL, 'losses[0].ammount', '1'), 'losses[0].curency', 'USD')
    expect(pathsOf(input).sort()).toEqual(['losses[0].ammount', 'losses[0].curency'])
  })
})

describe('extra', () => {
  const payload = { note: 'kept', anything: { list: [1, 'two', null, true, { deep: 2.5 }] }, amount: 12.5, empty: {} }

  it.each([
    'extra',
    'fx[0].extra',
    'parties[0].extra',
    'losses[0].extra',
    'properties[0].extra',
    'offers[0].extra',
    'offers[1].extra',
    'offers[0].components[0].extra',
    'payments[0].extra',
    'costs[0].extra',
  ])('%s may carry anything, kept exactly as it is', (path) => {
    const parsed = parseCaseFile(withValue(FULL, path, payload))
    let node: unknown = parsed
    for (const part of path.match(/[^.[\]]+/g)!) node = (node as Record<string, unknown>)[part]
    expect(node).toEqual(payload)
  })

  it('is not allowed in settings, which is not a record', () => {
    refusedOnlyAt(withValue(FULL, 'settings.extra', {}), 'settings.extra')
  })

  it.each([
    ['a list', []],
    ['text', 'note'],
    ['a number', 1],
    ['null', null],
  ])('must be a record, not %s', (_name, value) => {
    refusedOnlyAt(withValue(FULL, 'losses[0].extra', value), 'losses[0].extra')
  })
})

describe('null', () => {
  it.each([
    'settings',
    'settings.quickSaleFactor',
    'fx',
    'losses',
    'fx[0].asOf',
    'fx[0].source',
    'parties[0].note',
    'parties[1].relation',
    'losses[0].evidence',
    'properties[0].location',
    'properties[0].encumbrances',
    'properties[0].valuedOn',
    'offers[0].type',
    'offers[0].final',
    'offers[0].goodUntil',
    'offers[0].note',
    'offers[1].respondsTo',
    'offers[0].components[0].dueDate',
    'offers[0].components[0].note',
    'payments[0].offerId',
    'payments[0].partyId',
  ])('is refused for the optional %s', (path) => {
    const issues = issuesOf(withValue(FULL, path, null))
    const here = issues.filter((i) => i.path === path)
    expect(here).toHaveLength(1)
    expect(here[0]!.message).toMatch(/null/)
    // Only the rates' absence may add problems elsewhere (the CNY amounts lose their rate).
    if (path !== 'fx') expect(issues).toHaveLength(1)
  })

  it('is refused for extra', () => {
    refusedOnlyAt(withValue(FULL, 'extra', null), 'extra')
  })

  it('is refused as a required value too', () => {
    expect(pathsOf(withValue(FULL, 'title', null))).toEqual(['title'])
  })
})

describe('the byte-order mark', () => {
  it('is ignored at the start of the text', () => {
    const text = JSON.stringify(FULL)
    expect(parseCaseFileText(`\uFEFF${text}`)).toEqual(parseCaseFileText(text))
  })
})

describe('amounts', () => {
  it.each([
    ['5.', /both sides/],
    ['.5', /both sides/],
    ['1e5', /exponent/],
    ['1E5', /exponent/],
    ['-1', /negative/],
    ['+1', null],
    ['1,000', /separator/],
    ['1 000', /separator|space/],
    [' 5', /separator|space/],
    ['5 ', /separator|space/],
    ["1'000", /separator/],
    ['1234567890123456', /15 digits/],
    ['1234567890123456.5', /15 digits/],
    ['1.123456789', /8 digits/],
    ['', null],
    ['abc', null],
    ['0x10', null],
    ['1.2.3', null],
    ['Infinity', null],
    ['NaN', null],
    ['١٢٣', null],
    ['１２３', null],
    ['5\n', null],
  ])('"%s" is refused', (value, message) => {
    const issues = issuesOf(withValue(FULL, 'losses[0].amount', value))
    expect(issues.map((i) => i.path)).toEqual(['losses[0].amount'])
    if (message) expect(issues[0]!.message).toMatch(message)
  })

  it.each([
    ['a number', 60000],
    ['a number with cents', 60000.5],
  ])('%s is refused with a message to quote it', (_name, value) => {
    const issues = issuesOf(withValue(FULL, 'losses[0].amount', value))
    expect(issues.map((i) => i.path)).toEqual(['losses[0].amount'])
    expect(issues[0]!.message).toMatch(/quote/i)
  })

  it.each(['0.01', '85000', '85000.5', '1.00000000', MAX, '000123.40'])('"%s" is accepted', (value) => {
    const parsed = parseCaseFile(withValue(FULL, 'losses[0].amount', value))
    expect(parsed.losses[0]!.amount).toBe(value)
  })

  it.each([
    'losses[0].amount',
    'offers[0].components[0].amount',
    'offers[1].amount',
    'payments[0].amount',
    'costs[0].amount',
    'fx[0].perBase',
  ])('%s must be greater than zero', (path) => {
    for (const zero of ['0', '0.00', '00.00000000']) {
      const issues = issuesOf(withValue(FULL, path, zero))
      expect(issues.map((i) => i.path)).toEqual([path])
      expect(issues[0]!.message).toMatch(/greater than zero/)
    }
  })

  it.each(['properties[0].marketValue', 'properties[0].encumbrances'])('%s may be zero', (path) => {
    accepts(withValue(FULL, path, '0'))
    accepts(withValue(FULL, path, '0.00'))
  })

  it.each(['properties[0].marketValue', 'properties[0].encumbrances', 'offers[0].components[1].amount', 'fx[0].perBase', 'offers[1].amount'])(
    '%s follows the amount rules',
    (path) => {
      refusedOnlyAt(withValue(FULL, path, '-5'), path)
      refusedOnlyAt(withValue(FULL, path, '5.'), path)
      refusedOnlyAt(withValue(FULL, path, 5), path)
    },
  )
})

describe('currencies', () => {
  it.each(['usd', 'US', 'USDX', ' USD', 'U5D', 'Usd', 840])('%j is not a currency code', (value) => {
    refusedOnlyAt(withValue(FULL, 'losses[0].currency', value), 'losses[0].currency')
  })

  it('a lowercase base currency is refused at baseCurrency', () => {
    expect(pathsOf(withValue(FULL, 'baseCurrency', 'usd'))).toContain('baseCurrency')
  })

  it.each([
    'losses[0].currency',
    'properties[0].currency',
    'offers[0].components[0].currency',
    'offers[1].currency',
    'payments[0].currency',
    'costs[0].currency',
  ])('a currency with no rate is reported where it is used: %s', (path) => {
    const issues = issuesOf(withValue(FULL, path, 'EUR'))
    expect(issues.map((i) => i.path)).toEqual([path])
    expect(issues[0]!.message).toContain('EUR')
  })

  it('reports every use of a currency whose rate is missing', () => {
    expect(pathsOf(withValue(FULL, 'fx', []))).toEqual([
      'properties[0].currency',
      'offers[0].components[0].currency',
      'offers[0].components[1].currency',
    ])
  })

  it('a rate for the base currency is refused', () => {
    refusedOnlyAt(push(FULL, 'fx', { currency: 'USD', perBase: '1' }), 'fx[1].currency')
  })

  it('a second rate for the same currency is refused at the second', () => {
    refusedOnlyAt(push(FULL, 'fx', { currency: 'CNY', perBase: '7.2' }), 'fx[1].currency')
  })

  it('a rate whose currency is not a code is refused', () => {
    expect(pathsOf(withValue(FULL, 'fx[0].currency', 'cny'))).toContain('fx[0].currency')
  })

  it('a rate nobody uses is fine', () => {
    accepts(push(FULL, 'fx', { currency: 'EUR', perBase: '0.9' }))
  })

  it('fx is a list', () => {
    expect(pathsOf(withValue(FULL, 'fx', { CNY: '8' }))).toContain('fx')
  })
})

describe('dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2024-12-31', '0001-01-01', '9999-12-31'])('%s is accepted', (date) => {
    accepts(withValue(FULL, 'losses[0].date', date))
  })

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-01-32',
    '2024-5-3',
    '2024/05/03',
    '20240503',
    '03-05-2024',
    '2024-05-03T00:00:00Z',
    ' 2024-05-03',
    '2024-05-03\n',
    '',
    20240503,
  ])('%j is refused', (date) => {
    refusedOnlyAt(withValue(FULL, 'losses[0].date', date), 'losses[0].date')
  })

  it.each([
    'fx[0].asOf',
    'properties[0].valuedOn',
    'offers[0].date',
    'offers[0].goodUntil',
    'offers[0].components[0].dueDate',
    'offers[1].date',
    'payments[0].date',
    'costs[0].date',
  ])('%s must be a real calendar date', (path) => {
    refusedOnlyAt(withValue(FULL, path, '2023-02-29'), path)
    accepts(withValue(FULL, path, '2024-02-29'))
  })
})

describe('ids', () => {
  it.each(['a'.repeat(64), 'A-b_9', '-', '_', '0'])('%s is an id', (id) => {
    accepts(withValue(FULL, 'losses[0].id', id))
  })

  it.each(['a'.repeat(65), '', 'a b', 'a.b', 'a/b', 'ü', 'case#1', 7])('%j is not an id', (id) => {
    refusedOnlyAt(withValue(FULL, 'losses[0].id', id), 'losses[0].id')
  })

  it('the case id follows the same rule', () => {
    refusedOnlyAt(withValue(FULL, 'id', 'a'.repeat(65)), 'id')
  })

  it.each(['parties', 'losses', 'properties', 'offers', 'payments', 'costs'])('a duplicate id in %s is reported at the later record', (name) => {
    const issues = issuesOf(push(FULL, name, structuredClone(list(name)[0])))
    const at = `${name}[${list(name).length}].id`
    expect(issues.map((i) => i.path)).toEqual([at])
    expect(issues[0]!.message).toContain(String(list(name)[0]!.id))
  })

  it.each(['constructor', '__proto__', 'toString'])('an id that happens to read %s is only data', (id) => {
    const parsed = parseCaseFile(withValue(withValue(FULL, 'parties[0].id', id), 'offers[0].components[0].partyId', id))
    expect(parsed.parties[0]!.id).toBe(id)
  })

  it('the same id in different lists is fine', () => {
    accepts(withValue(withValue(FULL, 'losses[0].id', 'p1'), 'costs[0].id', 'p1'))
  })
})

describe('references', () => {
  it.each([
    ['offers[0].components[0].partyId', 'nobody'],
    ['offers[0].components[0].partyId', 'l1'],
    ['properties[0].ownerId', 'nobody'],
    ['properties[0].ownerId', 'h1'],
    ['offers[0].components[1].propertyId', 'nowhere'],
    ['offers[0].components[1].propertyId', 'p2'],
    ['payments[0].partyId', 'nobody'],
    ['payments[0].partyId', 'o1'],
    ['payments[0].offerId', 'nobody'],
    ['payments[0].offerId', 'k1'],
    ['offers[1].respondsTo', 'nobody'],
    ['offers[1].respondsTo', 'r1'],
  ])('%s naming "%s" (not a record of the right list) is refused', (path, value) => {
    const issues = issuesOf(withValue(FULL, path, value))
    expect(issues.map((i) => i.path)).toEqual([path])
    expect(issues[0]!.message).toContain(value)
  })

  it('an offer that answers itself is refused', () => {
    refusedOnlyAt(withValue(FULL, 'offers[1].respondsTo', 'd1'), 'offers[1].respondsTo')
  })

  it('references may point forwards in the file', () => {
    accepts(withValue(FULL, 'offers[0].respondsTo', 'd1'))
  })
})

describe('parties', () => {
  it.each([
    ['a family member needs a relation', 'parties[1].relation', undefined],
    ['a seller has no relation', 'parties[0].relation', 'parent'],
    ['an associate has no relation', 'parties[2].relation', 'cousin'],
    ['a relation must be known', 'parties[1].relation', 'uncle'],
    ['a role must be known', 'parties[0].role', 'suspect'],
  ])('%s', (_name, path, value) => {
    const input = value === undefined ? without(FULL, path) : withValue(FULL, path, value)
    refusedOnlyAt(input, path)
  })

  it('every listed relation is accepted for a family member', () => {
    for (const relation of ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild', 'aunt-uncle', 'niece-nephew', 'cousin', 'in-law', 'other-relative'])
      accepts(withValue(FULL, 'parties[1].relation', relation))
  })

  it('a category, kind, status and type must be one of the listed words', () => {
    refusedOnlyAt(withValue(FULL, 'losses[0].category', 'fraud'), 'losses[0].category')
    refusedOnlyAt(withValue(FULL, 'offers[0].components[0].kind', 'gold'), 'offers[0].components[0].kind')
    refusedOnlyAt(withValue(FULL, 'offers[0].status', 'pending'), 'offers[0].status')
    refusedOnlyAt(withValue(FULL, 'offers[0].type', 'opening'), 'offers[0].type')
    refusedOnlyAt(withValue(FULL, 'offers[0].final', 'yes'), 'offers[0].final')
  })
})

describe('offers and components', () => {
  const mortgage = 'offers[0].components[1]'
  const cash = 'offers[0].components[0]'

  it.each([
    ['a mortgage without a property', without(FULL, `${mortgage}.propertyId`), `${mortgage}.propertyId`],
    ['a property sale without a property', without(withValue(FULL, `${mortgage}.kind`, 'property-sale'), `${mortgage}.propertyId`), `${mortgage}.propertyId`],
    ['cash naming a property', withValue(FULL, `${cash}.propertyId`, 'h1'), `${cash}.propertyId`],
    ['installments naming a property', withValue(withValue(FULL, `${cash}.kind`, 'installments'), `${cash}.propertyId`, 'h1'), `${cash}.propertyId`],
    ['other naming a property', withValue(withValue(FULL, `${cash}.kind`, 'other'), `${cash}.propertyId`, 'h1'), `${cash}.propertyId`],
    ['a seller offer with an amount', withValue(FULL, 'offers[0].amount', '100'), 'offers[0].amount'],
    ['a seller offer with a currency', withValue(FULL, 'offers[0].currency', 'USD'), 'offers[0].currency'],
    ['a seller offer without components', without(FULL, 'offers[0].components'), 'offers[0].components'],
    ['a seller offer with no components', withValue(FULL, 'offers[0].components', []), 'offers[0].components'],
    ['a buyer demand with components', withValue(FULL, 'offers[1].components', [{ partyId: 'p1', kind: 'cash', amount: '1', currency: 'USD' }]), 'offers[1].components'],
    ['an offer from someone else', withValue(FULL, 'offers[0].from', 'lawyer'), 'offers[0].from'],
    ['a component that is not a record', withValue(FULL, `${cash}`, 5), cash],
  ])('%s is refused', (_name, input, path) => {
    expect(pathsOf(input)).toEqual([path])
  })

  it.each([
    ['an offer that is not a record', withValue(FULL, 'offers[0]', 'o1'), 'offers[0]'],
    ['offers that are not a list', withValue(FULL, 'offers', {}), 'offers'],
  ])('%s is refused (and what named it loses its reference)', (_name, input, path) => {
    const paths = pathsOf(input)
    expect(paths[0]).toBe(path)
    expect(paths).toContain('payments[0].offerId')
  })

  it('a property sale naming a property is fine', () => {
    accepts(withValue(FULL, `${mortgage}.kind`, 'property-sale'))
  })

  it('explains why a seller offer has no amount', () => {
    expect(issuesOf(withValue(FULL, 'offers[0].amount', '100'))[0]!.message).toMatch(/components|parts/)
  })
})

describe('settings', () => {
  it.each([
    ['quickSaleFactor', '0', false],
    ['quickSaleFactor', '0.00000001', true],
    ['quickSaleFactor', '0.8', true],
    ['quickSaleFactor', '1', true],
    ['quickSaleFactor', '1.0', true],
    ['quickSaleFactor', '1.00000001', false],
    ['quickSaleFactor', '2', false],
    ['quickSaleFactor', '-0.5', false],
    ['quickSaleFactor', '80%', false],
    ['quickSaleFactor', 0.8, false],
    ['concessionShrinkFactor', '0', true],
    ['concessionShrinkFactor', '0.00', true],
    ['concessionShrinkFactor', '1', true],
    ['concessionShrinkFactor', '1.5', false],
    ['concessionShrinkFactor', '-0', false],
    ['thirdPartyMajority', '0', false],
    ['thirdPartyMajority', '0.5', true],
    ['thirdPartyMajority', '1', true],
    ['thirdPartyMajority', '10', false],
    ['thirdPartyMajority', '01', true],
  ])('%s "%s" accepted: %s', (key, value, ok) => {
    const input = withValue(FULL, `settings.${key}`, value)
    if (ok) expect(parseCaseFile(input).settings[key as keyof CaseFile['settings']]).toBe(value)
    else refusedOnlyAt(input, `settings.${key}`)
  })

  it('an unknown setting is refused', () => {
    refusedOnlyAt(withValue(FULL, 'settings.quickSaleFactr', '0.7'), 'settings.quickSaleFactr')
  })

  it('settings must be a record', () => {
    refusedOnlyAt(withValue(FULL, 'settings', ['0.8']), 'settings')
  })
})

describe('text', () => {
  const long = (n: number) => 'x'.repeat(n)

  it.each([
    ['parties[0].name', 200],
    ['title', 2000],
    ['losses[0].description', 2000],
    ['properties[0].description', 2000],
    ['costs[0].description', 2000],
    ['parties[0].note', 2000],
    ['fx[0].source', 2000],
    ['properties[0].location', 2000],
    ['losses[0].evidence', 2000],
    ['properties[0].valuationSource', 2000],
    ['offers[0].note', 2000],
    ['offers[0].components[0].note', 2000],
    ['payments[0].note', 2000],
  ])('%s may be %i characters, not one more', (path, max) => {
    accepts(withValue(FULL, path, long(max)))
    const issues = issuesOf(withValue(FULL, path, long(max + 1)))
    expect(issues.map((i) => i.path)).toEqual([path])
    expect(issues[0]!.message).toContain(max.toLocaleString('en-US'))
  })

  it('a name of 200 Chinese characters is accepted', () => {
    accepts(withValue(FULL, 'parties[0].name', '张'.repeat(200)))
  })

  // Finding: length is counted in UTF-16 code units, so a character outside the
  // Basic Multilingual Plane (rare CJK name characters such as 𠮷, emoji) counts
  // twice: a 101-character name is refused as "at most 200 characters".
  it('counts characters, not UTF-16 code units: a name of 101 characters such as 𠮷 is accepted', () => {
    accepts(withValue(FULL, 'parties[0].name', '𠮷'.repeat(101)))
  })

  it.each(['title', 'parties[0].name', 'losses[0].description', 'properties[0].description', 'costs[0].description'])(
    '%s must not be blank',
    (path) => {
      for (const blank of ['', '   ', '\t\n'])
        expect(pathsOf(withValue(FULL, path, blank))).toEqual([path])
    },
  )

  it.each(['parties[0].note', 'losses[0].evidence', 'offers[0].note'])('%s may be empty', (path) => {
    accepts(withValue(FULL, path, ''))
  })

  it('text is kept as data, markup and all', () => {
    const parsed = parseCaseFile(withValue(FULL, 'title', '<img src=x onerror=alert(1)> & "quotes"'))
    expect(parsed.title).toBe('<img src=x onerror=alert(1)> & "quotes"')
  })

  it('a number is not text', () => {
    refusedOnlyAt(withValue(FULL, 'title', 42), 'title')
  })
})

describe('format and version', () => {
  it('a wrong format is refused at format', () => {
    refusedOnlyAt(withValue(FULL, 'format', 'restitution-cases'), 'format')
  })

  it.each([2, 3, 100])('version %i is refused with one message naming both versions', (version) => {
    const issues = issuesOf(withValue(withValue(FULL, 'version', version), 'newField', { x: 1 }))
    expect(issues).toHaveLength(1)
    expect(issues[0]!.path).toBe('version')
    expect(issues[0]!.message).toContain(`version ${version}`)
    expect(issues[0]!.message).toContain('version 1')
  })

  it.each([0, -1, 1.5, '1', '2', null])('version %j is refused at version', (version) => {
    refusedOnlyAt(withValue(FULL, 'version', version), 'version')
  })
})

describe('the whole text', () => {
  const text = JSON.stringify(FULL)
  const oneIssueAtRoot = (input: string) => {
    const issues = issuesOf(input, true)
    expect(issues).toHaveLength(1)
    expect(issues[0]!.path).toBe('')
    return issues[0]!.message
  }

  it('exactly 5 MiB is accepted', () => {
    const padded = text + ' '.repeat(5 * 1024 * 1024 - Buffer.byteLength(text))
    expect(Buffer.byteLength(padded)).toBe(5 * 1024 * 1024)
    expect(() => parseCaseFileText(padded)).not.toThrow()
  })

  it('one byte over 5 MiB is refused with one message', () => {
    const padded = text + ' '.repeat(5 * 1024 * 1024 - Buffer.byteLength(text) + 1)
    expect(oneIssueAtRoot(padded)).toMatch(/5 MiB/)
  })

  it('size counts UTF-8 bytes, not characters', () => {
    const wide = JSON.stringify({ ...FULL, extra: { text: '中'.repeat(1_800_000) } })
    expect(wide.length).toBeLessThan(5 * 1024 * 1024)
    expect(oneIssueAtRoot(wide)).toMatch(/5 MiB/)
  })

  it('a large file that is also malformed gets the size message', () => {
    expect(oneIssueAtRoot(`{${'x'.repeat(6 * 1024 * 1024)}`)).toMatch(/5 MiB/)
  })

  it.each(['', '{', '{"format": "restitution-case",}', "{'format': 'restitution-case'}", 'NaN', '{"a":1}}', 'restitution-case', '\uFEFF\uFEFF{}'])(
    'malformed JSON %j gets one message at ""',
    (input) => {
      expect(oneIssueAtRoot(input)).toMatch(/JSON/)
    },
  )

  it.each(['[]', '[{}]', '42', '"case"', 'null', 'true'])('a top level of %s gets one message at ""', (input) => {
    expect(oneIssueAtRoot(input)).toMatch(/object/)
  })

  it.each([undefined, null, [], 'text', 7])('parseCaseFile(%j) gets one message at ""', (input) => {
    const issues = issuesOf(input)
    expect(issues.map((i) => i.path)).toEqual([''])
  })

  const nested = (levels: number): unknown => {
    let node: unknown = { leaf: 'x' }
    for (let i = 1; i < levels; i++) node = { child: node }
    return node
  }

  it('32 levels of nesting are accepted (the top level is level 1)', () => {
    expect(() => parseCaseFileText(JSON.stringify({ ...FULL, extra: nested(31) }))).not.toThrow()
  })

  it('33 levels are refused with one message', () => {
    expect(oneIssueAtRoot(JSON.stringify({ ...FULL, extra: nested(32) }))).toMatch(/32/)
  })

  it('lists count as levels', () => {
    const deep = `{"format":"restitution-case","version":1,"id":"c","title":"T","baseCurrency":"USD","extra":{"a":${'['.repeat(31)}${']'.repeat(31)}}}`
    expect(oneIssueAtRoot(deep)).toMatch(/32/)
  })

  it('a hostile depth of 100,000 is refused, not a crash', () => {
    const deep = `{"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expect(oneIssueAtRoot(deep)).toMatch(/deep|JSON/)
  })
})

describe('__proto__, constructor and prototype', () => {
  const keys = ['__proto__', 'constructor', 'prototype']
  const where = ['', 'losses[0].', 'offers[0].components[0].', 'settings.', 'extra.', 'extra.deep.', 'fx[0].']

  /** The full case as text with `"key": {...}` inserted into the object at `at`. */
  function textWith(at: string, key: string): string {
    const base = at.startsWith('extra.') ? withValue(FULL, 'extra', { deep: {} }) : FULL
    const marked = JSON.stringify(withValue(base, `${at}__marker__`, 1))
    return marked.replace('"__marker__":1', `"${key}":{"polluted":true,"prototype":{"polluted":true}}`)
  }

  const prototypeState = () => ({
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    function: Object.getOwnPropertyNames(Function.prototype).sort(),
  })

  it.each(keys.flatMap((key) => where.map((at) => [key, at] as const)))('"%s" in %s is refused at its own path, and no prototype changes', (key, at) => {
    const before = prototypeState()
    const input = textWith(at, key)
    expect(input).toContain(`"${key}":`)
    const issues = issuesOf(input, true)
    expect(issues.map((i) => i.path)).toEqual([`${at}${key}`])
    expect(prototypeState()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('is refused alongside every other problem', () => {
    const text = JSON.stringify(withValue(FULL, 'losses[0].amount', '-1')).replace('{', '{"__proto__":{"x":1},')
    expect(pathsOf(text, true).sort()).toEqual(['__proto__', 'losses[0].amount'])
  })

  it('a parsed object with an own __proto__ key is refused by parseCaseFile too', () => {
    const input = JSON.parse(JSON.stringify(FULL).replace('{', '{"__proto__":{"polluted":true},')) as unknown
    expect(pathsOf(input)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('every problem at once', () => {
  it('reports six different problems in one error', () => {
    let input = withValue(FULL, 'losses[0].amount', '-1')
    input = without(input, 'parties[1].relation')
    input = withValue(input, 'offers[0].components[0].partyId', 'ghost')
    input = withValue(input, 'costs[0].date', '2023-02-29')
    input = withValue(input, 'titel', 'typo')
    input = withValue(input, 'fx[0].perBase', 8)
    const paths = pathsOf(input)
    expect(paths.length).toBeGreaterThanOrEqual(6)
    expect(paths).toEqual(
      expect.arrayContaining([
        'losses[0].amount',
        'parties[1].relation',
        'offers[0].components[0].partyId',
        'costs[0].date',
        'titel',
        'fx[0].perBase',
      ]),
    )
  })

  it('the error message counts the problems; one problem is spelled out', () => {
    let error: unknown
    try {
      parseCaseFile(withValue(withValue(FULL, 'losses[0].amount', '-1'), 'costs[0].amount', '-1'))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CaseFileError)
    expect((error as Error).message).toContain('2 problems')
    expect(() => parseCaseFile(withValue(FULL, 'losses[0].amount', '-1'))).toThrow(/losses\[0\]\.amount/)
  })

  it('reads the input without changing it', () => {
    for (const input of [FULL, withValue(FULL, 'losses[0].amount', '-1'), rawCase({ offers: [{ from: 'seller', status: 'open', components: [] }] })]) {
      const before = structuredClone(input)
      try {
        parseCaseFile(input)
      } catch {
        // refused or not, the input must not change
      }
      expect(input).toEqual(before)
    }
  })
})

describe('normalization', () => {
  it('fills every list and setting of a minimal case', () => {
    const parsed = parseCaseFile({ format: 'restitution-case', version: 1, id: 'c', title: 'T', baseCurrency: 'CNY' })
    expect(parsed).toEqual({
      format: 'restitution-case',
      version: 1,
      id: 'c',
      title: 'T',
      baseCurrency: 'CNY',
      settings: { quickSaleFactor: '0.8', concessionShrinkFactor: '0.25', thirdPartyMajority: '0.5' },
      fx: [],
      parties: [],
      losses: [],
      properties: [],
      offers: [],
      payments: [],
      costs: [],
    })
  })

  it('completes partial settings and keeps the given ones as written', () => {
    expect(parseCaseFile(withValue(FULL, 'settings', { thirdPartyMajority: '0.60' })).settings).toEqual({
      quickSaleFactor: '0.8',
      concessionShrinkFactor: '0.25',
      thirdPartyMajority: '0.60',
    })
  })

  it('fills encumbrances with "0" and offer type with "counter", keeping given values', () => {
    const parsed = parseCaseFile(without(without(FULL, 'properties[0].encumbrances'), 'offers[0].type'))
    expect(parsed.properties[0]!.encumbrances).toBe('0')
    expect(parsed.offers.map((o) => o.type)).toEqual(['counter', 'counter'])
    expect(parseCaseFile(FULL).offers[0]!.type).toBe('initial')
  })

  it('keeps amounts as written and leaves absent optional fields absent', () => {
    const parsed = parseCaseFile(FULL)
    expect(parsed.losses[0]!.amount).toBe('60000.00')
    expect(Object.keys(parsed.costs[0]!).sort()).toEqual(['amount', 'currency', 'date', 'description', 'id'])
    expect(Object.keys(parsed.parties[1]!).sort()).toEqual(['id', 'name', 'relation', 'role'])
  })

  const roundTrip = (parsed: CaseFile) => parseCaseFileText(JSON.stringify(parsed, null, 2))

  it.each([
    ['the full case', JSON.stringify(FULL)],
    ['a minimal case', '{"format":"restitution-case","version":1,"id":"c","title":"T","baseCurrency":"USD"}'],
    ['a case with extras everywhere', JSON.stringify(withValue(withValue(FULL, 'extra', { a: [1, null] }), 'offers[0].components[0].extra', { b: {} }))],
    ...validExamples().map((example) => [`example ${example.name}`, example.caseText] as [string, string]),
  ])('import, export, import gives the same case: %s', (_name, input) => {
    const first = parseCaseFileText(input)
    const second = roundTrip(first)
    expect(second).toEqual(first)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })
})
