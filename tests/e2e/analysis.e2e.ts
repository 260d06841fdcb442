// The analysis section in Chromium: both charts drawn for every worked example
// with the case's own numbers, chart.js fetched only when the section is seen,
// two harbor-tools offers compared, and a what-if run and saved.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { Dec, formatMoney, formatPercent, isolate, minorUnits, parseCaseFileText, type CaseFile } from '../../src/domain'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'
import { EXAMPLES, example, fill, importFile } from './ui'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface ExpectedOffer {
  id: string
  from: 'seller' | 'buyer'
  status: string
  total: string
  ratio: string | null
  byFamily: string
}
interface ChartData {
  labels: string[][]
  datasets: { label: string; data: (number | { x: number; y: number })[] }[]
}

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
/** What the chart adapter must hand chart.js for an exact amount: rounded half-up to the currency's minor units. */
const drawnAs = (value: string, currency: string) => Number(new Dec(value).toDecimalPlaces(minorUnits(currency), Dec.ROUND_HALF_UP).toFixed(minorUnits(currency)))

async function openExample(name: string, size: { width?: number; height?: number } = {}): Promise<{ page: Page; close: () => Promise<void>; file: CaseFile; chartRequests: string[] }> {
  const { context, page } = await freshPage(browser, size)
  const chartRequests: string[] = []
  page.on('request', (request) => {
    if (/chartSetup/.test(request.url())) chartRequests.push(request.url())
  })
  await page.goto(baseUrl())
  await importFile(page, `${EXAMPLES}/${name}.case.json`)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()
  const file = parseCaseFileText(readFileSync(`${EXAMPLES}/${name}.case.json`, 'utf8'))
  return { page, close: () => context.close(), file, chartRequests }
}

async function openTab(page: Page, tab: 'convergence' | 'composition' | 'compare' | 'whatif'): Promise<void> {
  await page.getByTestId(`analysis-tab-${tab}`).click()
  await expect.poll(() => page.getByTestId(`analysis-tab-${tab}`).getAttribute('aria-selected')).toBe('true')
}

/** Waits for the chart of a tab to be drawn; returns the numbers chart.js was given and how much of the canvas is inked. */
async function drawnChart(page: Page, tab: string): Promise<{ data: ChartData; inked: number; width: number }> {
  const frame = page.locator(`#analysis-panel-${tab} [data-testid="chart"]`)
  await expect.poll(() => frame.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready')
  const data = JSON.parse(await frame.evaluate((element) => JSON.stringify((element as HTMLElement & { chartData?: unknown }).chartData ?? {}))) as ChartData
  const measure = () =>
    frame.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      let count = 0
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++
      return { inked: count, width: canvas.getBoundingClientRect().width }
    })
  // The entry animation is short; wait until two readings agree rather than for a fixed time.
  let { inked, width } = await measure()
  for (let settled = false; !settled; ) {
    await page.waitForTimeout(100)
    const next = await measure()
    settled = next.inked === inked && next.inked > 0
    ;({ inked, width } = next)
  }
  return { data, inked, width }
}

const points = (data: ChartData, label: string) => data.datasets.find((d) => d.label === label)?.data as { x: number; y: number }[] | undefined

