// npm run test:kill: the browser is killed (SIGKILL, no chance to clean up) at random
// moments while a user types and saves, again and again, on one persistent profile.
// After every restart, every edit that had shown "Saved" must be there, every stored
// case must be whole (valid, as the engine reads it), and the app must open the case.
//
//   KILLS=20 (default)   how many times the browser is killed
//   KILL_SEED=n          the random moments and edits, to repeat a run
//
// It prints the figures and exits non-zero when an acknowledged edit is missing, a case
// is half-written, or the app does not come back.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { preview } from 'vite'
import { CaseFileError, parseCaseFile } from '../../src/domain'
import { CHROMIUM_FLAGS } from '../support/chromium'

const ROOT = resolve(import.meta.dirname, '../..')
const KILLS = Number.parseInt(process.env.KILLS ?? '20', 10)
const SEED = Number.parseInt(process.env.KILL_SEED ?? String(Date.now() % 1_000_000), 10)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const HARBOR = join(ROOT, 'tests/fixtures/examples/harbor-tools.case.json')
const CASE_ID = 'harbor-tools-2024'

/** mulberry32: the same seed gives the same run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = random(SEED)
/** KILL_DEBUG=1 says what each step does. */
const debug = (text: string) => {
  if (process.env.KILL_DEBUG) console.log(`[kill test] ${text}`)
}

interface Figures {
  kills: number
  acknowledged: number
  found: number
  missing: string[]
  halfWritten: string[]
  notReopened: number
}
const figures: Figures = { kills: 0, acknowledged: 0, found: 0, missing: [], halfWritten: [], notReopened: 0 }
/** Costs whose add showed "Saved", by description; and every title that showed "Saved", in order. */
const ackedCosts: string[] = []
const ackedTitles: string[] = []
/** Every title typed (saved or not) since the last acknowledged one: what the stored title may be. */
let typedSince: string[] = []

async function startBrowser(profile: string): Promise<{ process: ChildProcess; browser: Browser; exited: Promise<void> }> {
  // Our own process group, so a kill takes the renderers and the storage service with it.
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const endpoint = await new Promise<string>((found, failed) => {
    let said = ''
    const timer = setTimeout(() => failed(new Error(`Chromium gave no DevTools address: ${said.slice(-500)}`)), 60_000)
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(said)
      if (match?.[1]) {
        clearTimeout(timer)
        found(match[1])
      }
    })
    void exited.then(() => failed(new Error(`Chromium exited at start: ${said.slice(-500)}`)))
  })
  return { process: child, browser: await chromium.connectOverCDP(endpoint), exited }
}

/** The stored case records, read straight from IndexedDB as the app wrote them, each case put together from its head and chunks. */
async function storedRecords(page: Page): Promise<{ id: string; revision: unknown; file: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((done, failed) => {
        const open = indexedDB.open('restitution-tracker')
        open.onerror = () => failed(open.error)
        open.onsuccess = () => {
          // One transaction, as the app reads: a case and its chunks as one revision.
          const transaction = open.result.transaction(['cases', 'chunks'])
          const heads = transaction.objectStore('cases').getAll()
          const chunks = transaction.objectStore('chunks').getAll()
          transaction.oncomplete = () => {
            open.result.close()
            // Each case is stored as its head (the case file's JSON text with each list replaced by
            // the ids of its chunks) and its chunks (src/persistence/chunks.ts); a text that does not
            // parse or a chunk that is missing is reported as a half-written case.
            const texts = new Map<string, string>()
            for (const row of chunks.result as { caseId: string; chunk: string; recordsText: string }[]) texts.set(`${row.caseId}\u0000${row.chunk}`, row.recordsText)
            done(
              (heads.result as { id: string; revision: unknown; headText?: unknown; lists?: unknown }[]).map(({ headText, lists, ...head }) => {
                let file: unknown = headText
                try {
                  if (typeof headText === 'string' && Array.isArray(lists)) {
                    const whole = JSON.parse(headText) as Record<string, unknown>
                    for (const list of lists as string[])
                      whole[list] = (whole[list] as string[]).flatMap((chunk) => {
                        const text = texts.get(`${head.id}\u0000${chunk}`)
                        if (text === undefined) throw new Error(`chunk ${chunk} missing`)
                        return JSON.parse(text) as unknown[]
                      })
                    file = whole
                  }
                } catch {
                  file = null
                }
                return { ...head, file }
              }),
            )
          }
          transaction.onerror = () => failed(transaction.error)
        }
      }),
  )
}

