// Importing the worked examples: the panel shows their figures, reload keeps them,
// export → import gives the same file, and invalid files change nothing.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { parseCaseFileText } from '../../src/domain'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'
import { EXAMPLES, example, expectPanelMatches, exportThroughDialog, importFile } from './ui'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(['harbor-tools', 'kowloon-vanished', 'empty'])('the %s example', (name) => {
  it('imports, shows every figure, and keeps them after a reload', async () => {
    const { context, page } = await freshPage(browser)
    const { path, expected } = example(name)
    const currency = parseCaseFileText(readFileSync(path, 'utf8')).baseCurrency
    await page.goto(baseUrl())
    await importFile(page, path)
    await page.waitForURL(/\/cases\//)
    await expectPanelMatches(page, expected, currency)
    await screenshot(page, `workspace-${name}`)
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await expectPanelMatches(page, expected, currency)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})

it('exports a case, and importing that file again gives an identical file', async () => {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl())
  await importFile(page, `${EXAMPLES}/harbor-tools.case.json`)
  await page.waitForURL(/\/cases\//)
  const first = await exportThroughDialog(page, () => page.getByTestId('export-case').click())
  const firstText = readFileSync((await first.path())!, 'utf8')
  expect(parseCaseFileText(firstText)).toEqual(parseCaseFileText(readFileSync(`${EXAMPLES}/harbor-tools.case.json`, 'utf8')))

  // Delete the stored case, import the exported file, export again.
  await page.goto(baseUrl())
  await page.getByRole('button', { name: /^Delete Harbor Tools/ }).click()
  await expect.poll(() => page.getByTestId('case-row').count()).toBe(0)
  await page.getByLabel('Import case file').setInputFiles((await first.path())!)
  await page.waitForURL(/\/cases\//)
  const second = await exportThroughDialog(page, () => page.getByTestId('export-case').click())
  expect(readFileSync((await second.path())!, 'utf8')).toBe(firstText)
  await context.close()
})

const invalid = JSON.parse(readFileSync(`${EXAMPLES}/invalid/expected-errors.json`, 'utf8')) as Record<string, string[]>

describe('invalid files', () => {
  it.each(Object.entries(invalid))('%s is refused with its problems listed and nothing stored', async (file, paths) => {
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await importFile(page, `${EXAMPLES}/harbor-tools.case.json`)
    await page.waitForURL(/\/cases\//)
    await page.goto(baseUrl())
    await expect.poll(() => page.getByTestId('case-row').count()).toBe(1)
    const before = await page.getByTestId('case-row').allTextContents()

    await importFile(page, `${EXAMPLES}/invalid/${file}`)
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    const listed = await errors.getByTestId('issue').evaluateAll((items) => items.map((item) => item.getAttribute('data-path') ?? ''))
    for (const path of paths) expect(listed.some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`))).toBe(true)
    expect(await errors.textContent()).toContain('Nothing was stored')
    expect(page.url()).toBe(`${baseUrl()}/`)
    if (file === 'unknown-key.json') await screenshot(page, 'import-error')
    await page.reload()
    await expect.poll(() => page.getByTestId('case-row').count()).toBe(1)
    expect(await page.getByTestId('case-row').allTextContents()).toEqual(before)
    await context.close()
  })
})
