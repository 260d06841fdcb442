// The party block (Chinese name, identity number, company, credit code) and the agreement's
// addressee fields: checked like the file, and kept through export and import.
import { describe, expect, it } from 'vitest'
import { CaseFileError, creditCodeProblem, parseCaseFile, parseCaseFileText, partyTracker, withPartyTracker } from '@/domain'
import { criminalExampleText } from '../../support/examples'

const text = criminalExampleText('jinhua-three-payers')

describe('the unified social credit code (GB 32100-2015)', () => {
  it.each(['91330702MA2D4K8Q1P', '91110000802100433B', '91350100M000100Y43'])('accepts %s', (code) => expect(creditCodeProblem(code)).toBeNull())
  it('says what is wrong: the length, a character, the check character', () => {
    expect(creditCodeProblem('9133070')).toMatchObject({ code: 'party.creditCodeLength', params: { length: 7 } })
    expect(creditCodeProblem('91330702MA2D4K8O1P')).toMatchObject({ code: 'party.creditCodeCharacter', params: { character: 'O' } })
    expect(creditCodeProblem('91330702ma2d4k8q1p')).toMatchObject({ code: 'party.creditCodeCharacter' })
    expect(creditCodeProblem('91330702MA2D4K8Q1A')).toMatchObject({ code: 'party.creditCodeCheck', params: { found: 'A', expected: 'P' } })
  })
})

describe('the party block', () => {
  it('survives export and import', () => {
    const file = parseCaseFileText(text)
    const again = parseCaseFileText(JSON.stringify(file))
    expect(again).toEqual(file)
    expect(partyTracker(again.parties[1]!)).toEqual({ nameZh: '金华沈磊贸易有限公司', company: true, creditCode: '91330702MA2D4K8Q1P' })
    expect(partyTracker(again.parties[2]!)).toEqual({ nameZh: '沈国强', idNumber: '330702195804210031' })
    expect(again.extra?.tracker).toMatchObject({ settlement: { agreement: { caseNumber: '婺公（经）立字〔2026〕1041号' } } })
  })

  it('refuses a wrong credit code and an unknown key at their paths, keeping other extra keys', () => {
    const file = parseCaseFileText(text)
    const company = file.parties[1]!
    const bad = { ...file, parties: file.parties.map((party) => (party === company ? withPartyTracker({ ...party, extra: { ...party.extra, own: 1 } }, { creditCode: '91330702MA2D4K8Q1A' }) : party)) }
    expect(bad.parties[1]?.extra?.own).toBe(1)
    try {
      parseCaseFile({ ...bad, parties: [...bad.parties, { id: 'x', name: 'X', role: 'associate', extra: { tracker: { nickname: 'x' } } }] })
      expect.unreachable()
    } catch (error) {
      const paths = (error as CaseFileError).issues.map((issue) => issue.path)
      expect(paths).toContain('parties[1].extra.tracker.creditCode')
      expect(paths).toContain('parties[5].extra.tracker.nickname')
    }
  })

  it('drops an emptied block', () => {
    const party = parseCaseFileText(text).parties[2]!
    expect(withPartyTracker(party, { nameZh: undefined, idNumber: undefined }).extra).toBeUndefined()
  })
})
