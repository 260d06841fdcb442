// @vitest-environment jsdom
// The memo's projection section (issue 20): registered as an optional schedule, and its
// paragraphs once per language in a bilingual memo, the sides named as in each language.
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { memoModel, offerLabel, type CaseView } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'
import { useWordsIn } from '@/i18n/format'
import MemoProjection from '@/components/memo/MemoProjection.vue'
import { DEFAULT_MEMO_SECTIONS, MEMO_SECTIONS } from '@/components/memo/memoSchedules'
import { memoWords, type MemoContext } from '@/components/memo/memoWords'
import { criminalExample } from '../support/examples'
import { wordsFor } from '../support/words'

function mountMemo(view: CaseView, langs: Locale[]) {
  const Host = defineComponent({
    setup() {
      const wordsIn = useWordsIn()
      const ctx: MemoContext = { view, memo: memoModel(view, { asOf: '2024-05-18' }), words: memoWords(langs, wordsIn), printedOn: '2024-05-18', buyer: '', preparedBy: '', preparedFor: '' }
      return () => h(MemoProjection, { ctx })
    },
  })
  return mount(Host, { global: { plugins: [createAppI18n('en')] } })
}

describe('the memo’s projection section', () => {
  it('is a schedule of its own, printed when there are moves', () => {
    const entry = MEMO_SECTIONS.find((section) => section.name === 'projection')
    expect(entry?.title).toBe('projection.memo.section')
    // Optional: printed when chosen in the print options, not by default.
    expect(entry?.optIn).toBe(true)
    expect(DEFAULT_MEMO_SECTIONS).not.toContain('projection')
    expect(DEFAULT_MEMO_SECTIONS).toContain('negotiation')
  })
  it('says the trend, the meeting or its absence, the app’s reading and the stage clock, in each language', () => {
    const { view } = criminalExample()
    const wrapper = mountMemo(view, ['en', 'zh-CN'])
    const english = wrapper.findAll('p[lang="en"]').map((p) => p.text())
    const chinese = wrapper.findAll('p[lang="zh-CN"]').map((p) => p.text())
    expect(english.length).toBe(chinese.length)
    expect(english.join('\n')).toContain('Seller’s side: not slowing')
    expect(english.join('\n')).toContain('Next deadline: Investigation custody ends, last day Jul 10, 2024: 53 days left.')
    expect(chinese.join('\n')).toContain('犯罪嫌疑人方：并未放缓')
    expect(chinese.join('\n')).toContain('被害方：还需1次出价')
    expect(chinese.join('\n')).toContain('还剩53日')
    // Moves are named by the glossary's offer labels (another catalogue); the rest never says 卖方 or 买方.
    const zh = wordsFor('zh-CN')
    const ours = view.offers.reduce((text, row) => text.split(offerLabel(row.label, zh)).join(''), chinese.join('\n'))
    expect(ours).not.toMatch(/卖方|买方/)
  })
})
