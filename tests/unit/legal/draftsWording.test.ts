// Each wording fix of issue 19, on the generated lines of both drafts in both languages, and
// the page numbers a printed draft carries (and nothing else at its foot).
import { describe, expect, it } from 'vitest'
import { criminalView, draftLines, englishWords, fillTemplate, formatterFor, lookup, type DraftInput, type Words } from '@/domain'
import zhWords from '@/i18n/zh-CN.words'
import * as drafts from '@/i18n/features/drafts'
import { pageNumbersCss, pageNumberTemplate } from '@/components/drafts/pageNumbers'
import { criminalExample } from '../../support/examples'

const en = englishWords()
const zh: Words = { ...formatterFor('zh-CN'), text: (key, params) => fillTemplate(lookup({ ...zhWords, ...drafts.zhCN } as never, key) ?? key, params) }
const enDrafts: Words = { ...en, text: (key, params) => fillTemplate(lookup({ ...drafts.en } as never, key) ?? en.text(key, params), params) }
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '')
function all(name: string, buyer: string, today: string, words: Words): string {
  const { view } = criminalExample(name)
  const input: DraftInput = { view, criminal: criminalView(view, today), buyer, bilingual: true }
  return plain([...draftLines('agreement', input, words), ...draftLines('pardon', input, words)].map((line) => line.text).join('\n'))
}
const harborZh = all('harbor-tools-criminal', 'Harbor Tools Ltd', '2024-06-01', zh)
const harborEn = all('harbor-tools-criminal', 'Harbor Tools Ltd', '2024-06-01', en)
const threeZh = all('jinhua-three-payers', 'Nordhaven Tools GmbH', '2026-12-02', zh)
const threeEn = all('jinhua-three-payers', 'Nordhaven Tools GmbH', '2026-12-02', en)

describe('the wording fixes, in both languages', () => {
  it('出资人 → 代为退赔人 / 代为退赔; the English says who pays on the suspect’s behalf', () => {
    for (const text of [harborZh, threeZh]) {
      expect(text).not.toContain('出资人')
      expect(text).toContain('代为退赔人')
    }
    expect(harborZh).toContain('代为退赔的34,722.22美元')
    expect(threeEn).toContain('Paying on the suspect’s behalf: Xu Lanying')
    expect(harborEn).toContain('on behalf of the suspect, paid directly')
  })

  it('于…前支付 → 不晚于…（含当日）支付; by … → no later than … (that day included)', () => {
    expect(threeZh).toContain('不晚于2027年1月29日（含当日）支付。')
    expect(threeZh).not.toMatch(/于\S+前支付/)
    expect(threeEn).toContain('no later than Jan 29, 2027 (that day included).')
    expect(threeEn).not.toMatch(/\bby [A-Z][a-z]{2} \d/)
  })

  it('登记在买方名下的抵押权 → 以被害单位为抵押权人办理抵押登记', () => {
    expect(harborZh).toContain('以被害单位为抵押权人办理抵押登记（不动产登记证明号：Zhe (2024) Yiwu Real Estate Certificate of Other Rights No. 0012345）')
    expect(harborEn).toContain('registered with the victim as mortgagee')
    expect(harborZh).not.toMatch(/登记在\S*名下/)
  })

  it('no 卖方 / 买方, no 甲方 / 乙方; 被害单位 for the victim', () => {
    for (const text of [harborZh, threeZh]) {
      expect(text).not.toMatch(/卖方|买方|甲方|乙方/)
      expect(text).toContain('被害单位：')
    }
    for (const text of [harborEn, threeEn]) expect(text).not.toMatch(/Party [AB]\b|buyer|seller/)
  })

  it('涉嫌…罪, and no promise to withdraw: 撤销案件 is the police’s act', () => {
    expect(threeZh).toContain('涉嫌合同诈骗罪一案')
    expect(threeEn).toContain('suspected of contract fraud')
    for (const text of [harborZh, threeZh]) expect(text).not.toMatch(/撤回报案|撤销案件|撤案|撤回/)
    for (const text of [harborEn, threeEn]) expect(text).not.toMatch(/withdraw/i)
    expect(threeZh).toContain('是否对犯罪嫌疑人从宽处理由司法机关依法决定')
  })

  it('money as 人民币…元 / …美元 with capitals, RMB / USD in English; no ¥, US$, €', () => {
    expect(threeZh).toContain('人民币300,000.00元（大写：人民币叁拾万元整）')
    expect(threeEn).toContain('RMB 300,000.00')
    for (const text of [harborZh, threeZh, harborEn, threeEn]) expect(text).not.toMatch(/[¥€]|US\$|\$\d|CNY \d/)
  })
})

describe('the page numbers of a printed draft', () => {
  it('say the page in each language printed, and nothing else', () => {
    expect(pageNumberTemplate([zh])).toBe('第\u0001页，共\u0002页')
    expect(pageNumberTemplate([zh, enDrafts])).toBe('第\u0001页，共\u0002页 / Page \u0001 of \u0002')
    const css = pageNumbersCss([zh])
    expect(css).toContain('@bottom-center { content: "第" counter(page) "页\\ff0c 共" counter(pages) "页";')
    expect(css).not.toMatch(/bottom-left|bottom-right/)
  })
})
