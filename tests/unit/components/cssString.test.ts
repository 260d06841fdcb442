import { describe, expect, it } from 'vitest'
import { cssString } from '@/components/cssString'

describe('cssString, for text put into CSS (the printed footer carries the case title)', () => {
  it.each([
    ['Harbor Tools v. Huaxin', 'Harbor Tools v\\2e  Huaxin'],
    ['"quoted"', '\\22 quoted\\22 '],
    ['a\\b', 'a\\5c b'],
    ['谅解书', '谅解书'],
  ])('keeps %j as one string', (text, inner) => {
    expect(cssString(text)).toBe(`"${inner}"`)
  })

  it('cannot be ended early by a form feed, a newline or a brace', () => {
    const hostile = 'Case\f}} .memo{display:none} @page{@bottom-left{content:"'
    const css = cssString(hostile)
    expect(css.slice(1, -1)).not.toMatch(/["{}\f\n\r;:@]/)
  })

  it('reads back as the same text in a browser-like parse', () => {
    const text = 'Zhang & Li "Ltd."\n(2024)'
    const parsed = cssString(text)
      .slice(1, -1)
      .replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    expect(parsed).toBe(text)
  })
})
