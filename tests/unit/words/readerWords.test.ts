// Words that follow the reader's language (issue 22): a currency by its name in Chinese and
// by its code in English; an app's threshold without trailing zeros in Chinese.
import { describe, expect, it } from 'vitest'
import { Dec } from '@/domain/money/decimal'
import { currencyWord, thresholdPercent } from '@/domain/words/phrases'
import { formatterFor } from '@/domain/words/words'

const words = (locale: string) => ({ ...formatterFor(locale), text: (key: string) => key })

describe('a currency where a name belongs', () => {
  it.each([
    ['USD', 'zh-CN', '美元'],
    ['CNY', 'zh-CN', '人民币'],
    ['EUR', 'zh-CN', '欧元'],
    ['USD', 'en', 'USD'],
  ])('%s in %s reads %s', (code, locale, word) => {
    expect(currencyWord(code, { locale })).toBe(word)
  })
})

describe('a threshold the app sets', () => {
  it('reads 50% and 25% in Chinese, as English formats it in English', () => {
    expect(thresholdPercent(new Dec('0.5'), words('zh-CN'))).toBe('50%')
    expect(thresholdPercent(new Dec('0.25'), words('zh-CN'))).toBe('25%')
    expect(thresholdPercent(new Dec('0.125'), words('zh-CN'))).toBe('12.5%')
    expect(thresholdPercent(new Dec('0.5'), words('en'))).toBe(formatterFor('en').percent(new Dec('0.5')))
  })
})
