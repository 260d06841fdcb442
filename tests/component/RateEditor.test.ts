// @vitest-environment jsdom
// The one rate editor, in the in-form prompt and in the Exchange rates panel: either way
// round, both directions as it is typed, and a rate far from the reference questioned
// (with what it was compared with and the fix), asked about once, never refused.
import { describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { FxRate } from '@/domain'
import { allCatalogues, createAppI18n } from '@/i18n'
import RatePrompt from '@/components/RatePrompt.vue'
import RateRecordEditor from '@/components/rates/RateRecordEditor.vue'
import RateWarning from '@/components/rates/RateWarning.vue'
import { rates, type ListContext } from '@/components/lists'
import { checkRate, englishWords } from '@/domain'
import { exampleFile, fieldIn, rawKeysIn, viewOf } from './helpers'

const i18n = () => createAppI18n('en')
const testid = (wrapper: VueWrapper, id: string) => wrapper.get(`[data-testid="${id}"]`)
const REFERENCE = 'the reference rate 1 USD ≈ 7.279 CNY (European Central Bank euro reference rates of Feb 28, 2025)'

function prompt(currency = 'CNY') {
  const added: FxRate[] = []
  const add = vi.fn((rate: FxRate) => (added.push(rate), null))
  const wrapper = mount(RatePrompt, { props: { currency, hook: { base: 'USD', rated: () => ['USD'], add, today: '2026-12-01' } }, global: { plugins: [i18n()] } })
  return { wrapper, added, add }
}

describe('the rate prompt in a form', () => {
  it('shows both directions as the rate is typed, and a rate typed as the bank quotes it is questioned with what it was compared with', async () => {
    const { wrapper, add, added } = prompt()
    expect(testid(wrapper, 'rate-direction-perBase').attributes('aria-pressed')).toBe('true')
    await testid(wrapper, 'rate-value').setValue('0.1385')
    expect(testid(wrapper, 'rate-both').text()).toBe('1 USD = 0.1385 CNY · 1 CNY = 7.2202 USD')
    expect(testid(wrapper, 'rate-compared').text()).toBe(`1 USD = 0.1385 CNY is about 53 times lower than ${REFERENCE}.`)
    expect(testid(wrapper, 'rate-warning').text()).toContain('Taken the other way round it is 1 USD = 7.2202 CNY, which fits the reference.')
    // Saving asks once; nothing is recorded until the question is answered.
    expect(wrapper.find('[data-testid="rate-keep"]').exists()).toBe(false)
    await testid(wrapper, 'rate-save').trigger('click')
    expect(add).not.toHaveBeenCalled()
    expect(testid(wrapper, 'rate-warning').text()).toContain('Save 1 USD = 0.1385 CNY as typed?')
    await testid(wrapper, 'rate-keep').trigger('click')
    expect(added).toEqual([{ currency: 'CNY', perBase: '0.1385', asOf: '2026-12-01' }])
  })

  it('takes the one-click fix: the figure is read the other way round and saved without a question', async () => {
    const { wrapper, added } = prompt()
    await testid(wrapper, 'rate-value').setValue('0.1385')
    await testid(wrapper, 'rate-fix').trigger('click')
    expect(testid(wrapper, 'rate-direction-inBase').attributes('aria-pressed')).toBe('true')
    expect(testid(wrapper, 'rate-value').element).toHaveProperty('value', '0.1385')
    expect(testid(wrapper, 'rate-both').text()).toBe('1 USD = 7.2202 CNY · 1 CNY = 0.1385 USD')
    expect(wrapper.find('[data-testid="rate-warning"]').exists()).toBe(false)
    await testid(wrapper, 'rate-save').trigger('click')
    expect(added).toEqual([{ currency: 'CNY', perBase: '7.22021661', asOf: '2026-12-01' }])
  })

  it.each([
    ['perBase', '7.2202', '1 USD = 7.2202 CNY · 1 CNY = 0.1385 USD', '7.2202'],
    ['inBase', '0.1385', '1 USD = 7.2202 CNY · 1 CNY = 0.1385 USD', '7.22021661'],
    ['inBase', '7.2', '1 USD = 0.1389 CNY · 1 CNY = 7.2 USD', null],
  ] as const)('typed %s as %s reads %s', async (direction, typed, both, saved) => {
    const { wrapper, added } = prompt()
    await testid(wrapper, `rate-direction-${direction}`).trigger('click')
    await testid(wrapper, 'rate-value').setValue(typed)
    expect(testid(wrapper, 'rate-both').text()).toBe(both)
    await testid(wrapper, 'rate-save').trigger('click')
    expect(added.map((rate) => rate.perBase)).toEqual(saved ? [saved] : [])
    expect(wrapper.find('[data-testid="rate-warning"]').exists()).toBe(saved === null)
  })

  it('warns, and offers no fix, when neither way round fits; a currency outside the table is not questioned', async () => {
    const { wrapper } = prompt()
    await testid(wrapper, 'rate-value').setValue('100')
    expect(testid(wrapper, 'rate-compared').text()).toBe(`1 USD = 100 CNY is about 14 times higher than ${REFERENCE}.`)
    expect(testid(wrapper, 'rate-warning').text()).toContain('The other way round does not fit the reference either')
    expect(wrapper.find('[data-testid="rate-fix"]').exists()).toBe(false)
    const other = prompt('XAF')
    await testid(other.wrapper, 'rate-value').setValue('0.0017')
    await testid(other.wrapper, 'rate-save').trigger('click')
    expect(other.added.map((rate) => rate.perBase)).toEqual(['0.0017'])
  })

  it('names the reference table, its sources and their dates', () => {
    const text = testid(prompt().wrapper, 'rate-editor').text()
    expect(text).toContain('European Central Bank euro reference rates of Feb 28, 2025')
    expect(text).toContain('State Bank of Vietnam central rate of Feb 12, 2025')
    expect(text).toContain('more than 3 times away')
  })
})

function panelForm(record: Record<string, unknown>, mode: 'add' | 'edit') {
  const view = viewOf({ ...exampleFile('harbor-tools'), fx: [] as never, losses: [], costs: [], properties: [], offers: [], payments: [] })
  const context: ListContext = { view, words: englishWords(), today: '2026-12-01' }
  return mount(RateRecordEditor, { props: { fields: rates.fields(context), record, mode, context }, global: { plugins: [i18n()] } })
}
const commits = (wrapper: VueWrapper) => (wrapper.emitted('commit') ?? []).map(([record]) => (record as { perBase: string }).perBase)

describe('the Exchange rates panel', () => {
  it('adds a rate typed backwards only once the question is answered', async () => {
    const wrapper = panelForm({ currency: '', perBase: '' }, 'add')
    await fieldIn(wrapper, 'Currency').setValue('cny')
    await testid(wrapper, 'rate-value').setValue('0.1385')
    expect(testid(wrapper, 'rate-both').text()).toBe('1 USD = 0.1385 CNY · 1 CNY = 7.2202 USD')
    await wrapper.get('form').trigger('submit')
    expect(commits(wrapper)).toEqual([])
    expect(testid(wrapper, 'rate-warning').text()).toContain('Save 1 USD = 0.1385 CNY as typed?')
    await testid(wrapper, 'rate-keep').trigger('click')
    expect(wrapper.emitted('commit')).toEqual([[{ currency: 'CNY', perBase: '0.1385' }]])
  })

  it('keeps an edit at once, but not a rate far from the reference until it is answered or fixed', async () => {
    const wrapper = panelForm({ currency: 'CNY', perBase: '7.2', asOf: '2024-05-02' }, 'edit')
    expect(testid(wrapper, 'rate-both').text()).toBe('1 USD = 7.2 CNY · 1 CNY = 0.1389 USD')
    await testid(wrapper, 'rate-value').setValue('7.25')
    await testid(wrapper, 'rate-value').setValue('0.1385')
    expect(commits(wrapper)).toEqual(['7.25'])
    expect(wrapper.get('form').attributes('data-holds-input')).toBe('')
    expect(testid(wrapper, 'rate-warning').text()).toContain('Save 1 USD = 0.1385 CNY as typed?')
    await testid(wrapper, 'rate-fix').trigger('click')
    expect(commits(wrapper)).toEqual(['7.25', '7.22021661'])
    expect(wrapper.emitted('commit')!.at(-1)).toEqual([{ currency: 'CNY', perBase: '7.22021661', asOf: '2024-05-02' }])
  })

  it('shows a stored rate that is off with its fix, and asks nothing until it changes', async () => {
    const wrapper = panelForm({ currency: 'CNY', perBase: '0.1389' }, 'edit')
    expect(testid(wrapper, 'rate-compared').text()).toBe(`1 USD = 0.1389 CNY is about 52 times lower than ${REFERENCE}.`)
    expect(wrapper.find('[data-testid="rate-keep"]').exists()).toBe(false)
    await testid(wrapper, 'rate-fix').trigger('click')
    expect(commits(wrapper)).toEqual(['7.19942405'])
  })
})

describe('the warning in Chinese', () => {
  it('words every part, sources and dates included, with no raw key', () => {
    const wrapper = mount(RateWarning, { props: { check: checkRate('TWD', 'CNY', '4.3')!, inCase: true }, global: { plugins: [createAppI18n('zh-CN')] } })
    const text = wrapper.text()
    expect(text).toContain('本案的CNY汇率可能方向反了。')
    expect(text).toContain('台北外汇市场2025年12月31日收盘价')
    expect(text).toContain('欧洲中央银行2025年2月28日欧元参考汇率')
    expect(rawKeysIn(text, allCatalogues()['zh-CN'])).toEqual([])
    expect(wrapper.find('[data-testid="rate-keep"]').text()).toBe('保持不变')
  })
})
