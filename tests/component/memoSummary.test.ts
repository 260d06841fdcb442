// @vitest-environment jsdom
// The memo's first page shows the standing sentences the domain finished, once per language,
// each sentence its own span, with the memo's printed minus sign.
import { describe, expect, it } from 'vitest'
import { computed, defineComponent, h, provide } from 'vue'
import { mount } from '@vue/test-utils'
import { memoModel, type CaseView } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'
import { useWordsIn } from '@/i18n/format'
import MemoSummary from '@/components/memo/MemoSummary.vue'
import { MEMO_WORDS, memoWords, type MemoContext } from '@/components/memo/memoWords'
import { example } from '../support/examples'

function mountSummary(view: CaseView, langs: Locale[]) {
  const Host = defineComponent({
    setup() {
      const wordsIn = useWordsIn()
      const ctx: MemoContext = { view, memo: memoModel(view, { asOf: '2024-10-04' }), words: memoWords(langs, wordsIn), printedOn: '2024-10-04', buyer: '', preparedBy: '', preparedFor: '' }
      provide(MEMO_WORDS, computed(() => ctx.words))
      return () => h(MemoSummary, { ctx })
    },
  })
  return mount(Host, { global: { plugins: [createAppI18n('en')] } })
}

const standing = (wrapper: ReturnType<typeof mountSummary>, lang: string) =>
  wrapper.findAll(`[data-testid="memo-standing"][lang="${lang}"] .memo-sentence`).map((span) => span.text())

describe('the memo’s standing', () => {
  it('gives each language its finished sentences (kowloon: open, a final offer with its good-until)', () => {
    const wrapper = mountSummary(example('kowloon-vanished').view, ['en', 'zh-CN'])
    const english = standing(wrapper, 'en')
    expect(english[0]).toBe('Latest offer: Seller offer 5 · Sep 27, 2024, HK$185,000.00 (42.05% of the loss). Declared final. Good until Oct 4, 2024.')
    expect(english.at(-1)).toContain('received net of costs −HK$15,611.81')
    const chinese = standing(wrapper, 'zh-CN')
    expect(chinese[0]).toBe('最新报价：犯罪嫌疑人方报价5 · 2024年9月27日，港币185,000.00元（占损失的42.05%）。已声明为最终报价。有效期至2024年10月4日。')
    expect(chinese).toHaveLength(english.length)
  })

  it('in one language, one paragraph (harbor-tools: agreed)', () => {
    const wrapper = mountSummary(example('harbor-tools').view, ['en'])
    expect(wrapper.findAll('[data-testid="memo-standing"]')).toHaveLength(1)
    expect(standing(wrapper, 'en')[0]).toBe('Seller offer 3 · May 16, 2024 was accepted: $69,444.44, 76.80% of the loss.')
  })
})
