// npm run bench:browser: how the production build feels in Chromium, for cases of
// 5, 500 and 5,000 offers (tsx bench/browser.ts --runs N; `npm run bench:browser`
// builds first; --sizes 5,5000 measures only those sizes, the first being the baseline;
// --save FILE keeps the memo, page and heap figures, --against FILE judges this build's
// against them: run the build from before with --dist DIR --save FILE, then this one).
//
// Per run, in a fresh browser context (its own IndexedDB):
//   - import to figures: from the import field's `change` event to the end of the
//     first painted frame showing the latest offer's total on the case page;
//   - the analysis section is scrolled into view (so the convergence chart is on
//     screen and follows every edit), and whether chart.js was loaded before that;
//   - the latest offer's editor is opened (and how many choices it renders), then
//     3 warm-up and 25 measured edits of its first part's amount, 400 ms apart (so
//     each autosave happens in between): input event to the end of the first
//     painted frame showing the new latest-offer total, measured inside the page;
//     every long task (> 50 ms) from the first edit to the last save;
//   - after the 5,000-offer import, the JS heap (after a garbage collection).
// Then, once: the JavaScript (gzipped) of the home page and of a case page, loaded
// with the HTTP cache off; which lazy parts they loaded; and a 200-offer memo
// printed to PDF. Figures are the median over runs; ratios compare with the
// 5-offer case of the same run. A benchmark, not a test: it exits 0 whatever the
// figures, and fails only when the app does not show what it should.
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { preview } from 'vite'
import { Dec, exactFigure, parseCaseFile, summarizeCase, type CaseFile, type SellerOffer } from '../src/domain'
import { generateCase } from '../tests/support/generateCase'
import { PROBES } from './browser/inPage'
import { collectScripts } from './browser/scripts'
import { baselineOf, printReport, type Baseline, type PageLoad, type RunFigures } from './browser/report'
import { profileEdits, traceEdits } from './browser/profile'

const SIZES: readonly number[] = sizesOption() ?? [5, 500, 5_000]
/** `--profile N`: N more edits at the largest size under the CPU profiler, in the first run (bench/browser/profile.ts). */
const PROFILE_EDITS = option('profile', 0)
/** `--trace N`: the same with Chromium's tracing, to see style, layout and paint beside script. */
const TRACE_EDITS = option('trace', 0)
let profiled = false
const WARMUP_EDITS = 3
const EDITS = 25
const EDIT_GAP_MS = 400
const PAGE_SIZE = 50
const FIGURE = '[data-testid="latest-offer-total"]'
const EDITOR = '[data-testid="offer-editor"]'
const AMOUNT = `${EDITOR} [data-testid="offer-part"] .field--positiveAmount input`
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number.parseInt(process.argv[index + 1] ?? '', 10) : Number.NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** `--sizes 5,5000`: the case sizes to measure, the first being the one the ratios divide by. */
function sizesOption(): number[] | null {
  const index = process.argv.indexOf('--sizes')
  if (index < 0) return null
  const sizes = (process.argv[index + 1] ?? '').split(',').map((size) => Number.parseInt(size, 10))
  return sizes.length > 0 && sizes.every((size) => Number.isInteger(size) && size > 0) ? sizes : null
}

/** `--save FILE` / `--against FILE`: a path after the flag. */
function path(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}

function fail(message: string): never {
  console.error(`\nbench:browser: ${message}`)
  process.exit(1)
}

/** The generated case, as text, with the engine's figures to check the screen against. */
function benchCase(offers: number): { text: string; file: CaseFile } {
  const text = `${JSON.stringify(generateCase({ offers }), null, 2)}\n`
  return { text, file: parseCaseFile(JSON.parse(text)) }
}

async function importCase(page: Page, base: string, offers: number, text: string): Promise<number> {
  await page.goto(`${base}/`)
  await page.getByTestId('import-input').waitFor({ state: 'attached' })
  const shown = page.evaluate(`window.__bench.whenShown(${JSON.stringify(FIGURE)}, null, 120000)`) as Promise<number>
  await page.getByTestId('import-input').setInputFiles({ name: `bench-${offers}.case.json`, mimeType: 'application/json', buffer: Buffer.from(text) })
  const end = await shown
  const start = (await page.evaluate('window.__bench.importStart')) as number
  if (!(start > 0)) fail('the import field never reported a change')
  return end - start
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize
}

