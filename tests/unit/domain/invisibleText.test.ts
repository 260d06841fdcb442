// Issue 18, item 9: invisible direction controls and control characters are refused in every text
// of a case file, named in the message; user values in the app's sentences are isolated.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  Dec,
  FIRST_STRONG_ISOLATE,
  POP_DIRECTIONAL_ISOLATE,
  codePointName,
  englishWords,
  invisibleTextProblem,
  isolate,
  parseCaseFile,
  partText,
  partyLabel,
  problemText,
  textProblem,
  withoutIsolates,
} from '@/domain'
import { serializeCase } from '@/persistence/caseData'
import { criminalExampleText } from '../../support/examples'
import { fullCase, issuesOf, withValue } from './helpers'

const en = englishWords()

describe('the text rule', () => {
  it.each([
    ['\u202A', 'text.lre', 'U+202A'],
    ['\u202B', 'text.rle', 'U+202B'],
    ['\u202C', 'text.pdf', 'U+202C'],
    ['\u202D', 'text.lro', 'U+202D'],
    ['\u202E', 'text.rlo', 'U+202E'],
    ['\u2066', 'text.lri', 'U+2066'],
    ['\u2067', 'text.rli', 'U+2067'],
    ['\u2068', 'text.fsi', 'U+2068'],
    ['\u2069', 'text.pdi', 'U+2069'],
  ] as const)('refuses the direction control %j, naming it (%s, %s)', (character, code, named) => {
    const found = invisibleTextProblem(`Zhang Wei${character}`)
    expect(found?.code).toBe(code)
    expect(problemText(found!)).toContain(`(${named})`)
    expect(problemText(found!)).toMatch(/remove it/)
  })

  it('words the override the tester found as what it does', () => {
    expect(problemText(invisibleTextProblem('Zhang Wei\u202E')!)).toBe(
      'This contains an invisible right-to-left override (U+202E), which shows the text after it backwards; remove it.',
    )
  })

  it.each([
    ['\u0000', 'U+0000'],
    ['\u0007', 'U+0007'],
    ['\u0008', 'U+0008'],
    ['\u000B', 'U+000B'],
    ['\u000C', 'U+000C'],
    ['\r', 'U+000D'],
    ['\u001B', 'U+001B'],
    ['\u001F', 'U+001F'],
  ])('refuses the control character %j, named %s', (character, named) => {
    const found = invisibleTextProblem(`a${character}b`)
    expect(found).toEqual({ code: 'text.control', params: { code: named } })
    expect(problemText(found!)).toBe(`This contains an invisible control character (${named}); remove it. Only tabs and line breaks are kept.`)
  })

  it.each([
    ['a tab', 'a\tb'],
    ['a line break', 'first line\nsecond line'],
    ['a Windows line end (CR LF)', 'first line\r\nsecond line'],
    ['Arabic', 'محمد الأحمد'],
    ['Hebrew', 'דוד כהן'],
    ['Chinese', '张伟（深圳华信）'],
    ['the marks U+200E, U+200F and U+061C', 'a\u200Eb\u200Fc\u061Cd'],
    ['an emoji with a joiner', 'family 👨‍👩‍👧'],
    ['DEL and C1 characters (not C0)', 'a\u007Fb\u0085c'],
  ])('accepts %s', (_, value) => {
    expect(invisibleTextProblem(value)).toBeNull()
  })

  it('names the first refused character, and a lone carriage return even after a CR LF', () => {
    expect(invisibleTextProblem('a\r\nb\rc')).toEqual({ code: 'text.control', params: { code: 'U+000D' } })
    expect(invisibleTextProblem('a\u0001\u202E')?.code).toBe('text.control')
    expect(codePointName('\u0000')).toBe('U+0000')
  })

  it('finds a refused character wherever it stands in any other text, and names that one', () => {
    const refused = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u0000', '\u0007', '\u001B', '\r']
    // Any text, less the characters the rule is about (by code point: C0 but tab and line feed, the direction controls).
    const kept = (character: string) => {
      const n = character.codePointAt(0) ?? 0
      return !((n <= 0x1f && n !== 0x09 && n !== 0x0a) || (n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069))
    }
    const allowed = fc.string({ unit: 'binary', maxLength: 40 }).map((text) => [...text].filter(kept).join(''))
    fc.assert(
      fc.property(allowed, allowed, fc.constantFrom(...refused), (before, after, character) => {
        expect(invisibleTextProblem(before + after)).toBeNull()
        // A refused character before a line feed is still refused: only CR LF is a line end.
        const found = invisibleTextProblem(`${before}${character}${after.replace(/^\n+/, '')}`)
        expect(found).not.toBeNull()
        expect(problemText(found!)).toContain(codePointName(character))
      }),
    )
  })

  it('refuses a phrase copied from the screen and pasted into a field, for its isolates', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((name) => invisibleTextProblem(name) === null), (name) => {
        expect(invisibleTextProblem(partyLabel({ name, role: 'seller' }, en))?.code).toBe('text.fsi')
      }),
    )
  })

  it('is part of every text field’s check, after blank and length', () => {
    expect(textProblem('Li\u202E', 200, true)?.code).toBe('text.rlo')
    expect(textProblem(' ', 200, true)?.code).toBe('value.blank')
    expect(textProblem('ok', 200, true)).toBeNull()
  })
})

