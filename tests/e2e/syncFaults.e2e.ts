// Team sync under faults (issue 23 item 7): the server killed in the middle of replication, a
// browser offline during writes, both browsers and the server restarted, and a hostile server
// (tampered ciphertext, a replayed old revision, an entry signed by an unknown key). Every test
// ends with the devices holding the same, valid case: 0 lost, 0 corrupted. Each device moves
// inside the app by clicking (a reload locks sync until the password and passphrase are typed
// again). Screenshots with SCREENSHOTS=dir.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { baseUrl, CHROMIUM_FLAGS, freshPage, launch, screenshot, watchContentSecurityPolicy } from './browser'
import { restartSyncServer, stopSyncServer, syncServer, syncServerState } from './sync'
import { addRecord, EXAMPLES, exportThroughDialog, fill, importFile } from './ui'
import { adminHeaders, connect, errors, goSync, newDatabase, openCase, saved, synced } from './syncUi'

const HARBOR = `${EXAMPLES}/harbor-tools.case.json`

let browser: Browser
const contexts: BrowserContext[] = []
const profiles: string[] = []

beforeAll(async () => {
  browser = await launch()
})
afterEach(async () => {
  // One server serves the whole run: a test that stopped it never leaves it stopped.
  if (!(await syncServerState()).running) await restartSyncServer()
})
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
})

type Stored = Record<string, unknown> & { _id: string; _rev: string }

/** Every current document of a database, as the server's operator reads them, by id. */
async function storedById(database: string): Promise<Map<string, Stored>> {
  const { url } = syncServer()
  const response = await fetch(`${url}/${database}/_all_docs?include_docs=true`, { headers: adminHeaders() })
  expect(response.ok).toBe(true)
  const body = (await response.json()) as { rows: { id: string; doc: Stored }[] }
  return new Map(body.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => [row.id, row.doc]))
}

/** Writes a document as a new revision on top of the server's current one, as a hostile server's operator can. */
async function putOnTop(database: string, id: string, body: Record<string, unknown>): Promise<void> {
  const { url } = syncServer()
  const current = (await storedById(database)).get(id)!
  const { _id: _ignored, _rev: _old, ...rest } = body as Stored
  void _ignored
  void _old
  const response = await fetch(`${url}/${database}/${encodeURIComponent(id)}`, { method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ ...rest, _id: id, _rev: current._rev }) })
  expect(response.status, await response.clone().text()).toBe(201)
}

async function device(options: { width?: number; height?: number } = {}): Promise<Page> {
  const { context, page } = await freshPage(browser, options)
  contexts.push(context)
  return page
}

/** A device whose IndexedDB outlives the browser: a Chromium profile in a directory of its own. */
async function persistentDevice(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    acceptDownloads: true,
  })
  await watchContentSecurityPolicy(context)
  const page = context.pages()[0] ?? (await context.newPage())
  const seen: string[] = []
  page.on('pageerror', (error) => seen.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(message.text())
  })
  ;(page as Page & { errors: string[] }).errors = seen
  return { context, page }
}

async function setTitle(page: Page, title: string): Promise<void> {
  await fill(page.locator('#case'), { 'Case title': title })
  await saved(page)
}

/** The open case as its export writes it (the file a colleague would get), without the moment of export. */
async function exported(page: Page): Promise<Record<string, unknown>> {
  const download = await exportThroughDialog(page, () => page.getByTestId('export-case').click())
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>
  return file
}

/** What a device shows of the open case, whatever its screen size: its title, its losses and the summary's figures. */
async function visible(page: Page): Promise<{ title: string | null; losses: string[]; figures: (string | null)[][] }> {
  return {
    title: await page.getByTestId('case-title').textContent(),
    losses: (await page.locator('#losses').textContent())?.split(/\s+/).filter(Boolean) ?? [],
    figures: await page
      .getByTestId('summary-panel')
      .locator('[data-value]')
      .evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-testid'), element.getAttribute('data-value')])),
  }
}

