// The printable drafts, filled from the worked example (harbor-tools) and from a three-payer
// case (seller, father who mortgages his flat, mother; a company as co-suspect), in English
// and Chinese: every payer a party, RMB amounts with capitals, the rate stated once, and no
// advice inside the document (counsel's notes hold it).
import { describe, expect, it } from 'vitest'
import { agreementParties, buildCaseView, buyerFromTitle, criminalView, draftLines, draftNotes, englishWords, fillTemplate, formatterFor, lookup, partyTracker, summarizeCase, type CaseFile, type DraftDocument, type DraftInput, type DraftLine, type Words } from '@/domain'
import zhWords from '@/i18n/zh-CN.words'
import { criminalExample } from '../../support/examples'

const en = englishWords()
const zh: Words = { ...formatterFor('zh-CN'), text: (key, params) => fillTemplate(lookup(zhWords as never, key) ?? key, params) }
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '')
const texts = (lines: readonly DraftLine[]) => lines.map((line) => plain(line.text))

function inputOf(name: string, buyer: string, today: string, change?: (file: CaseFile) => CaseFile): DraftInput {
  const base = criminalExample(name)
  const file = change ? change(base.file) : base.file
  const view = change ? buildCaseView(file, summarizeCase(file)) : base.view
  return { view, criminal: criminalView(view, today), buyer, bilingual: true }
}
const harbor = inputOf('harbor-tools-criminal', 'Harbor Tools Ltd', '2024-06-01')
const three = inputOf('jinhua-three-payers', 'Nordhaven Tools GmbH', '2026-12-02')
const cases = { harbor, three }

describe('the buyer from the case title', () => {
  it.each([
    ['Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', 'Harbor Tools Ltd'],
    ['Shenzhen Huaxin Trading Co., suspected contract fraud (victim: Harbor Tools Ltd)', 'Harbor Tools Ltd'],
    ['深圳华信贸易涉嫌合同诈骗案（被害单位：Harbor Tools Ltd）', 'Harbor Tools Ltd'],
    ['Huaxin matter', ''],
  ])('%s → %s', (title, buyer) => expect(buyerFromTitle(title)).toBe(buyer))
})

describe.each(Object.entries(cases))('both drafts of %s, in both languages', (_name, input) => {
  for (const document of ['agreement', 'pardon'] as DraftDocument[]) {
    const english = draftLines(document, input, en)
    const chinese = draftLines(document, input, zh)
    const all = [...texts(english), ...texts(chinese)].join('\n')

    it(`${document}: the same lines in both languages, only the document's kinds`, () => {
      expect(chinese.map((line) => line.kind)).toEqual(english.map((line) => line.kind))
      expect(new Set([...english, ...chinese].map((line) => line.kind))).not.toContain('note')
      expect(new Set([...english, ...chinese].map((line) => line.kind))).not.toContain('warning')
    })

    it(`${document}: no currency sign, no ISO date, no buyer/seller, no Party A/B, no withdrawal, no 出资人`, () => {
      expect(all).not.toMatch(/[¥€]|US\$|\$\d/)
      expect(all).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
      expect(all).not.toMatch(/卖方|买方|甲方|乙方|出资人|Party [AB]\b|buyer|seller/)
      expect(all).not.toMatch(/撤回|撤案|撤销案件|withdraw/i)
      expect(all).not.toMatch(/于\S*前支付/)
      // No space between Chinese and a figure in the Chinese text.
      expect(texts(chinese).join('\n')).not.toMatch(/[\p{Script=Han}] \d|\d [\p{Script=Han}]/u)
    })

    it(`${document}: counsel's notes are not in the document`, () => {
      for (const words of [en, zh]) {
        const lines = texts(draftLines(document, input, words))
        for (const note of texts(draftNotes(document, input, words, draftLines(document, input, words)))) expect(lines).not.toContain(note)
      }
      expect(all).not.toMatch(/secures the lend|担保的是贷款|Payment before pardon|先付款后谅解|not legal advice|不构成法律意见/i)
    })
  }

  it('agreement: every payer, mortgagor and guarantor is a party with a line and a signature', () => {
    const parties = agreementParties(input)
    const payers = input.criminal.settlement.agreement.schedule.map((row) => row.part.partyId)
    for (const id of payers) expect(parties.map((entry) => entry.party.id)).toContain(id)
    for (const words of [en, zh]) {
      const lines = draftLines('agreement', input, words)
      const signs = texts(lines.filter((line) => line.kind === 'sign'))
      const paras = texts(lines.filter((line) => line.kind === 'para'))
      expect(signs).toHaveLength(parties.length + 2)
      for (const entry of parties) {
        const name = words === zh ? partyTracker(entry.party).nameZh ?? entry.party.name : entry.party.name
        expect(signs.filter((sign) => sign.includes(`：${name}`) || sign.includes(`: ${name}`)), name).toHaveLength(1)
        expect(paras.filter((para) => para.includes(`：${name}，`) || para.includes(`: ${name},`)), name).toHaveLength(1)
      }
    }
  })

  it('agreement: RMB with capitals, the base equivalent and the rate stated once', () => {
    const chinese = texts(draftLines('agreement', input, zh))
    const english = texts(draftLines('agreement', input, en))
    expect(chinese.join('\n')).toMatch(/退赔共计人民币[\d,]+\.\d\d元（大写：人民币[^）]+）/)
    expect(chinese.filter((line) => line.includes('汇率为1美元兑人民币'))).toHaveLength(1)
    expect(english.filter((line) => /converted at USD 1 = RMB \d/.test(line))).toHaveLength(1)
    expect(english.join('\n')).toMatch(/RMB [\d,]+\.\d\d in all, equal to USD [\d,]+\.\d\d\./)
  })

  it('agreement: the standard clauses, and the suspect signing through counsel while in custody', () => {
    const chinese = texts(draftLines('agreement', input, zh)).join('\n')
    for (const clause of ['之日起生效', '一式', '以中文文本为准', '适用中华人民共和国法律', '未能实际到账的，视为未支付', '是否对犯罪嫌疑人从宽处理由司法机关依法决定', '由其辩护人或经其书面授权的近亲属代为签署'])
      expect(chinese).toContain(clause)
  })
})

