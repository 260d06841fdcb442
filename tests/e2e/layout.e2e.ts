// The screen fits (issue 18, item 5): at 1024×768, 1280×800, 1440×900 and a 390×844 phone, in
// English and Chinese, with three real cases open, no table cell is clipped, the page never
// scrolls sideways, the section navigation takes one line from 1280 up, no figure breaks inside
// itself, and no text is drawn over other text, on the workspace from top to bottom and on the
// case list. The sections the navigation folds away are reached from its menu by keyboard.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, pageErrors, launch, screenshot } from './browser'
import { seriousViolations } from './axe'
import { EXAMPLES, importFile } from './ui'
import { brokenFigures, clippedCells, navLines, overlappingText, sidewaysScroll } from './layoutChecks'

const CASES = {
  harbor: resolve(EXAMPLES, 'harbor-tools.case.json'),
  criminal: resolve(import.meta.dirname, '../fixtures/criminal/harbor-tools-criminal.case.json'),
  // A demand in USD and EUR, a payment from two payers, the father and the mother (the contract's additions of 2026-12-06).
  rotterdam: resolve(EXAMPLES, 'rotterdam-parts.case.json'),
  // Three rounds, family payers with long names, three and four parts to an offer, an open offer and demand.
  rounds: resolve(import.meta.dirname, '../fixtures/layout/three-rounds.case.json'),
}
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]
type Locale = 'en' | 'zh-CN'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function open(size: { width: number; height: number }, locale: Locale): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await freshPage(browser, size)
  await page.addInitScript((chosen) => localStorage.setItem('restitution-tracker.locale', chosen), locale)
  // The open offers of the cases stay open (not expired) on this day.
  await page.clock.setFixedTime(new Date('2024-06-01T10:00:00'))
  return { page, close: () => context.close() }
}

async function importCase(page: Page, path: string): Promise<void> {
  await page.goto(baseUrl())
  await importFile(page, path)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()
  await page.getByTestId('offer-row').first().waitFor()
}

/** Waits until what was just scrolled to is drawn (sections off screen are laid out only near it). */
async function drawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
}

/**
 * Every check of the page, one screenful at a time from top to bottom (a section is laid out
 * only when it comes near the screen): the problems found, named by what they are.
 */
async function problemsOnScreen(page: Page, label: string, width: number): Promise<string[]> {
  const found = new Set<string>()
  const sideways = await sidewaysScroll(page)
  if (sideways > 0) found.add(`${label}: the page scrolls ${sideways}px sideways`)
  if (width >= 1280 && (await page.locator('.section-nav').count()) > 0) {
    const lines = await navLines(page)
    if (lines !== 1) found.add(`${label}: the section navigation takes ${lines} lines`)
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  const step = (page.viewportSize()?.height ?? 800) - 120
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y)
    await drawn(page)
    for (const cell of await clippedCells(page)) found.add(`${label}: clipped ${cell}`)
    for (const figure of await brokenFigures(page)) found.add(`${label}: figure broken ${figure}`)
    for (const overlap of await overlappingText(page)) found.add(`${label}: overlap ${overlap}`)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  return [...found]
}

describe.each(['en', 'zh-CN'] as const)('the screen fits in %s', (locale) => {
  it.each(SIZES)('at $width×$height: workspace of four cases and the case list', async (size) => {
    const { page, close } = await open(size, locale)
    const found: string[] = []
    for (const [name, path] of Object.entries(CASES)) {
      await importCase(page, path)
      await screenshot(page, `layout-${name}-${locale}-${size.width}`)
      found.push(...(await problemsOnScreen(page, name, size.width)))
    }
    // The last case with its latest offer open for editing (four parts) inside the table.
    await page.locator('[data-testid="offer-row"][data-offer-id="o3"] .row-actions button').first().click()
    await page.getByTestId('offer-editor').waitFor()
    await screenshot(page, `layout-editor-${locale}-${size.width}`)
    found.push(...(await problemsOnScreen(page, 'rounds, editing o3', size.width)))
    await page.goto(baseUrl())
    await expect.poll(() => page.getByTestId('case-row').count()).toBe(Object.keys(CASES).length)
    await screenshot(page, `layout-case-list-${locale}-${size.width}`)
    found.push(...(await problemsOnScreen(page, 'case list', size.width)))
    expect(found).toEqual([])
    expect(pageErrors(page)).toEqual([])
    await close()
  }, 180_000)
})

