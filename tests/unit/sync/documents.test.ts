import { describe, expect, it } from 'vitest'
import { parseCaseFile, parseCaseFileText, type CaseFile } from '@/domain'
import { LIST_NAMES, joinCase, splitCase, type RecordDoc } from '@/sync/documents'
import { criminalExampleText, validExamples } from '../../support/examples'
import { generateCaseText } from '../../support/generateCase'

const cases: [string, CaseFile][] = [
  ...validExamples().map((example): [string, CaseFile] => [example.name, parseCaseFileText(example.caseText)]),
  ['harbor-tools-criminal (tracker block)', parseCaseFileText(criminalExampleText())],
  ['jinhua-three-payers (tracker block)', parseCaseFileText(criminalExampleText('jinhua-three-payers'))],
  ['a generated case of 300 offers', parseCaseFileText(generateCaseText({ offers: 300 }))],
]

describe('splitCase and joinCase', () => {
  it('has the shared examples to work on', () => {
    const names = validExamples().map((example) => example.name)
    expect(names).toEqual(expect.arrayContaining(['empty', 'harbor-tools', 'kowloon-vanished', 'rotterdam-parts']))
  })

  it.each(cases)('give %s back exactly, a valid case', (_name, file) => {
    const { head, records } = splitCase(file)
    const joined = joinCase(head, records)
    expect(joined).toEqual(file)
    // Same keys in the same order: the text the app would store is the same text.
    expect(JSON.stringify(joined)).toBe(JSON.stringify(file))
    expect(parseCaseFile(JSON.parse(JSON.stringify(joined)))).toEqual(file)
  })

  it.each(cases)('give %s back from its records in any order', (_name, file) => {
    const { head, records } = splitCase(file)
    expect(joinCase(head, [...records].reverse())).toEqual(file)
  })

  it.each(cases)('split %s into a head without lists and one document per record', (_name, file) => {
    const { head, records } = splitCase(file)
    for (const list of LIST_NAMES) expect(head).not.toHaveProperty(list)
    expect(head).toMatchObject({ format: 'restitution-case', version: 1, id: file.id, title: file.title, baseCurrency: file.baseCurrency, settings: file.settings })
    if (file.extra) expect(head.extra).toEqual(file.extra)
    expect(records).toHaveLength(LIST_NAMES.reduce((n, list) => n + file[list].length, 0))
    for (const doc of records) expect(doc.caseId).toBe(file.id)
  })

  it('names a rate by its currency and every other record by its id, each list in increasing order keys', () => {
    const file = cases.find(([name]) => name === 'harbor-tools')?.[1]
    if (!file) throw new Error('harbor-tools is missing')
    const { records } = splitCase(file)
    expect(records.filter((doc) => doc.list === 'fx').map((doc) => doc.recordId)).toEqual(file.fx.map((rate) => rate.currency))
    expect(records.filter((doc) => doc.list === 'offers').map((doc) => doc.recordId)).toEqual(file.offers.map((offer) => offer.id))
    for (const list of LIST_NAMES) {
      const orders = records.filter((doc) => doc.list === list).map((doc) => doc.order)
      expect([...orders].sort()).toEqual(orders)
      expect(new Set(orders).size).toBe(orders.length)
    }
    // An offer is one record with its components.
    const offer = records.find((doc) => doc.list === 'offers' && doc.record.from === 'seller')
    expect(offer?.record).toHaveProperty('components')
  })

  it('sorts by order key, and records with the same key (two devices appending offline) by id', () => {
    const file = parseCaseFileText(generateCaseText({ offers: 4, losses: 0, payments: 0, costs: 0 }))
    const { head } = splitCase(file)
    const loss = (id: string, order: string): RecordDoc => ({
      caseId: file.id,
      list: 'losses',
      recordId: id,
      order,
      record: { id, date: '2024-01-01', description: `loss ${id}`, category: 'payment', amount: '1', currency: 'USD' },
    })
    const joined = joinCase(head, [loss('l9', 'a1'), loss('l2', 'a1V'), loss('l5', 'a1'), loss('l1', 'a0')])
    expect(joined.losses.map((record) => record.id)).toEqual(['l1', 'l5', 'l9', 'l2'])
    expect(joined.offers).toEqual([])
  })

  it('refuses a record of another case and a record twice', () => {
    const file = cases.find(([name]) => name === 'harbor-tools')?.[1]
    if (!file) throw new Error('harbor-tools is missing')
    const { head, records } = splitCase(file)
    const first = records[0]
    if (!first) throw new Error('no records')
    expect(() => joinCase(head, [...records, { ...first, caseId: 'other' }])).toThrow(/another case/)
    expect(() => joinCase(head, [...records, { ...first, order: 'z0' }])).toThrow(/twice/)
  })
})
