// The criminal case's sentences, worded from case data in English and Chinese.
import { describe, expect, it } from 'vitest'
import {
  calendarYears,
  criminalView,
  deadlineHoliday,
  deadlineLonger,
  deadlineNote,
  deadlineRule,
  deadlineState,
  englishWords,
  isolate as u,
  fillTemplate,
  formatterFor,
  leverageText,
  lookup,
  pardonCheckText,
  placeText,
  policeText,
  procedureView,
  securityText,
  tierRangeText,
  triageReasons,
  triageView,
  type Words,
} from '@/domain'
import zhWords from '@/i18n/zh-CN.words'
import { criminalExample, example } from '../../support/examples'

const en = englishWords()
const zh: Words = { ...formatterFor('zh-CN'), text: (key, params) => fillTemplate(lookup(zhWords as never, key) ?? key, params) }
const { view } = criminalExample()
const criminal = criminalView(view, '2024-05-16')

describe('places and police', () => {
  it('names each police force with jurisdiction, and why', () => {
    const [registered, business] = criminal.reporting.police
    expect(placeText(registered!.place, en)).toBe(`${u('Futian')}, ${u('Shenzhen')}, ${u('Guangdong')}`)
    expect(placeText(registered!.place, zh)).toBe(`${u('Guangdong')} ${u('Shenzhen')} ${u('Futian')}`)
    expect(policeText(registered!, en)).toEqual({ force: `The public security bureau of ${u('Futian')}, ${u('Shenzhen')}, ${u('Guangdong')} (county or district level)`, basis: 'where the company is registered' })
    expect(policeText(business!, en).basis).toContain('Art. 8')
    expect(placeText({ region: 'mainland', province: '广东省', district: '福田区' }, zh)).toBe(`${u('广东省')} ${u('福田区')}`)
    expect(policeText({ basis: 'registered', place: { region: 'hong-kong', district: 'Kwun Tong' }, needsDistrict: false }, en).force).toBe(`The Hong Kong Police Force (${u('Kwun Tong')})`)
  })
})

describe('deadlines in words', () => {
  const investigation = criminal.procedure.deadlines.find((d) => d.period === 'investigation-custody')!
  const filing = criminal.procedure.deadlines[0]!

  it('the rule, the state and the holiday rule', () => {
    expect(deadlineRule(investigation, 'arrest-approved', en)).toBe('2 months from Arrest approved of May 10, 2024')
    expect(deadlineState(investigation, en)).toBe('55 days left')
    expect(deadlineHoliday(investigation, en)).toBe('Custody period: never extended by a holiday.')
    expect(deadlineState(filing, en)).toBe('answered on Apr 15, 2024: Case filed')
    expect(deadlineLonger(filing, en)).toEqual([
      '30 days with a county-level police chief’s approval if major or complex: May 8, 2024',
      '60 days in all with the next level’s approval: Jun 7, 2024',
    ])
    expect(deadlineState(investigation, zh)).toBe('还剩55日')
    expect(deadlineRule(investigation, 'arrest-approved', zh)).toBe('自2024年5月10日批准逮捕起2个月')
  })

  it('an ordinary deadline on a holiday moves, naming it; outside the covered years a weekend may move', () => {
    const sunday = procedureView([{ id: 'j', kind: 'judgment-received', date: '2024-05-28' }], '2024-06-01').deadlines[0]!
    expect(deadlineHoliday(sunday, en)).toBe('Falls on a weekend: the period ends on Jun 3, 2024, the first day after the holiday (CPL Art. 105).')
    expect(deadlineState(sunday, en)).toBe('2 days left')
    expect(deadlineHoliday(sunday, zh)).toBe('此日为周末：期间以节假日后的第一日（2024年6月3日）为期满日（《中华人民共和国刑事诉讼法》（2018年修正）第一百零五条）。')
    const nationalDay = procedureView([{ id: 'j', kind: 'judgment-received', date: '2024-09-27' }], '2024-09-27').deadlines[1]!
    expect(deadlineHoliday(nationalDay, en)).toBe('Falls on the National Day holiday: the period ends on Oct 8, 2024, the first day after the holiday (CPL Art. 105).')
    const uncovered = procedureView([{ id: 'j', kind: 'judgment-received', date: '2030-05-28' }], '2030-06-01').deadlines[0]!
    expect(deadlineHoliday(uncovered, en)).toBe('Falls on a Sunday, in a year the official calendar in the app does not cover: may move to the first day after the holiday.')
    expect(deadlineHoliday(uncovered, zh)).toBe('此日为星期日，所在年份不在本应用载入的官方节假日安排之内：可能顺延至节假日后的第一日。')
    expect(calendarYears(en)).toBe('Holidays from the State Council’s official calendar for 2004–2026 (the chinese-days package); other years are not known to the app.')
    const past = procedureView([{ id: 'j', kind: 'judgment-received', date: '2024-05-28' }], '2024-06-04').deadlines[0]!
    expect(deadlineState(past, en)).toBe('passed')
    const overdue = procedureView([{ id: 'd', kind: 'detained', date: '2024-05-28' }], '2024-06-01').deadlines[0]!
    expect(deadlineState(overdue, en)).toBe('passed yesterday, nothing recorded since')
    expect(deadlineHoliday(procedureView([{ id: 'r', kind: 'report-submitted', date: '2024-05-28' }], '2024-05-28').deadlines[0]!, en)).toMatch(/^If the last day is a holiday/)
  })

  it('what the record implies: an extension of detention, a trial counted from the indictment', () => {
    const late = procedureView([{ id: 'd', kind: 'detained', date: '2025-09-30' }, { id: 'a', kind: 'arrest-approved', date: '2025-11-05' }], '2025-11-06')
    expect(deadlineNote(late.deadlines[0]!, en)).toMatch(/^No extension is recorded, but the decision came more than 14 days after detention: the 30-day extension/)
    expect(leverageText(late.leverage!, '2025-11-06', zh).at(-1)).toMatch(/流窜作案、多次作案、结伙作案的重大嫌疑分子将提请批准逮捕的期限延长至三十日.*《中华人民共和国刑事诉讼法》（2018年修正）第九十一条/)
    const trial = procedureView([{ id: 'i', kind: 'indicted', date: '2024-10-31' }], '2024-11-01').deadlines[0]!
    expect(deadlineNote(trial, en)).toMatch(/^Counted from the indictment/)
  })

  it('the leverage window', () => {
    const open = procedureView([{ id: 'd', kind: 'detained', date: '2024-01-31' }], '2024-02-01').leverage!
    expect(leverageText(open, '2024-02-01', en)).toEqual([
      'The procuratorate must decide on arrest by Feb 10, 2024 (9 days left). A detained seller is most motivated to settle now: “the realization of serving prison time acts as a strong impetus” (source article).',
      'Arrest to be requested by Feb 3, 2024.',
      'Up to 10 days of custody before the decision.',
    ])
    expect(leverageText(criminal.procedure.leverage!, '2024-05-16', en)[0]).toBe('Closed on May 10, 2024: Arrest approved.')
  })
})

