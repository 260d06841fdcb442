// The criminal case around the money in Chromium: deadlines from recorded events (a
// detention on the last day of a month, a judgment received before a weekend), where to
// report, the payment-before-pardon warning, both languages, and export and import that
// keep every field in the version-1 file's tracker block.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { caseTracker, isolate, parseCaseFileText } from '../../src/domain'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'
import { EXAMPLES, exportThroughDialog, fill, importFile } from './ui'
import { memoOnScreen, pageBreakProblems, printMemo, shortPages, squeeze } from './pdf'

const CRIMINAL = resolve(import.meta.dirname, '../fixtures/criminal/harbor-tools-criminal.case.json')

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh browser whose calendar says `today`, with the case file imported and open. */
async function openCase(path: string, today: string, size: { width?: number; height?: number } = {}) {
  const { context, page } = await freshPage(browser, size)
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`))
  await page.goto(baseUrl())
  await importFile(page, path)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()
  return { context, page }
}

const deadlines = (page: Page) =>
  page.getByTestId('deadline').evaluateAll((items) => items.map((item) => [item.getAttribute('data-kind'), item.getAttribute('data-due'), item.getAttribute('data-state')]))

async function addEvent(page: Page, kind: string, date: string): Promise<void> {
  await page.getByTestId('add-event').click()
  const form = page.locator('#procedure .add-form')
  await fill(form, { Event: kind, Date: date })
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  await expect.poll(() => form.count()).toBe(0)
}

async function exported(page: Page): Promise<string> {
  const download = await exportThroughDialog(page, () => page.getByTestId('export-case').click())
  return readFileSync((await download.path())!, 'utf8')
}

const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`))

it('shows the worked example’s deadlines, leverage and pardon warning, and keeps them through export and import', async () => {
  const { context, page } = await openCase(CRIMINAL, '2024-06-01')
  expect(await deadlines(page)).toEqual([
    ['arrest-approved', '2024-07-10', 'open'],
    ['report-submitted', '2024-04-15', 'met'],
    ['detention-extended', '2024-05-05', 'met'],
    ['arrest-requested', '2024-05-11', 'met'],
  ])
  expect(await page.locator('[data-testid="deadline"][data-kind="arrest-approved"] [data-testid="deadline-state"]').textContent()).toBe('39 days left')
  expect(await page.getByTestId('leverage-window').textContent()).toContain('Closed on May 10, 2024: Arrest approved.')
  const check = page.getByTestId('pardon-check')
  expect(await check.getAttribute('data-state')).toBe('early')
  expect(await check.textContent()).toContain('the pardon is planned for Jun 29, 2024, but only $62,500.00 of the $69,444.44')
  expect(await page.getByTestId('legal-notice').first().textContent()).toContain('Not legal advice; verify current law and local standards.')
  expect(await page.getByTestId('legal-notice').count()).toBe(5)
  await screenshot(page, 'criminal-harbor-1280-en')

  const text = await exported(page)
  const file = parseCaseFileText(text)
  expect(JSON.parse(text).version).toBe(1)
  expect(file).toEqual(parseCaseFileText(readFileSync(CRIMINAL, 'utf8')))

  // A fresh browser reads the exported file back with every field.
  const path = join(mkdtempSync(join(tmpdir(), 'criminal-')), 'exported.case.json')
  writeFileSync(path, text)
  const again = await openCase(path, '2024-06-01')
  expect(await deadlines(again.page)).toEqual(await deadlines(page))
  expect(await exported(again.page)).toBe(text)
  expect(pageErrors(page)).toEqual([])
  await again.context.close()
  await context.close()
})

