// @vitest-environment jsdom
// The ceiling card reports signals: it cites the source article, tells the source's
// signals from the app's own rules, and gives each rule's threshold.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { summarizeCase } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'
import AssessmentCard from '@/components/AssessmentCard.vue'
import { exampleFile } from './helpers'

function card(name: string, locale: Locale) {
  const file = exampleFile(name)
  return mount(AssessmentCard, { props: { assessment: summarizeCase(file).assessment, currency: file.baseCurrency }, global: { plugins: [createAppI18n(locale)] } })
}

describe('the ceiling card', () => {
  it('harbor-tools: the source’s signs, the app’s third-party rule with its threshold, and the citation', () => {
    const wrapper = card('harbor-tools', 'en')
    expect(wrapper.get('.assessment__lead').text()).toBe('This offer shows the signs the source describes as a ceiling.')
    expect(wrapper.text()).not.toContain('put together the most that can be paid')
    const origin = (code: string) => wrapper.get(`[data-signal="${code}"]`)
    expect(origin('FAMILY_PROPERTY').attributes('data-origin')).toBe('source')
    expect(origin('FAMILY_PROPERTY').get('.signal-origin').text()).toBe('Source article')
    expect(origin('FAMILY_PROPERTY').text()).toContain('depends on a family member’s real estate (a mortgage loan or a sale)')
    expect(origin('THIRD_PARTY_MAJORITY').attributes('data-origin')).toBe('app')
    expect(origin('THIRD_PARTY_MAJORITY').get('.signal-origin').text()).toBe('App’s rule, not the source’s: family and associates pay at least 50.00% of the offer.')
    expect(wrapper.get('[data-testid="ceiling-source"]').text()).toContain('DeHeng Law Offices, Mondaq, 25 Jan 2017')
    expect(wrapper.text()).not.toMatch(/pledge|backed by/i)
  })

  it('kowloon-vanished in Chinese: shrinking concessions are the app’s rule, with its factor', () => {
    const wrapper = card('kowloon-vanished', 'zh-CN')
    expect(wrapper.get('[data-signal="CONCESSIONS_SHRINKING"] .signal-origin').text()).toBe('本应用自设规则，非德恒律师事务所文章所述：自第三次报价起，加价少于上一轮加价的25%（或未加价、降价）。')
    expect(wrapper.get('[data-testid="ceiling-source"]').text()).toContain('德恒律师事务所')
  })
})