describe('the section navigation’s menu', () => {
  it('opens, walks and closes by keyboard, and takes the reader to a folded section', async () => {
    const { page, close } = await open({ width: 1280, height: 800 }, 'en')
    await importCase(page, CASES.criminal)
    const more = page.getByTestId('section-nav-more')
    const menu = page.getByTestId('section-nav-menu')
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    // The folded sections are not in the bar, and not reachable by Tab while the menu is shut.
    expect(await page.locator('.section-nav > a:visible').allTextContents()).toEqual(['Negotiation', 'Case', 'Analysis', 'Parties', 'Losses', 'Payments received'])
    await page.locator('.section-nav > a:visible').last().focus()
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('More')
    expect(await more.getAttribute('aria-expanded')).toBe('false')

    await page.keyboard.press('Enter')
    await menu.waitFor()
    expect(await more.getAttribute('aria-expanded')).toBe('true')
    expect(await menu.locator('a').allTextContents()).toEqual([
      'Exchange rates',
      'Properties',
      'Payments due',
      'Settlement documents',
      'Procedure and deadlines',
      'Legal context',
      'Where to report',
      'Evidence for the police report',
      'Recovery costs',
      'Settings',
    ])
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Exchange rates')
    // Escape shuts it and gives the focus back to its button.
    await page.keyboard.press('Escape')
    await expect.poll(() => menu.isVisible()).toBe(false)
    expect(await focused()).toBe('More')
    expect(await more.getAttribute('aria-expanded')).toBe('false')

    // Space opens it too; Enter on a section goes there and shuts the menu.
    await page.keyboard.press('Space')
    await menu.waitFor()
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab')
    expect(await focused()).toBe('Evidence for the police report')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/#evidence$/)
    await expect.poll(() => menu.isVisible()).toBe(false)
    // On screen (sections above it are laid out as they come near, so it may not land at the very top).
    await expect.poll(() => page.locator('#evidence').evaluate((section) => section.getBoundingClientRect().top < window.innerHeight && section.getBoundingClientRect().bottom > 0)).toBe(true)

    // Tab past its last section leaves the menu and shuts it; a click elsewhere shuts it too.
    await more.focus()
    await page.keyboard.press('Enter')
    await menu.waitFor()
    for (let i = 0; i < 11; i++) await page.keyboard.press('Tab')
    await expect.poll(() => menu.isVisible()).toBe(false)
    await more.click()
    await menu.waitFor()
    await page.getByTestId('case-title').click()
    await expect.poll(() => menu.isVisible()).toBe(false)
    expect(pageErrors(page)).toEqual([])
    await close()
  })

  it.each(['en', 'zh-CN'] as const)('leaves axe no serious or critical violation, menu shut and open (%s)', async (locale) => {
    const found: string[] = []
    for (const size of [SIZES[0]!, SIZES[1]!, SIZES[3]!]) {
      const { page, close } = await open(size, locale)
      await importCase(page, CASES.rounds)
      for (const violation of await seriousViolations(page)) found.push(`${size.width} shut: ${violation.id} ${violation.nodes.join(', ')}`)
      if (size.width > 700) {
        await page.getByTestId('section-nav-more').click()
        await page.getByTestId('section-nav-menu').waitFor()
        for (const violation of await seriousViolations(page)) found.push(`${size.width} open: ${violation.id} ${violation.nodes.join(', ')}`)
        await screenshot(page, `layout-menu-${locale}-${size.width}`)
      }
      await close()
    }
    expect(found).toEqual([])
  }, 120_000)
})
