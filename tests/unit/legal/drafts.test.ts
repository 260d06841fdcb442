// The printable drafts, filled from the worked example, in English and Chinese.
import { describe, expect, it } from 'vitest'
import { buyerFromTitle, criminalView, draftLines, englishWords, fillTemplate, formatterFor, isolate as u, lookup, type DraftInput, type Words } from '@/domain'
import zhWords from '@/i18n/zh-CN.words'
import { criminalExample } from '../../support/examples'

const en = englishWords()
const zh: Words = { ...formatterFor('zh-CN'), text: (key, params) => fillTemplate(lookup(zhWords as never, key) ?? key, params) }
const { view } = criminalExample()
const input: DraftInput = { view, criminal: criminalView(view, '2024-06-01'), buyer: 'Harbor Tools Ltd' }
// Every value the user recorded is isolated in the draft's sentences (words/isolate.ts): `${u('Zhang Wei')}`.
const flat = `${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}`
const body = (lines: { kind: string; text: string }[]) => lines.filter((line) => line.kind !== 'note' && line.kind !== 'warning').map((line) => line.text)

describe('the buyer from the case title', () => {
  it.each([
    ['Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', 'Harbor Tools Ltd'],
    ['Shenzhen Huaxin Trading Co., suspected contract fraud (victim: Harbor Tools Ltd)', 'Harbor Tools Ltd'],
    ['深圳华信贸易涉嫌合同诈骗案（被害单位：Harbor Tools Ltd）', 'Harbor Tools Ltd'],
    ['Huaxin matter', ''],
  ])('%s → %s', (title, buyer) => expect(buyerFromTitle(title)).toBe(buyer))
})

describe('the restitution agreement', () => {
  const english = draftLines('agreement', input, en)
  const chinese = draftLines('agreement', input, zh)

  it('has the same lines in both languages', () => {
    expect(chinese.map((line) => line.kind)).toEqual(english.map((line) => line.kind))
    expect(chinese[0]?.text).toBe('退赔协议')
  })

  it('states the parties, amount, schedule with security, payment, partial satisfaction and pardon timing', () => {
    const text = body(english)
    expect(text).toEqual(
      expect.arrayContaining([
        `Party A (the victim): ${u('Harbor Tools Ltd')}`,
        `The suspect: ${u('Zhang Wei')}, ${u('Shenzhen Huaxin Trading Co., Ltd.')}`,
        `The case: ${u('Futian PSB economic crimes 2024-117')}, suspected contract fraud`,
        `Party B (who pays): ${u('Zhang Wei')}, the suspect`,
        'Party B shall pay Party A restitution (退赔) of $69,444.44.',
        `${u('Zhang Wei')}: cash CNY 200,000.00: on signing.`,
        `${u('Zhang Jun')}: mortgage loan on ${flat} CNY 250,000.00: by Jun 30, 2024.`,
        `This part is to be raised by a mortgage loan on ${flat}; that loan secures the lender, not Party A.`,
        `Secured by a mortgage registered in Party A’s favour on ${flat} (certificate ${u('Zhe (2024) Yiwu Real Estate Certificate of Other Rights No. 0012345')}).`,
        `Paid directly to Party A’s account: ${u('Harbor Tools Ltd, ABN AMRO, IBAN NL00 ABNA 0000 0000 00')}.`,
        'This restitution is in partial satisfaction of Party A’s loss of $90,418.83; the remaining $20,974.39 is not waived.',
        'Party A will sign a written pardon (谅解书) stating the amount actually received only after the $69,444.44 has been received in cleared funds.',
      ]),
    )
    expect(body(chinese)).toContain('乙方向甲方支付退赔款 69,444.44美元。')
  })
})

describe('the pardon letter', () => {
  const english = draftLines('pardon', input, en)
  const chinese = draftLines('pardon', input, zh)

  it('states the money actually received, with payer, date and method, and the forgiveness', () => {
    expect(chinese.map((line) => line.kind)).toEqual(english.map((line) => line.kind))
    expect(body(english)).toEqual(
      expect.arrayContaining([
        'Letter of Pardon',
        'To: the case authority',
        `The victim: ${u('Harbor Tools Ltd')}`,
        'The victim has received restitution of $62,500.00 in all, as follows:',
        `May 20, 2024: CNY 200,000.00 from ${u('Zhang Wei')}, the suspect, paid directly to the victim.`,
        `Jun 28, 2024: $34,722.22 from ${u('Zhang Jun')}, the suspect’s father or mother, paid directly to the victim.`,
        `Having received the above, the victim forgives ${u('Zhang Wei')}, ${u('Shenzhen Huaxin Trading Co., Ltd.')} and agrees to lenient treatment in accordance with law.`,
        `Authorised signatory: ${u('Pieter de Vries, managing director')}`,
      ]),
    )
    expect(body(chinese)).toContain(`被害单位收到上述款项后，对 ${u('Zhang Wei')}、${u('Shenzhen Huaxin Trading Co., Ltd.')} 表示谅解，并同意司法机关依法从宽处理。`)
    // No space after the full-width bracket that closes the payer's relation.
    expect(body(chinese)).toContain(`2024年6月28日：收到 ${u('Zhang Jun')}（犯罪嫌疑人的父亲或母亲）支付的 34,722.22美元，直接支付给被害单位。`)
  })

  it('never promises to withdraw the case, and carries the payment-before-pardon warning as a drafting note', () => {
    expect(body(english).join(' ')).not.toMatch(/withdraw/i)
    expect(body(chinese).join(' ')).not.toMatch(/撤案|撤回/)
    expect(english.filter((line) => line.kind === 'warning').map((line) => line.text)[0]).toMatch(/^Payment before pardon: the pardon is planned for Jun 29, 2024/)
  })
})
