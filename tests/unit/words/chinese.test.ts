import { describe, expect, it } from 'vitest'
import { Dec } from '@/domain/money/decimal'
import { chineseCapitals, chineseCurrencyName, chineseMoney, chineseNumeral, chineseRange, chineseThresholdPercent, tidyChinese } from '@/domain/words/chinese'
import { formatterFor } from '@/domain/words/words'

describe('Chinese money (issue 22: amount, then the currency word; never ¥)', () => {
  it('writes RMB as 人民币…元 and other currencies with their word after the figure', () => {
    expect(chineseMoney(new Dec('300000'), 'CNY')).toBe('人民币300,000.00元')
    expect(chineseMoney(new Dec('131575'), 'USD')).toBe('131,575.00美元')
    expect(chineseMoney(new Dec('2500.5'), 'EUR')).toBe('2,500.50欧元')
    expect(chineseMoney(new Dec('440000'), 'HKD')).toBe('港币440,000.00元')
    expect(chineseMoney(new Dec('1235'), 'JPY')).toBe('1,235日元')
  })
  it('rounds half-up to the minor units, from the exact decimal', () => {
    expect(chineseMoney(new Dec('0.005'), 'CNY')).toBe('人民币0.01元')
    expect(chineseMoney(new Dec('999999999999999.995'), 'CNY')).toBe('人民币1,000,000,000,000,000.00元')
  })
  it('says a negative figure in words, not with a sign lost in the text', () => {
    expect(chineseMoney(new Dec('-20'), 'USD')).toBe('负20.00美元')
  })
  it('is what the Chinese formatter gives for money, in every currency', () => {
    const zh = formatterFor('zh-CN')
    expect(zh.money(new Dec('300000'), 'CNY')).toBe('人民币300,000.00元')
    expect(zh.money(new Dec('196260'), 'USD')).not.toMatch(/US\$|¥|€/)
    expect(formatterFor('en-US').money(new Dec('300000'), 'CNY')).toBe('CNY 300,000.00')
  })
  it('names a currency it has no word for by Intl, or by its code', () => {
    expect(chineseCurrencyName('VND')).toBe('越南盾')
    expect(chineseCurrencyName('XTS')).toMatch(/^\S+$/)
  })
})

describe('amounts in capitals (大写)', () => {
  it('writes whole amounts with 整', () => {
    expect(chineseCapitals(new Dec('300000'), 'CNY')).toBe('人民币叁拾万元整')
    expect(chineseCapitals(new Dec('1000000'), 'CNY')).toBe('人民币壹佰万元整')
    expect(chineseCapitals(new Dec('1010'), 'CNY')).toBe('人民币壹仟零壹拾元整')
  })
  it('writes 角 and 分, with 零 where a place is empty', () => {
    expect(chineseCapitals(new Dec('131575.5'), 'USD')).toBe('美元壹拾叁万壹仟伍佰柒拾伍元伍角整')
    expect(chineseCapitals(new Dec('100010.05'), 'CNY')).toBe('人民币壹拾万零壹拾元零伍分')
    expect(chineseCapitals(new Dec('0.5'), 'CNY')).toBe('人民币伍角整')
  })
  it('rounds half-up before writing', () => {
    expect(chineseCapitals(new Dec('12.345'), 'CNY')).toBe('人民币壹拾贰元叁角伍分')
    expect(chineseCapitals(new Dec('0'), 'CNY')).toBe('人民币零元整')
  })
  it('keeps every digit of a 15-digit amount (no JavaScript number in between)', () => {
    expect(chineseCapitals(new Dec('987654321012345.67'), 'CNY')).toBe('人民币玖佰捌拾柒万陆仟伍佰肆拾叁亿贰仟壹佰零壹万贰仟叁佰肆拾伍元陆角柒分')
  })
})

describe('numerals, percentages, ranges, spacing', () => {
  it('numbers articles as statutes do', () => {
    expect(chineseNumeral(156)).toBe('一百五十六')
    expect(chineseNumeral(110)).toBe('一百一十')
    expect(chineseNumeral(10)).toBe('十')
    expect(chineseNumeral(266)).toBe('二百六十六')
    expect(chineseNumeral(91)).toBe('九十一')
  })
  it('writes a threshold without trailing zeros', () => {
    expect(chineseThresholdPercent(new Dec('0.5'))).toBe('50%')
    expect(chineseThresholdPercent(new Dec('0.8'))).toBe('80%')
    expect(chineseThresholdPercent(new Dec('0.125'))).toBe('12.5%')
  })
  it('joins a range with 至', () => {
    expect(chineseRange('3,000元', '10,000元')).toBe('3,000元至10,000元')
  })
  it('takes out spaces between Chinese and figures and after full-width punctuation, keeping Latin words apart', () => {
    expect(tidyChinese('第 105 条')).toBe('第105条')
    expect(tidyChinese('2026年12月15日 签署')).toBe('2026年12月15日签署')
    expect(tidyChinese('已过 429 日。 其余')).toBe('已过429日。其余')
    expect(tidyChinese('尚未弥补的损失 120,082.71美元')).toBe('尚未弥补的损失120,082.71美元')
    expect(tidyChinese('甲方 Harbor Tools Ltd 签字')).toBe('甲方 Harbor Tools Ltd 签字')
    expect(tidyChinese('Seller offer 2 rose')).toBe('Seller offer 2 rose')
  })
})
