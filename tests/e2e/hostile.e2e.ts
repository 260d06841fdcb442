// A hostile or careless user: oversized, malformed and booby-trapped files, markup in
// titles, blank and overlong names, and the language choice across a reload.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'
import { EXAMPLES, importFile } from './ui'

const HARBOR = `${EXAMPLES}/harbor-tools.case.json`
const HARBOR_TEXT = readFileSync(HARBOR, 'utf8')

let browser: Browser
let scratch: string
beforeAll(async () => {
  browser = await launch()
  scratch = mkdtempSync(join(tmpdir(), 'hostile-e2e-'))
})
afterAll(async () => {
  await browser?.close()
})

function fileOf(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

const rows = (page: Page) => page.getByTestId('case-row')

/** A browser with harbor-tools stored, on the case list. */
async function withHarbor(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl())
  await importFile(page, HARBOR)
  await page.waitForURL(/\/cases\//)
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
  await page.goto(baseUrl())
  await expect.poll(() => rows(page).count()).toBe(1)
  return { page, close: () => context.close() }
}

function binary(): Buffer {
  // A PNG signature and bytes that are not UTF-8.
  const bytes = Buffer.alloc(4096)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 73 + 41) % 256
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
  return bytes
}

const hostileFiles: { name: string; content: () => string | Buffer; message: RegExp; path?: string }[] = [
  { name: 'six-mib.case.json', content: () => `{"title":"${'x'.repeat(6 * 1024 * 1024)}"}`, message: /larger than 5 MiB/ },
  {
    name: 'proto.case.json',
    content: () => HARBOR_TEXT.replace('"title":', '"__proto__": { "isAdmin": true }, "constructor": { "prototype": { "polluted": 1 } }, "title":'),
    message: /not allowed in a case file/,
    path: '__proto__',
  },
  { name: 'array.case.json', content: () => `[${HARBOR_TEXT}]`, message: /one JSON object/ },
  { name: 'empty.case.json', content: () => '', message: /not readable JSON/ },
  { name: 'picture.case.json', content: binary, message: /not readable JSON/ },
  { name: 'huge-number.case.json', content: () => HARBOR_TEXT.replace('"27000.00"', '1e400'), message: /in quotes/, path: 'losses[0].amount' },
  { name: 'twenty-digits.case.json', content: () => HARBOR_TEXT.replace('"27000.00"', '"99999999999999999999.5"'), message: /at most 15 digits/, path: 'losses[0].amount' },
  {
    name: 'deep.case.json',
    content: () => `{"format":"restitution-case","version":1,"id":"deep","title":"Deep","baseCurrency":"USD","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    message: /nested more than/,
  },
]

describe('hostile case files', () => {
  it.each(hostileFiles)('$name is refused with its problem listed, and nothing is stored', async ({ name, content, message, path }) => {
    const { page, close } = await withHarbor()
    const before = await rows(page).allTextContents()
    await importFile(page, fileOf(name, content()))
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    expect(await errors.textContent()).toContain(`Could not import \u2068${name}\u2069.`)
    expect(await errors.textContent()).toContain('Nothing was stored')
    const issues = errors.getByTestId('issue')
    expect(await issues.count()).toBeGreaterThan(0)
    expect(await issues.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(message)]))
    if (path) expect(await issues.evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))).toContain(path)
    expect(page.url()).toBe(`${baseUrl()}/`)
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({})
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).isAdmin ?? (Object.prototype as Record<string, unknown>).polluted ?? null)).toBeNull()
    await page.reload()
    await expect.poll(() => rows(page).count()).toBe(1)
    expect(await rows(page).allTextContents()).toEqual(before)
    expect(pageErrors(page)).toEqual([])
    await close()
  })

  it('imports a case file saved with a byte-order mark', async () => {
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await importFile(page, fileOf('bom.case.json', `\uFEFF${HARBOR_TEXT}`))
    await page.waitForURL(/\/cases\/harbor-tools-2024$/)
    await page.getByTestId('summary-panel').waitFor()
    await context.close()
  })

  it('refuses a backup with one bad case, names it, and restores nothing', async () => {
    const { page, close } = await withHarbor()
    const good = JSON.parse(HARBOR_TEXT)
    const backup = { format: 'restitution-backup', version: 1, exportedAt: '2024-06-01T00:00:00.000Z', cases: [{ ...good, id: 'other' }, { ...good, id: 'bad', baseCurrency: 'dollars' }] }
    await page.getByTestId('restore-input').setInputFiles(fileOf('backup.json', JSON.stringify(backup)))
    const errors = page.getByTestId('restore-errors')
    await errors.waitFor()
    expect(await errors.getByTestId('issue').evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))).toContain('cases[1].baseCurrency')
    expect(await page.getByTestId('restore-plan').count()).toBe(0)
    await page.reload()
    await expect.poll(() => rows(page).count()).toBe(1)
    await close()
  })
})

describe('hostile names', () => {
  it('shows markup in a title as text and runs none of it', async () => {
    const { context, page } = await freshPage(browser)
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs++
      void dialog.dismiss()
    })
    const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>{{ 7*7 }} @:cases.title'
    await page.goto(baseUrl())
    await page.getByTestId('new-case').click()
    await page.locator('#new-case-title').fill(title)
    await page.locator('form.new-case button[type="submit"]').click()
    await page.waitForURL(/\/cases\//)
    expect(await page.getByTestId('case-title').textContent()).toBe(title)
    await page.goto(baseUrl())
    await expect.poll(() => rows(page).count()).toBe(1)
    expect(await rows(page).locator('a.case-link').textContent()).toBe(title)
    // Delete names the case exactly; the undo notice shows it as typed.
    await rows(page).locator('button.danger').click()
    expect(await page.getByRole('status').filter({ hasText: 'Deleted' }).textContent()).toContain(title)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toBe(0)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })

  it('refuses a blank title and a lower-case currency with a message, and creates nothing', async () => {
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await page.getByTestId('new-case').click()
    await page.locator('#new-case-title').fill('   ')
    await page.locator('form.new-case button[type="submit"]').click()
    expect(await page.locator('form.new-case [role="alert"]').textContent()).toBe('Give the case a title.')
    await page.locator('#new-case-title').fill('Real title')
    await page.locator('#new-case-currency').fill('usd')
    await page.locator('form.new-case button[type="submit"]').click()
    expect(await page.locator('form.new-case [role="alert"]').textContent()).toMatch(/three-letter ISO code/)
    expect(page.url()).toBe(`${baseUrl()}/`)
    await page.reload()
    await expect.poll(() => page.getByText('No cases yet').count()).toBe(1)
    await context.close()
  })

  it('refuses to rename a case to a blank title', async () => {
    const { page, close } = await withHarbor()
    await rows(page).getByRole('button', { name: 'Rename' }).click()
    await rows(page).getByRole('textbox', { name: 'Rename' }).fill('   ')
    await rows(page).getByRole('button', { name: 'Save' }).click()
    expect(await rows(page).locator('.field-error').textContent()).toBe('Give the case a title.')
    await page.reload()
    await expect.poll(() => rows(page).locator('a.case-link').textContent()).toBe('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    await close()
  })

  // Bug: a title over the format's 2,000 characters passes the form's own checks
  // (creating a case checked only a blank title and the currency) and the
  // store's CaseFileError is never caught: nothing is created and nothing is said.
  it('says why a 3,000-character title was not accepted', async () => {
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await page.getByTestId('new-case').click()
    await page.locator('#new-case-title').fill('x'.repeat(3000))
    await page.locator('form.new-case button[type="submit"]').click()
    await page.locator('form.new-case [role="alert"]').waitFor({ timeout: 3000 })
    expect(await page.locator('form.new-case [role="alert"]').textContent()).toMatch(/too long/)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})

describe('the language', () => {
  it('switches to 中文 and stays after a reload', async () => {
    const { page, close } = await withHarbor()
    await page.getByTestId('language').selectOption({ label: '简体中文' })
    await expect.poll(() => page.locator('h1').textContent()).toBe('案件')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await page.reload()
    await expect.poll(() => page.locator('h1').textContent()).toBe('案件')
    expect(await page.getByTestId('language').inputValue()).toBe('zh-CN')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    // The import input is labelled in the interface language, like its button.
    expect(await page.getByLabel('导入案件文件').count()).toBe(1)
    expect(await page.locator('.page__header').textContent()).toContain('导入案件文件')
    await page.getByRole('link').filter({ hasText: 'Harbor Tools' }).click()
    await page.getByTestId('summary-panel').waitFor()
    expect(await page.getByTestId('summary-panel').textContent()).toContain('摘要')
    await screenshot(page, 'workspace-zh-after-reload')
    await page.getByTestId('language').selectOption('en')
    await page.reload()
    await expect.poll(() => page.getByTestId('language').inputValue()).toBe('en')
    await close()
  })

  it('explains a bad amount in Chinese when the interface is in Chinese', async () => {
    const { page, close } = await withHarbor()
    await page.getByTestId('language').selectOption('zh-CN')
    await page.getByRole('link').filter({ hasText: 'Harbor Tools' }).click()
    await page.getByTestId('summary-panel').waitFor()
    await page.locator('#losses [data-testid="losses-row"]').first().locator('.row-actions button').first().click()
    const amount = page.locator('#losses .editor-row input[inputmode="decimal"]').first()
    // "27,5": is the comma a decimal point? The one kind of separator that is refused.
    await amount.fill('27,5')
    const error = page.locator('#losses .editor-row .field-error').first()
    await error.waitFor()
    await screenshot(page, 'field-error-zh')
    expect(await error.textContent()).toMatch(/[\u4e00-\u9fff]/)
    await close()
  })

  it('explains an import problem in Chinese when the interface is in Chinese', async () => {
    const { page, close } = await withHarbor()
    await page.getByTestId('language').selectOption('zh-CN')
    await importFile(page, fileOf('bad-amount.case.json', HARBOR_TEXT.replace('"27000.00"', '"27,000.00"')))
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    await screenshot(page, 'import-error-zh')
    const issue = errors.getByTestId('issue').first()
    expect(await issue.getAttribute('data-path')).toBe('losses[0].amount')
    expect(await issue.textContent()).toMatch(/[\u4e00-\u9fff]/)
    expect(await issue.textContent()).not.toMatch(/Write the amount/)
    await close()
  })
})
