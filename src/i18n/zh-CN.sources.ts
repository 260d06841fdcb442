// 法律依据的中文名称：全称（附文号，如有）与简称。条文序号由法律数据生成（第一百五十六条、
// 第一百五十八条至第一百六十条），不在句子中逐条手写；同一段文字中首次引用写全称及文号，
// 其后写简称。名称与文号以 ../shared/design/legal-context.md 所载为限。
import { chineseArticles, chineseCitation, chineseCiter, type ChineseTitles } from '@/domain/legal/citations'
import { Dec } from '@/domain/money/decimal'
import { statutoryNumber } from '@/domain/legal/statutoryFigures'
import { CITED, FRAUD_TIERS, SOURCE_ARTICLES, type FraudTier, type LegalSource } from '@/domain/legal/legalData'
import { chineseRange } from '@/domain/words/chinese'

const full: Record<LegalSource, string> = {
  criminalLaw: '《中华人民共和国刑法》',
  fraudInterpretation: '《最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释》（法释〔2011〕7号）',
  filingStandards: '《最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）》（2022年修订，2022年5月15日施行）',
  sentencingOpinions: '《最高人民法院、最高人民检察院关于常见犯罪的量刑指导意见（试行）》（法发〔2021〕21号）第三部分',
  cpl: '《中华人民共和国刑事诉讼法》（2018年修正）',
  cplInterpretation: '《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（法释〔2021〕1号）',
  economicCrimeProvisions: '《最高人民检察院、公安部关于公安机关办理经济犯罪案件的若干规定》（2017年）',
  mpsRules: '《公安机关办理刑事案件程序规定》',
  sppRules: '《人民检察院刑事诉讼规则》（2019年）',
  civilCode: '《中华人民共和国民法典》',
  theftOrdinance: '《盗窃罪条例》（第210章）',
  cpo: '《刑事诉讼程序条例》（第221章）',
  article: '德恒律师事务所发表于英文法律资讯网站的文章（2017年1月25日）',
}

const short: Record<LegalSource, string> = {
  criminalLaw: '《刑法》',
  fraudInterpretation: '《诈骗案件解释》',
  filingStandards: '《立案追诉标准（二）》',
  sentencingOpinions: '《量刑指导意见》',
  cpl: '《刑事诉讼法》',
  cplInterpretation: '《刑诉法解释》',
  economicCrimeProvisions: '《经济犯罪案件规定》',
  mpsRules: '《公安机关办理刑事案件程序规定》',
  sppRules: '《人民检察院刑事诉讼规则》',
  civilCode: '《民法典》',
  theftOrdinance: '《盗窃罪条例》',
  cpo: '《刑事诉讼程序条例》',
  article: '德恒律师事务所文章',
}

export const ZH_TITLES: ChineseTitles = { full, short }

/** The name of a source as it is cited on its own: the title, with the articles its English name cites too. */
function sourceName(source: LegalSource): string {
  const parts = SOURCE_ARTICLES[source]
  if (!parts) return full[source]
  const cite = chineseCiter(ZH_TITLES)
  const named = parts.map((part) => cite(part.source, part.article)).join('；')
  return source === 'cpo' ? `${named}；HKSAR v Cheung Chun Wing [2000]` : named
}

export const ZH_SOURCE_NAMES = Object.fromEntries((Object.keys(full) as LegalSource[]).map((source) => [source, sourceName(source)])) as Record<LegalSource, string>

/** What a sentence cites (legalData's CITED), in full: one sentence stands alone on the screen. */
export function cited(what: keyof typeof CITED, form: 'full' | 'short' = 'full'): string {
  const { source, article } = CITED[what]
  return chineseCitation(ZH_TITLES, source, article, form)
}

/** Only the articles of what a sentence cites, where the text names the source itself: 第一百五十六条. */
export function citedArticles(what: keyof typeof CITED): string {
  return chineseArticles(CITED[what].article)
}

/** The source article, by its short name: （德恒律师事务所文章）. */
export const ARTICLE = short.article

/** A fraud tier's range in RMB as Chinese writes it, from the legal data: 人民币3,000元至10,000元. */
export function zhTierRange(tier: FraudTier): string {
  const row = FRAUD_TIERS.find((entry) => entry.tier === tier)
  const figure = (value: string) => statutoryNumber(new Dec(value), 'zh-CN')
  return row ? chineseRange(`人民币${figure(row.from)}元`, `${figure(row.to)}元`) : ''
}
