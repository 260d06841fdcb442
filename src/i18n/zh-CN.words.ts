// 引擎用于造句和标签的词语（与 src/domain/words/english.ts 的 DOMAIN_TEXTS 键相同）。
import type { DomainTexts } from '@/domain'
import type { Translated } from './translated'
import legalWords from './zh-CN.legal'
import { zh } from '@/domain/words/terms'

const domainWords: Translated<DomainTexts> = {
  role: { seller: zh('suspect'), family: '亲属', associate: `其他${zh('thirdPartyPayer')}` },
  roleWord: { seller: zh('suspect'), family: '亲属', associate: `其他${zh('thirdPartyPayer')}` },
  relation: {
    spouse: '配偶',
    father: '父亲',
    mother: '母亲',
    son: '儿子',
    daughter: '女儿',
    brother: '同胞兄弟',
    sister: '同胞姐妹',
    parent: '父亲或母亲',
    child: '儿子或女儿',
    sibling: zh('fullSiblings'),
    grandparent: '祖父母／外祖父母',
    grandchild: '孙子女／外孙子女',
    'aunt-uncle': '叔伯姑舅姨',
    'niece-nephew': '侄子女／外甥子女',
    cousin: '堂表兄弟姐妹',
    'in-law': '姻亲',
    'other-relative': '其他亲属',
  },
  relationGroup: { immediate: zh('closeRelatives'), extended: zh('otherRelatives') },
  category: { payment: '货款', shipping: '运费', inspection: '检验费', 'bank-fee': '银行手续费', other: '其他' },
  kind: { cash: '现金', installments: '分期付款', mortgage: zh('mortgageLoan'), 'property-sale': zh('propertySale'), other: '其他' },
  status: { open: '待答复', accepted: '已接受', rejected: '已拒绝', countered: '已还价', withdrawn: '已撤回', expired: '已过期' },
  offerType: { initial: '首次', counter: '还价', revised: '修改', final: '最终' },
  level: { likely: zh('ceilingLikely'), possible: '有部分相关迹象', 'not-indicated': zh('ceilingNone') },
  signalName: {
    FAMILY_IMMEDIATE: '近亲属',
    FAMILY_EXTENDED: '其他亲属',
    FAMILY_PROPERTY: '亲属房产',
    SELLER_PROPERTY: '犯罪嫌疑人自有房产',
    THIRD_PARTY_MAJORITY: '主要由他人代付',
    CONCESSIONS_SHRINKING: '让步缩小',
  },
  signalOrigin: { source: '德恒律师事务所文章', app: '本应用规则' },
  signalRule: {
    SELLER_PROPERTY: '本应用自设规则，非德恒律师事务所文章所述：报价中有部分依赖犯罪嫌疑人自有房产。',
    THIRD_PARTY_MAJORITY: '本应用自设规则，非德恒律师事务所文章所述：亲属和其他代付人代为支付的款项达到报价的{threshold}以上。',
    CONCESSIONS_SHRINKING: '本应用自设规则，非德恒律师事务所文章所述：自第三次报价起，加价少于上一轮加价的{factor}（或未加价、降价）。',
  },
  signal: {
    nameEnd: '：',
    FAMILY_IMMEDIATE: '近亲属为本次报价代为支付{amount}，具体为{list}。',
    FAMILY_EXTENDED: '其他亲属为本次报价代为支付{amount}，具体为{list}。',
    FAMILY_PROPERTY: '本次报价中{amount}依赖亲属的房产（抵押贷款或出售），具体为{list}。',
    SELLER_PROPERTY: '本次报价中{amount}依赖犯罪嫌疑人自有房产（抵押贷款或出售），具体为{list}。',
    propertyDeal: { mortgage: '{who}，以{property}办理抵押贷款，{amount}', sale: '{who}，出售{property}，{amount}' },
    THIRD_PARTY_MAJORITY: '亲属和其他代付人代为支付{part}，占总额{total}的{share}，达到或超过{threshold}的阈值，具体为{list}。',
    paidThrough: '（经由{who}支付）',
    CONCESSIONS_SHRINKING: {
      raised: '犯罪嫌疑人方本轮仅加价{step}，上一轮加价{previous}，不到上一轮的{factor}。',
      unchanged: '犯罪嫌疑人方本轮没有加价，上一轮加价{previous}。',
      lowered: '犯罪嫌疑人方本轮降价{step}，上一轮加价{previous}。',
    },
  },
  side: { seller: `${zh('suspectSide')}${zh('offer')}`, buyer: `${zh('victimSide')}${zh('demand')}` },
  label: {
    offer: '{side}{number}',
    named: '{label} · {name}',
    dated: '{label} · {date}',
    full: '{label} · {date} · {total}',
    party: '{name}（{who}）',
    property: '{description}，{location}',
    amountOf: '{who}{amount}',
    noted: '{phrase}{note}',
  },
  part: {
    plain: '{payer}：{kind}{amount}',
    mortgage: '{payer}：以{property}抵押贷款筹款{amount}',
    'property-sale': '{payer}：出售{property}筹款{amount}',
    demand: '要求：{amount}',
  },
  list: { separator: '；', comma: '、' },
  legal: legalWords,
}

export default domainWords
