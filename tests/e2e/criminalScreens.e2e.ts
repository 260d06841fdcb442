// The criminal case's screens under axe, in both languages, on a desktop and a phone:
// the five sections filled from the worked example, their editors open, the drafts,
// the memo with the criminal schedules, and a Hong Kong case. With SCREENSHOTS set,
// each section is also saved on its own for a person to look at.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, screenshot, screenshotOf } from './browser'
import { seriousViolations } from './axe'
import { EXAMPLES, importFile } from './ui'

const CRIMINAL = resolve(import.meta.dirname, '../fixtures/criminal/harbor-tools-criminal.case.json')
const SECTIONS = ['settlement', 'procedure', 'legal', 'reporting', 'evidence'] as const
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function importCase(page: Page, path: string): Promise<string> {
  await page.goto(baseUrl())
  await importFile(page, path)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()
  return page.url()
}

describe('accessibility of the criminal case: axe on its sections, editors, drafts and memo', () => {
  it.each(['en', 'zh-CN'] as const)('finds no serious or critical violation (%s)', async (lang) => {
    const found: string[] = []
    const errors: string[] = []
    let states = 0
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: lang === 'en' ? 'en-US' : 'zh-CN', acceptDownloads: true })
      const page = await context.newPage()
      page.on('pageerror', (error) => errors.push(error.message))
      await page.clock.setFixedTime(new Date('2024-06-01T10:00:00'))
      const tag = `${lang}-${size.width}`
      const check = async (state: string) => {
        states++
        for (const violation of await seriousViolations(page)) found.push(`${state} ${tag}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.join(', ')}`)
      }

      const caseUrl = await importCase(page, CRIMINAL)
      await check('criminal-sections')
      for (const section of SECTIONS) await screenshotOf(page.locator(`#${section}`), `criminal-${section}-${tag}`)

      // The security of a part paid later, being edited.
      await page.getByTestId('edit-security').first().click()
      await page.locator('#settlement .add-form').waitFor()
      await check('security-editor')
      await screenshotOf(page.locator('#settlement'), `criminal-settlement-security-${tag}`)

      // A procedure event being added, and an evidence item being edited.
      await page.getByTestId('add-event').click()
      await page.locator('#procedure .add-form').waitFor()
      await page.locator('#evidence [data-testid="evidence-row"] .row-actions button').first().click()
      await page.locator('#evidence .editor-row').waitFor()
      await check('event-and-evidence-editors')
      await screenshotOf(page.locator('#procedure'), `criminal-procedure-adding-${tag}`)
      await screenshotOf(page.locator('#evidence'), `criminal-evidence-editing-${tag}`)

      for (const doc of ['agreement', 'pardon'] as const) {
        await page.goto(`${caseUrl}/draft/${doc}`)
        await page.locator('[data-testid="draft"][data-fonts-ready="true"]').waitFor()
        await check(`draft-${doc}`)
        await screenshot(page, `criminal-draft-${doc}-${tag}`)
      }

      await page.goto(`${caseUrl}/print?lang=${lang}&asof=2024-06-01`)
      await page.locator('[data-testid="memo"][data-fonts="ready"]').waitFor()
      await check('memo-criminal')

      // A Hong Kong company: Hong Kong police and law, no pardon model.
      await importCase(page, `${EXAMPLES}/kowloon-vanished.case.json`)
      await page.getByTestId('place-registered').locator('select').first().selectOption('hong-kong')
      await page.getByTestId('hong-kong-routes').waitFor()
      await check('hong-kong')
      for (const section of SECTIONS) await screenshotOf(page.locator(`#${section}`), `criminal-hk-${section}-${tag}`)
      await context.close()
    }
    expect(states).toBe(14)
    expect(found).toEqual([])
    expect(errors).toEqual([])
  }, 240_000)
})
