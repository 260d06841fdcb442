// The projection as a spreadsheet table (issue 20): one row per figure, money in plain
// digits rounded half-up, and nothing left live for a formula.
import { describe, expect, it } from 'vitest'
import { projectionCsv, projectionSheet } from '@/domain'
import { criminalExample } from '../../support/examples'
import { readCsv } from '../../support/csv'
import { wordsFor } from '../../support/words'

describe('the projection CSV', () => {
  const { view } = criminalExample()
  // Midpoints: (CNY 100,000 / 7.2 + $90,085.50) / 2 and (CNY 500,000 / 7.2 + $80,000) / 2.
  it('lists each side’s trend, the outcome, the midpoint rules, the untapped equity and the next deadline', () => {
    const sheet = projectionSheet(view, '2024-05-18', wordsFor('en'))
    expect(sheet.header).toEqual(['Figure', 'Side', 'Value', 'Range low', 'Range high', 'Note'])
    const byFigure = sheet.rows.map((row) => [row[0], row[1], row[2]])
    expect(byFigure).toEqual([
      ['Trend', 'Seller’s side', 'not slowing'],
      ['ρ (each move about this share of the one before)', 'Seller’s side', '1'],
      ['Trend', 'Buyer', 'too few moves'],
      ['Outcome', '', ''],
      ['Midpoint of the first offer and demand', '', '51987.19'],
      ['Midpoint of the latest offer and demand', '', '74722.22'],
      ['Untapped equity', '', '33333.33'],
      ['Next deadline', '', '2024-07-10'],
    ])
  })
  it('is the same table in Chinese, with the sides named as a Chinese lawyer names them', () => {
    const rows = readCsv(projectionCsv(view, '2024-05-18', wordsFor('zh-CN')))
    expect(rows[0]).toEqual(['项目', '一方', '数值', '区间下限', '区间上限', '说明'])
    expect(rows.slice(1).map((row) => row[1])).toEqual(['犯罪嫌疑人方', '犯罪嫌疑人方', '被害方', '', '', '', '', ''])
  })
})
