// Amounts as the case file states them (exact decimal text), worded by the domain in either
// language: what lists, the memo and the forms show without parsing anything themselves.
import { describe, expect, it } from 'vitest'
import { statedMoney, statedPercent } from '@/domain'
import { wordsFor } from '../../support/words'

const en = wordsFor('en')
const zh = wordsFor('zh-CN')

describe('stated amounts', () => {
  it.each([
    ['300000', 'CNY', 'CNY 300,000.00', '人民币300,000.00元'],
    ['34722.225', 'USD', '$34,722.23', '34,722.23美元'],
    ['1234.5', 'JPY', '¥1,235', '1,235日元'],
    ['440000', 'HKD', 'HK$440,000.00', '港币440,000.00元'],
  ])('%s %s reads %s and %s', (amount, currency, english, chinese) => {
    expect(statedMoney(amount, currency, en)).toBe(english)
    expect(statedMoney(amount, currency, zh)).toBe(chinese)
  })

  it('a stated ratio is a percentage', () => {
    expect(statedPercent('0.7', en)).toBe('70.00%')
    expect(statedPercent('0.7', zh)).toBe('70.00%')
  })
})