describe.each(['harbor-tools', 'kowloon-vanished', 'empty'])('the charts of the %s example', (name) => {
  it('draws the convergence and composition charts with the case’s figures', async () => {
    const { page, close, file, chartRequests } = await openExample(name)
    const { expected } = example(name)
    const currency = file.baseCurrency
    const offers = expected.offers as unknown as ExpectedOffer[]
    const dateOf = (id: string) => file.offers.find((o) => o.id === id)!.date

    // The first screen does not download chart.js.
    await page.waitForLoadState('networkidle')
    expect(chartRequests).toEqual([])

    await openTab(page, 'convergence')
    if (offers.length === 0) {
      await expect.poll(() => page.getByTestId('convergence').textContent()).toContain('No offers or demands yet')
      expect(await page.locator('#analysis-panel-convergence canvas').count()).toBe(0)
    } else {
      const { data, inked } = await drawnChart(page, 'convergence')
      expect(chartRequests.length).toBe(1)
      expect(inked).toBeGreaterThan(3000)
      const series = (side: string) => offers.filter((o) => o.from === side && o.status !== 'withdrawn')
      const seller = points(data, 'Seller offers')!
      expect(seller.slice(0, series('seller').length)).toEqual(series('seller').map((o) => ({ x: day(dateOf(o.id)), y: drawnAs(o.total, currency) })))
      const buyer = points(data, 'Buyer demands')!
      expect(buyer.slice(0, series('buyer').length)).toEqual(series('buyer').map((o) => ({ x: day(dateOf(o.id)), y: drawnAs(o.total, currency) })))
      const lossLabel = `Loss ${formatMoney(new Dec(expected.lossTotal as string), currency)}`
      expect(points(data, lossLabel)?.map((p) => p.y)).toEqual([drawnAs(expected.lossTotal as string, currency), drawnAs(expected.lossTotal as string, currency)])
      const accepted = offers.find((o) => o.id === expected.acceptedOffer)
      expect(points(data, 'Accepted')).toEqual(accepted ? [{ x: day(dateOf(accepted.id)), y: drawnAs(accepted.total, currency) }] : undefined)
      const withdrawn = offers.filter((o) => o.status === 'withdrawn')
      expect(points(data, 'Withdrawn')).toEqual(withdrawn.length ? withdrawn.map((o) => ({ x: day(dateOf(o.id)), y: drawnAs(o.total, currency) })) : undefined)
      await screenshot(page, `analysis-convergence-${name}`)
    }

    await openTab(page, 'composition')
    const sellerOffers = offers.filter((o) => o.from === 'seller')
    if (sellerOffers.length === 0) {
      await expect.poll(() => page.getByTestId('composition').textContent()).toContain('No seller offers yet')
    } else {
      for (const mode of ['party', 'kind']) {
        if (mode === 'kind') await page.getByTestId('composition-mode').getByText('By kind').click()
        await expect.poll(async () => (await drawnChart(page, 'composition')).data.datasets.some((d) => d.label === 'cash') === (mode === 'kind')).toBe(true)
        const { data, inked } = await drawnChart(page, 'composition')
        expect(inked).toBeGreaterThan(3000)
        // Each bar is named as the negotiation names it: "Seller offer 1", "Seller offer 2"…
        expect(data.labels.map((lines) => lines[0])).toEqual(sellerOffers.map((_, index) => `Seller offer ${index + 1}`))
        // Each bar adds up to its offer's total (each part rounded to cents on its own).
        sellerOffers.forEach((offer, index) => {
          const stacked = data.datasets.reduce((sum, d) => sum + (d.data[index] as number), 0)
          expect(Math.abs(stacked - drawnAs(offer.total, currency))).toBeLessThanOrEqual(0.01 * data.datasets.length)
        })
        await screenshot(page, `analysis-composition-${mode}-${name}`)
      }
    }
    expect(pageErrors(page)).toEqual([])
    await close()
  })
})

it('shows the father’s mortgage and the cousin’s cash entering harbor-tools in the third offer', async () => {
  const { page, close } = await openExample('harbor-tools')
  await openTab(page, 'composition')
  const { data } = await drawnChart(page, 'composition')
  const bar = (label: string) => data.datasets.find((d) => d.label === label)?.data
  // Each name isolated in its label, as in every phrase (words/isolate.ts).
  expect(bar(`${isolate('Zhang Jun')} (father or mother), depends on property`)).toEqual([0, 0, 34722.22])
  expect(bar(`${isolate('Li Na')} (cousin)`)).toEqual([0, 0, 6944.44])
  expect(bar(`${isolate('Zhang Jun')} (father or mother)`)).toEqual([0, 13888.89, 0])
  const milestones = await page.getByTestId('milestones').locator('li').allTextContents()
  expect(milestones).toContain('Extended family: from Seller offer 3 · May 16, 2024')
  expect(milestones).toContain('Family real estate: from Seller offer 3 · May 16, 2024')
  await close()
})

it('saves the convergence chart as a crisp PNG, as the print view uses it', async () => {
  const { page, close } = await openExample('harbor-tools')
  await openTab(page, 'convergence')
  await drawnChart(page, 'convergence')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-convergence-png').click()])
  expect(download.suggestedFilename()).toBe('harbor-tools-2024-convergence.png')
  const png = readFileSync((await download.path())!)
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  // 1200 × 520 CSS pixels at a device pixel ratio of 2.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1040])
  await close()
})