describe('the three-payer case', () => {
  const chinese = texts(draftLines('agreement', three, zh))
  const english = texts(draftLines('agreement', three, en))

  it('names each party in the Chinese text by its Chinese name, with relation, ID number or credit code', () => {
    expect(chinese).toEqual(
      expect.arrayContaining([
        '犯罪嫌疑人：沈磊，身份证号码：330702198503150018',
        '犯罪嫌疑单位：金华沈磊贸易有限公司，统一社会信用代码：91330702MA2D4K8Q1P',
        '代为退赔人、抵押人：沈国强，系犯罪嫌疑人沈磊的父亲，身份证号码：330702195804210031',
        '代为退赔人：徐兰英，系犯罪嫌疑人沈磊的母亲，身份证号码：330702196002180027',
        '保证人：林海，身份证号码：330702197907070015',
        '犯罪嫌疑单位（盖章）：金华沈磊贸易有限公司；法定代表人或授权代表（签字）：__________',
        '代为退赔人、抵押人（签字）：沈国强',
      ]),
    )
    expect(english).toContain('Paying on the suspect’s behalf and mortgagor: Shen Guoqiang, father of the suspect Shen Lei, ID No. 330702195804210031')
    expect(english.join('\n')).not.toMatch(/沈|徐|林/)
  })

  it('states the charge with 罪, the authority and case number, the part received and the deadlines as 不晚于…（含当日）', () => {
    expect(chinese.join('\n')).toContain('鉴于人民检察院正在办理犯罪嫌疑人沈磊、犯罪嫌疑单位金华沈磊贸易有限公司涉嫌合同诈骗罪一案（案号：婺公（经）立字〔2026〕1041号）')
    expect(chinese).toContain('沈磊支付人民币300,000.00元（大写：人民币叁拾万元整），被害单位已于2026年11月25日收讫。')
    expect(chinese.join('\n')).toContain('不晚于2026年12月15日（含当日）支付。')
    expect(chinese.join('\n')).not.toContain('于签署时支付')
    expect(chinese).toContain('林海为该笔款项的支付提供保证。')
    expect(english).toContain('Shen Lei pays RMB 300,000.00, received by the victim on Nov 25, 2026.')
  })

  it('follows the figures when the recorded choice says full satisfaction, and tells counsel why', () => {
    expect(chinese).toContain('本协议约定的退赔款131,575.00美元系部分退赔，被害单位的损失共计196,260.00美元，尚未弥补的损失64,685.00美元，被害单位不予放弃。')
    expect(english).toContain('This is partial restitution of USD 131,575.00 against a loss of USD 196,260.00; the remaining USD 64,685.00 is not waived.')
    expect(texts(draftNotes('agreement', three, en)).some((note) => note.startsWith('The case records full satisfaction'))).toBe(true)
    // The mortgage-loan hint and the unsecured part are counsel's notes.
    expect(texts(draftNotes('agreement', three, zh)).join('\n')).toMatch(/该贷款担保的是贷款银行，而非被害单位[\s\S]*第2笔为日后付款/)
  })

  it('after an indictment the suspects are the defendant and the defendant company, and the pardon goes to the court', () => {
    const indicted = inputOf('jinhua-three-payers', 'Nordhaven Tools GmbH', '2027-01-10', (file) => {
      const tracker = file.extra?.tracker as { procedure: unknown[] }
      return { ...file, extra: { ...file.extra, tracker: { ...tracker, procedure: [...tracker.procedure, { id: 'ev6', kind: 'indicted', date: '2027-01-05' }] } } }
    })
    const agreement = texts(draftLines('agreement', indicted, zh)).join('\n')
    expect(agreement).toContain('被告人：沈磊')
    expect(agreement).toContain('被告单位：金华沈磊贸易有限公司')
    expect(agreement).not.toContain('犯罪嫌疑')
    const pardon = texts(draftLines('pardon', indicted, zh))
    expect(pardon[1]).toBe('致：人民法院')
    expect(texts(draftLines('pardon', indicted, en))[1]).toBe('To: the people’s court')
  })

  it('in a Hong Kong case, names the Hong Kong police and carries no mainland pardon or law clause', () => {
    const hongKong = inputOf('jinhua-three-payers', 'Nordhaven Tools GmbH', '2026-12-02', (file) => {
      const tracker = file.extra?.tracker as object
      return { ...file, extra: { ...file.extra, tracker: { ...tracker, reporting: { registered: { region: 'hong-kong' } } } } }
    })
    const chinese = texts(draftLines('agreement', hongKong, zh)).join('\n')
    expect(chinese).toContain('鉴于香港警务处正在办理')
    expect(chinese).toContain('香港没有谅解书机制')
    expect(chinese).not.toMatch(/出具谅解书|中华人民共和国法律|终结公诉/)
  })

  it('the pardon names the mother’s payment as 代为退赔 with her relation, addressed to the procuratorate of the stage', () => {
    const pardon = texts(draftLines('pardon', three, zh))
    expect(pardon[1]).toBe('致：人民检察院')
    expect(pardon).toContain('被害单位已实际收到退赔款共计人民币350,000.00元（大写：人民币叁拾伍万元整），明细如下：')
    expect(pardon).toContain('2026年12月1日，收到徐兰英（系犯罪嫌疑人沈磊的母亲）代为退赔的人民币50,000.00元，直接支付至被害单位账户。')
    expect(texts(draftLines('pardon', three, en))).toContain('Dec 1, 2026: RMB 50,000.00 paid by Xu Lanying (mother of the suspect Shen Lei) on behalf of the suspect, paid directly to the victim’s account.')
  })

  it('names the owner of a property sold for a part, not as a mortgagor', () => {
    const sold = inputOf('jinhua-three-payers', 'Nordhaven Tools GmbH', '2026-12-02', (file) => ({
      ...file,
      offers: file.offers.map((offer) => (offer.from === 'seller' && offer.id === 'o2' ? { ...offer, components: offer.components.map((part) => (part.kind === 'mortgage' ? { ...part, kind: 'property-sale' as const } : part)) } : offer)),
    }))
    const chinese = texts(draftLines('agreement', sold, zh))
    expect(chinese).toContain('代为退赔人、出售房产的产权人（签字）：沈国强')
    expect(chinese.join('\n')).not.toContain('抵押人')
  })

  it('addresses the authority the user names', () => {
    const named = inputOf('jinhua-three-payers', 'Nordhaven Tools GmbH', '2026-12-02', (file) => {
      const tracker = file.extra?.tracker as { settlement: { agreement: object } }
      return { ...file, extra: { ...file.extra, tracker: { ...tracker, settlement: { ...tracker.settlement, agreement: { ...tracker.settlement.agreement, authority: '金华市婺城区人民检察院' } } } } }
    })
    expect(texts(draftLines('pardon', named, zh))[1]).toBe('致：金华市婺城区人民检察院')
  })
})