/** After a restart: the app opens the case, every stored case is whole, every acknowledged edit is there. */
async function verify(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/cases/${CASE_ID}`)
  try {
    await page.getByTestId('summary-panel').waitFor({ timeout: 30_000 })
  } catch {
    figures.notReopened += 1
  }
  const records = await storedRecords(page)
  for (const record of records) {
    try {
      const file = parseCaseFile(record.file)
      if (file.id !== record.id || typeof record.revision !== 'number') throw new Error('record and case disagree')
    } catch (error) {
      figures.halfWritten.push(`${record.id}: ${error instanceof CaseFileError ? error.message : String(error)}`)
    }
  }
  const stored = records.find((record) => record.id === CASE_ID)?.file as { title: string; costs: { description: string }[] } | undefined
  const descriptions = new Set(stored?.costs.map((cost) => cost.description) ?? [])
  for (const cost of ackedCosts.splice(0)) {
    if (descriptions.has(cost)) figures.found += 1
    else figures.missing.push(`cost "${cost}"`)
  }
  // Keys are only ever added at the end: every title that showed "Saved" begins the stored one,
  // which is the last of them or one typed after it.
  const last = ackedTitles.at(-1)
  for (const title of ackedTitles.splice(0)) {
    const kept = stored !== undefined && stored.title.startsWith(title) && (stored.title === last || typedSince.includes(stored.title))
    if (kept) figures.found += 1
    else figures.missing.push(`title "${title}" (stored: "${stored?.title}")`)
  }
  typedSince = []
}

async function saved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved', null, { timeout: 30_000 })
}

/** One edit as a user makes it, counted when the screen says "Saved". */
async function edit(page: Page, cycle: number, step: number): Promise<void> {
  if (step % 2 === 0) {
    const description = `Courier ${cycle}.${step}`
    await page.getByTestId('add-costs').click()
    const form = page.locator('#costs .add-form')
    await form.getByLabel(/^Description( \*)?$/).fill(description)
    await form.getByLabel(/^Amount( \*)?$/).fill(`${10 + step}.50`)
    await form.getByRole('button', { name: 'Add', exact: true }).click()
    await saved(page)
    ackedCosts.push(description)
  } else {
    const field = page.locator('#case').getByLabel(/^Case title( \*)?$/)
    await field.press('End')
    // Typed a key at a time, each key an edit: a kill may land between any two.
    for (const key of ` ${cycle}.${step}`) {
      await field.press(key === ' ' ? 'Space' : key)
      typedSince.push(await field.inputValue())
    }
    await saved(page)
    ackedTitles.push(await field.inputValue())
    typedSince = []
  }
  figures.acknowledged += 1
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('No build in dist/: run `npm run test:kill` (it builds first).')
  const server = await preview({ root: ROOT, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.')
  const baseUrl = `http://127.0.0.1:${address.port}`
  debug(`serving ${baseUrl}`)
  const profile = mkdtempSync(join(tmpdir(), 'kill-test-profile-'))
  const started = Date.now()
  try {
    for (let cycle = 0; cycle <= KILLS; cycle++) {
      debug(`cycle ${cycle}: starting Chromium`)
      const { process: child, browser, exited } = await startBrowser(profile)
      debug(`cycle ${cycle}: connected`)
      const page = browser.contexts()[0]?.pages()[0] ?? (await browser.contexts()[0]!.newPage())
      if (cycle === 0) {
        await page.goto(baseUrl)
        await page.getByTestId('import-input').setInputFiles(HARBOR)
        await page.getByTestId('summary-panel').waitFor({ timeout: 30_000 })
        await saved(page)
      } else await verify(page, baseUrl)
      if (cycle === KILLS) {
        // A browser reached over CDP stays up when disconnected: end it.
        await browser.close()
        process.kill(-child.pid!, 'SIGTERM')
        await exited
        break
      }
      debug(`cycle ${cycle}: verified; editing`)
      // Killed at a random moment of typing and saving: 0.3 s to 4 s into the edits.
      let killed = false
      const timer = setTimeout(() => {
        killed = true
        process.kill(-child.pid!, 'SIGKILL')
      }, 300 + rand() * 3700)
      try {
        for (let step = 0; !killed; step++) await edit(page, cycle, step)
      } catch (error) {
        if (!killed) throw error
      }
      clearTimeout(timer)
      debug(`cycle ${cycle}: killed; ${figures.acknowledged} acknowledged so far`)
      await exited
      figures.kills += 1
    }
  } finally {
    await server.close()
    rmSync(profile, { recursive: true, force: true })
  }
  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(
    `Kill test (seed ${SEED}, ${seconds} s): ${figures.kills} kills; ${figures.acknowledged} edits showed "Saved", ${figures.found} found after the restarts; ` +
      `${figures.missing.length} missing; ${figures.halfWritten.length} half-written cases; ${figures.notReopened} restarts where the case did not open.`,
  )
  for (const line of [...figures.missing, ...figures.halfWritten]) console.log(`  ${line}`)
  if (figures.missing.length > 0 || figures.halfWritten.length > 0 || figures.notReopened > 0 || figures.kills < KILLS) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