it('compares harbor-tools offers o2 and o3 side by side', async () => {
  const { page, close } = await openExample('harbor-tools')
  const { expected } = example('harbor-tools')
  const offers = expected.offers as unknown as ExpectedOffer[]
  await openTab(page, 'compare')
  const table = page.getByTestId('comparison-table')
  const cell = (row: string, offer: string) => table.locator(`td[data-row="${row}"][data-offer="${offer}"]`)
  const columns = () => table.locator('td[data-row="total"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-offer')))

  // Pick o1 and o3, then o2 and o3.
  await page.getByTestId('compare-pick-o2').uncheck()
  await page.getByTestId('compare-pick-o1').check()
  await expect.poll(columns).toEqual(['o1', 'o3'])
  await page.getByTestId('compare-pick-o2').check()
  await page.getByTestId('compare-pick-o1').uncheck()
  await expect.poll(columns).toEqual(['o2', 'o3'])

  for (const id of ['o2', 'o3']) {
    const offer = offers.find((o) => o.id === id)!
    expect(await cell('total', id).getAttribute('data-value')).toBe(offer.total)
    expect((await cell('total', id).textContent())?.trim()).toBe(formatMoney(new Dec(offer.total), 'USD'))
    expect((await cell('ratio', id).textContent())?.trim()).toBe(formatPercent(new Dec(offer.ratio!)))
    expect((await cell('byFamily', id).textContent())?.trim()).toBe(formatMoney(new Dec(offer.byFamily), 'USD'))
  }
  expect((await cell('concession', 'o3').textContent())?.trim()).toBe('+$27,777.78 since Seller offer 2')
  expect((await cell('party:li-na', 'o2').textContent())?.trim()).toBe('—')
  expect((await cell('party:li-na', 'o3').textContent())?.trim()).toBe('$6,944.44')
  expect((await cell('timing:now', 'o3').textContent())?.trim()).toBe('$34,722.22')
  expect((await cell('timing:property', 'o3').textContent())?.trim()).toBe('$34,722.22')
  expect((await cell('pledge:yiwu-flat', 'o3').textContent())?.replace(/\s+/g, ' ').trim()).toBe('$34,722.22 within equity')
  expect(await table.textContent()).toContain('quick-sale net equity $68,055.56')
  expect(await cell('signals', 'o2').getAttribute('data-level')).toBe('possible')
  expect(await cell('signals', 'o3').getAttribute('data-level')).toBe('likely')
  await page.getByTestId('comparison').scrollIntoViewIfNeeded()
  await screenshot(page, 'analysis-compare-harbor-tools')
  expect(pageErrors(page)).toEqual([])
  await close()
})

it('runs a what-if on harbor-tools without saving it, then saves it as a real offer', async () => {
  const { page, close } = await openExample('harbor-tools')
  const { expected } = example('harbor-tools')
  await openTab(page, 'whatif')
  const whatif = page.getByTestId('whatif')
  const shown = async (testid: string) => (await whatif.getByTestId(testid).textContent())?.trim()
  await expect.poll(() => shown('whatif-total')).toBe('$69,444.44')

  // The cousin puts in 80,000 CNY instead of 50,000.
  await fill(whatif.getByTestId('offer-part').nth(2), { Amount: '80000' })
  const total = new Dec('530000').div('7.2')
  await expect.poll(() => whatif.getByTestId('whatif-total').getAttribute('data-value')).toBe(total.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8))
  expect(await shown('whatif-total')).toBe('$73,611.11')
  expect(await shown('whatif-ratio')).toBe(formatPercent(total.div(expected.lossTotal as string)))
  expect(await shown('whatif-gap')).toBe('$6,388.89')
  expect(await shown('whatif-change')).toBe('+$4,166.67')
  expect(await whatif.getByTestId('whatif-assessment').getAttribute('data-level')).toBe('likely')
  await screenshot(page, 'analysis-whatif-harbor-tools')

  // Nothing was saved: the negotiation and the summary are as they were.
  expect(await page.getByTestId('offer-row').count()).toBe(5)
  const panel = page.getByTestId('summary-panel')
  expect(await panel.getByTestId('latest-offer-total').getAttribute('data-value')).toBe('69444.44444444')

  await whatif.getByTestId('save-offer').click()
  await expect.poll(() => shown('whatif-saved')).toContain('Added to the negotiation as Seller offer 4.')
  await expect.poll(() => page.locator('[data-testid="offer-row"][data-offer-id="o4"]').count()).toBe(1)
  await expect.poll(() => panel.getByTestId('latest-offer-total').getAttribute('data-value')).toBe('73611.11111111')
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')

  // Saved for good: after a reload the offer is still there, and the chart shows it.
  await page.reload()
  await expect.poll(() => page.locator('[data-testid="offer-row"][data-offer-id="o4"]').count()).toBe(1)
  await openTab(page, 'convergence')
  const { data } = await drawnChart(page, 'convergence')
  expect(points(data, 'Seller offers')?.some((p) => p.y === 73611.11)).toBe(true)
  expect(pageErrors(page)).toEqual([])
  await close()
})

describe('on a 390-wide phone', () => {
  it('draws every chart and table within the screen', async () => {
    const { page, close } = await openExample('harbor-tools', { width: 390, height: 844 })
    for (const tab of ['convergence', 'composition'] as const) {
      await openTab(page, tab)
      const { inked, width } = await drawnChart(page, tab)
      expect(inked).toBeGreaterThan(2000)
      expect(width).toBeLessThanOrEqual(360)
      await screenshot(page, `analysis-${tab}-phone`)
    }
    for (const tab of ['compare', 'whatif'] as const) {
      await openTab(page, tab)
      await screenshot(page, `analysis-${tab}-phone`)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(pageErrors(page)).toEqual([])
    await close()
  })
})
