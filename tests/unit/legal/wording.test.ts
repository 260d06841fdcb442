// The legal texts as a PRC lawyer writes them (issues 19 item 7, 22): each term fix, in both
// languages where the English was wrong too, and the Chinese conventions over the whole of
// the legal catalogues (no stray spaces, no ISO dates, 日 only, no ¥ / US$ / €, no 卖方 / 买方).
import { describe, expect, it } from 'vitest'
import { Dec, LEGAL_TEXTS, RECONCILIATION, SENTENCE_REDUCTIONS, englishWords, fillTemplate, formatterFor, lookup, statutoryPercent, tidyChinese, tierStatusText, type Words } from '@/domain'
import zhWords from '@/i18n/zh-CN.words'
import zhLegal from '@/i18n/zh-CN.legal'
import { en as enCriminal, zhCN as zhCriminal } from '@/i18n/features/criminal'

const en = englishWords()
const zh: Words = { ...formatterFor('zh-CN'), text: (key, params) => fillTemplate(lookup(zhWords as never, key) ?? key, params) }
const crim = (key: string, catalogue: object = zhCriminal) => lookup(catalogue as never, `criminal.${key}`)

/** Every text of a catalogue, by key. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key))
}
// The drafts are another module's (zh-CN.drafts.ts): this checks the rest of the legal words.
// Placeholders filled with a figure, so a space beside one shows.
const zhTexts = [...texts({ ...zhLegal, draft: {} }, 'legal'), ...texts(zhCriminal)].map(([key, text]) => [key, text.replace(/\{\w+\}/g, '12')] as const)

describe('the term fixes, in both languages', () => {
  it('Art. 91 extends the time to request arrest approval, by one to four days', () => {
    expect(zh.text('legal.event.detention-extended')).toBe('延长提请批准逮捕期限（一至四日）')
    expect(en.text('legal.event.detention-extended')).toBe('Time to request arrest extended (by 1 to 4 days)')
    expect(zh.text('legal.event.detention-extended-30')).toBe('提请批准逮捕期限延长至三十日（流窜作案、多次作案、结伙作案）')
  })

  it('review is asked of the police at the next level; the authorities by their formal names', () => {
    expect(zh.text('legal.event.review-requested')).toBe('向上一级公安机关申请复核')
    expect(zh.text('legal.period.review-request')).toBe('向上一级公安机关申请复核的最后一日')
    expect(en.text('legal.event.review-requested')).toBe('Review requested from the police at the next level')
    expect([zh.text('legal.recipient.procuratorate'), zh.text('legal.recipient.court')]).toEqual(['人民检察院', '人民法院'])
    for (const [key, text] of zhTexts) expect(text, key).not.toMatch(/(?<!人民)(检察院|法院)/)
  })

  it('a last day on a holiday ends on the first day after it, not the first working day', () => {
    expect(zh.text('legal.ordinary')).toContain('节假日后的第一日')
    expect(en.text('legal.ordinary')).toContain('the first day after it')
    expect(en.text('legal.calendar.moved')).toContain('the first day after the holiday')
    for (const [key, text] of zhTexts) expect(text, key).not.toContain('第一个工作日')
  })

  it('junk is 劣质或无价值货物（以次充好）; the offence is 涉嫌罪名; the pardon’s choice is 被害方意见', () => {
    expect(zh.text('legal.sign.junk')).toBe('发运劣质或无价值货物（以次充好）')
    expect(crim('triage.offence')).toBe('涉嫌罪名')
    expect(crim('legal.offence')).toBe('涉嫌罪名')
    expect(crim('settlement.leniency')).toBe('被害方意见')
    expect(crim('settlement.leniency', enCriminal)).toBe('The victim’s position')
    expect([zh.text('legal.leniency.requests'), zh.text('legal.leniency.agrees')]).toEqual(['请求从宽处理', '同意从宽处理'])
  })

  it('an offer to “settle amicably” is marked as the app’s own reading, no evidence of intent', () => {
    expect(en.text('legal.sign.settle-amicably')).toContain('the app’s own reading; an offer to settle is no evidence of intent')
    expect(zh.text('legal.sign.settle-amicably')).toContain('本应用的解读：提出和解本身并非诈骗故意的证据')
    expect(zh.text('legal.triage.settleOffer')).toContain('不将其视为诈骗迹象')
  })

  it('the source is named, not “the source article”; no Mondaq or US Letter in Chinese', () => {
    expect(zh.text('legal.pardonNeverEnds')).toContain('（德恒律师事务所文章）')
    expect(zh.text('legal.sourceName.article')).toBe('德恒律师事务所发表于英文法律资讯网站的文章（2017年1月25日）')
    expect(crim('draft.hint')).toContain('A4或美式信纸（Letter）')
    for (const [key, text] of zhTexts) expect(text, key).not.toMatch(/来源文章|Mondaq|US Letter/)
  })

  it('help in a formal register', () => {
    expect(zh.text('legal.police.speed')).toBe('报案应当及时，宜在数日内提出，以防涉案款项被转移、挥霍（德恒律师事务所文章）。')
  })

  it('the 刑事和解 conditions read as all required', () => {
    const rule = zh.text('legal.reconciliation.rule', { percent: '50%' })
    expect(rule).toContain('因民间纠纷引起，涉嫌刑法分则第四章、第五章规定的犯罪，并且可能判处三年有期徒刑以下刑罚的案件（上述条件须同时具备）')
    expect(rule).not.toContain('因民间纠纷引起、')
    expect(rule).toContain('《中华人民共和国刑事诉讼法》（2018年修正）第二百八十八条')
  })

  it('“article number unconfirmed” is a note on screen, never inside the sentence a document could quote', () => {
    expect(zh.text('legal.contractFraud.threshold', { amount: '20,000' })).toBe(
      '立案追诉标准：人民币20,000元，个人与单位相同（《最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）》（2022年修订，2022年5月15日施行））。',
    )
    expect(en.text('legal.contractFraud.threshold', { amount: '20,000' })).not.toContain('unconfirmed')
    expect(zh.text('legal.unconfirmedArticle')).toBe('条文序号未经核实')
    for (const [key, text] of zhTexts) if (key !== 'legal.unconfirmedArticle') expect(text, key).not.toContain('条文序号未经核实')
  })

  it('citations inside the sentences are generated, in Chinese numerals', () => {
    expect(zh.text('legal.noCivilAction')).toContain('（《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（法释〔2021〕1号）第一百七十六条）')
    expect(zh.text('legal.event.investigation-extended-156')).toBe('延长侦查羁押期限一个月（案情复杂，第一百五十六条）')
    expect(zh.text('legal.payer.closeRelative')).toContain('《中华人民共和国刑事诉讼法》（2018年修正）第一百零八条第六项')
    expect(crim('procedure.countingRule')).toContain('（《中华人民共和国刑事诉讼法》（2018年修正）第一百零五条）')
    expect(crim('legal.fraudTiers')).toBe('诈骗罪数额档次（《中华人民共和国刑法》第二百六十六条）')
    for (const [key, text] of zhTexts) {
      // legal.article(s): the English form's template; Chinese citations are generated (citation()).
      if (key.startsWith('legal.hongKong') || /theftOrdinance|cpo|^legal\.articles?$/.test(key)) continue
      expect(text, key).not.toMatch(/第\s*[0-9]+\s*条/)
    }
  })

  it('ranges with 至 and thresholds without trailing zeros; money as 人民币…元', () => {
    expect(crim('legal.relativelyLarge')).toBe('该省“数额较大”标准（人民币3,000元至10,000元）')
    expect(crim('legal.huge')).toBe('该省“数额巨大”标准（人民币30,000元至100,000元）')
    expect(statutoryPercent(new Dec(RECONCILIATION.upTo), 'zh-CN')).toBe('50%')
    expect(zh.text('legal.reduction.upTo', { percent: statutoryPercent(new Dec(SENTENCE_REDUCTIONS[0]!.upTo), 'zh-CN') })).toBe('可以减少基准刑的30%以下')
    const row = { tier: 'huge', from: new Dec(30000), to: new Dec(100000), figure: null, status: 'depends' } as const
    expect(tierStatusText(row, new Dec('49999.5'), zh)).toBe('本省标准不高于人民币49,999.50元的，即已达到')
  })
})

describe('Chinese conventions over the whole of the legal catalogues', () => {
  it('no space between Chinese and figures or after full-width punctuation', () => {
    for (const [key, text] of zhTexts) expect(text, key).toBe(tidyChinese(text))
  })
  it('日 for days, never 天; no ISO date, no ¥ / US$ / €, no 卖方 / 买方', () => {
    for (const [key, text] of zhTexts) {
      expect(text, key).not.toMatch(/\d\s*天|天后|\d{4}-\d{2}-\d{2}|¥|US\$|€|卖方|买方/)
    }
  })
  it('the English keys are all there in Chinese', () => {
    const keys = (node: unknown) => texts(node).map(([key]) => key)
    expect(keys({ ...zhLegal, draft: {} })).toEqual(keys({ ...LEGAL_TEXTS, draft: {} }))
  })
})
