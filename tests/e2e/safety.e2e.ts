// Issue 21 in a real browser: a restore of an older backup over newer work keeps both and can be
// undone after a reload; a deleted case comes back from Recently deleted after a reload; a tab on
// an older version whose lazily loaded page is gone keeps its pending edit and reloads to the same
// place; and the preview server sends the hosting headers, under which the app runs cleanly.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { HOSTING_HEADERS } from '../../vite.config'
import { baseUrl, freshPage, launch, pageErrors, screenshot, screenshotOf, watchContentSecurityPolicy } from './browser'
import { EXAMPLES, exportThroughDialog, fill, importFile } from './ui'

const HARBOR = `${EXAMPLES}/harbor-tools.case.json`
const HARBOR_ID = 'harbor-tools-2024'
const HARBOR_TITLE = 'Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const rows = (page: Page) => page.getByTestId('case-row')
const titles = (page: Page) => rows(page).locator('.case-link').allTextContents()

async function importHarborToList(page: Page): Promise<void> {
  await page.goto(baseUrl())
  await importFile(page, HARBOR)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('summary-panel').waitFor()
  await page.goto(baseUrl())
  await expect.poll(() => rows(page).count()).toBe(1)
}

describe('restoring an older backup over newer work', () => {
  it('keeps both by default, and Undo after a reload brings the earlier state back', async () => {
    const { context, page } = await freshPage(browser)
    await importHarborToList(page)
    const download = await exportThroughDialog(page, () => page.getByTestId('backup').click())
    const backupPath = (await download.path())!

    // Work done after the backup: the case renamed.
    const row = rows(page).first()
    await row.getByRole('button', { name: 'Rename' }).click()
    await row.getByRole('textbox', { name: 'Rename' }).fill('Harbor Tools, after the call of 3 June')
    await row.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => titles(page)).toEqual(['Harbor Tools, after the call of 3 June'])

    await page.getByTestId('restore-input').setInputFiles(backupPath)
    const plan = page.getByTestId('restore-plan')
    await plan.waitFor()
    const differing = plan.getByTestId('restore-case')
    expect(await differing.count()).toBe(1)
    expect(await differing.getAttribute('data-newer')).toBe('true')
    expect(await differing.getByTestId('restore-newer').textContent()).toContain('Stored copy is newer')
    expect(await differing.getByTestId('restore-choice').inputValue()).toBe('keepBoth')
    expect(await plan.getByTestId('restore-made').textContent()).toContain('The backup was made on')
    await screenshotOf(plan, 'restore-preview-newer-1280')

    await plan.getByTestId('apply-restore').click()
    await expect.poll(() => titles(page).then((shown) => shown.sort())).toEqual([`${HARBOR_TITLE} (copy)`, 'Harbor Tools, after the call of 3 June'])
    await page.getByTestId('restore-undo').waitFor()

    // The offer survives a reload, until it is used or dismissed.
    await page.reload()
    await page.getByTestId('restore-undo').waitFor()
    await screenshot(page, 'restore-undo-after-reload-1280')
    await page.getByTestId('undo-restore').click()
    await expect.poll(() => titles(page)).toEqual(['Harbor Tools, after the call of 3 June'])
    await page.getByTestId('restore-undone').waitFor()
    await page.reload()
    await expect.poll(() => rows(page).count()).toBe(1)
    expect(await page.getByTestId('restore-undo').count()).toBe(0)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})

describe('Recently deleted', () => {
  it('brings a case deleted before a reload back, and empties only when confirmed', async () => {
    const { context, page } = await freshPage(browser)
    await importHarborToList(page)
    await page.getByRole('button', { name: `Delete ${HARBOR_TITLE}` }).click()
    await expect.poll(() => rows(page).count()).toBe(0)

    await page.reload()
    await page.getByText('No cases yet').waitFor()
    await page.getByTestId('open-deleted').click()
    const panel = page.getByTestId('recently-deleted')
    const entry = panel.getByTestId('deleted-case')
    await entry.waitFor()
    expect(await entry.textContent()).toContain(HARBOR_TITLE)
    expect(await entry.textContent()).toContain('Deleted')
    await screenshotOf(panel, 'recently-deleted-1280')
    await entry.getByTestId('put-back').click()
    await expect.poll(() => titles(page)).toEqual([HARBOR_TITLE])
    expect(await panel.getByTestId('put-back-done').textContent()).toContain('is back in the list')
    await page.locator(`[data-case-id="${HARBOR_ID}"] .case-link`).click()
    await page.getByTestId('summary-panel').waitFor()

    // Deleted again, then Recently deleted emptied: it asks first.
    await page.goto(baseUrl())
    await page.getByRole('button', { name: `Delete ${HARBOR_TITLE}` }).click()
    await expect.poll(() => rows(page).count()).toBe(0)
    await page.getByTestId('open-deleted').click()
    await panel.getByTestId('empty-deleted').click()
    await panel.getByTestId('confirm-empty').waitFor()
    expect(await panel.getByTestId('deleted-case').count()).toBe(1)
    await panel.getByTestId('confirm-empty-yes').click()
    await panel.getByTestId('recently-deleted-none').waitFor()
    await page.reload()
    await page.getByText('No cases yet').waitFor()
    expect(await page.getByTestId('open-deleted').count()).toBe(0)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})

describe('a tab open on an older version when a newer one is served', () => {
  it('stores the pending edit when a lazily loaded page is gone, and reloads to the same place', async () => {
    // No service worker: it would answer from its cache, and this is the case where the old files are gone.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    await watchContentSecurityPolicy(context)
    const page = await context.newPage()
    await page.goto(baseUrl())
    await importFile(page, HARBOR)
    await page.waitForURL(/\/cases\//)
    await page.getByTestId('summary-panel').waitFor()
    const caseUrl = page.url()

    // The new build is on the server: none of the old build's scripts not yet loaded can be fetched.
    await context.route(/\/assets\/.*\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }))
    await fill(page.getByTestId('matter-fields'), { 'Case reference': 'Shenzhen PSB 2024-117 (pending)' })
    await page.getByTestId('print-summary').click()

    const notice = page.getByTestId('stale-version')
    await notice.waitFor()
    await notice.getByTestId('stale-version-stored').waitFor()
    expect(page.url()).toBe(caseUrl)
    await screenshot(page, 'stale-version-1280')

    await context.unroute(/\/assets\/.*\.js$/)
    await notice.getByTestId('stale-version-reload').click()
    await page.waitForURL(caseUrl)
    await page.getByTestId('summary-panel').waitFor()
    expect(await page.getByTestId('stale-version').count()).toBe(0)
    await expect.poll(() => page.getByTestId('matter-fields').getByLabel('Case reference').inputValue()).toBe('Shenzhen PSB 2024-117 (pending)')
    await context.close()
  })
})

describe('the headers a host sends', () => {
  it('are sent by the preview server, as docs/deploy.md gives them, and the app runs under them', async () => {
    for (const path of ['/', `/cases/${HARBOR_ID}`, '/manifest.webmanifest']) {
      const response = await fetch(`${baseUrl()}${path}`)
      expect(response.status, path).toBe(200)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("frame-ancestors 'none'")
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(csp, path).toContain(directive)
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
      const permissions = response.headers.get('permissions-policy') ?? ''
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions, path).toContain(`${feature}=()`)
    }
    // The deployment guide gives exactly these values.
    const guide = readFileSync(resolve(import.meta.dirname, '../../docs/deploy.md'), 'utf8')
    for (const [name, value] of Object.entries(HOSTING_HEADERS)) expect(guide, name).toContain(`| \`${name}\` | \`${value}\` |`)
    // The built page has no inline script or style for the policy to block.
    const built = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8')
    expect(built).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle=|\son[a-z]+=/i)

    // The app loads and works under the header policy: no violation (cspGuard) and no console error.
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await importFile(page, HARBOR)
    await page.waitForURL(/\/cases\//)
    await page.getByTestId('summary-panel').waitFor()
    await page.getByTestId('print-summary').click()
    await page.waitForURL(/\/print$/)
    expect(pageErrors(page)).toEqual([])

    await context.close()

    // No page may frame it: once the frame has loaded, it holds the browser's refusal, not the app.
    const elsewhere = await browser.newContext()
    const framing = await elsewhere.newPage()
    await framing.setContent(`<iframe src="${baseUrl()}/" title="framed"></iframe>`, { waitUntil: 'load' })
    const frame = framing.frames()[1]
    expect(frame).toBeDefined()
    expect(await frame!.evaluate(() => document.querySelector('#app') !== null).catch(() => false)).toBe(false)
    await elsewhere.close()
  })
})