/** Turns the negotiation table's pages to the one with `id`, and opens its editor; returns ms to the painted editor. */
async function openEditor(page: Page, file: CaseFile, id: string): Promise<number> {
  const index = summarizeCase(file).offers.findIndex((offer) => offer.id === id)
  const next = page.locator('#negotiation .pager button').last()
  for (let p = 1; p <= Math.floor(index / PAGE_SIZE); p++) await next.click()
  const row = page.locator(`#negotiation tr[data-offer-id="${id}"]`)
  await row.waitFor()
  await row.scrollIntoViewIfNeeded()
  const selector = `#negotiation tr[data-offer-id="${id}"] .row-actions button`
  return (await page.evaluate(`(async () => {
    const button = document.querySelector(${JSON.stringify(selector)})
    const start = performance.now()
    const shown = new Promise((resolve) => {
      const done = () => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(null) })
      const observer = new MutationObserver(() => { if (document.querySelector(${JSON.stringify(AMOUNT)})) { observer.disconnect(); done() } })
      observer.observe(document.body, { childList: true, subtree: true })
    })
    button.click()
    return (await shown) - start
  })()`)) as number
}

async function measureSize(page: Page, base: string, offers: number, scripts: readonly string[]): Promise<RunFigures> {
  const { text, file } = benchCase(offers)
  const latest = summarizeCase(file).latestOffer
  if (!latest || latest.offer.from !== 'seller') fail(`the ${offers}-offer case has no latest seller offer`)
  const loadedBefore = scripts.length
  const importMs = await importCase(page, base, offers, text)
  const heap = offers === 5_000 ? await heapAfterGc(page) : null

  // importCase loaded the app afresh: what it fetched since, before the chart is on screen.
  const chartBeforeShown = scripts.slice(loadedBefore).some((url) => url.includes('chartSetup'))
  await page.locator('#analysis').scrollIntoViewIfNeeded()
  await page.locator('[data-testid="chart"][data-state="ready"]').first().waitFor({ timeout: 120_000 })

  const openEditorMs = await openEditor(page, file, latest.id)
  const choices = (await page.evaluate(`document.querySelectorAll('${EDITOR} option, ${EDITOR} [role="option"]').length`)) as number
  await page.locator(AMOUNT).first().scrollIntoViewIfNeeded()
  const original = await page.locator(AMOUNT).first().inputValue()

  const since = (await page.evaluate('performance.now()')) as number
  const times: number[] = []
  let last = original
  for (let i = 1; i <= WARMUP_EDITS + EDITS; i++) {
    last = new Dec(original).plus(i * 37).toFixed(2)
    const ms = (await page.evaluate(`window.__bench.edit(${JSON.stringify(AMOUNT)}, ${JSON.stringify(FIGURE)}, ${JSON.stringify(last)}, 60000)`)) as number
    if (i > WARMUP_EDITS) times.push(ms)
    await page.waitForTimeout(EDIT_GAP_MS)
  }
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 60_000 })
  const tasks = (await page.evaluate(`window.__bench.longTasksSince(${since})`)) as { duration: number }[]

  // The screen must show the engine's figure for the edited case, or nothing here means anything.
  const offer = latest.offer as SellerOffer
  const [first, ...rest] = offer.components
  const edited: CaseFile = { ...file, offers: file.offers.map((o) => (o.id === offer.id ? { ...offer, components: [{ ...first!, amount: last }, ...rest] } : o)) }
  const want = exactFigure(summarizeCase(edited).latestOffer?.total)
  const shown = await page.locator(FIGURE).getAttribute('data-value')
  if (shown !== want) fail(`after the edits the ${offers}-offer case shows ${shown} as the latest offer's total, the engine says ${want}`)
  if ((PROFILE_EDITS > 0 || TRACE_EDITS > 0) && !profiled && offers === Math.max(...SIZES)) {
    profiled = true
    let more = 0
    const oneEdit = async () => {
      const value = new Dec(last).plus(++more * 11).toFixed(2)
      await page.evaluate(`window.__bench.edit(${JSON.stringify(AMOUNT)}, ${JSON.stringify(FIGURE)}, ${JSON.stringify(value)}, 60000)`)
      await page.waitForTimeout(EDIT_GAP_MS)
      await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 60_000 })
    }
    if (PROFILE_EDITS > 0) await profileEdits(page, offers, PROFILE_EDITS, oneEdit)
    if (TRACE_EDITS > 0) await traceEdits(page, offers, TRACE_EDITS, oneEdit)
  }

  return { offers, importMs, edits: times, longTasks: tasks.map((task) => task.duration), openEditorMs, choices, heap, chartBeforeShown }
}

