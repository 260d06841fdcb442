// Short money, as a chart's axis writes it: the domain's one money formatter, so a tick
// names its currency as every other amount on screen and in the memo does.
import { describe, expect, it } from 'vitest'
import { Dec, formatCompactMoney, formatMoney } from '@/domain'

describe('formatCompactMoney', () => {
  it.each([
    ['40000', 'USD', 'en', '$40K'],
    ['12500', 'USD', 'en', '$12.5K'],
    ['400000', 'HKD', 'en', 'HK$400K'],
    ['1250000', 'EUR', 'en', '€1.3M'],
    ['0', 'USD', 'en', '$0'],
    ['186000', 'USD', 'zh-CN', '18.6万美元'],
    ['250000', 'CNY', 'zh-CN', '人民币25万元'],
    ['440000', 'HKD', 'zh-CN', '港币44万元'],
    ['5000', 'EUR', 'zh-CN', '5000欧元'],
    ['-20000', 'USD', 'zh-CN', '负2万美元'],
  ])('%s %s in %s is %s', (figure, currency, locale, shown) => {
    expect(formatCompactMoney(figure, currency, locale)).toBe(shown)
  })

  it('writes the yuan by its code in English and with its words in Chinese, as every other amount does', () => {
    const short = formatCompactMoney('250000', 'CNY', 'en')
    expect(short).toBe('CNY 250K')
    expect(formatMoney(new Dec('250000'), 'CNY', 'en').startsWith('CNY ')).toBe(true)
    // The currency's place and word match the full figure's: 人民币…元 around the figure, 美元 after it.
    expect(formatMoney(new Dec('250000'), 'CNY', 'zh-CN')).toMatch(/^人民币.*元$/)
    expect(formatMoney(new Dec('186000'), 'USD', 'zh-CN')).toMatch(/美元$/)
  })
})
