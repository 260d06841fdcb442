// Issue 13 at the edges: text far longer than a line, ten thousand cases, a change of base
// currency, and "today" on the user's own calendar, not UTC's.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors, screenshot, watchContentSecurityPolicy } from './browser'
import { footerText } from '../../src/components/memo/pageFooter'
import { EXAMPLES, exportThroughDialog, importFile } from './ui'
import { wordsIn } from './pdf'

const HARBOR = `${EXAMPLES}/harbor-tools.case.json`

let browser: Browser
let scratch: string
beforeAll(async () => {
  browser = await launch()
  scratch = mkdtempSync(join(tmpdir(), 'limits-e2e-'))
})
afterAll(async () => {
  await browser?.close()
})

const rows = (page: Page) => page.getByTestId('case-row')

function fileOf(name: string, content: string): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

/** How far the page scrolls sideways (0: not at all). */
const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)

describe('long text', () => {
  // 2,000 characters with no space: the longest title the format allows, and nowhere to break it.
  const title = Array.from({ length: 400 }, (_, i) => `T${String(i).padStart(4, '0')}`).join('')
  const file = JSON.parse(readFileSync(HARBOR, 'utf8')) as Record<string, unknown> & { parties: { name: string; note?: string }[]; losses: { description: string }[] }
  file.id = 'long-title'
  file.title = title
  file.parties[0]!.name = 'N'.repeat(200)
  file.parties[0]!.note = 'n'.repeat(2000)
  file.losses[0]!.description = 'D'.repeat(2000)

  it.each([
    { name: '1280', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ])('never pushes a page sideways at $name, and the whole title is one hover away', async (size) => {
    expect(title).toHaveLength(2000)
    const { context, page } = await freshPage(browser, size)
    await page.goto(baseUrl())
    await importFile(page, fileOf('long.case.json', JSON.stringify(file)))
    await page.waitForURL(/\/cases\//)
    await page.getByTestId('summary-panel').waitFor()
    const heading = page.getByTestId('case-title')
    expect(await heading.getAttribute('title')).toBe(title)
    // Clamped: a few lines, not a wall of text.
    expect((await heading.boundingBox())!.height).toBeLessThan(200)
    expect(await sideways(page)).toBe(0)
    await screenshot(page, `long-title-workspace-${size.name}`)
    // A 200-character name with no space in the choices of an offer's parts.
    await page.getByTestId('add-seller-offer').click()
    await page.getByTestId('offer-editor').waitFor()
    expect(await sideways(page)).toBe(0)

    await page.goto(baseUrl())
    await rows(page).first().waitFor()
    expect(await rows(page).locator('a.case-link').getAttribute('title')).toBe(title)
    expect(await sideways(page)).toBe(0)
    await screenshot(page, `long-title-list-${size.name}`)

    await page.goto(`${baseUrl()}/cases/long-title/print?lang=en&asof=2024-07-15`)
    await page.getByTestId('memo').waitFor()
    expect(await sideways(page)).toBe(0)
    await page.emulateMedia({ media: 'print' })
    // On paper the whole title is printed, wrapped, and nothing is cut off: every character of
    // the title and of the 2,000-character description is in the PDF's text.
    const pdf = join(scratch, `long-${size.name}.pdf`)
    writeFileSync(pdf, await page.pdf({ format: 'A4' }))
    if (process.env.SCREENSHOTS) writeFileSync(join(process.env.SCREENSHOTS, `long-title-${size.name}.pdf`), readFileSync(pdf))
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain(title)
    // A description longer than a page may continue on the next one.
    const runs = (text.match(/D{10,}/g) ?? []).reduce((sum, run) => sum + run.length, 0)
    expect(runs).toBeGreaterThanOrEqual(2000)
    // The footer has the title's start and an ellipsis, on one line beside the date and page number.
    const footer = footerText(title, '2024-07-15', [wordsIn('en')]).left
    expect(footer).toMatch(/^T0000T0001.*…/)
    expect(text).toContain(footer.replace(/\s+/g, ''))
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})

describe('ten thousand cases', () => {
  it('previews a 10,000-case restore as counts and first titles, and shows the list a page at a time', async () => {
    const cases = Array.from({ length: 10_000 }, (_, i) => ({
      format: 'restitution-case',
      version: 1,
      id: `bulk-${i}`,
      title: `Buyer ${String(i).padStart(5, '0')} v. Seller`,
      baseCurrency: 'USD',
      losses: [{ id: 'l1', date: '2024-01-10', description: 'Deposit', category: 'payment', amount: `${1000 + i}`, currency: 'USD' }],
    }))
    const backup = fileOf('bulk.json', JSON.stringify({ format: 'restitution-backup', version: 1, exportedAt: '2024-06-01T00:00:00.000Z', cases }))
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await page.getByTestId('restore-input').setInputFiles(backup)
    const plan = page.getByTestId('restore-plan')
    await plan.waitFor({ timeout: 60_000 })
    const add = await page.getByTestId('restore-add').textContent()
    expect(add).toContain('add 10,000 cases')
    expect(add).toContain('Buyer 00004 v. Seller')
    expect(add).not.toContain('Buyer 00005 v. Seller')
    expect(add).toContain('and 9,995 more')
    await screenshot(page, 'restore-10000-preview')
    await page.getByTestId('apply-restore').click()
    await expect.poll(() => page.getByTestId('case-count').textContent(), { timeout: 60_000 }).toBe('10,000 cases')

    // Reopened: how long the list takes to show is measured (a figure for the report, not a test).
    const started = Date.now()
    await page.reload()
    await rows(page).first().waitFor()
    const shownAfter = Date.now() - started
    if (process.env.LIST_TIMING) writeFileSync(process.env.LIST_TIMING, `${shownAfter}\n`)
    expect(await rows(page).count()).toBe(50)
    expect(await page.getByTestId('case-count').textContent()).toBe('10,000 cases')
    await expect.poll(() => page.locator('.case-list .pager').textContent()).toContain('Page 1 of 200 (10,000 rows)')
    expect(await rows(page).count()).toBe(50)
    await page.locator('.case-list .pager button').last().click()
    await expect.poll(() => page.locator('.case-list .pager').textContent()).toContain('Page 2 of 200')
    await page.locator('.search').fill('Buyer 09999')
    await expect.poll(() => rows(page).count()).toBe(1)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  }, 180_000)
})

describe('changing the base currency', () => {
  it('converts the rates after showing them, keeps every figure’s value, and Undo takes it back', async () => {
    const { context, page } = await freshPage(browser, { width: 390, height: 844 })
    await page.goto(baseUrl())
    await importFile(page, HARBOR)
    await page.waitForURL(/\/cases\//)
    await expect.poll(() => page.getByTestId('loss-total').textContent()).toBe('$90,418.83')
    await page.getByTestId('change-base').click()
    await page.getByTestId('rebase-to').fill('CNY')
    await expect.poll(() => page.getByTestId('rebase-rate').inputValue()).toBe('7.2')
    expect(await page.getByTestId('rebase-loss-total').textContent()).toContain('$90,418.83 → CNY 651,015.59')
    expect(await page.getByTestId('rebase-drift').textContent()).toContain('CNY 651,015.60')
    await page.getByTestId('rebase-panel').scrollIntoViewIfNeeded()
    await screenshot(page, 'rebase-phone')
    await page.getByTestId('rebase-apply').click()
    await expect.poll(() => page.getByTestId('loss-total').textContent()).toBe('CNY 651,015.59')
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
    await page.getByTestId('rebase-done').getByRole('button').click()
    await expect.poll(() => page.getByTestId('loss-total').textContent()).toBe('$90,418.83')
    await context.close()
  })
})

describe('today where the user is', () => {
  it('in Shanghai at 07:30 on 10 May (23:30 on 9 May in UTC), every "today" is 10 May', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Asia/Shanghai', acceptDownloads: true })
    await watchContentSecurityPolicy(context)
    await context.clock.setFixedTime(new Date('2024-05-09T23:30:00Z'))
    const page = await context.newPage()
    await page.goto(baseUrl())
    await importFile(page, HARBOR)
    await page.waitForURL(/\/cases\//)
    // A new cost starts on the user's day (a loss asks for its date).
    await page.getByTestId('add-costs').click()
    expect(await page.locator('#costs .add-form').getByLabel(/^Date/).inputValue()).toBe('2024-05-10')
    await page.locator('#costs .add-form').getByRole('button', { name: 'Cancel' }).click()
    await page.getByTestId('add-losses').click()
    expect(await page.locator('#losses .add-form').getByLabel(/^Date/).inputValue()).toBe('')
    await page.locator('#losses .add-form').getByRole('button', { name: 'Cancel' }).click()
    // The memo's printed date.
    await page.getByTestId('print-summary').click()
    await page.getByTestId('memo').waitFor()
    expect(await page.getByTestId('memo').textContent()).toContain('May 10, 2024')
    // The backup's file name.
    await page.goto(baseUrl())
    const download = await exportThroughDialog(page, () => page.getByTestId('backup').click())
    expect(download.suggestedFilename()).toBe('restitution-backup-2024-05-10.json')
    await context.close()
  })
})
