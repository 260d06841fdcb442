// Chinese as a PRC lawyer writes figures (issue 22): money as 人民币300,000.00元 or
// 131,575.00美元 (amount, then the currency's word; ¥ is also the yen's sign), the amount
// in capitals for a document (人民币叁拾万元整), articles in Chinese numerals
// (第一百五十六条), ranges with 至, percentages of a threshold without trailing zeros,
// and no space between Chinese text and a figure. The capitals and numerals come from
// `nzh`, given the exact decimal text, never a JavaScript number.
import nzh from 'nzh/cn'
import { Dec } from '../money/decimal'
import { minorUnits } from '../money/formatRounded'
import { formatMoney, roundMoney } from '../money/money'
import { YUAN_UNITS, chineseCurrencyName } from './chineseCurrency'

export { chineseCurrencyName }

/** Money in Chinese text: 人民币300,000.00元, 131,575.00美元, 港币440,000.00元; rounded half-up to the currency's minor units. */
export function chineseMoney(value: Dec, currency: string): string {
  return formatMoney(value, currency, 'zh-CN')
}

/**
 * The amount in Chinese capitals (大写), as a cheque or an agreement writes it:
 * 人民币叁拾万元整, 美元壹拾叁万壹仟伍佰柒拾伍元伍角. Rounded half-up to two decimals at most.
 */
export function chineseCapitals(value: Dec, currency: string): string {
  const rounded = roundMoney(value.abs(), currency)
  const units = Math.min(minorUnits(currency), 2)
  const text = rounded.toDecimalPlaces(units, Dec.ROUND_HALF_UP).toFixed(units)
  let capitals = rounded.isZero() ? '零元' : nzh.toMoney(text, { outSymbol: false })
  // 整 after 元 (and, by the usual practice, after 角) when nothing smaller follows.
  if (!capitals.endsWith('整') && !capitals.endsWith('分')) capitals += '整'
  const name = YUAN_UNITS[currency] ?? chineseCurrencyName(currency)
  return `${name}${capitals}`
}

/** An integer in Chinese numerals as statutes number their articles: 156 → 一百五十六, 10 → 十, 110 → 一百一十. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n)
  return nzh.encodeS(n)
}

/** A percentage of a threshold without trailing zeros: 0.5 → 50%, 0.125 → 12.5%. */
export function chineseThresholdPercent(ratio: Dec): string {
  return `${ratio.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()}%`
}

/** A range as Chinese writes it: 3,000元至10,000元. */
export function chineseRange(from: string, to: string): string {
  return `${from}至${to}`
}

const HAN = '\\p{Script=Han}'
const FULL_WIDTH = '，。：；、！？（）《》〈〉【】“”‘’'
const ISOLATES = '\\u2066-\\u2069'
// A space between Chinese (or full-width punctuation) and a figure, or after full-width punctuation.
const SPACE_AFTER = new RegExp(`([${HAN}${FULL_WIDTH}])[ \\u00a0]+(?=[${HAN}${FULL_WIDTH}0-9${ISOLATES}])`, 'gu')
const SPACE_BEFORE = new RegExp(`([0-9${ISOLATES}%])[ \\u00a0]+(?=[${HAN}${FULL_WIDTH}])`, 'gu')
const SPACE_AFTER_FULL_WIDTH = new RegExp(`([${FULL_WIDTH}])[ \\u00a0]+`, 'gu')

/**
 * Chinese text set as a formal document sets it: no space between Chinese and a figure or a
 * date, none after full-width punctuation. A space between Chinese and a Latin word (a name) stays.
 */
export function tidyChinese(text: string): string {
  return text.replace(SPACE_AFTER_FULL_WIDTH, '$1').replace(SPACE_AFTER, '$1').replace(SPACE_BEFORE, '$1')
}
