// The ceiling estimated in Chromium (issue 20): a stalled negotiation of the criminal
// worked example shows its figures (each side's trend, the stall gap, the app's reading),
// the chart's marks (the ceiling's range, the stall, the next deadline) and the stage
// clock, in English and in Chinese, with no serious accessibility violation.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors, screenshotOf } from './browser'
import { seriousViolations } from './axe'
import { importFile } from './ui'
import { Dec } from '../../src/domain'

const cents = (value: string | null) => (value ? new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) : null)

const CRIMINAL = resolve(import.meta.dirname, '../fixtures/criminal/harbor-tools-criminal.case.json')

/**
 * The criminal example with talks that stall: the seller's side raises CNY 80,000, 40,000, 20,000
 * ($11,111.11, $5,555.56, $2,777.78: ρ = 0.5, ceiling $33,333.33 + $2,777.78 = $36,111.11); the
 * buyer lowers $10,000, $5,000, $2,500 (ρ = 0.5, floor $72,500 − $2,500 = $70,000): $33,888.89 apart.
 */
function stalledCase(): string {
  const file = JSON.parse(readFileSync(CRIMINAL, 'utf8')) as Record<string, unknown> & { extra: { tracker: Record<string, unknown> } }
  const cash = (partyId: string, amount: string) => ({ partyId, kind: 'cash', amount, currency: 'CNY' })
  file.offers = [
    { id: 'o1', from: 'seller', date: '2024-05-03', status: 'rejected', components: [cash('huaxin', '100000')] },
    { id: 'd1', from: 'buyer', date: '2024-05-04', status: 'countered', amount: '90000', currency: 'USD' },
    { id: 'o2', from: 'seller', date: '2024-05-09', status: 'rejected', components: [cash('zhang-wei', '180000')] },
    { id: 'd2', from: 'buyer', date: '2024-05-10', status: 'countered', amount: '80000', currency: 'USD' },
    { id: 'o3', from: 'seller', date: '2024-05-16', status: 'rejected', components: [cash('zhang-wei', '120000'), cash('zhang-jun', '100000')] },
    { id: 'd3', from: 'buyer', date: '2024-05-17', status: 'countered', amount: '75000', currency: 'USD' },
    {
      id: 'o4',
      from: 'seller',
      date: '2024-05-23',
      status: 'open',
      final: true,
      goodUntil: '2024-06-05',
      components: [cash('zhang-wei', '140000'), { partyId: 'zhang-jun', kind: 'mortgage', amount: '100000', currency: 'CNY', propertyId: 'yiwu-flat' }],
    },
    { id: 'd4', from: 'buyer', date: '2024-05-24', status: 'open', amount: '72500', currency: 'USD' },
  ]
  file.payments = []
  delete file.extra.tracker.settlement
  const path = join(mkdtempSync(join(tmpdir(), 'projection-')), 'stalled.case.json')
  writeFileSync(path, JSON.stringify(file))
  return path
}

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface Marks {
  ahead?: { band: { label: string } | null; stall: { from: number; to: number; label: string } | null; meet: unknown; deadline: { label: string } | null }
}
const marksOf = async (page: Page): Promise<Marks | null> =>
  JSON.parse(await page.getByTestId('convergence').evaluate((element) => JSON.stringify((element as HTMLElement & { chartMarks?: unknown }).chartMarks ?? null))) as Marks | null

