// @vitest-environment jsdom
// A date field (issue 22): typed the Chinese way or the ISO way, stored as YYYY-MM-DD, and
// shown back in the interface's language; its placeholder is in that language too.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import FieldInput from '@/components/FieldInput.vue'
import { fieldProblem, withField, type FieldSpec } from '@/components/fields'

const spec: FieldSpec = { key: 'date', label: 'offer.date', type: 'date', required: true }
const mountDate = (value: string, locale: 'en' | 'zh-CN') => mount(FieldInput, { props: { spec, modelValue: value }, global: { plugins: [createAppI18n(locale)] } })

describe('a date field', () => {
  it('shows the date it read in Chinese, whichever way it was typed', () => {
    for (const typed of ['2026年1月15日', '2026/1/15', '2026-01-15']) {
      const wrapper = mountDate(typed, 'zh-CN')
      expect(wrapper.get('[data-testid="date-reads-as"]').text()).toContain('2026年1月15日')
    }
  })
  it('shows it in English in the English interface', () => {
    expect(mountDate('2026/1/15', 'en').get('[data-testid="date-reads-as"]').text()).toContain('Jan 15, 2026')
  })
  it('invites a date in the interface language, with no English pattern in Chinese', () => {
    expect(mountDate('', 'zh-CN').get('input').attributes('placeholder')).toBe('例如2026年1月15日')
    expect(mountDate('', 'en').get('input').attributes('placeholder')).not.toMatch(/年/)
    expect(mountDate('', 'zh-CN').find('[data-testid="date-reads-as"]').exists()).toBe(false)
  })
  it('stores what it read as YYYY-MM-DD, and refuses what it cannot read', () => {
    expect(withField({}, spec, '2026年1月15日')).toEqual({ date: '2026-01-15' })
    expect(withField({}, spec, '2026/1/5')).toEqual({ date: '2026-01-05' })
    expect(fieldProblem(spec, '2026年1月15日')).toBeNull()
    expect(fieldProblem(spec, '15/01/2026')?.code).toBe('date.typed')
    expect(fieldProblem(spec, '2025/2/29')?.code).toBe('date.notReal')
  })
})
