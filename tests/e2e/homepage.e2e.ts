// What the home page downloads: the case list reads its rows without the engine, Dexie,
// chart.js, the Chinese words or the case page's English (issue 12's budget, measured in
// docs/performance.md); a case page then downloads them and shows its words at once.
// Which parts load is asserted here, never how many bytes (npm run bench:browser).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch } from './browser'
import { EXAMPLES, importFile } from './ui'

const HARBOR_ID = 'harbor-tools-2024'

/** Text only each part's code holds, as written or as a minifier escapes it. */
const MARKERS: Record<string, string> = {
  'the engine (decimal.js)': 'DecimalError',
  'the engine (zod)': '$ZodObject',
  Dexie: 'DexieError',
  'chart.js': 'Canvas is already in use',
  'the Chinese words': '退赃退赔谈判记录',
  // assessment.caveat, a word of the case page only
  'the case page’s English': 'Signals, not a conclusion',
}
const escaped = (text: string) => text.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Starts collecting the scripts a page downloads; returns the names of the parts they hold so far. */
function partsLoaded(page: Page): () => string[] {
  const bodies: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') void response.body().then((body) => bodies.push(body.toString('utf8')))
  })
  return () => Object.keys(MARKERS).filter((part) => bodies.some((body) => body.includes(MARKERS[part]!) || body.includes(escaped(MARKERS[part]!))))
}

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('the home page', () => {
  it('lists a stored case without downloading the engine, Dexie, chart.js or the other pages’ words, which a case page then gets', async () => {
    const { context, page: first } = await freshPage(browser)
    await first.goto(baseUrl())
    await importFile(first, `${EXAMPLES}/harbor-tools.case.json`)
    await first.waitForURL(/\/cases\//)
    await first.getByTestId('summary-panel').waitFor()
    await first.close()

    // A new visit, every script downloaded again.
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const loaded = partsLoaded(page)
    await page.goto(baseUrl())
    await page.getByTestId('case-row').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.getByTestId('case-row').count()).toBe(1)
    await expect.poll(() => page.getByTestId('import-input').count()).toBe(1)
    expect(loaded()).toEqual([])

    await page.locator(`a[href="/cases/${HARBOR_ID}"]`).first().click()
    await page.getByTestId('summary-panel').waitFor()
    await expect.poll(loaded).toEqual(expect.arrayContaining(['the engine (decimal.js)', 'Dexie', 'the case page’s English']))
    // Words of the case page only, shown with it: the summary's title and the ceiling's caveat.
    expect(await page.getByTestId('summary-panel').textContent()).toContain('Summary (USD)')
    expect(await page.getByTestId('summary-panel').textContent()).toContain(MARKERS['the case page’s English'])
    expect(errors).toEqual([])
    await context.close()
  })
})