it('records the procedure of harbor-tools by hand: a detention on the last day of a month, a judgment received before a weekend', async () => {
  const { context, page } = await openCase(`${EXAMPLES}/harbor-tools.case.json`, '2024-02-01')
  expect(await page.getByTestId('deadline').count()).toBe(0)

  await addEvent(page, 'detained', '2024-01-31')
  expect(await deadlines(page)).toEqual([['detained', '2024-02-03', 'open']])
  const detention = page.locator('[data-testid="deadline"][data-kind="detained"]')
  expect(await detention.getAttribute('data-custody')).toBe('true')
  expect(await detention.textContent()).toContain('Custody period: never extended by a holiday.')
  const leverage = page.getByTestId('leverage-window')
  expect(await leverage.getAttribute('data-open')).toBe('true')
  expect(await leverage.getAttribute('data-decision-by')).toBe('2024-02-10')
  expect(await leverage.textContent()).toContain('must decide on arrest by Feb 10, 2024 (9 days left)')

  // Received on Tuesday 2024-05-28: the victim's fifth day is Sunday 2024-06-02, which moves to Monday (official calendar).
  await addEvent(page, 'judgment-received', '2024-05-28')
  const protest = page.locator('[data-testid="deadline"][data-period="victim-protest-request"]')
  expect(await protest.getAttribute('data-due')).toBe('2024-06-02')
  expect(await protest.getAttribute('data-moved')).toBe('2024-06-03')
  expect(await protest.getAttribute('data-kind')).toBe('judgment-received')
  expect(await protest.textContent()).toContain('Falls on a weekend: the period ends on Jun 3, 2024, the first day after the holiday (CPL Art. 105).')
  expect(await page.locator('[data-testid="deadline"][data-period="defendant-appeal"]').getAttribute('data-due')).toBe('2024-06-07')

  // Where to report: registered in Futian, Shenzhen.
  const registered = page.getByTestId('place-registered')
  await fill(registered, { Region: 'mainland' })
  await fill(registered, { Province: 'Guangdong', City: 'Shenzhen', 'County or district': 'Futian' })
  await expect.poll(() => page.getByTestId('police').first().textContent()).toContain(`The public security bureau of ${isolate('Futian')}, ${isolate('Shenzhen')}, ${isolate('Guangdong')} (county or district level)`)

  // A pardon signed the day before the first payment is flagged.
  const pardon = page.locator('#settlement .record-editor').last()
  await field(pardon, 'Status').selectOption('signed')
  await field(pardon, 'Signed on').fill('2024-05-19')
  await expect.poll(() => page.getByTestId('pardon-check').getAttribute('data-state')).toBe('early')
  expect(await page.getByTestId('pardon-check').textContent()).toContain('the pardon is dated May 19, 2024, when only $0.00 of the $69,444.44')

  // In Chinese.
  await page.getByTestId('language').selectOption('zh-CN')
  await expect.poll(() => detention.locator('.deadline__head strong').textContent()).toBe('公安机关提请批准逮捕（或释放）期限')
  // 2024 is a year the holiday calendar covers: the deadline on a Sunday moves, and says to which day.
  expect(await protest.textContent()).toContain('此日为周末：期间以节假日后的第一日（2024年6月3日）为期满日（《中华人民共和国刑事诉讼法》（2018年修正）第一百零五条）。')
  expect(await page.getByTestId('pardon-check').textContent()).toContain('谅解书落款日期为2024年5月19日')
  expect(await page.getByTestId('legal-notice').first().textContent()).toContain('不构成法律意见；请核实现行法律及当地标准。')
  await screenshot(page, 'criminal-harbor-hand-1280-zh')

  // Everything entered is in the exported file's tracker block, and the file is still version 1.
  const file = parseCaseFileText(await exported(page))
  expect(file.version).toBe(1)
  const tracker = caseTracker(file)
  expect(tracker.procedure?.map((event) => [event.kind, event.date])).toEqual([
    ['detained', '2024-01-31'],
    ['judgment-received', '2024-05-28'],
  ])
  expect(tracker.reporting?.registered).toEqual({ region: 'mainland', province: 'Guangdong', city: 'Shenzhen', district: 'Futian' })
  expect(tracker.settlement?.pardon).toEqual({ status: 'signed', signedOn: '2024-05-19' })
  expect(pageErrors(page)).toEqual([])
  await context.close()
})

it('a Hong Kong company: Hong Kong police and law, no mainland deadlines and no pardon model, on a phone', async () => {
  const { context, page } = await openCase(`${EXAMPLES}/kowloon-vanished.case.json`, '2024-10-01', { width: 390, height: 844 })
  await fill(page.getByTestId('place-registered'), { Region: 'hong-kong' })
  await expect.poll(() => page.getByTestId('hong-kong-routes').textContent()).toContain('e-Report Centre')
  expect(await page.getByTestId('no-pardon-hong-kong').textContent()).toContain('Hong Kong has no pardon-letter mechanism')
  expect(await page.getByTestId('pardon-check').count()).toBe(0)
  expect(await page.getByTestId('procedure-hong-kong').count()).toBe(1)
  expect(await page.getByTestId('legal-hong-kong').textContent()).toContain('s.16A: up to 14 years')
  expect(await page.getByTestId('fraud-tiers').count()).toBe(0)
  await screenshot(page, 'criminal-kowloon-390-en')
  expect(pageErrors(page)).toEqual([])
  await context.close()
})

