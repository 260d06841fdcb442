import { describe, expect, it } from 'vitest'
import { readDate } from '@/domain'

describe('a date as it is typed (issue 22)', () => {
  it.each([
    ['2026-01-15', '2026-01-15'],
    ['2026-1-5', '2026-01-05'],
    ['2026/1/15', '2026-01-15'],
    ['2026.01.15', '2026-01-15'],
    ['2026年1月15日', '2026-01-15'],
    ['2026 年 1 月 15 日', '2026-01-15'],
    ['2026年1月15', '2026-01-15'],
    ['２０２６／１／１５', '2026-01-15'],
    ['  2024-02-29 ', '2024-02-29'],
  ])('reads %s as %s', (typed, iso) => {
    expect(readDate(typed)).toEqual({ ok: true, date: iso })
  })
  it('refuses what is not a date, saying how to type one', () => {
    for (const typed of ['15/01/2026', '01/15/2026', 'tomorrow', '2026-01', '20260115'])
      expect(readDate(typed)).toMatchObject({ ok: false, problem: { code: 'date.typed' } })
  })
  it('refuses a month or a day that does not exist, quoting what was typed', () => {
    expect(readDate('2026年13月1日')).toMatchObject({ ok: false, problem: { code: 'date.month', params: { month: '13' } } })
    expect(readDate('2025/2/29')).toMatchObject({ ok: false, problem: { code: 'date.notReal', params: { date: '2025/2/29' } } })
  })
})
