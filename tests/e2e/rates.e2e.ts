// A rate typed as a bank quotes it (CNY→USD 0.1385) in the Exchange rates panel is
// questioned with what it was compared with, the fix turns it round, and a CNY loss then
// converts at 1 USD = 7.2202 CNY; a case imported with a backwards rate shows the warning.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { Dec } from '../../src/domain'
import { baseUrl, freshPage, launch, pageErrors, screenshotOf } from './browser'
import { seriousViolations } from './axe'
import { EXAMPLES, addRecord, fill, importFile } from './ui'

let browser: Browser
const scratch = mkdtempSync(join(tmpdir(), 'rates-'))
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const COMPARED = 'the reference rate 1 USD ≈ 7.279 CNY (European Central Bank euro reference rates of Feb 28, 2025)'

/** harbor-tools in US dollars only, with `fx` as given: its USD losses, no offers, payments or property. */
function caseWith(fx: unknown[]): string {
  const file = JSON.parse(readFileSync(join(EXAMPLES, 'harbor-tools.case.json'), 'utf8'))
  const usd = (records: { currency: string }[]) => records.filter((record) => record.currency === 'USD')
  const path = join(scratch, `harbor-${fx.length}.case.json`)
  writeFileSync(path, JSON.stringify({ ...file, fx, losses: usd(file.losses), costs: usd(file.costs), properties: [], offers: [], payments: [] }))
  return path
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(baseUrl())
  await importFile(page, path)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()
}

describe('exchange rates that cannot go in backwards unnoticed', () => {
  it('questions CNY→USD 0.1385 typed in the panel, takes the fix, and a CNY loss converts at 1 USD = 7.2202 CNY', async () => {
    const { context, page } = await freshPage(browser)
    await open(page, caseWith([]))
    expect(await page.getByTestId('losses-total').getAttribute('data-value')).toBe('90085.50000000')

    await page.getByTestId('add-fx').click()
    const form = page.locator('#fx .add-form')
    await fill(form, { Currency: 'CNY' })
    await form.getByTestId('rate-value').fill('0.1385')
    expect(await form.getByTestId('rate-both').textContent()).toBe('1 USD = 0.1385 CNY · 1 CNY = 7.2202 USD')
    expect(await form.getByTestId('rate-compared').textContent()).toBe(`1 USD = 0.1385 CNY is about 53 times lower than ${COMPARED}.`)
    // Adding asks once; nothing is stored meanwhile.
    await form.getByRole('button', { name: 'Add', exact: true }).click()
    await form.getByText('Save 1 USD = 0.1385 CNY as typed?').waitFor()
    expect(await page.getByTestId('fx-row').count()).toBe(0)
    await screenshotOf(page.locator('#fx'), 'rates-panel-warning')
    // The editor with its warning and its question open passes axe (the case's notice is checked below).
    expect(await seriousViolations(page)).toEqual([])

    await form.getByTestId('rate-fix').click()
    expect(await form.getByTestId('rate-direction-inBase').getAttribute('aria-pressed')).toBe('true')
    expect(await form.getByTestId('rate-both').textContent()).toBe('1 USD = 7.2202 CNY · 1 CNY = 0.1385 USD')
    expect(await form.getByTestId('rate-warning').count()).toBe(0)
    await form.getByRole('button', { name: 'Add', exact: true }).click()
    await expect.poll(() => page.getByTestId('fx-row').count()).toBe(1)
    expect(await page.getByTestId('fx-row').textContent()).toContain('1 USD = 7.22021661 CNY · 1 CNY = 0.1385 USD')

    await addRecord(page, 'losses', { Date: '2024-03-30', Description: 'Inspection in Yiwu', Amount: 'CNY 2,400' })
    const total = new Dec('90085.5').plus(new Dec(2400).div('7.22021661'))
    await expect.poll(() => page.getByTestId('losses-total').getAttribute('data-value')).toBe(total.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8))
    expect(await page.getByTestId('losses-total').textContent()).toBe('$90,417.90')
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })

  it('shows the warning when a case is imported with a backwards rate, and its fix turns the rate round', async () => {
    const { context, page } = await freshPage(browser)
    await open(page, caseWith([{ currency: 'CNY', perBase: '0.1389', asOf: '2024-05-02', source: 'bank quote' }]))
    const notice = page.getByTestId('case-rate-warning')
    await notice.waitFor()
    expect(await notice.getByTestId('rate-compared').textContent()).toBe(`1 USD = 0.1389 CNY is about 52 times lower than ${COMPARED}.`)
    await screenshotOf(notice, 'rates-case-warning')
    expect(await seriousViolations(page)).toEqual([])
    await notice.getByTestId('rate-fix').click()
    await expect.poll(() => page.getByTestId('case-rate-warning').count()).toBe(0)
    expect(await page.getByTestId('fx-row').textContent()).toContain('1 USD = 7.19942405 CNY · 1 CNY = 0.1389 USD')
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await page.getByTestId('case-title').waitFor()
    expect(await page.getByTestId('case-rate-warning').count()).toBe(0)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})
