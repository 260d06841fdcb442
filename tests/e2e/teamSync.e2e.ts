// Team sync in the browser (issue 23): three browser contexts against the embedded server on the
// app's own origin. The laptop imports a case and edits it, the phone sees the edit; both go
// offline and edit, and the merge keeps both records with the one real conflict shown; the client
// (a reader) sees the case read only; the server stores no case text; the history verifies once
// the laptop registers the phone. Screenshots with SCREENSHOTS=dir.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, screenshot } from './browser'
import { basicAuth, syncServer } from './sync'
import { EXAMPLES, fill, importFile } from './ui'
import { connect as connectTo, errors, goSync, newDatabase, openCase, saved, synced } from './syncUi'

const HARBOR = `${EXAMPLES}/harbor-tools.case.json`
const HARBOR_ID = 'harbor-tools-2024'

let browser: Browser
const contexts: BrowserContext[] = []
let database: string

beforeAll(async () => {
  browser = await launch()
  database = await newDatabase('team')
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

/** Every document and leaf revision of the team's database, as the server's operator reads them. */
async function stored(): Promise<unknown[]> {
  const { url, admin } = syncServer()
  const headers = { Authorization: basicAuth(admin), Accept: 'application/json' }
  const changes = (await (await fetch(`${url}/${database}/_changes?style=all_docs`, { headers })).json()) as { results: { id: string }[] }
  const documents: unknown[] = []
  for (const row of changes.results) {
    const leaves = (await (await fetch(`${url}/${database}/${encodeURIComponent(row.id)}?open_revs=all`, { headers })).json()) as { ok?: unknown }[]
    for (const leaf of leaves) if (leaf.ok) documents.push(leaf.ok)
  }
  return documents
}

async function device(options: { width?: number; height?: number } = {}): Promise<Page> {
  const { context, page } = await freshPage(browser, options)
  contexts.push(context)
  return page
}

/** The case's exchange rates as the rates section shows them. */
async function visibleRates(page: Page): Promise<string> {
  return ((await page.locator('#fx').textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

const connect = (page: Page, who: { person: string; deviceName: string; reader?: boolean }) => connectTo(page, database, who)

describe('team sync through the embedded server', () => {
  let laptop: Page
  let phone: Page

  it('the laptop’s case and its edit reach the phone; the server stores none of its text', async () => {
    laptop = await device()
    await laptop.goto(baseUrl())
    await importFile(laptop, HARBOR)
    await laptop.waitForURL(/\/cases\//)
    await laptop.getByTestId('summary-panel').waitFor()
    await connect(laptop, { person: 'Li Na', deviceName: 'office laptop' })
    await screenshot(laptop, 'sync-settings-laptop')

    phone = await device({ width: 390, height: 844 })
    await connect(phone, { person: 'Wang Fang', deviceName: 'phone' })
    await phone.locator('a.brand').click()
    await expect.poll(() => phone.getByRole('link', { name: 'Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', exact: true }).count(), { timeout: 30_000 }).toBe(1)

    // The laptop edits the case title; the phone's open case shows it.
    await openCase(phone)
    await openCase(laptop)
    await fill(laptop.locator('#case'), { 'Case title': 'Harbor Tools (edited on the laptop)' })
    await saved(laptop)
    await expect.poll(() => phone.getByTestId('case-title').textContent(), { timeout: 30_000 }).toBe('Harbor Tools (edited on the laptop)')
    await screenshot(phone, 'sync-case-phone')

    const raw = JSON.stringify(await stored())
    for (const text of ['Harbor Tools', 'Huaxin', 'Zhang Wei', 'Zhang Jun', 'Li Na', 'Wang Fang', 'office laptop', 'Local counsel retainer', '27000.00', '250000', HARBOR_ID, 'zhang-wei'])
      expect(raw, text).not.toContain(text)
    expect(errors(laptop, phone)).toEqual([])
  })

  it('both offline, both edit: different fields are both kept, the same field is one conflict shown on both', async () => {
    await openCase(laptop)
    await openCase(phone)
    await laptop.context().setOffline(true)
    await phone.context().setOffline(true)
    // The same setting changed differently, and one other field each.
    await fill(laptop.locator('#settings'), { 'Quick-sale factor': '0.7' })
    await saved(laptop)
    await fill(phone.locator('#settings'), { 'Quick-sale factor': '0.6' })
    await saved(phone)
    await laptop.context().setOffline(false)
    await phone.context().setOffline(false)
    await laptop.evaluate(() => window.dispatchEvent(new Event('online')))
    await phone.evaluate(() => window.dispatchEvent(new Event('online')))

    for (const page of [laptop, phone]) {
      await expect.poll(() => page.getByTestId('sync-conflict').count(), { timeout: 30_000 }).toBe(1)
      await expect.poll(() => page.getByTestId('sync-conflict-version').count()).toBe(2)
    }
    await screenshot(laptop, 'sync-conflict-laptop')
    // The laptop keeps the phone's value: both devices end with it, and the question is gone.
    const versions = laptop.getByTestId('sync-conflict-version')
    const other = versions.filter({ has: laptop.locator('dd[data-field="settings.quickSaleFactor"]', { hasText: '0.6' }) })
    await other.getByTestId('sync-keep').click()
    for (const page of [laptop, phone]) {
      await expect.poll(() => page.getByTestId('sync-conflict').count(), { timeout: 30_000 }).toBe(0)
      await expect.poll(() => page.locator('#settings').getByLabel(/^Quick-sale factor/).inputValue(), { timeout: 30_000 }).toBe('0.6')
    }
    expect(errors(laptop, phone)).toEqual([])
  })

  it('a base currency changed differently on both devices offline is one question with each side’s rates; both end with the chosen base and its rates', async () => {
    const rebase = async (page: Page, to: string, rate?: string) => {
      await page.getByTestId('rebase-to').fill(to)
      if (rate) await page.getByTestId('rebase-rate').fill(rate)
      await page.getByTestId('rebase-apply').click()
      await saved(page)
    }
    await openCase(laptop)
    await openCase(phone)
    // The panel opened while online (its code loads on first use), then both go offline.
    for (const page of [laptop, phone]) {
      await page.getByTestId('change-base').click()
      await page.getByTestId('rebase-to').waitFor()
    }
    await laptop.context().setOffline(true)
    await phone.context().setOffline(true)
    await rebase(laptop, 'EUR', '0.9')
    await rebase(phone, 'CNY')
    await laptop.context().setOffline(false)
    await phone.context().setOffline(false)
    await laptop.evaluate(() => window.dispatchEvent(new Event('online')))
    await phone.evaluate(() => window.dispatchEvent(new Event('online')))

    // One question on each device, its versions with their rates; the rates' own questions are not asked apart.
    for (const page of [laptop, phone]) {
      await expect.poll(() => page.locator('[data-testid="sync-conflict"] dd[data-field="fx/USD"]').count(), { timeout: 30_000 }).toBe(2)
      expect(await page.getByTestId('sync-conflict').count()).toBe(1)
    }
    await laptop.getByTestId('sync-conflict').scrollIntoViewIfNeeded()
    await screenshot(laptop, 'sync-conflict-base-laptop')
    const yuan = laptop.getByTestId('sync-conflict-version').filter({ has: laptop.locator('dd[data-field="baseCurrency"]', { hasText: 'CNY' }) })
    await yuan.getByTestId('sync-keep').click()
    for (const page of [laptop, phone]) {
      await expect.poll(() => page.getByTestId('sync-conflict').count(), { timeout: 30_000 }).toBe(0)
      // The case in yuan with the rates the phone wrote for it: 100,000 CNY is the first offer, at face value.
      await expect.poll(async () => (await page.getByTestId('summary-panel').textContent()) ?? '', { timeout: 30_000 }).toContain('(CNY)')
    }
    expect(await visibleRates(phone)).toEqual(await visibleRates(laptop))
    expect(errors(laptop, phone)).toEqual([])
  })

  it('the history verifies once the laptop registers the phone, and prints in both languages', async () => {
    await goSync(phone)
    await expect.poll(() => phone.getByTestId('sync-unregistered').count()).toBe(1)
    await goSync(laptop)
    await synced(laptop)
    await laptop.getByTestId('sync-register').first().click()
    await openCase(laptop)
    const history = laptop.getByTestId('case-history')
    await expect.poll(() => history.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/History intact/)
    await screenshot(laptop, 'sync-history-laptop')
    await history.getByTestId('print-history').click()
    await laptop.getByTestId('history-print').waitFor()
    await expect.poll(() => laptop.getByTestId('history-print').textContent()).toContain('修改记录时间顺序表')
    expect(await laptop.getByTestId('history-print').textContent()).toContain('Chronology of changes')
    expect(errors(laptop)).toEqual([])
  })

  it('the client reads the case and can change nothing, and the page says so', async () => {
    const client = await device()
    await connect(client, { person: 'Client', deviceName: 'client laptop', reader: true })
    await client.locator('a.brand').click()
    await expect.poll(() => client.getByRole('link', { name: /Harbor Tools/ }).count(), { timeout: 30_000 }).toBe(1)
    await openCase(client)
    await client.getByTestId('read-only').waitFor()
    expect(await client.getByTestId('new-seller-offer').count()).toBe(0)
    expect(await client.locator('#settings').getByLabel(/^Quick-sale factor/).isDisabled()).toBe(true)
    await screenshot(client, 'sync-reader')
    expect(errors(client)).toEqual([])
  })
})
