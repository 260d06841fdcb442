// A draft's dates, sums and long numbers are kept whole on paper.
import { describe, expect, it } from 'vitest'
import { keepTogether } from '@/components/drafts/keepTogether'

const kept = (text: string) => keepTogether(text).filter((piece) => piece.keep).map((piece) => piece.text)

describe('the figures a draft keeps on one line', () => {
  it('keeps Chinese dates and sums, English dates and sums, ID numbers and credit codes', () => {
    expect(kept('徐兰英支付人民币184,182.50元（大写：…），不晚于2027年1月29日（含当日）支付。')).toEqual(['人民币184,182.50元', '2027年1月29日'])
    expect(kept('折合131,575.00美元。')).toEqual(['131,575.00美元'])
    expect(kept('Xu Lanying pays RMB 184,182.50, no later than Jan 29, 2027 (that day included).')).toEqual(['RMB 184,182.50', 'Jan 29, 2027'])
    expect(kept('统一社会信用代码：91330702MA2D4K8Q1P，身份证号码：330702198503150018')).toEqual(['91330702MA2D4K8Q1P', '330702198503150018'])
  })

  it('gives the whole text back in its pieces', () => {
    const text = '被害单位已于2026年11月25日收讫人民币300,000.00元。'
    expect(keepTogether(text).map((piece) => piece.text).join('')).toBe(text)
    expect(keepTogether('无数字')).toEqual([{ text: '无数字', keep: false }])
  })
})
