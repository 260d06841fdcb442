// The app's legal and financial terms in English and in the Chinese a PRC lawyer uses
// (issue 22), in one place: docs/glossary.md explains them, the Chinese catalogues take
// their words from here, and tests/unit/words/glossary.test.ts fails on any Chinese text
// that uses a term listed below as replaced. Sources are those of
// ../shared/design/legal-context.md or the statute itself.

export interface Term {
  readonly en: string
  readonly zh: string
  /** Where a statute fixes the Chinese term. */
  readonly source?: string
  /** When to use it, and what not to confuse it with. */
  readonly note?: string
}

const CPL = 'Criminal Procedure Law of the PRC (2018)'

export const TERMS = {
  // Who is who. In a criminal matter the parties are not a seller and a buyer.
  suspect: { en: 'suspect (the seller)', zh: '犯罪嫌疑人', source: `${CPL} Art. 108(2)`, note: '被告人 once indicted; a company is 犯罪嫌疑单位 / 被告单位.' },
  suspectUnit: { en: 'suspect company', zh: '犯罪嫌疑单位', note: 'A company as suspect; 被告单位 once indicted.' },
  defendant: { en: 'defendant', zh: '被告人', source: `${CPL} Art. 108(2)`, note: 'From the indictment on.' },
  suspectSide: { en: 'seller’s side', zh: '犯罪嫌疑人方', note: 'The suspect and those who pay for the suspect; the side that makes offers.' },
  victimSide: { en: 'buyer', zh: '被害方', note: 'The victim’s side in general; the side that makes demands.' },
  victimUnit: { en: 'victim company', zh: '被害单位', note: 'A company as victim (the usual foreign buyer).' },
  victimPerson: { en: 'victim (a natural person)', zh: '被害人', source: `${CPL} Art. 108(2)` },
  closeRelatives: { en: 'immediate family (close relatives)', zh: '近亲属', source: `${CPL} Art. 108(6)`, note: 'Spouse, father, mother, son, daughter, full siblings.' },
  fullSiblings: { en: 'brother or sister', zh: '同胞兄弟姐妹', source: `${CPL} Art. 108(6) (同胞兄弟姊妹)` },
  otherRelatives: { en: 'extended family', zh: '其他亲属', note: 'Grandparents, cousins, in-laws: not 近亲属.' },
  payer: { en: 'payer', zh: '付款人', note: 'Whoever pays a part or a payment.' },
  thirdPartyPayer: { en: 'associate (a payer outside the family)', zh: '代付人', note: 'Pays on the suspect’s behalf; never 出资人 (a shareholder’s word). In the drafts: 代为退赔人.' },
  // The negotiation.
  offer: { en: 'offer', zh: '报价', note: 'Only the suspect’s side makes an offer.' },
  demand: { en: 'demand', zh: '要求', note: 'The victim’s side’s demand (赔偿要求); never 主张 and never 报价.' },
  finalOffer: { en: 'final offer', zh: '最终报价' },
  finalDemand: { en: 'final demand', zh: '最终要求' },
  restitution: { en: 'restitution', zh: '退赔', note: '退赃退赔 as a sentencing factor (legal-context.md).' },
  pardon: { en: 'pardon letter', zh: '谅解书' },
  reconciliation: { en: 'criminal reconciliation', zh: '刑事和解', source: `${CPL} Art. 288`, note: 'Only in the cases of Art. 288.' },
  ceiling: { en: 'ceiling (of what the seller’s side can pay)', zh: '履行能力上限' },
  ceilingQuestion: { en: 'Has the seller reached the ceiling?', zh: '履行能力是否已达上限' },
  ceilingLikely: { en: 'Signs of a ceiling', zh: '迹象显示已达履行能力上限' },
  ceilingNone: { en: 'No signs yet', zh: '未见相关迹象' },
  // Money.
  baseCurrency: { en: 'base currency', zh: '折算货币', note: 'The currency every figure is converted into (基准货币).' },
  notRecovered: { en: 'not yet recovered', zh: '尚未弥补的损失', note: 'The loss less what has been received.' },
  unpaid: { en: 'unpaid', zh: '尚未支付', note: 'An instalment of an accepted offer not yet paid.' },
  recoveryCosts: { en: 'recovery costs', zh: '追偿费用', note: 'Counsel’s fees (律师费) belong here, not among the losses.' },
  counselFees: { en: 'counsel’s fees', zh: '律师费' },
  cashNow: { en: 'cash now', zh: '即期现金' },
  promised: { en: 'promised later', zh: '远期付款承诺' },
  allocation: { en: 'order in which payments are applied', zh: '款项冲抵顺序' },
  // Real estate.
  owner: { en: 'owner', zh: '产权人' },
  encumbrances: { en: 'encumbrances (debt the property secures)', zh: '已设抵押（担保债权余额）' },
  mortgageLoan: { en: 'mortgage loan', zh: '以房产抵押贷款筹款', note: 'Cash raised: the flat secures the bank, not the victim.' },
  propertySale: { en: 'property sale', zh: '出售房产筹款' },
  registeredMortgage: { en: 'mortgage registered in the buyer’s favour', zh: '以被害方为抵押权人办理抵押登记', source: 'Civil Code of the PRC Arts. 394, 402' },
  quickSaleEquity: { en: 'quick-sale equity', zh: '快速变现净值' },
  // The memo.
  confidential: { en: 'Confidential: attorney–client privileged communication', zh: '保密文件，仅供委托人内部参阅', note: 'PRC law has no attorney–client privilege: the Chinese legend says confidential.' },
  passphrase: { en: 'passphrase', zh: '密码' },
} as const satisfies Record<string, Term>

