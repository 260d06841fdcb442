// The settlement drafts of a three-payer case (the seller, the father who mortgages his flat,
// the mother; a company as co-suspect; a guarantor) printed in Chinese to PDF and read back:
// every payer a party in its role, 人民币…元 with capitals, no ¥ / US$ / €, no ISO date, page
// numbers in Chinese and nothing else at the foot, and no drafting hint in the document; the
// hints print on their own as counsel's notes.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors } from './browser'
import { exportThroughDialog, importFile } from './ui'
import { caseTracker, parseCaseFileText, partyTracker } from '../../src/domain'

const THREE_PAYERS = resolve(import.meta.dirname, '../fixtures/criminal/jinhua-three-payers.case.json')
const dir = process.env.SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'drafts-parties-'))

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The draft printed to PDF as it is on the page, read back without white space or isolates. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: string[] }> {
  await page.locator('[data-testid="draft"][data-fonts-ready="true"]').waitFor()
  await page.emulateMedia({ media: 'print' })
  const path = join(dir, `${name}.pdf`)
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true })
  await page.emulateMedia({ media: 'screen' })
  const raw = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u2068\u2069]/g, '')
  if (name === 'agreement-zh') execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', path, join(dir, name)])
  return { text: raw.replace(/\s+/g, ''), pages: raw.split('\f').filter((p) => p.trim()) }
}

function documentOnly(text: string): void {
  expect(text).not.toMatch(/[¥€]|US\$/)
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  expect(text).not.toMatch(/卖方|买方|甲方|乙方|出资人|撤回|撤销案件/)
  // No drafting hint and no app footer (case title, "as of") in the document.
  expect(text).not.toMatch(/担保的是贷款|不构成法律意见|先付款后谅解|律师备注|为日后付款|截至|Jinhua Shenlei Trading Co\., Ltd\., suspected/)
}

it('exports the party blocks and prints both Chinese drafts of the three-payer case with every payer a party and page numbers only', async () => {
  const { context, page } = await freshPage(browser, { width: 1280, height: 900 })
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00'))
  await page.goto(baseUrl())
  await importFile(page, THREE_PAYERS)
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()

  // Export keeps the parties' blocks and the agreement's new fields; the file reads back the same.
  const download = await exportThroughDialog(page, () => page.getByTestId('export-case').click())
  const exported = parseCaseFileText(readFileSync((await download.path())!, 'utf8'))
  expect(exported.parties.map((party) => partyTracker(party).nameZh)).toEqual(['沈磊', '金华沈磊贸易有限公司', '沈国强', '徐兰英', '林海'])
  expect(partyTracker(exported.parties[1]!)).toMatchObject({ company: true, creditCode: '91330702MA2D4K8Q1P' })
  expect(caseTracker(exported).settlement?.agreement?.caseNumber).toBe('婺公（经）立字〔2026〕1041号')
  expect(parseCaseFileText(JSON.stringify(exported))).toEqual(exported)

  await page.goto(`${baseUrl()}/cases/jinhua-three-payers/draft/agreement?lang=zh-CN&buyer=Nordhaven%20Tools%20GmbH`)
  // On screen, counsel's notes stand beside the document.
  await expect.poll(() => page.getByTestId('draft-notes-panel').textContent()).toContain('该贷款担保的是贷款银行，而非被害单位')
  const agreement = await printed(page, 'agreement-zh')
  documentOnly(agreement.text)
  for (const role of ['犯罪嫌疑人：沈磊，身份证号码：330702198503150018', '犯罪嫌疑单位：金华沈磊贸易有限公司，统一社会信用代码：91330702MA2D4K8Q1P', '代为退赔人、抵押人：沈国强，系犯罪嫌疑人沈磊的父亲', '代为退赔人：徐兰英', '保证人：林海'])
    expect(agreement.text).toContain(role)
  for (const signature of ['犯罪嫌疑人（签字）：沈磊', '代为退赔人、抵押人（签字）：沈国强', '代为退赔人（签字）：徐兰英', '保证人（签字）：林海', '犯罪嫌疑单位（盖章）：金华沈磊贸易有限公司']) expect(agreement.text).toContain(signature)
  expect(agreement.text).toMatch(/退赔共计人民币934,182\.50元（大写：人民币玖拾叁万肆仟壹佰捌拾贰元伍角整），折合131,575\.00美元/)
  expect(agreement.text).toContain('汇率为1美元兑人民币7.1元（2026年11月20日汇率')
  expect(agreement.text).toContain('涉嫌合同诈骗罪一案')
  expect(agreement.text).toContain('被害单位已于2026年11月25日收讫')
  expect(agreement.text).toContain('不晚于2026年12月15日（含当日）支付')
  expect(agreement.text).toContain('系部分退赔')
  // Page numbers in Chinese on every page, and nothing else at the foot.
  expect(agreement.pages.length).toBeGreaterThan(0)
  agreement.pages.forEach((text, index) => expect(text.replace(/\s+/g, '')).toContain(`第${index + 1}页，共${agreement.pages.length}页`))

  await page.goto(`${baseUrl()}/cases/jinhua-three-payers/draft/pardon?lang=zh-CN&buyer=Nordhaven%20Tools%20GmbH`)
  await expect.poll(() => page.getByTestId('draft').locator('h1').allTextContents()).toEqual(['谅解书'])
  const pardon = await printed(page, 'pardon-zh')
  documentOnly(pardon.text)
  expect(pardon.text).toContain('致：人民检察院')
  expect(pardon.text).toContain('犯罪嫌疑人沈磊、犯罪嫌疑单位金华沈磊贸易有限公司涉嫌合同诈骗罪一案')
  expect(pardon.text).toContain('共计人民币350,000.00元（大写：人民币叁拾伍万元整）')
  expect(pardon.text).toContain('2026年12月1日，收到徐兰英（系犯罪嫌疑人沈磊的母亲）代为退赔的人民币50,000.00元，直接支付至被害单位账户。')
  expect(pardon.text).toContain('本谅解书系被害单位的真实意思表示，由被害单位自愿出具。')
  expect(pardon.text).toContain('第1页，共1页')

  // Counsel's notes print on their own, without the document.
  await page.getByTestId('draft-print-notes').check()
  await expect.poll(() => page.url()).toContain('print=notes')
  const notes = await printed(page, 'pardon-notes-zh')
  expect(notes.text).toContain('先付款后谅解')
  expect(notes.text).toContain('关于谅解书（草稿）的律师备注')
  expect(notes.text).not.toContain('本谅解书系被害单位的真实意思表示')

  expect(pageErrors(page)).toEqual([])
  await context.close()
})
