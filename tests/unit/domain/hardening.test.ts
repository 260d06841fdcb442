// Issue 13's smaller defects, each as the test that would have caught it.
import { describe, expect, it } from 'vitest'
import { formatDate, formatShortDate } from '@/domain'
import { issuesOf, rawCase } from './helpers'

describe('a file that is not a case file', () => {
  it('is told so, not that it comes from a newer app, whatever its version', () => {
    const issues = issuesOf({ format: 'something-else', version: 2, id: 'c', title: 'T', baseCurrency: 'USD' })
    expect(issues.map((issue) => issue.code)).toContain('file.wrongFormat')
    expect(issues.map((issue) => issue.code)).not.toContain('file.newerVersion')
  })

  it('a case file of a newer version is still told to update the app', () => {
    const issues = issuesOf({ format: 'restitution-case', version: 2, id: 'c', title: 'T', baseCurrency: 'USD' })
    expect(issues.map((issue) => issue.code)).toEqual(['file.newerVersion'])
  })
})

describe('a bad base currency', () => {
  it.each(['dollars', 'usd', 'US', ''])('%j is reported once, at baseCurrency, with no rate asked for in its terms', (base) => {
    const issues = issuesOf(rawCase({ baseCurrency: base, losses: [{ description: 'Deposit', category: 'payment', amount: '100', currency: 'USD' }] }))
    expect(issues.map((issue) => issue.path)).toEqual(['baseCurrency'])
    expect(issues.map((issue) => issue.message).join(' ')).not.toMatch(/exchange rate/)
  })

  it('with a valid base, a currency without a rate is still reported where it is used', () => {
    const issues = issuesOf(rawCase({ losses: [{ description: 'Deposit', category: 'payment', amount: '100', currency: 'GBP' }] }))
    expect(issues).toEqual([expect.objectContaining({ path: 'losses[0].currency', code: 'fx.missing', params: { currency: 'GBP', base: 'USD' } })])
  })
})

describe('dates of the years 1 to 999', () => {
  it.each([
    ['0024-05-09', 'en-US', 'May 9, 0024'],
    ['0024-05-09', 'zh-CN', '0024年5月9日'],
    ['0999-12-31', 'en-US', 'Dec 31, 0999'],
    ['0001-01-01', 'en-US', 'Jan 1, 0001'],
    ['1000-01-01', 'en-US', 'Jan 1, 1000'],
    ['2024-05-09', 'en-US', 'May 9, 2024'],
  ])('%s in %s is shown as written: %s', (iso, locale, shown) => {
    expect(formatDate(iso, locale)).toBe(shown)
  })

  it('are never read as 19xx', () => {
    for (const iso of ['0024-05-09', '0099-01-01', '0050-06-30']) {
      expect(formatDate(iso, 'en-US')).not.toMatch(/19\d\d/)
      expect(formatShortDate(iso, 'en-US')).toMatch(/^\w{3} \d+$/)
    }
  })
})
