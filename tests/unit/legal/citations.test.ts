// Citations as a PRC lawyer writes them (issue 22 item 4): Chinese numerals, 至 for a range,
// 、 between articles, the full title and document number at first mention and the short
// title after, all generated from the legal data; the English citations unchanged.
import { describe, expect, it } from 'vitest'
import {
  CITED,
  FRAUD_TIERS,
  LEGAL_SOURCES,
  PERIODS,
  RECONCILIATION,
  SOURCE_ARTICLES,
  chineseArticles,
  chineseCiter,
  citation,
  englishWords,
  fillTemplate,
  formatterFor,
  lookup,
  parseArticles,
  type LegalSource,
  type Words,
} from '@/domain'
import zhWords from '@/i18n/zh-CN.words'
import { ZH_SOURCE_NAMES, ZH_TITLES } from '@/i18n/zh-CN.sources'

const en = englishWords()
const zh: Words = { ...formatterFor('zh-CN'), text: (key, params) => fillTemplate(lookup(zhWords as never, key) ?? key, params) }
const HONG_KONG: readonly LegalSource[] = ['theftOrdinance', 'cpo']

/** Every source and article the legal data cites. */
const cited: { source: LegalSource; article?: string }[] = [
  ...Object.values(PERIODS).map(({ source, article }) => ({ source, article })),
  ...FRAUD_TIERS.map(({ source, article }) => ({ source, article })),
  ...Object.values(CITED),
  ...Object.values(SOURCE_ARTICLES).flat(),
  { source: RECONCILIATION.source, article: RECONCILIATION.article },
  ...(Object.keys(LEGAL_SOURCES) as LegalSource[]).map((source) => ({ source })),
]

describe('articles in Chinese numerals', () => {
  it('reads the data’s article numbers', () => {
    expect(parseArticles('156, 158-160')).toEqual([{ from: '156' }, { from: '158', to: '160' }])
    expect(parseArticles('108(6)')).toEqual([{ from: '108', item: '6' }])
  })

  it('writes them as statutes are cited: numerals, 至 for a range, 、 between articles, items as 项', () => {
    expect(chineseArticles('156, 158-160')).toBe('第一百五十六条、第一百五十八条至第一百六十条')
    expect(chineseArticles('91')).toBe('第九十一条')
    expect(chineseArticles('105')).toBe('第一百零五条')
    expect(chineseArticles('110')).toBe('第一百一十条')
    expect(chineseArticles('108(6)')).toBe('第一百零八条第六项')
    expect(chineseArticles('178-179')).toBe('第一百七十八条、第一百七十九条')
    expect(chineseArticles('394, 402')).toBe('第三百九十四条、第四百零二条')
    // Hong Kong numbers its sections as it writes them.
    expect(chineseArticles('16A, 17', true)).toBe('第16A条、第17条')
  })
})

describe('a source and its articles, in each language', () => {
  it('English citations are as before', () => {
    expect(citation('cpl', '156, 158-160', en)).toBe('PRC Criminal Procedure Law 2018, Arts. 156, 158-160')
    expect(citation('cpl', '91', en)).toBe('PRC Criminal Procedure Law 2018, Art. 91')
    expect(citation('mpsRules', undefined, en)).toBe('MPS procedure rules, Arts. 178-179; CPL Art. 113')
    expect(citation('article', undefined, en)).toBe('DeHeng Law Offices, Mondaq, 25 Jan 2017')
  })

  it('Chinese: the full title and document number, then the articles in numerals', () => {
    expect(citation('cpl', '156, 158-160', zh)).toBe('《中华人民共和国刑事诉讼法》（2018年修正）第一百五十六条、第一百五十八条至第一百六十条')
    expect(citation('cplInterpretation', '176', zh)).toBe('《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（法释〔2021〕1号）第一百七十六条')
    expect(citation('fraudInterpretation', '1', zh)).toBe('《最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释》（法释〔2011〕7号）第一条')
    expect(citation('cpl', '91', zh, true)).toBe('《刑事诉讼法》第九十一条')
    expect(citation('mpsRules', undefined, zh)).toBe('《公安机关办理刑事案件程序规定》第一百七十八条、第一百七十九条；《中华人民共和国刑事诉讼法》（2018年修正）第一百一十三条')
    expect(citation('civilCode', undefined, zh)).toBe('《中华人民共和国民法典》第三百九十四条、第四百零二条')
    expect(citation('theftOrdinance', undefined, zh)).toBe('《盗窃罪条例》（第210章）第16A条、第17条')
  })

  it('the full title at a source’s first mention in a text, the short title after', () => {
    const cite = chineseCiter(ZH_TITLES)
    expect(cite('cplInterpretation', '176')).toBe('《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（法释〔2021〕1号）第一百七十六条')
    expect(cite('cpl', '105')).toBe('《中华人民共和国刑事诉讼法》（2018年修正）第一百零五条')
    expect(cite('cplInterpretation', '176')).toBe('《刑诉法解释》第一百七十六条')
    expect(cite('cpl', '91')).toBe('《刑事诉讼法》第九十一条')
  })

  it('every Chinese citation of the legal data uses Chinese numerals and 至, never Arabic article numbers', () => {
    for (const { source, article } of cited) {
      for (const text of [citation(source, article, zh), citation(source, article, zh, true)]) {
        expect(text, `${source} ${article}`).not.toMatch(/第\s+\S|\d+-\d+|\d+,\s*\d+/)
        if (HONG_KONG.includes(source)) continue
        expect(text, `${source} ${article}`).not.toMatch(/第[0-9]+条/)
        if (article) expect(text).toMatch(/第[零一二三四五六七八九十百千]+条/)
        if (article && /\d-\d/.test(article) && article !== '178-179') expect(text).toContain('至')
      }
    }
  })

  it('a source whose English name cites articles cites the same ones in Chinese', () => {
    for (const [source, parts] of Object.entries(SOURCE_ARTICLES) as [LegalSource, readonly { article: string }[]][])
      for (const part of parts) for (const ref of parseArticles(part.article)) expect(LEGAL_SOURCES[source], source).toContain(ref.from)
  })

  it('the data’s own source names are generated too', () => {
    expect(ZH_SOURCE_NAMES.cpo).toBe('《刑事诉讼程序条例》（第221章）第73条；HKSAR v Cheung Chun Wing [2000]')
    expect(ZH_SOURCE_NAMES.article).not.toMatch(/Mondaq|来源文章/)
  })
})
