import { describe, expect, it } from 'vitest'
import { figureRuns } from '@/domain/words/figureRuns'

const figures = (text: string) => figureRuns(text).filter((run) => run.figure).map((run) => run.text)

describe('figures kept whole on a line (issue 22, item 8)', () => {
  it('finds Chinese money with its currency words, dates and percentages', () => {
    expect(figures('乙方于2026年12月15日向甲方支付人民币300,000.00元，折合41,550.00美元（76.8%）。')).toEqual([
      '2026年12月15日',
      '人民币300,000.00元',
      '41,550.00美元',
      '76.8%',
    ])
    expect(figures('尚未弥补的损失负20.00美元；18.6万美元；12月15日')).toEqual(['负20.00美元', '18.6万美元', '12月15日'])
    expect(figures('2,500.00越南盾')).toEqual(['2,500.00越南盾'])
  })
  it('gives the text back unchanged when joined, and leaves English alone', () => {
    for (const text of ['Paid $1,000.00 on Dec 15, 2026.', '人民币300,000.00元', '', '无数字', '第一百五十六条'])
      expect(figureRuns(text).map((run) => run.text).join('')).toBe(text)
    expect(figures('无数字')).toEqual([])
    expect(figureRuns('cash CNY 200,000.00')).toEqual([{ text: 'cash CNY 200,000.00', figure: false }])
  })
})