describe('the legal context and the settlement in words', () => {
  it('tier ranges, with the province’s example or its chosen figure', () => {
    const { view: harbor } = example('harbor-tools')
    const rows = criminalView(harbor, '2024-05-16').legal.tiers!
    expect(tierRangeText(rows[0]!, null, en)).toBe('RMB 3,000 to 10,000 and up; each province sets its figure in this range (e.g. Chongqing 5,000)')
    expect(tierRangeText(rows[1]!, null, zh)).toBe('人民币30,000元至100,000元以上；各省、自治区、直辖市在此幅度内确定本地标准（例如重庆为70,000元）')
    expect(tierRangeText(rows[2]!, null, en)).toBe('RMB 500,000 and up, one national figure')
    expect(tierRangeText({ ...rows[0]!, figure: rows[0]!.from.plus(2000) }, 'Chongqing', en)).toBe('RMB 5,000 and up (Chongqing)')
  })

  it('the triage’s reasons', () => {
    expect(triageReasons(criminal.triage, en)).toBe('Signs of fraud: Shipped junk, Fake or unverifiable address. Signs of a breach of contract: none.')
    expect(triageReasons(triageView({ signs: ['spec-mismatch'] }), zh)).toBe('诈骗迹象：无。违约迹象：所发货物仅为不符合规格。')
    // An offer to settle is recorded, but it is no evidence of intent: it never counts as a sign of fraud.
    expect(criminal.triage.settleOffer).toBe(true)
    expect(triageReasons(triageView({ signs: ['junk'] }), zh)).toBe('诈骗迹象：发运劣质或无价值货物（以次充好）。违约迹象：无。')
  })

  it('the payment-before-pardon warning and the security of the father’s part', () => {
    const settlement = criminal.settlement
    expect(pardonCheckText(settlement.check, 'USD', en)).toEqual([
      'Payment before pardon: the pardon is planned for Jun 29, 2024, but only $62,500.00 of the $69,444.44 it relies on had been received by then ($6,944.44 short). Sign only after cleared funds.',
    ])
    expect(securityText(settlement.agreement.schedule[1]!, en)).toEqual([
      `A mortgage loan: cash raised on ${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}, which secures the lender, not the buyer.`,
      `Mortgage registered in the buyer’s favour on ${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}, registered on May 24, 2024`,
    ])
    expect(securityText({ ...settlement.agreement.schedule[1]!, security: null, mortgageLoan: false }, en)[0]).toMatch(/^Nothing secures this part/)
    expect(securityText(settlement.agreement.schedule[0]!, en)).toEqual([])
  })
})
