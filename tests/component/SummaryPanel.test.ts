// @vitest-environment jsdom
// The summary panel: every figure of issue 3 in the base currency's own minor units,
// ratios as percentages, and the assessment level as a hook for automated checks.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { Dec, formatMoney, formatPercent, isolate as u, summarizeCase, type CaseFile } from '@/domain'
import { createAppI18n } from '@/i18n'
import SummaryPanel from '@/components/SummaryPanel.vue'
import { exampleFile, expectedFigures, viewOf, yenCase } from './helpers'

const MONEY = ['loss-total', 'cost-total', 'received-total', 'outstanding', 'latest-offer-total', 'best-offer-total', 'gap', 'midpoint']
const RATIOS = ['recovered-ratio', 'net-recovered-ratio', 'latest-offer-ratio', 'lift']

function mountPanel(file: CaseFile, locale: 'en' | 'zh-CN' = 'en') {
  return mount(SummaryPanel, { props: { view: viewOf(file) }, global: { plugins: [createAppI18n(locale)] } })
}

const text = (wrapper: ReturnType<typeof mountPanel>, testid: string) => wrapper.get(`[data-testid="${testid}"]`).text().trim()

describe('the summary panel', () => {
  it('shows every figure of the harbor-tools example in US dollars with cents, and the level', () => {
    const wrapper = mountPanel(exampleFile('harbor-tools'))
    const expected = expectedFigures('harbor-tools')
    const latest = expected.offers.find((offer) => offer.id === expected.latestOffer)!
    const best = expected.offers.find((offer) => offer.id === expected.bestOffer)!
    const want: Record<string, string> = {
      'loss-total': expected.lossTotal as string,
      'cost-total': expected.costTotal as string,
      'received-total': expected.receivedTotal as string,
      outstanding: expected.outstanding as string,
      'recovered-ratio': expected.recoveredRatio as string,
      'net-recovered-ratio': expected.netRecoveredRatio as string,
      'latest-offer-total': latest.total,
      'latest-offer-ratio': latest.ratio!,
      'best-offer-total': best.total,
      gap: expected.gap as string,
      midpoint: expected.midpoint as string,
      lift: expected.lift as string,
    }
    // On screen each of the contract's figures is its exact value rounded (case-format.md, section 2):
    // outstanding $27,918.8356 shows as $27,918.84. The memo foots instead (docs/figures-that-foot.md).
    for (const testid of MONEY) {
      expect(text(wrapper, testid), testid).toBe(formatMoney(new Dec(want[testid]!), 'USD', 'en'))
      expect(text(wrapper, testid), testid).toMatch(/^-?\$[\d,]+\.\d\d$/)
    }
    expect(text(wrapper, 'outstanding')).toBe('$27,918.84')
    for (const testid of RATIOS) {
      expect(text(wrapper, testid), testid).toBe(formatPercent(new Dec(want[testid]!), 'en'))
      expect(text(wrapper, testid), testid).toMatch(/^-?[\d,]+\.\d\d%$/)
    }
    expect(text(wrapper, 'loss-total')).toBe('$90,418.83')
    expect(text(wrapper, 'recovered-ratio')).toBe('69.12%')
    expect(text(wrapper, 'lift')).toBe('400.00%')
    expect(wrapper.get('[data-testid="assessment"]').attributes('data-level')).toBe('likely')
    for (const testid of [...MONEY, ...RATIOS]) expect(wrapper.get(`[data-testid="${testid}"]`).attributes('data-value'), testid).toBe(want[testid])
  })

  it('shows yen without decimals, rounding half up', () => {
    const file = yenCase()
    const wrapper = mountPanel(file)
    const summary = summarizeCase(file)
    for (const testid of MONEY) expect(text(wrapper, testid), testid).toMatch(/^-?¥[\d,]+$/)
    // 1,234,567.5 JPY + 25.25 USD at 0.0067 per yen = 1,238,336.15… JPY exactly, shown rounded as the
    // contract says (the memo, which foots, would print ¥1,234,568 + ¥3,769 = ¥1,238,337).
    expect(text(wrapper, 'loss-total')).toBe('¥1,238,336')
    expect(wrapper.get('[data-testid="loss-total"]').attributes('data-value')).toBe(summary.lossTotal.toDecimalPlaces(8).toFixed(8))
    expect(text(wrapper, 'outstanding')).toBe(formatMoney(summary.outstanding, 'JPY', 'en'))
    expect(text(wrapper, 'received-total')).toBe('¥100,001')
    expect(text(wrapper, 'cost-total')).toBe('¥50,001')
    expect(text(wrapper, 'latest-offer-total')).toBe('¥700,001')
    expect(text(wrapper, 'best-offer-total')).toBe('¥700,001')
    for (const testid of RATIOS) expect(text(wrapper, testid), testid).toMatch(/^-?[\d,]+\.\d\d%$/)
    expect(wrapper.get('[data-testid="assessment"]').attributes('data-level')).toMatch(/^(likely|possible|not-indicated)$/)
  })

  it('shows a dash for figures a case without offers does not have, and not-indicated', () => {
    const wrapper = mountPanel(exampleFile('empty'))
    for (const testid of ['latest-offer-total', 'latest-offer-ratio', 'best-offer-total', 'gap', 'midpoint', 'lift']) expect(text(wrapper, testid), testid).toBe('—')
    expect(text(wrapper, 'loss-total')).toBe(formatMoney(new Dec(0), 'CNY', 'en'))
    expect(wrapper.get('[data-testid="assessment"]').attributes('data-level')).toBe('not-indicated')
  })

  it('formats for the chosen language', () => {
    const wrapper = mountPanel(exampleFile('harbor-tools'), 'zh-CN')
    expect(text(wrapper, 'loss-total')).toBe('90,418.83美元')
    expect(wrapper.text()).toContain('摘要')
  })

  it('lists who pays the latest offer with relations, and the property pledges', () => {
    const wrapper = mountPanel(exampleFile('harbor-tools'))
    const contributions = wrapper.get('[data-testid="contributions"]').text()
    expect(contributions).toContain('Zhang Jun')
    expect(contributions).toContain(`${u('Zhang Jun')} (father or mother)`)
    expect(contributions).toContain('immediate family')
    expect(contributions).toContain('Li Na')
    expect(contributions).toContain(`${u('Li Na')} (cousin)`)
    expect(contributions).toContain('extended family')
    expect(wrapper.get('[data-testid="pledges"]').text()).toContain('Two-bedroom flat')
  })

  it('warns of an over-pledged property', () => {
    const file = structuredClone(exampleFile('harbor-tools'))
    const offer = file.offers.find((o) => o.id === 'o3')
    if (offer?.from !== 'seller') throw new Error('o3 is a seller offer')
    offer.components[1]!.amount = '5000000'
    const wrapper = mountPanel(file)
    expect(wrapper.find('[data-testid="over-pledged"]').exists()).toBe(true)
  })

  it('lists each side’s changes as shown, signed from the domain, with the exact change in data-value', () => {
    const wrapper = mountPanel(exampleFile('harbor-tools'))
    // The totals show as $13,888.89 → $41,666.67 → $69,444.44: each change is the difference of those.
    expect(text(wrapper, 'concession-per-round')).toBe('+$27,777.78 → +$27,777.77')
    expect(text(wrapper, 'buyer-movement')).toBe('−$10,085.50')
    const values = wrapper.get('[data-testid="concession-per-round"]').findAll('[data-value]').map((span) => span.attributes('data-value'))
    expect(values).toEqual(['27777.77777778', '27777.77777778'])
    expect(wrapper.get('[data-testid="buyer-movement"] [data-value]').attributes('data-value')).toBe('-10085.50000000')
  })
})
