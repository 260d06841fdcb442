// Canonical JSON (sorted keys, no whitespace) and the history's filters.
import { describe, expect, it } from 'vitest'
import { canonicalEntry, canonicalJson, filterHistory, historyChoices, historyDay, type HistoryEntry, type StoredEntry } from '@/domain/history'

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'], c: { z: '1', y: undefined, 'é': 2, A: 3 } }, '{"a":[true,null,"x"],"b":1,"c":{"A":3,"z":"1","é":2}}'],
    ['line\n"quoted"', '"line\\n\\"quoted\\""'],
    [[], '[]'],
    [{}, '{}'],
  ])('writes %j as %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text)
  })

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError)
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError)
  })

  it('covers an entry without its signature or anything else', () => {
    const entry: HistoryEntry = { caseId: 'c', parents: ['p'], at: '2026-12-06T09:14:03.120Z', author: 'Li Na', device: 'd', record: null, field: 'title', before: null, after: 'T', sig: 'S' }
    const text = canonicalEntry(entry)
    expect(text).toBe('{"after":"T","at":"2026-12-06T09:14:03.120Z","author":"Li Na","before":null,"caseId":"c","device":"d","field":"title","parents":["p"],"record":null}')
    expect(canonicalEntry({ ...entry, sig: 'other', extra: 1 } as HistoryEntry)).toBe(text)
  })
})

describe('filterHistory', () => {
  const at = (hash: string, when: string, author: string, record: HistoryEntry['record']): StoredEntry => ({
    hash,
    entry: { caseId: 'c', parents: [], at: when, author, device: 'd', record, field: 'x', before: null, after: '1', sig: 's' },
  })
  const entries = [
    at('a', '2026-12-05T23:30:00.000Z', 'Li Na', null),
    at('b', '2026-12-06T09:00:00.000Z', 'Zhang Wei', { list: 'offers', id: 'o3' }),
    at('c', '2026-12-06T09:00:00.000Z', 'Li Na', { list: 'offers', id: 'o3' }),
  ]

  it('gives the entries newest first, ties by hash', () => {
    expect(filterHistory(entries, {}).map((e) => e.hash)).toEqual(['c', 'b', 'a'])
  })

  it('filters by person, record and days in the time zone asked', () => {
    expect(filterHistory(entries, { person: 'Li Na' }).map((e) => e.hash)).toEqual(['c', 'a'])
    expect(filterHistory(entries, { record: 'case' }).map((e) => e.hash)).toEqual(['a'])
    expect(filterHistory(entries, { from: '2026-12-06' }, 'UTC').map((e) => e.hash)).toEqual(['c', 'b'])
    // 23:30 UTC on the 5th is the 6th in Shanghai.
    expect(historyDay('2026-12-05T23:30:00.000Z', 'Asia/Shanghai')).toBe('2026-12-06')
    expect(filterHistory(entries, { from: '2026-12-06', to: '2026-12-06' }, 'Asia/Shanghai').map((e) => e.hash)).toEqual(['c', 'b', 'a'])
  })

  it('offers each person and record once, the case first', () => {
    const choices = historyChoices(entries)
    expect(choices.people).toEqual(['Li Na', 'Zhang Wei'])
    expect(choices.records.map((r) => r.key)).toEqual(['case', 'offers/o3'])
  })
})