async function pageLoad(context: BrowserContext, url: string, ready: string, what: string): Promise<PageLoad> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const scripts = collectScripts(page)
  await page.goto(url)
  await page.locator(ready).first().waitFor({ timeout: 120_000 })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  await page.close()
  return { what, scripts: await Promise.all(scripts) }
}

async function printPdf(context: BrowserContext, base: string): Promise<{ readyMs: number; pdfMs: number; pages: number }> {
  const page = await context.newPage()
  await page.addInitScript({ content: PROBES })
  const { text } = benchCase(200)
  await importCase(page, base, 200, text)
  const start = Date.now()
  await page.goto(`${base}/cases/bench-200/print`)
  await page.getByTestId('memo').waitFor()
  await page.getByTestId('print-chart').waitFor({ timeout: 60_000 })
  const readyMs = Date.now() - start
  const pdfStart = Date.now()
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pdfMs = Date.now() - pdfStart
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  await page.close()
  return { readyMs, pdfMs, pages }
}

async function run(browser: Browser, base: string): Promise<RunFigures[]> {
  // No service worker: its precache would download every chunk beside the measured page, and
  // serve later loads from its cache; what is measured is the app as the network delivers it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', serviceWorkers: 'block' })
  await context.addInitScript({ content: PROBES })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const figures: RunFigures[] = []
  for (const offers of SIZES) figures.push(await measureSize(page, base, offers, scripts))
  if (errors.length > 0) fail(`the page reported errors: ${errors.join('; ')}`)
  await context.close()
  return figures
}

async function main(): Promise<void> {
  const runs = option('runs', 3)
  const root = resolve(import.meta.dirname, '..')
  // `--dist DIR`: measure another build (e.g. one kept from before a change) than `dist`.
  const dist = process.argv.indexOf('--dist') >= 0 ? process.argv[process.argv.indexOf('--dist') + 1] : undefined
  const server = await preview({ root, logLevel: 'error', ...(dist ? { build: { outDir: resolve(dist) } } : {}), preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') fail('the preview server has no port')
  const base = `http://127.0.0.1:${address.port}`
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS })
  try {
    const all: RunFigures[][] = []
    for (let r = 1; r <= runs; r++) {
      process.stdout.write(`run ${r} of ${runs}…\n`)
      all.push(await run(browser, base))
    }
    // Page weight and print, once: in a context that holds a case of each size.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', serviceWorkers: 'block' })
    await context.addInitScript({ content: PROBES })
    const setup = await context.newPage()
    for (const offers of SIZES) await importCase(setup, base, offers, benchCase(offers).text)
    await setup.close()
    const home = await pageLoad(context, `${base}/`, '[data-testid="case-row"]', 'home page (3 cases stored)')
    const shown = SIZES.includes(500) ? 500 : SIZES[SIZES.length - 1]!
    const casePage = await pageLoad(context, `${base}/cases/bench-${shown}`, FIGURE, `case page (${shown.toLocaleString('en-US')} offers), analysis not scrolled to`)
    const print = await printPdf(context, base)
    await context.close()
    const against = path('against')
    const report = {
      runs: all,
      loads: [home, casePage],
      print,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Chromium ${browser.version()}, Node ${process.version}`,
      before: against ? (JSON.parse(readFileSync(against, 'utf8')) as Baseline) : null,
    }
    printReport(report)
    const save = path('save')
    if (save) writeFileSync(save, `${JSON.stringify(baselineOf(report, `${dist ?? 'dist'} at ${new Date().toISOString().slice(0, 16)}Z`), null, 2)}\n`)
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