describe('an imported case file', () => {
  it.each([
    'title',
    'fx[0].source',
    'parties[0].name',
    'parties[0].note',
    'losses[0].description',
    'losses[0].evidence',
    'properties[0].description',
    'properties[0].location',
    'properties[0].valuationSource',
    'offers[0].note',
    'offers[0].components[0].note',
    'payments[0].note',
    'costs[0].description',
  ])('reports an override in %s at that field, by its code', (path) => {
    const issues = issuesOf(withValue(fullCase(), path, 'Zhang Wei\u202E'))
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[path, 'text.rlo']])
    expect(issues[0]!.message).toContain('right-to-left override (U+202E)')
  })

  it('reports it in a party name at parties[N].name, among several parties', () => {
    const file = fullCase()
    const parties = file.parties as { name: string }[]
    const last = parties.length - 1
    parties[last]!.name = `${parties[last]!.name}\u202E`
    expect(issuesOf(file).map((issue) => [issue.path, issue.code])).toEqual([[`parties[${last}].name`, 'text.rlo']])
  })

  it('reports it in the criminal tracker’s texts too (extra.tracker…)', () => {
    const raw = JSON.parse(criminalExampleText()) as { extra: { tracker: { settlement: { agreement: { account: string } }; reference?: string } } }
    raw.extra.tracker.settlement.agreement.account = 'IBAN NL00\u202E'
    const issues = issuesOf(raw)
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['extra.tracker.settlement.agreement.account', 'text.rlo']])
  })

  it('accepts names in Arabic and Hebrew, with direction marks, and keeps them as written', () => {
    const file = parseCaseFile(withValue(withValue(fullCase(), 'parties[0].name', 'محمد\u200F'), 'parties[1].name', 'דוד כהן'))
    expect(file.parties.slice(0, 2).map((party) => party.name)).toEqual(['محمد\u200F', 'דוד כהן'])
  })
})

describe('isolating a user value in a sentence', () => {
  it('wraps the value in U+2068 … U+2069, leaves an empty value empty, and comes off again', () => {
    expect(isolate('محمد')).toBe('\u2068محمد\u2069')
    expect(FIRST_STRONG_ISOLATE + POP_DIRECTIONAL_ISOLATE).toBe('\u2068\u2069')
    expect(isolate('')).toBe('')
    expect(withoutIsolates(`${isolate('Zhang Wei')} (seller)`)).toBe('Zhang Wei (seller)')
  })

  it('isolates the name in a party label and a part, never the app’s own words or amounts', () => {
    expect(partyLabel({ name: 'محمد', role: 'family', relation: 'parent' }, en)).toBe('\u2068محمد\u2069 (father or mother)')
    const part = { payer: { name: 'דוד', role: 'family' as const, relation: 'sibling' as const }, partyId: 'p1', kind: 'mortgage' as const, amount: new Dec('200000'), currency: 'CNY' }
    expect(partText({ ...part, property: { description: 'بيت', location: 'دبي' } }, en)).toBe('\u2068דוד\u2069: mortgage loan on \u2068بيت\u2069, \u2068دبي\u2069 CNY 200,000.00')
    // Outside the isolates, the sentence is the one a Latin name gets.
    const latin = partText({ ...part, payer: { ...part.payer, name: 'Dan' }, property: { description: 'Flat', location: 'Yiwu' } }, en)
    const strip = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, '…')
    expect(strip(partText({ ...part, property: { description: 'بيت', location: 'دبي' } }, en))).toBe(strip(latin))
  })

  it('never reaches the case file: a case whose phrases isolate its names is exported without an isolate', () => {
    const file = parseCaseFile(withValue(fullCase(), 'parties[0].name', 'محمد'))
    const shown = file.parties.map((party) => partyLabel(party, en)).join(' ')
    expect(shown).toContain(FIRST_STRONG_ISOLATE)
    expect(serializeCase(file)).not.toMatch(/[\u2066-\u2069]/)
    expect(serializeCase(file)).toContain('محمد')
  })
})