describe('the pardon letter', () => {
  const chinese = texts(draftLines('pardon', harbor, zh))
  const english = texts(draftLines('pardon', harbor, en))

  it('states what was received, per currency and payer by payer, 代为退赔 for a relative, voluntarily given', () => {
    expect(chinese).toEqual(
      expect.arrayContaining([
        '致：公安机关',
        '被害单位已实际收到退赔款共计人民币200,000.00元（大写：人民币贰拾万元整）及34,722.22美元（大写：美元叁万肆仟柒佰贰拾贰元贰角贰分），明细如下：',
        '2024年5月20日，收到犯罪嫌疑人Zhang Wei支付的人民币200,000.00元，直接支付至被害单位账户。',
        '2024年6月28日，收到Zhang Jun（系犯罪嫌疑人Zhang Wei的父亲或母亲）代为退赔的34,722.22美元，直接支付至被害单位账户。',
        '被害单位对犯罪嫌疑人Zhang Wei、犯罪嫌疑单位Shenzhen Huaxin Trading Co., Ltd.的行为表示谅解，并同意司法机关依法从宽处理。',
        '本谅解书系被害单位的真实意思表示，由被害单位自愿出具。',
        '被害单位知悉：谅解不能终结公诉，是否对犯罪嫌疑人从宽处理由司法机关依法决定。',
      ]),
    )
    expect(english).toEqual(
      expect.arrayContaining([
        'Jun 28, 2024: USD 34,722.22 paid by Zhang Jun (father or mother of the suspect Zhang Wei) on behalf of the suspect, paid directly to the victim’s account.',
        'This letter expresses the victim’s true intention and is given voluntarily.',
      ]),
    )
  })

  it('keeps the payment-before-pardon warning among counsel’s notes', () => {
    const notes = draftNotes('pardon', harbor, en)
    expect(notes.filter((line) => line.kind === 'warning').map((line) => line.text)[0]).toMatch(/^Payment before pardon: the pardon is planned for Jun 29, 2024/)
  })
})
