import { describe, expect, it } from 'vitest'
import { fileNameFor } from '@/components/download'

describe('fileNameFor, the name of an exported file', () => {
  it.each([
    ['Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', 'Harbor-Tools-Ltd-v-Shenzhen-Huaxin-Trading-Co'],
    // Issue 13: a Chinese title used to vanish, leaving only the id.
    ['深圳华信贸易有限公司退赔案', '深圳华信贸易有限公司退赔案'],
    ['张伟 诈骗案（2024）', '张伟-诈骗案2024'],
    ['Café Zürich / Müller', 'Café-Zürich-Müller'],
    ['ＡＢＣ　１２３', 'ABC-123'],
    ['a/b\\c:d*e?f"g<h>i|j', 'abcdefghij'],
    ['CON', 'CON-case'],
    ['...', 'case-1'],
    ['', 'case-1'],
  ])('names %j as %j', (title, name) => {
    expect(fileNameFor(title, 'case-1')).toBe(name)
  })

  it('keeps at most 60 characters and never cuts a character in half', () => {
    const name = fileNameFor('𠀀'.repeat(100), 'case-1')
    expect([...name]).toHaveLength(60)
    expect(name).toBe('𠀀'.repeat(60))
  })
})