it('shows the figures, the chart marks and the stage clock in both languages', async () => {
  const { context, page } = await freshPage(browser)
  await page.clock.setFixedTime(new Date('2024-06-01T10:00:00'))
  await page.goto(baseUrl())
  await importFile(page, stalledCase())
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()
  await page.getByTestId('analysis').scrollIntoViewIfNeeded()

  // The figures.
  const outcome = page.getByTestId('projection-outcome')
  await expect.poll(() => outcome.getAttribute('data-kind')).toBe('stall')
  // The exact figures, to the cent (concessions are kept to 8 places, so ρ is 0.5 only to about 12 digits).
  expect(cents(await outcome.getAttribute('data-value'))).toBe('33888.89')
  expect(await outcome.textContent()).toContain('Stall — the trends stop $33,888.89 apart')
  const sides = page.getByTestId('projection-side')
  const found = await sides.evaluateAll((items) => items.map((li) => [li.getAttribute('data-side'), li.getAttribute('data-state'), li.getAttribute('data-limit')]))
  expect(found.map(([side, state, limit]) => [side, state, cents(limit ?? null)])).toEqual([
    ['seller', 'slowing', '36111.11'],
    ['buyer', 'slowing', '70000.00'],
  ])
  expect(await page.getByTestId('projection-band').first().textContent()).toContain('gives the same figure each time: $36,111.11')
  // The app's reading beside the contract's: the family's flat still has equity; the offer is final and good until 5 June.
  const reading = page.getByTestId('app-reading')
  expect([await page.getByTestId('assessment').getAttribute('data-level'), await reading.getAttribute('data-level')]).toEqual(['likely', 'possible'])
  expect(await reading.textContent()).toContain('$54,166.67 of equity')
  expect(await reading.textContent()).toContain('good until Jun 5, 2024: 4 days left')

  // The stage clock: custody in investigation runs to 10 July.
  const clock = page.getByTestId('stage-clock')
  expect([await clock.getAttribute('data-next'), await clock.getAttribute('data-days-left')]).toEqual(['2024-07-10', '39'])
  expect(await clock.textContent()).toContain('Next deadline: Investigation custody ends, last day Jul 10, 2024: 39 days left.')

  // The chart's marks.
  await expect.poll(async () => (await marksOf(page))?.ahead?.stall?.label).toBe('Stall: $33,888.89 apart')
  const marks = await marksOf(page)
  expect([marks?.ahead?.stall?.from, marks?.ahead?.stall?.to, marks?.ahead?.band?.label, marks?.ahead?.deadline?.label, marks?.ahead?.meet]).toEqual([
    36111.11,
    70000,
    'Ceiling $36,111.11 (every refit)',
    'Next deadline Jul 10',
    null,
  ])
  // The CSV: one row per figure, money in plain digits.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-projection-csv').click()])
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv).toContain('Stall gap,,33888.89,')
  expect(csv).toContain('Next deadline,,2024-07-10,')
  await expect.poll(() => page.locator('#analysis-panel-convergence [data-testid="chart"]').getAttribute('data-state')).toBe('ready')
  expect(await seriousViolations(page)).toEqual([])
  // For a person looking at the screenshots: the chart's entry animation over.
  if (process.env.SCREENSHOTS) await page.waitForTimeout(1500)
  await screenshotOf(page.getByTestId('analysis'), 'projection-analysis-en')

  // In Chinese: the same figures, the sides named 犯罪嫌疑人方 and 被害方, money as 美元.
  await page.getByTestId('language').selectOption('zh-CN')
  await expect.poll(() => outcome.textContent()).toContain('僵局——两方走势最终相差33,888.89美元')
  expect(await sides.first().textContent()).toContain('犯罪嫌疑人方：')
  expect(await sides.last().textContent()).toContain('被害方：')
  expect(await clock.textContent()).toContain('下一个期限：侦查羁押期限届满，最后一日2024年7月10日：还剩39日。')
  expect(await clock.textContent()).not.toMatch(/\d\s?%/)
  await expect.poll(async () => (await marksOf(page))?.ahead?.stall?.label).toBe('僵局：相差33,888.89美元')
  expect((await marksOf(page))?.ahead?.deadline?.label).toMatch(/^下一个期限\S+$/)
  expect(await reading.textContent()).toContain('54,166.67美元的净值未被动用')
  expect(await seriousViolations(page)).toEqual([])
  if (process.env.SCREENSHOTS) await page.waitForTimeout(1500)
  await screenshotOf(page.getByTestId('analysis'), 'projection-analysis-zh')
  expect(pageErrors(page)).toEqual([])
  await context.close()
})
