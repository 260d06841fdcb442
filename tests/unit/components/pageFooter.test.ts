// The memo's footer: one line, the title shortened with an ellipsis when it would not fit.
import { describe, expect, it } from 'vitest'
import { FOOTER_WIDTH, footerText, pageFooterCss, shorten, textWidth } from '@/components/memo/pageFooter'
import { wordsIn } from '../../e2e/pdf'

describe('the printed width of a text', () => {
  it.each([
    ['abc', 3],
    ['合计', 4],
    ['A', 1.3],
    ['i.', 1.2],
  ])('%s is %s', (text, width) => {
    expect(textWidth(text)).toBeCloseTo(width)
  })
})

describe('shortening', () => {
  it('leaves a text that fits', () => {
    expect(shorten('Harbor Tools Ltd', 40)).toBe('Harbor Tools Ltd')
  })
  it('cuts a long one and ends it with an ellipsis, within the width', () => {
    const cut = shorten('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', 20)
    expect(cut.endsWith('…')).toBe(true)
    expect(textWidth(cut)).toBeLessThanOrEqual(20)
    expect(cut).toBe('Harbor Tools Ltd v.…')
  })
  it('counts Chinese characters double', () => {
    expect(shorten('深圳华信贸易有限公司涉嫌合同诈骗案', 10)).toBe('深圳华信…')
  })
})

describe('the footer', () => {
  const both = [wordsIn('en'), wordsIn('zh-CN')]
  it('carries the title and the as-of date in every language, and fits one line', () => {
    const { left, pageTemplate } = footerText('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', '2024-07-15', both)
    expect(left).toBe('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co. · As of Jul 15, 2024 · 截至2024年7月15日')
    expect(pageTemplate).toBe('Page \u0001 of \u0002 · 第\u0001页，共\u0002页')
    expect(textWidth(left) + textWidth(pageTemplate)).toBeLessThan(FOOTER_WIDTH)
  })
  it('shortens a long title so the whole footer stays within one line', () => {
    const title = 'Harbor Tools Ltd and its insurers Pacific Marine Mutual and Lloyd’s syndicate 2987 v. Shenzhen Huaxin Trading Co., Ltd. and others'
    const { left, pageTemplate } = footerText(title, '2024-07-15', both)
    expect(left).toMatch(/^Harbor Tools Ltd and its insurers.*… · As of Jul 15, 2024 · 截至2024年7月15日$/)
    // eslint-disable-next-line no-control-regex -- the markers stand for the page counters
    expect(textWidth(left) + textWidth(pageTemplate.replace(/[\u0001\u0002]/g, '99'))).toBeLessThanOrEqual(FOOTER_WIDTH)
  })
  it('writes CSS that a title cannot break out of', () => {
    const css = pageFooterCss('A"; } body { display: none } @page { x: "', '2024-07-15', [wordsIn('en')])
    expect(css).not.toContain('display: none }')
    expect(css).toContain('counter(page)')
    expect(css).toContain('white-space: nowrap')
  })
})
