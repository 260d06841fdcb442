// TEMPORARY (not committed): CPU profile of import and of edits at N offers.
import { writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { resolve } from 'node:path'
import { Dec, summarizeCase, parseCaseFile } from '../src/domain'
import { generateCase } from '../tests/support/generateCase'
import { PROBES } from './browser/inPage'

const offers = Number(process.argv[2] ?? 5000)
const what = process.argv[3] ?? 'import'
const root = resolve(import.meta.dirname, '..')
const server = await preview({ root, logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } })
const port = (server.httpServer.address() as { port: number }).port
const base = `http://127.0.0.1:${port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
await context.addInitScript({ content: PROBES })
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
const text = `${JSON.stringify(generateCase({ offers }), null, 2)}\n`
const file = parseCaseFile(JSON.parse(text))
await page.goto(`${base}/`)
await page.getByTestId('import-input').waitFor({ state: 'attached' })
if (what === 'import') await cdp.send('Profiler.start')
const shown = page.evaluate(`window.__bench.whenShown('[data-testid="latest-offer-total"]', null, 120000)`)
await page.getByTestId('import-input').setInputFiles({ name: 'x.case.json', mimeType: 'application/json', buffer: Buffer.from(text) })
const end = (await shown) as number
console.log('import ms', end - ((await page.evaluate('window.__bench.importStart')) as number))
if (what === 'edit') {
  await page.locator('#analysis').scrollIntoViewIfNeeded()
  await page.locator('[data-testid="chart"][data-state="ready"]').first().waitFor({ timeout: 120_000 })
  const latest = summarizeCase(file).latestOffer!
  const index = summarizeCase(file).offers.findIndex((o) => o.id === latest.id)
  const next = page.locator('#negotiation .pager button').last()
  for (let p = 1; p <= Math.floor(index / 50); p++) await next.click()
  await page.locator(`#negotiation tr[data-offer-id="${latest.id}"] .row-actions button`).first().click()
  const AMOUNT = '[data-testid="offer-editor"] [data-testid="offer-part"] .field--positiveAmount input'
  const original = await page.locator(AMOUNT).first().inputValue()
  await cdp.send('Profiler.start')
  for (let i = 1; i <= 5; i++) {
    const ms = await page.evaluate(`window.__bench.edit(${JSON.stringify(AMOUNT)}, '[data-testid="latest-offer-total"]', ${JSON.stringify(new Dec(original).plus(i * 37).toFixed(2))}, 60000)`)
    console.log('edit', ms)
    await page.waitForTimeout(400)
  }
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } }
writeFileSync(`/tmp/wt12prof/${what}-${offers}.cpuprofile`, JSON.stringify(profile))
// self time per function
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const byNode = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const agg = new Map<string, number>()
const total = new Map<string, number>()
for (const [id, t] of self) {
  const n = byNode.get(id)!
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`
  agg.set(key, (agg.get(key) ?? 0) + t)
  // inclusive: walk up
  const seen = new Set<string>()
  let cur: number | undefined = id
  while (cur !== undefined) {
    const m = byNode.get(cur)!
    const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`
    if (!seen.has(k)) { total.set(k, (total.get(k) ?? 0) + t); seen.add(k) }
    cur = parent.get(cur)
  }
}
console.log('--- self (ms)')
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / 1000).toFixed(1), k)
console.log('--- inclusive (ms)')
for (const [k, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log((t / 1000).toFixed(1), k)
await browser.close()
await server.close()
