// @vitest-environment jsdom
// Labels wired to the right words (issue 22, item 6): a demand's final checkbox says final
// demand; the payment's choice lists what a payment can be made against, each named as what
// it is; the memo prints a payment's note under Note, not under the payer; 尚欠 is split into
// the loss not yet recovered and an instalment unpaid; the memo's legend follows its language.
import { computed, type Component, type DefineComponent } from 'vue'
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { memoModel, type CaseFile, type Offer } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'
import OfferEditor from '@/components/OfferEditor.vue'
import { paymentOfferOptions } from '@/components/lists/options'
import MemoHeader from '@/components/memo/MemoHeader.vue'
import MemoPayments from '@/components/memo/MemoPayments.vue'
import MemoSummary from '@/components/memo/MemoSummary.vue'
import { MEMO_WORDS, memoWords, type MemoContext } from '@/components/memo/memoWords'
import { wordsFor } from '../support/words'
import { exampleFile, viewOf } from './helpers'

const harbor = () => exampleFile('harbor-tools')
const offerIn = (file: CaseFile, id: string): Offer => file.offers.find((o) => o.id === id)!

function finalLabel(id: string, locale: Locale): string {
  const file = harbor()
  const wrapper = mount(OfferEditor, { props: { offer: offerIn(file, id), mode: 'edit', view: viewOf(file) }, global: { plugins: [createAppI18n(locale)] } })
  return wrapper.get('[data-field="final"] label').text()
}

describe('the final checkbox', () => {
  it.each([
    ['d1', 'en', 'Declared final demand'],
    ['d1', 'zh-CN', '声明为最终要求'],
    ['o1', 'en', 'Declared final'],
    ['o1', 'zh-CN', '声明为最终报价'],
  ] as const)('of %s in %s reads %s', (id, locale, label) => {
    expect(finalLabel(id, locale)).toBe(label)
  })
})

describe('what a payment can be made against', () => {
  it('lists the seller offers and no demand the seller has not accepted', () => {
    const options = paymentOfferOptions(viewOf(harbor()), wordsFor('zh-CN'))
    expect(options.map((o) => o.value)).toEqual(['o1', 'o2', 'o3'])
    expect(options[0]!.label).toMatch(/^犯罪嫌疑人方报价1 · /)
  })

  it('lists a demand the seller accepted, named as an accepted demand', () => {
    const file = harbor()
    offerIn(file, 'd2').status = 'accepted'
    offerIn(file, 'o3').status = 'rejected'
    file.payments = []
    const view = viewOf(file)
    const en = paymentOfferOptions(view, wordsFor('en')).find((o) => o.value === 'd2')
    const zh = paymentOfferOptions(view, wordsFor('zh-CN')).find((o) => o.value === 'd2')
    expect(en?.label).toMatch(/^Buyer demand 2 · .* \(accepted by the seller\)$/)
    expect(zh?.label).toMatch(/^被害方要求2 · .*（犯罪嫌疑人方已接受）$/)
    expect(paymentOfferOptions(view, wordsFor('en')).map((o) => o.value)).not.toContain('d1')
  })
})

function mountMemo(component: Component, langs: Locale[], edit?: (file: CaseFile) => void) {
  const file = harbor()
  edit?.(file)
  const view = viewOf(file)
  const words = memoWords(langs, (locale) => wordsFor(locale as Locale))
  const ctx: MemoContext = { view, memo: memoModel(view, { asOf: '2024-07-01' }), words, printedOn: '2024-07-01', buyer: 'Harbor Tools Ltd', preparedBy: '', preparedFor: '' }
  return mount(component as DefineComponent<{ ctx: MemoContext }>, { props: { ctx }, global: { plugins: [createAppI18n(langs[0])], provide: { [MEMO_WORDS as symbol]: computed(() => words) } } })
}

describe('the memo', () => {
  it('prints a payment’s note under Note, and only the payer under Payer', () => {
    const wrapper = mountMemo(MemoPayments, ['zh-CN'])
    const heads = wrapper.findAll('thead th').map((th) => th.text())
    expect(heads).toEqual(['日期', '付款人', '对应报价', '备注', '金额', '折合美元'])
    const row = wrapper.findAll('tbody tr')[1]!.findAll('td')
    expect(row[1]!.text()).not.toContain('mortgage proceeds')
    expect(row[3]!.text()).toBe('mortgage proceeds, wired in USD')
    expect(wrapper.get('tfoot th').attributes('colspan')).toBe(String(heads.length - 1))
  })

  it.each([
    [['en'], 'Privileged and confidential: attorney-client communication'],
    [['zh-CN'], '保密文件，仅供委托人内部参阅'],
  ] as const)('heads the memo in %s with its own legend', (langs, legend) => {
    const text = mountMemo(MemoHeader, [...langs]).get('[data-testid="memo-privilege"]').text()
    expect(text).toBe(legend)
    expect(text).not.toContain('特权')
  })

  it('names the parties as the criminal matter does, and the base currency by its name, in Chinese', () => {
    const facts = mountMemo(MemoHeader, ['zh-CN']).findAll('.memo__fact').map((fact) => fact.text())
    expect(facts).toContain('被害方Harbor Tools Ltd')
    expect(facts.some((fact) => fact.startsWith('犯罪嫌疑人'))).toBe(true)
    expect(facts).toContain('折算货币美元')
  })

  it('says the loss not yet recovered in the summary, and unpaid of an instalment', () => {
    const zh = mountMemo(MemoSummary, ['zh-CN']).text()
    expect(zh).toContain('尚未弥补的损失')
    expect(zh).toContain('尚未支付的款项及期限')
    expect(zh).not.toContain('尚欠')
    const en = mountMemo(MemoSummary, ['en']).text()
    expect(en).toContain('not yet recovered')
    expect(en).toContain('What is unpaid, and when')
    expect(en).not.toMatch(/outstanding/i)
  })
})