export type TermKey = keyof typeof TERMS

/** The Chinese of a term: `zh('suspect')` → 犯罪嫌疑人. */
export function zh(key: TermKey): string {
  return TERMS[key].zh
}

/** A Chinese term the app no longer uses, what replaces it, and why. */
export interface ReplacedTerm {
  readonly wrong: string
  /** What finds it, when the plain text would also match a right use (堂表兄弟姐妹). */
  readonly pattern?: RegExp
  readonly right: string
  readonly why: string
}

export const REPLACED_TERMS: readonly ReplacedTerm[] = [
  { wrong: '卖方', right: '犯罪嫌疑人 / 犯罪嫌疑人方', why: 'A criminal matter, not a sale.' },
  { wrong: '买方', right: '被害方 / 被害单位 / 被害人', why: 'A criminal matter, not a sale.' },
  { wrong: '本位币', right: '折算货币 / 基准货币', why: 'An accounting term of a company’s books.' },
  { wrong: '已设权利负担', right: '已设抵押（担保债权余额）', why: 'A translation of “encumbrances”.' },
  { wrong: '特权', right: '保密文件，仅供委托人内部参阅', why: 'PRC law has no attorney–client privilege.' },
  { wrong: '财力', right: '履行能力', why: 'Colloquial.' },
  { wrong: '出资人', right: '代付人 / 付款人', why: 'Reads as a shareholder’s capital contribution.' },
  { wrong: '所有人', pattern: /所有人(?!员|都|均)/u, right: '产权人', why: 'The owner of real estate is its 产权人.' },
  { wrong: '尚欠', right: '尚未弥补的损失 / 尚未支付', why: 'One word for two things: the loss not yet recovered and an instalment unpaid.' },
  { wrong: '主张', right: '要求', why: 'A demand is a 要求 (赔偿要求).' },
  { wrong: '逐笔对应', right: '款项冲抵顺序', why: 'Machine-like.' },
  { wrong: '来源文章', right: '德恒律师事务所文章（the source named）', why: 'A source is cited by its name.' },
  { wrong: 'Mondaq', right: '德恒律师事务所2017年1月25日发表的文章', why: 'An English publisher’s name means nothing to a Chinese reader.' },
  { wrong: '即付现金', right: '即期现金', why: 'Machine-like.' },
  { wrong: '日后承诺', right: '远期付款承诺', why: 'Machine-like.' },
  { wrong: '已到上限', right: '已达履行能力上限', why: 'Colloquial.' },
  { wrong: '暂无迹象', right: '未见相关迹象', why: 'Colloquial.' },
  { wrong: '抵押贷款所得', right: '以房产抵押贷款筹款', why: 'Says how the money is raised.' },
  { wrong: '出售房产所得', right: '出售房产筹款', why: 'Says how the money is raised.' },
  { wrong: '兄弟姐妹', pattern: /(?<!同胞|堂表)兄弟姐妹/u, right: '同胞兄弟姐妹', why: 'CPL Art. 108(6): only full siblings are close relatives.' },
  { wrong: '密码短语', right: '密码', why: 'A translation of “passphrase”.' },
  { wrong: '自定名称', right: '标注名称', why: 'Machine-like.' },
  { wrong: '电脑空间不足', right: '本机存储空间不足', why: 'Machine-like.' },
  { wrong: '已尽全力', right: '履行能力上限', why: 'Colloquial.' },
  { wrong: '列出者', right: '来源', why: 'Machine-like.' },
  { wrong: '该步骤日期', right: '日期', why: 'Machine-like.' },
  { wrong: '补齐来源文章的清单', right: '补充完整清单', why: 'Machine-like.' },
  { wrong: '父/母 (half-width slash)', pattern: /\p{Script=Han}\/\p{Script=Han}/u, right: '父／母', why: 'Full-width punctuation in Chinese.' },
  { wrong: 'N天', pattern: /[0-9}]\s*天/u, right: 'N日', why: 'One unit word for days: 日.' },
]

/** Signs of money that do not belong in Chinese text: ¥ is also the yen; money reads 人民币…元, …美元, …欧元. */
export const FOREIGN_MONEY_SIGNS: readonly string[] = ['¥', '￥', 'US$', '€']

/** The replaced terms and money signs a Chinese text uses: [] when it has none. */
export function replacedTermsIn(text: string): string[] {
  const found = REPLACED_TERMS.filter((term) => (term.pattern ?? null)?.test(text) ?? text.includes(term.wrong)).map((term) => term.wrong)
  return [...found, ...FOREIGN_MONEY_SIGNS.filter((sign) => text.includes(sign))]
}
