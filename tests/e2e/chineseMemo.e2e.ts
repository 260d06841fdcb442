// The Chinese memo as a PRC lawyer would hand it to a client (issue 22): a three-round case in
// which the chairman's father mortgages his flat, printed in Chinese only, names the sides
// 犯罪嫌疑人 / 被害方, writes money as 人民币…元 or …美元 (never ¥, US$ or €), dates as
// 2026年1月15日 (never 2026-01-15), carries no privilege legend (PRC law has none), numbers
// its pages in Chinese, and reads the same on a 1280×800 screen and a 390×844 phone.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'
import { importFile } from './ui'
import { brokenFigures } from './layoutChecks'

const CASE = resolve(import.meta.dirname, '../fixtures/layout/three-rounds.case.json')
// Text the user typed (a note saying "detained 2024-02-14") is printed as typed; only the app's own text is checked.
const TYPED = readFileSync(CASE, 'utf8').match(/"(?:note|title|description|name|source)": "[^"]*"/g) ?? []
const typedText = (found: string) => TYPED.some((typed) => typed.includes(found))
const outDir = process.env.SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'zh-memo-'))

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function openInChinese(size: { width: number; height: number }): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await freshPage(browser, size)
  await page.addInitScript(() => localStorage.setItem('restitution-tracker.locale', 'zh-CN'))
  await page.clock.setFixedTime(new Date('2024-06-01T10:00:00'))
  await page.goto(baseUrl())
  await importFile(page, CASE)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('offer-row').first().waitFor()
  return { page, close: () => context.close() }
}

/** What a Chinese text for a client must never carry. */
function foreignTo(text: string): string[] {
  const found: string[] = []
  for (const [name, pattern] of [
    ['a yen or dollar or euro sign', /¥|US\$|HK\$|€|\$/],
    ['an ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
    ['a privilege legend', /特权/],
    ['卖方 / 买方', /卖方|买方/],
    ['本位币', /本位币/],
    ['财力', /财力/],
  ] as const) {
    const match = [...text.matchAll(new RegExp(pattern.source, 'g'))].find((each) => !typedText(each[0]))
    if (match) found.push(`${name}: …${text.slice(Math.max(0, match.index - 20), match.index + 20).replace(/\s+/g, ' ')}…`)
  }
  return found
}

describe('the Chinese memo of a three-round case with a father’s mortgage loan', () => {
  it('prints the sides by their legal names, money and dates the Chinese way, and Chinese page numbers', async () => {
    const { page, close } = await openInChinese({ width: 1280, height: 800 })
    await page.getByTestId('print-summary').click()
    await page.waitForURL(/\/print/)
    await page.getByTestId('print-lang-zh-CN').check()
    await page.getByTestId('memo').waitFor()
    await page.getByTestId('print-chart').waitFor()
    await screenshot(page, 'zh-memo-1280')
    await page.emulateMedia({ media: 'print' })
    const path = join(outDir, 'zh-memo.pdf')
    writeFileSync(path, await page.pdf({ format: 'A4', printBackground: false }))
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(foreignTo(text)).toEqual([])
    expect(text).toMatch(/犯罪嫌疑人/)
    expect(text).toMatch(/被害/)
    expect(text).toMatch(/人民币[\d,]+\.\d{2}元/)
    expect(text).toMatch(/[\d,]+\.\d{2}美元/)
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
    expect(text).toMatch(/第\s*1\s*页/)
    expect(pageErrors(page)).toEqual([])
    await close()
  }, 120_000)

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('reads the same on a $width×$height screen: no foreign sign or ISO date, no figure broken', async (size) => {
    const { page, close } = await openInChinese(size)
    await screenshot(page, `zh-workspace-${size.width}`)
    const shown = await page.evaluate(() => document.body.innerText)
    // Dates typed in a field are the user's own text; the screen's own text is checked.
    expect(foreignTo(shown)).toEqual([])
    const broken: string[] = []
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    for (let y = 0; y < height; y += size.height - 120) {
      await page.evaluate((top) => window.scrollTo(0, top), y)
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
      broken.push(...(await brokenFigures(page)))
    }
    expect([...new Set(broken)]).toEqual([])
    await close()
  }, 120_000)
})
