// @vitest-environment jsdom
// The ceiling estimated on screen (issue 20): the projection panel with each side's
// trend, the meeting or the stall and the midpoint rules; the stage clock; the app's
// reading under the contract's assessment, which it leaves as it is.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { appReading, type CaseView } from '@/domain'
import { allCatalogues, createAppI18n, type Locale } from '@/i18n'
import ProjectionPanel from '@/components/analysis/ProjectionPanel.vue'
import AssessmentCard from '@/components/AssessmentCard.vue'
import { criminalExample, example } from '../../support/examples'
import { rawKeysIn } from '../helpers'
import { talks } from '../../support/talks'


const mountPanel = (view: CaseView, locale: Locale = 'en', today = '2024-06-05') =>
  mount(ProjectionPanel, { props: { view, today }, global: { plugins: [createAppI18n(locale)] } })

describe.each(['en', 'zh-CN'] as const)('the projection panel in %s', (locale) => {
  const catalogue = allCatalogues()[locale] as Record<string, unknown>
  it('shows where the sides meet, with each side slowing and its limit', () => {
    const wrapper = mountPanel(talks(['100000', '200000', '280000', '344000'], ['600000', '500000', '450000', '425000']), locale)
    const sides = wrapper.findAll('[data-testid="projection-side"]')
    expect(sides.map((s) => [s.attributes('data-side'), s.attributes('data-state'), s.attributes('data-limit')])).toEqual([
      ['seller', 'slowing', '600000.00000000'],
      ['buyer', 'slowing', '400000.00000000'],
    ])
    const outcome = wrapper.get('[data-testid="projection-outcome"]')
    expect([outcome.attributes('data-kind'), outcome.attributes('data-value')]).toEqual(['meet', '421205.00000000'])
    expect(outcome.text()).toContain(locale === 'en' ? 'round 6' : '第6轮')
    expect(wrapper.findAll('[data-testid="projection-midpoint"]')).toHaveLength(3)
    expect(rawKeysIn(wrapper.text(), catalogue)).toEqual([])
  })
  it('shows a stall with its gap', () => {
    const wrapper = mountPanel(talks(['100000', '180000', '220000', '240000'], ['400000', '360000', '340000', '330000']), locale)
    const outcome = wrapper.get('[data-testid="projection-outcome"]')
    expect([outcome.attributes('data-kind'), outcome.attributes('data-value')]).toEqual(['stall', '60000.00000000'])
    expect(outcome.text()).toContain(locale === 'en' ? '$60,000.00 apart' : '相差60,000.00美元')
  })
  it('says what is missing and names a retreat, with no figure', () => {
    const wrapper = mountPanel(talks(['100000', '200000', '250000', '240000'], ['900000']), locale)
    const [seller, buyer] = wrapper.findAll('[data-testid="projection-side"]')
    expect([seller?.attributes('data-state'), seller?.attributes('data-limit'), buyer?.attributes('data-state')]).toEqual(['broken', '', 'missing'])
    expect(wrapper.findAll('[data-testid="projection-named"]')).toHaveLength(1)
    expect(wrapper.get('[data-testid="projection-outcome"]').attributes('data-kind')).toBe('unknown')
  })
  it('shows the stage clock: the current stage, the next deadline and the days left, and the sentence on timing', () => {
    const wrapper = mountPanel(criminalExample().view, locale, '2024-05-18')
    const clock = wrapper.get('[data-testid="stage-clock"]')
    expect([clock.attributes('data-next'), clock.attributes('data-days-left')]).toEqual(['2024-07-10', '53'])
    expect(clock.text()).toContain(locale === 'en' ? '53 days left' : '还剩53日')
    expect(clock.get('[data-testid="stage-clock-timing"]').text()).toContain(locale === 'en' ? 'No percentage is put on a stage' : '不对各阶段给出百分比')
    expect(clock.text()).not.toMatch(/\d+(\.\d+)?\s?%/)
  })
})

describe('the app’s reading under the assessment card', () => {
  it.each(['en', 'zh-CN'] as const)('in %s: the contract’s level stays, the app’s reading lowers it for untapped equity', (locale) => {
    const { view } = example('harbor-tools')
    const wrapper = mount(AssessmentCard, {
      props: { assessment: view.summary.assessment, currency: view.base, reading: appReading(view, '2024-05-18'), today: '2024-05-18' },
      global: { plugins: [createAppI18n(locale)] },
    })
    expect(wrapper.get('[data-testid="assessment"]').attributes('data-level')).toBe('likely')
    expect(wrapper.findAll('li[data-signal]')).toHaveLength(4)
    const reading = wrapper.get('[data-testid="app-reading"]')
    expect([reading.attributes('data-level'), reading.attributes('data-contract-level')]).toEqual(['possible', 'likely'])
    expect(reading.findAll('li[data-app-signal]').map((li) => li.attributes('data-app-signal'))).toEqual(['HEADROOM', 'DECLARED_FINAL', 'GOOD_UNTIL'])
    expect(reading.text()).toContain(locale === 'en' ? '$33,333.33 of equity' : '33,333.33美元的净值')
    expect(reading.text()).toContain(locale === 'en' ? 'The app’s rule: untapped equity of at least 10.00% of the loss ($9,041.88)' : '损失的10%（9,041.88美元）')
  })
  it('is left out when no reading is given (the what-if card)', () => {
    const { view } = example('harbor-tools')
    const wrapper = mount(AssessmentCard, { props: { assessment: view.summary.assessment, currency: view.base }, global: { plugins: [createAppI18n('en')] } })
    expect(wrapper.find('[data-testid="app-reading"]').exists()).toBe(false)
  })
})
