// The printed memo: a PDF per example and language whose text carries the case
// title, every summary figure as shown, every offer and the assessment level.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { Dec, buildCaseView, formatMoney, formatPercent, memoModel, parseCaseFileText, summarizeCase } from '../../src/domain'
import { formatDate } from '../../src/domain'
import en from '../../src/i18n/en'
import zhCN from '../../src/i18n/zh-CN'
import { zhCN as memoZh } from '../../src/i18n/features/memo'
import { baseUrl, freshPage, launch, pageErrors } from './browser'
import { EXAMPLES, importFile } from './ui'

let browser: Browser
const outDir = process.env.SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'memo-'))
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const LEVEL_NAMES = { en: en.level, 'zh-CN': zhCN.level }

async function printPdf(page: Page, name: string, format: 'A4' | 'Letter' = 'A4'): Promise<string> {
  await page.getByTestId('memo').waitFor()
  await page.emulateMedia({ media: 'print' })
  const path = join(outDir, `${name}.pdf`)
  writeFileSync(path, await page.pdf({ format, printBackground: false }))
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
}

// The memo prints a true minus sign; the figures below are formatted with a hyphen-minus.
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/\u2212/g, '-')

describe.each(['harbor-tools', 'kowloon-vanished', 'empty'])('the printout of %s', (name) => {
  const text = readFileSync(join(EXAMPLES, `${name}.case.json`), 'utf8')
  const file = parseCaseFileText(text)
  const summary = summarizeCase(file)
  const view = buildCaseView(file, summary)

  it.each(['en', 'zh-CN', 'both'] as const)('in %s carries every figure, offer and the level', async (choice) => {
    const { context, page } = await freshPage(browser)
    await page.goto(baseUrl())
    await importFile(page, join(EXAMPLES, `${name}.case.json`))
    await page.waitForURL(/\/cases\//)
    await page.getByTestId('print-summary').click()
    await page.waitForURL(/\/print/)
    await page.getByTestId(`print-lang-${choice}`).check()
    if (summary.latestOffer) await page.getByTestId('print-chart').waitFor()
    const asOf = (await page.getByTestId('print-as-of').getAttribute('data-date')) ?? ''
    const memo = memoModel(view, { asOf })
    const pdfText = flat(await printPdf(page, `memo-${name}-${choice}`))

    expect(pdfText).toContain(file.title)
    // Figures as the memo shows them: totals and differences worked from the shown figures.
    const f = memo.figures
    for (const lang of choice === 'both' ? (['en', 'zh-CN'] as const) : [choice]) {
      const money = (value: Dec) => formatMoney(value, file.baseCurrency, lang)
      for (const value of [f.lossTotal, f.receivedTotal, f.outstanding, f.costTotal, f.netRecovered]) expect(pdfText, `${lang} ${value.exact.toString()}`).toContain(money(value.shown))
      if (memo.standing.kind === 'open') for (const value of [f.gap, f.midpoint]) if (value) expect(pdfText).toContain(money(value.shown))
      for (const ratio of [summary.recoveredRatio, summary.netRecoveredRatio]) if (ratio) expect(pdfText).toContain(formatPercent(ratio, lang))
      if (memo.standing.kind === 'open' && summary.lift) expect(pdfText).toContain(formatPercent(summary.lift, lang))
      if (summary.assessment) expect(pdfText).toContain(LEVEL_NAMES[lang][summary.assessment.level])
    }
    // Every move: its total and share of the loss, and its date, in the tables' language.
    const cellLang = choice === 'both' ? 'en' : choice
    for (const row of memo.negotiation) {
      expect(pdfText, `offer ${row.row.id}`).toContain(formatMoney(row.total.shown, file.baseCurrency, cellLang))
      expect(pdfText, `offer ${row.row.id} date`).toContain(formatDate(row.row.summary.date, cellLang))
      if (row.row.summary.ratio) expect(pdfText).toContain(formatPercent(row.row.summary.ratio, cellLang))
    }
    if (choice !== 'en') expect(pdfText).toContain(memoZh.memo.section.negotiation)
    expect(pdfText).not.toMatch(/\b(memo|print|summary|signal|offer)\.[a-zA-Z]+/)
    expect(pageErrors(page)).toEqual([])
    await context.close()
  })
})

it('prints on US Letter too, with page numbers and the case title in the footer', async () => {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl())
  await importFile(page, join(EXAMPLES, 'harbor-tools.case.json'))
  await page.waitForURL(/\/cases\//)
  await page.goto(`${page.url()}/print?lang=en`)
  const pdfText = await printPdf(page, 'memo-letter', 'Letter')
  expect(pdfText).toMatch(/Page 1 of \d/)
  expect(pdfText.split('\f').filter((p) => p.trim()).every((p) => p.includes('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.'))).toBe(true)
  expect(pdfText).not.toContain('Print or save as PDF')
  await context.close()
})
