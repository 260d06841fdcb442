// Offline and installable: the web app manifest and its icons, the service worker that
// precaches the app (it opens, lists and shows cases with no network), and the update prompt
// (a new version waits until the user reloads, never while a form is open; every tab follows).
// Each test serves its own copy of the build, so a test can publish a "new version" of it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { launch, pageErrors, screenshot, watchContentSecurityPolicy } from './browser'
import { EXAMPLES, importFile } from './ui'

const HARBOR_TITLE = 'Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.'

let browser: Browser
let copy: string
let server: PreviewServer
let base: string
let context: BrowserContext
/** The app's copies served by the tests, removed when the browser is closed. */
const copies: string[] = []

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  // Only once no browser can ask for a file: a request that arrived after its copy was removed
  // (the service worker fetching an icon as its page closed) failed the run with ENOENT.
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  copy = mkdtempSync(join(tmpdir(), 'offline-e2e-'))
  copies.push(copy)
  cpSync(resolve(import.meta.dirname, '../../dist'), copy, { recursive: true })
  server = await preview({ configFile: false, root: copy, logLevel: 'error', build: { outDir: copy }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.')
  base = `http://127.0.0.1:${address.port}`
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  await watchContentSecurityPolicy(context)
})
afterEach(async () => {
  await context?.close()
  await server?.close()
})

async function openPage(path = '/'): Promise<Page> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  ;(page as Page & { errors: string[] }).errors = errors
  await page.goto(`${base}${path}`)
  return page
}

/** Waits until the service worker has stored the app, then reloads so the page is served by it. */
async function installed(page: Page): Promise<void> {
  await page.getByTestId('offline-ready').waitFor({ timeout: 30_000 })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated')
}

/** A window-level mark: gone after the page reloads. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
const marked = (page: Page) => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true)

/** Publishes a new version of the app (the worker's script changes) and has the page look for it. */
async function publishNewVersion(page: Page): Promise<void> {
  const sw = join(copy, 'sw.js')
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// a new version\n`)
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
}

/** PNG width and height from its header. */
function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

describe('installable', () => {
  it('links a web app manifest whose icons are the sizes it declares', async () => {
    const page = await openPage()
    await page.getByTestId('new-case').waitFor()
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBe('/manifest.webmanifest')
    const response = await page.request.get(`${base}${href}`)
    expect(response.ok()).toBe(true)
    const manifest = (await response.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] }
    expect(manifest).toMatchObject({ name: 'Restitution tracker', start_url: '/', display: 'standalone' })
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
    for (const icon of pngs) {
      const bytes = await (await page.request.get(`${base}/${icon.src}`)).body()
      expect(pngSize(bytes), icon.src).toBe(icon.sizes)
    }
    expect(pageErrors(page)).toEqual([])
  })
})

describe('offline', () => {
  it('opens the app, the case list, a case, its chart and its printout with no network', async () => {
    const page = await openPage()
    await importFile(page, `${EXAMPLES}/harbor-tools.case.json`)
    await page.waitForURL(/\/cases\//)
    await page.getByTestId('case-title').waitFor()
    const caseUrl = page.url()
    await page.goto(base)
    await installed(page)
    await expect.poll(() => page.getByTestId('offline-ready').textContent()).toContain('Works offline')

    await context.setOffline(true)
    // A new tab, with no network at all: the app and the stored case come from this browser.
    const offline = await openPage()
    await offline.getByRole('link', { name: HARBOR_TITLE, exact: true }).click()
    await expect.poll(() => offline.getByTestId('case-title').textContent()).toBe(HARBOR_TITLE)
    expect(offline.url()).toBe(caseUrl)
    // The analysis (chart.js, downloaded only when a chart is shown) draws its chart.
    await offline.getByTestId('analysis').scrollIntoViewIfNeeded()
    await expect.poll(() => offline.locator('[data-testid="chart"]').first().getAttribute('data-state'), { timeout: 20_000 }).toBe('ready')
    // The printout (its own part of the app) opens too.
    await offline.goto(`${caseUrl}/print`)
    await expect.poll(() => offline.locator('main').innerText()).toContain(HARBOR_TITLE)
    await screenshot(offline, 'offline-print')
    // Chinese (its own download, stored with the app) can be chosen offline.
    await offline.goto(caseUrl)
    await offline.getByTestId('language').selectOption('zh-CN')
    await expect.poll(() => offline.locator('html').getAttribute('lang')).toBe('zh-CN')
    await expect.poll(() => offline.getByTestId('new-seller-offer').textContent()).toContain('犯罪嫌疑人方新报价')
    expect(await offline.getByTestId('language-failed').count()).toBe(0)
    expect(pageErrors(offline)).toEqual([])
  })
})

describe('a new version', () => {
  it('waits for the user, holds while a form is open, and reloads every tab of the app into it', async () => {
    const page = await openPage()
    await importFile(page, `${EXAMPLES}/harbor-tools.case.json`)
    await page.waitForURL(/\/cases\//)
    await installed(page)
    const other = await openPage()
    await other.getByRole('link', { name: HARBOR_TITLE, exact: true }).waitFor()
    await mark(page)
    await mark(other)

    await publishNewVersion(page)
    const prompt = page.getByTestId('app-update')
    await prompt.waitFor({ timeout: 30_000 })
    await expect.poll(() => prompt.innerText()).toContain('A new version of the app is ready.')
    await screenshot(page, 'app-update')
    // Nothing reloads by itself: the call goes on.
    expect(await marked(page)).toBe(true)

    // "Later" puts it away for now.
    await page.getByTestId('app-update-later').click()
    await expect.poll(() => prompt.count()).toBe(0)
    await page.reload()
    await mark(page)
    await prompt.waitFor({ timeout: 30_000 })

    // A seller offer half-typed in its form is not thrown away by a reload.
    await page.getByTestId('new-seller-offer').click()
    await page.getByTestId('offer-editor').waitFor()
    await page.getByTestId('app-update-reload').click()
    await expect.poll(() => page.getByTestId('app-update-hold').textContent()).toContain('Save or close the open form first')
    expect(await marked(page)).toBe(true)
    expect(await marked(other)).toBe(true)

    // Once the form is closed, the update goes ahead, and the other tab follows.
    await page.getByTestId('offer-editor').locator('input').first().press('Escape')
    await expect.poll(() => page.getByTestId('offer-editor').count()).toBe(0)
    await page.getByTestId('app-update-reload').click()
    await expect.poll(() => marked(page).catch(() => false), { timeout: 30_000 }).toBe(false)
    await expect.poll(() => marked(other).catch(() => false), { timeout: 30_000 }).toBe(false)
    await page.getByTestId('case-title').waitFor()
    expect(await prompt.count()).toBe(0)
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      return { waiting: registration?.waiting ?? null, active: registration?.active?.state ?? null }
    })
    expect(worker).toEqual({ waiting: null, active: 'activated' })
    expect(pageErrors(page)).toEqual([])
    expect(pageErrors(other)).toEqual([])
  })
})