describe('team sync under faults', () => {
  let database: string
  let laptop: Page
  let phone: Page

  it('the server killed in the middle of replication loses nothing: the phone ends with the laptop’s case', async () => {
    database = await newDatabase('kill')
    laptop = await device()
    await laptop.goto(baseUrl())
    await importFile(laptop, HARBOR)
    await laptop.waitForURL(/\/cases\//)
    await connect(laptop, database, { person: 'Li Na', deviceName: 'office laptop' })
    phone = await device({ width: 390, height: 844 })
    await connect(phone, database, { person: 'Wang Fang', deviceName: 'phone' })
    await phone.locator('a.brand').click()
    await expect.poll(() => phone.getByRole('link', { name: /^Harbor Tools/ }).count(), { timeout: 30_000 }).toBe(1)
    await openCase(laptop)
    await openCase(phone)

    for (let i = 1; i <= 3; i++) await setTitle(laptop, `Harbor Tools edit ${i}`)
    // Stopped while it answers requests (the replications' changes feeds, a write): they are cut off.
    await expect.poll(async () => (await syncServerState()).inFlight).toBeGreaterThan(0)
    await fill(laptop.locator('#case'), { 'Case title': 'Harbor Tools edit 4' })
    const before = await syncServerState()
    const after = await stopSyncServer()
    expect(before.inFlight).toBeGreaterThan(0)
    expect(after).toEqual({ running: false, inFlight: 0 })
    await saved(laptop)
    for (let i = 5; i <= 7; i++) await setTitle(laptop, `Harbor Tools edit ${i}`)
    await addRecord(laptop, 'losses', { Date: '2024-03-30', Description: 'Courier while the server was down', Amount: 'USD 120' })
    await saved(laptop)
    // The server is really down: none of this reaches the phone, and the laptop says its changes wait.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await phone.getByTestId('case-title').textContent()).not.toBe('Harbor Tools edit 7')
    expect(await phone.locator('#losses').textContent()).not.toContain('Courier while the server was down')
    await goSync(laptop)
    await expect.poll(() => laptop.getByTestId('sync-status').getAttribute('data-state')).not.toBe('synced')
    await screenshot(laptop, 'faults-server-down-laptop')

    await restartSyncServer()
    await openCase(laptop)
    for (let i = 8; i <= 10; i++) await setTitle(laptop, `Harbor Tools edit ${i}`)
    await addRecord(laptop, 'losses', { Date: '2024-04-02', Description: 'Translation after the restart', Amount: 'USD 80' })
    await saved(laptop)

    await expect.poll(() => phone.getByTestId('case-title').textContent(), { timeout: 60_000 }).toBe('Harbor Tools edit 10')
    await expect.poll(async () => (await phone.locator('#losses').textContent()) ?? '', { timeout: 30_000 }).toContain('Translation after the restart')
    expect(await visible(phone)).toEqual(await visible(laptop))
    expect(await exported(phone)).toEqual(await exported(laptop))
    await goSync(laptop)
    await synced(laptop)
    expect(errors(laptop, phone)).toEqual([])
  })

  it('a browser offline during writes keeps its changes, says how many wait, and sends them when back', async () => {
    await openCase(laptop)
    await openCase(phone)
    await laptop.context().setOffline(true)
    await laptop.evaluate(() => window.dispatchEvent(new Event('offline')))
    await setTitle(laptop, 'Harbor Tools offline 1')
    await fill(laptop.locator('#settings'), { 'Quick-sale factor': '0.65' })
    await saved(laptop)
    await addRecord(laptop, 'losses', { Date: '2024-04-05', Description: 'Storage paid offline', Amount: 'USD 45' })
    await saved(laptop)
    await setTitle(laptop, 'Harbor Tools offline 2')

    await goSync(laptop)
    const status = laptop.getByTestId('sync-status')
    await expect.poll(() => status.getAttribute('data-state')).toBe('offline')
    await expect.poll(async () => Number(/^Offline — (\d+) changes? waiting$/.exec((await status.textContent())?.trim() ?? '')?.[1] ?? 0)).toBeGreaterThan(0)
    await screenshot(laptop, 'faults-offline-laptop')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await phone.getByTestId('case-title').textContent()).toBe('Harbor Tools edit 10')

    await laptop.context().setOffline(false)
    await laptop.evaluate(() => window.dispatchEvent(new Event('online')))
    await synced(laptop)
    await expect.poll(() => phone.getByTestId('case-title').textContent(), { timeout: 30_000 }).toBe('Harbor Tools offline 2')
    await expect.poll(() => phone.locator('#settings').getByLabel(/^Quick-sale factor/).inputValue(), { timeout: 30_000 }).toBe('0.65')
    await openCase(laptop)
    await expect.poll(async () => (await phone.locator('#losses').textContent()) ?? '', { timeout: 30_000 }).toContain('Storage paid offline')
    expect(await visible(phone)).toEqual(await visible(laptop))
    expect(await exported(phone)).toEqual(await exported(laptop))
    expect(errors(laptop, phone)).toEqual([])
  })

  describe('a hostile server changes nothing, and the app says why', () => {
    /** The case document: the one existing document a title edit gives a new revision. */
    async function caseDocument(edit: () => Promise<void>): Promise<{ before: Stored; after: Stored }> {
      const before = await storedById(database)
      await edit()
      let after = new Map<string, Stored>()
      let changed: string[] = []
      await expect
        .poll(async () => {
          after = await storedById(database)
          changed = [...before.keys()].filter((id) => id !== 'workspace' && after.get(id)?._rev !== before.get(id)!._rev)
          return changed.length
        }, { timeout: 30_000 })
        .toBe(1)
      return { before: before.get(changed[0]!)!, after: after.get(changed[0]!)! }
    }

    async function refusals(page: Page): Promise<string> {
      await goSync(page)
      const list = page.getByTestId('sync-refusals')
      await list.waitFor({ timeout: 30_000 })
      return (await list.textContent()) ?? ''
    }

    it('a replayed old revision of the case is ignored: the case keeps the newer value, and the refusals say so', async () => {
      await openCase(laptop)
      await openCase(phone)
      const { before: old, after: current } = await caseDocument(() => setTitle(laptop, 'Harbor Tools before the replay'))
      await expect.poll(() => phone.getByTestId('case-title').textContent(), { timeout: 30_000 }).toBe('Harbor Tools before the replay')
      expect(await phone.getByTestId('sync-refusals').count()).toBe(0)

      await putOnTop(database, old._id, old)
      await expect.poll(async () => await refusals(phone), { timeout: 30_000 }).toContain('An older copy of a record was served as new and ignored.')
      await screenshot(phone, 'faults-replay-phone')
      await openCase(phone)
      // Kept for a while, not only at first: the replay is the server's current revision now.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await phone.getByTestId('case-title').textContent()).toBe('Harbor Tools before the replay')
      await openCase(laptop)
      expect(await laptop.getByTestId('case-title').textContent()).toBe('Harbor Tools before the replay')

      // The operator puts the newer copy back: nothing to apply, and editing goes on as before.
      await putOnTop(database, current._id, current)
      await setTitle(laptop, 'Harbor Tools after the replay')
      await expect.poll(() => phone.getByTestId('case-title').textContent(), { timeout: 30_000 }).toBe('Harbor Tools after the replay')
      expect(await visible(phone)).toEqual(await visible(laptop))
      expect(errors(laptop, phone)).toEqual([])
    })

    it('a tampered ciphertext is refused: the case is unchanged, and the refusals say it did not decrypt', async () => {
      await goSync(phone)
      const list = phone.getByTestId('sync-refusals')
      expect((await list.count()) > 0 ? await list.textContent() : '').not.toContain('does not decrypt')
      await openCase(phone)
      const before = await visible(phone)
      const documents = await storedById(database)
      // The case document: it last changed with the title (the previous test put it on top).
      const target = [...documents.values()].sort((a, b) => Number(b._rev.split('-')[0]) - Number(a._rev.split('-')[0]))[0]!
      const c = target.c as string
      const at = Math.floor(c.length / 2)
      const tampered = { ...target, c: `${c.slice(0, at)}${c[at] === 'A' ? 'B' : 'A'}${c.slice(at + 1)}` }
      await putOnTop(database, target._id, tampered)

      await expect.poll(async () => await refusals(phone), { timeout: 30_000 }).toContain('A document that does not decrypt with the team key was refused')
      await screenshot(phone, 'faults-tampered-phone')
      await openCase(phone)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await visible(phone)).toEqual(before)

      // Put right by the operator: the case syncs again.
      await putOnTop(database, target._id, target)
      await openCase(laptop)
      await setTitle(laptop, 'Harbor Tools after the tampering')
      await expect.poll(() => phone.getByTestId('case-title').textContent(), { timeout: 30_000 }).toBe('Harbor Tools after the tampering')
      expect(await visible(phone)).toEqual(await visible(laptop))
      expect(errors(laptop, phone)).toEqual([])
    })

    it('an entry signed by an unknown key (an unregistered device’s) is named on the case page’s history line', async () => {
      await openCase(laptop)
      const history = laptop.getByTestId('case-history').getByRole('status')
      await expect.poll(() => history.textContent(), { timeout: 30_000 }).toMatch(/History intact/)
      // The phone was never registered: its edit syncs, and its history entry names a key nobody registered.
      await openCase(phone)
      await setTitle(phone, 'Harbor Tools edited on the phone')
      await expect.poll(() => laptop.getByTestId('case-title').textContent(), { timeout: 30_000 }).toBe('Harbor Tools edited on the phone')
      await expect.poll(() => history.textContent(), { timeout: 30_000 }).toMatch(/History check failed at the entry of .* by Wang Fang: signed by an unknown key/)
      await screenshot(laptop, 'faults-unknown-key-laptop')
      expect(errors(laptop, phone)).toEqual([])
    })
  })

  it('both browsers and the server restarted mid-sync: after unlocking again both hold the same valid case, every edit kept', async () => {
    const db = await newDatabase('restart')
    const dirs = [mkdtempSync(join(tmpdir(), 'faults-a-')), mkdtempSync(join(tmpdir(), 'faults-b-'))]
    profiles.push(...dirs)
    let a = await persistentDevice(dirs[0]!)
    let b = await persistentDevice(dirs[1]!)
    try {
      await a.page.goto(baseUrl())
      await importFile(a.page, HARBOR)
      await a.page.waitForURL(/\/cases\//)
      await connect(a.page, db, { person: 'Li Na', deviceName: 'desk' })
      await connect(b.page, db, { person: 'Wang Fang', deviceName: 'tablet' })
      await b.page.locator('a.brand').click()
      await expect.poll(() => b.page.getByRole('link', { name: /^Harbor Tools/ }).count(), { timeout: 30_000 }).toBe(1)
      await openCase(a.page)
      await openCase(b.page)

      // The server dies while it answers the replications; each device edits a different record,
      // and both browsers close before anything of it reached the other.
      await expect.poll(async () => (await syncServerState()).inFlight).toBeGreaterThan(0)
      await stopSyncServer()
      await setTitle(a.page, 'Harbor Tools before the restart')
      await addRecord(a.page, 'losses', { Date: '2024-05-01', Description: 'Written just before the crash', Amount: 'USD 30' })
      await saved(a.page)
      // The tablet adds a loss too (under team sync a new id carries the device's mark, so the two
      // offline losses are two records, not one record's two versions) and a party.
      await addRecord(b.page, 'losses', { Date: '2024-05-02', Description: 'Added on the tablet offline', Amount: 'USD 40' })
      await addRecord(b.page, 'parties', { Name: 'Chen Jie', Role: 'family', 'Relation to the seller': 'cousin' })
      await saved(b.page)
      expect(await b.page.getByTestId('case-title').textContent()).not.toBe('Harbor Tools before the restart')
      expect(await a.page.locator('#parties').textContent()).not.toContain('Chen Jie')
      expect(await a.page.locator('#losses').textContent()).not.toContain('Added on the tablet offline')
      await a.context.close()
      await b.context.close()
      await restartSyncServer()

      a = await persistentDevice(dirs[0]!)
      b = await persistentDevice(dirs[1]!)
      for (const [device, who] of [
        [a, { person: 'Li Na', deviceName: 'desk' }],
        [b, { person: 'Wang Fang', deviceName: 'tablet' }],
      ] as const) {
        await device.page.goto(baseUrl())
        await goSync(device.page)
        // Locked until the password and passphrase are typed again.
        expect(await device.page.getByTestId('sync-status').getAttribute('data-state')).toBe('locked')
        await connect(device.page, db, who)
      }
      for (const { page } of [a, b]) {
        await openCase(page, /^Harbor Tools before the restart/)
        await expect.poll(async () => (await page.locator('#losses').textContent()) ?? '', { timeout: 30_000 }).toContain('Written just before the crash')
        await expect.poll(async () => (await page.locator('#losses').textContent()) ?? '', { timeout: 30_000 }).toContain('Added on the tablet offline')
        await expect.poll(async () => (await page.locator('#parties').textContent()) ?? '', { timeout: 30_000 }).toContain('Chen Jie')
      }
      expect(await visible(b.page)).toEqual(await visible(a.page))
      expect(await exported(b.page)).toEqual(await exported(a.page))
      for (const { page } of [a, b]) {
        await goSync(page)
        expect(await page.getByTestId('sync-conflict').count()).toBe(0)
      }
      await screenshot(b.page, 'faults-restart-tablet')
      expect(errors(a.page, b.page)).toEqual([])
    } finally {
      await a.context.close().catch(() => undefined)
      await b.context.close().catch(() => undefined)
    }
  })
})