it('prints bilingual drafts of the agreement and the pardon letter, filled from the case', async () => {
  const { context, page } = await openCase(CRIMINAL, '2024-06-01')
  await page.getByTestId('draft-pardon').click()
  await page.waitForURL(/\/draft\/pardon/)
  const draft = page.getByTestId('draft')
  await draft.waitFor()
  // The pardon's recorded language is both: Chinese and English side by side, line for line.
  expect(await draft.locator('h1').allTextContents()).toEqual(['谅解书', 'Letter of Pardon'])
  expect(await draft.textContent()).toContain(`Jun 28, 2024: USD 34,722.22 paid by ${isolate('Zhang Jun')} (father or mother of the suspect ${isolate('Zhang Wei')}) on behalf of the suspect, paid directly to the victim’s account.`)
  // The payment-before-pardon warning is among counsel's notes beside the letter, not in it.
  expect(await page.getByTestId('draft-notes-panel').locator('[data-kind="warning"]').first().textContent()).toContain('先付款后谅解')
  expect(await draft.textContent()).not.toContain('先付款后谅解')

  // On paper, the document alone: the letter never speaks of withdrawing the case.
  await page.locator('[data-testid="draft"][data-fonts-ready="true"]').waitFor()
  await page.emulateMedia({ media: 'print' })
  const dir = mkdtempSync(join(tmpdir(), 'draft-'))
  await page.pdf({ path: join(dir, 'pardon.pdf'), format: 'A4', preferCSSPageSize: true })
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'pardon.pdf'), '-'], { encoding: 'utf8' })
  // Only the memo's own typefaces are embedded, so the draft prints the same on any machine.
  const fonts = execFileSync('pdffonts', [join(dir, 'pardon.pdf')], { encoding: 'utf8' })
  expect(fonts).toMatch(/NotoSerif/)
  expect(fonts).toMatch(/NotoSerifSC/)
  expect(text).toContain('Letter of Pardon')
  expect(text).toContain('lenient')
  expect(text).not.toMatch(/withdraw|撤案|Payment before pardon/)
  await screenshot(page, 'criminal-draft-pardon')

  await page.emulateMedia({ media: 'screen' })
  await page.goto(`${baseUrl()}/cases/harbor-tools-criminal/draft/agreement?lang=en&buyer=Harbor%20Tools%20B.V.`)
  await expect.poll(() => page.getByTestId('draft').locator('h1').allTextContents()).toEqual(['Restitution Agreement'])
  const agreement = (await page.getByTestId('draft').textContent()) ?? ''
  expect(agreement).toContain(`The victim: ${isolate('Harbor Tools B.V.')}`)
  expect(agreement).toContain('the remaining USD 20,974.39 is not waived')

  // Both drafts in both languages, with their notes, on A4 and Letter: short documents, the memo's typefaces only.
  const papers = process.env.SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'drafts-'))
  const counts: Record<string, number> = {}
  for (const doc of ['agreement', 'pardon'] as const) {
    await page.goto(`${baseUrl()}/cases/harbor-tools-criminal/draft/${doc}?lang=both`)
    await page.locator('[data-testid="draft"][data-fonts-ready="true"]').waitFor()
    for (const paper of ['A4', 'Letter'] as const) {
      const printed = await printMemo(page, papers, `criminal-draft-${doc}`, paper)
      counts[`${doc}-${paper}`] = printed.pageCount
      expect(printed.fonts.every((font) => /NotoSerif/.test(font)), `${doc} ${paper}: ${printed.fonts.join(', ')}`).toBe(true)
      expect(printed.pageCount, `${doc} ${paper}`).toBeLessThanOrEqual(3)
    }
  }
  console.info(`criminal draft pages: ${JSON.stringify(counts)}`)
  expect(pageErrors(page)).toEqual([])
  await context.close()
})

it('prints the memo with the settlement, procedure and evidence schedules, on A4 and Letter, in English and both languages', async () => {
  const { context, page } = await openCase(CRIMINAL, '2024-06-01')
  const dir = process.env.SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'criminal-memo-'))
  const counts: Record<string, number> = {}
  for (const lang of ['en', 'both'] as const)
    for (const paper of ['A4', 'Letter'] as const) {
      await page.goto(`${baseUrl()}/cases/harbor-tools-criminal/print?lang=${lang}&asof=2024-06-01`)
      await page.locator('[data-testid="memo"][data-fonts="ready"]').waitFor()
      expect(await page.locator('[data-testid="memo"] [data-testid="deadline"]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-kind'), row.getAttribute('data-due')]))).toEqual([
        ['arrest-approved', '2024-07-10'],
        ['report-submitted', '2024-04-15'],
        ['detention-extended', '2024-05-05'],
        ['arrest-requested', '2024-05-11'],
      ])
      const screen = await memoOnScreen(page)
      const printed = await printMemo(page, dir, `criminal-${lang}`, paper)
      counts[`${lang}-${paper}`] = printed.pageCount
      const text = squeeze(printed.pages.join(' '))
      for (const wanted of ['Settlement documents', 'Criminal procedure and deadlines', 'Evidence for the police report', 'Payment before pardon', 'Mortgage registered in the buyer’s favour', 'Bank transfer records'])
        expect(text, `${lang} ${paper}: ${wanted}`).toContain(squeeze(wanted))
      if (lang === 'both') expect(text).toContain(squeeze('刑事诉讼程序与期限'))
      expect(pageBreakProblems(printed, screen), `${lang} ${paper}`).toEqual([])
      expect(shortPages(printed), `${lang} ${paper}`).toEqual([])
    }
  expect(counts['both-A4']).toBeLessThanOrEqual(counts['en-A4']! + 1)
  expect(counts['both-Letter']).toBeLessThanOrEqual(counts['en-Letter']! + 1)
  console.info(`criminal memo pages: ${JSON.stringify(counts)}`)
  expect(pageErrors(page)).toEqual([])
  await context.close()
})
