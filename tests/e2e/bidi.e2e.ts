// Issue 18, item 9: names written right to left (Arabic, Hebrew) are legitimate, and the app's
// own sentences around them keep their order on screen: in the negotiation table and in the
// draft agreement, "CNY 200,000.00" and "Accepted" are drawn left to right, where they belong.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'

const CRIMINAL = resolve(import.meta.dirname, '../fixtures/criminal/harbor-tools-criminal.case.json')
const ARABIC = 'محمد الأحمد'
const HEBREW = 'דוד כהן'
/** A flat described in Arabic at an address that starts with a number: unisolated, "12" would be drawn left of the description. */
const FLAT = 'شقة بغرفتين'
const ADDRESS = '12 Jiangbin Road, Yiwu'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The worked criminal case with the suspect named in Arabic, his father in Hebrew, and the father's flat described in Arabic. */
function rightToLeftCase(): Buffer {
  const raw = JSON.parse(readFileSync(CRIMINAL, 'utf8')) as { parties: { id: string; name: string }[]; properties: { description: string; location?: string }[] }
  for (const party of raw.parties) {
    if (party.id === 'zhang-wei') party.name = ARABIC
    if (party.id === 'zhang-jun') party.name = HEBREW
  }
  raw.properties[0]!.description = FLAT
  raw.properties[0]!.location = ADDRESS
  return Buffer.from(JSON.stringify(raw))
}

interface Edge {
  left: number
  top: number
}

/**
 * How `text` is drawn inside the element `selector`, at its first place there: where each of its
 * characters but spaces is drawn, in the text's own order. Left to right, on each line, the left
 * edges increase.
 */
function drawnEdges(page: Page, selector: string, text: string): Promise<Edge[] | null> {
  return page.evaluate(
    ([selector, text]) => {
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Found as read, without the invisible isolates around values: `where` maps back to the node's text.
          const where: number[] = []
          const read = (node.textContent ?? '').split('').map((character, i) => (/[\u2066-\u2069]/.test(character) ? '' : (where.push(i), character))).join('')
          const at = read.indexOf(text)
          if (at < 0) continue
          const edges: { left: number; top: number }[] = []
          for (let i = 0; i < text.length; i++) {
            if (text[i] === ' ') continue
            const range = document.createRange()
            range.setStart(node, where[at + i]!)
            range.setEnd(node, where[at + i]! + 1)
            const rect = range.getBoundingClientRect()
            edges.push({ left: rect.left, top: rect.top })
          }
          return edges
        }
      }
      return null
    },
    [selector, text] as const,
  )
}

/** Each character right of the one before it, or first on a line below it (a long sentence wraps). */
const leftToRight = (edges: Edge[] | null) =>
  edges !== null && edges.length > 1 && edges.every((edge, i) => i === 0 || edge.top > edges[i - 1]!.top + 2 || (Math.abs(edge.top - edges[i - 1]!.top) <= 2 && edge.left > edges[i - 1]!.left))

it('keeps the app’s own words in order around names in Arabic and Hebrew, in the table and in the draft agreement', async () => {
  const { context, page } = await freshPage(browser)
  await page.clock.setFixedTime(new Date('2024-06-01T10:00:00'))
  await page.goto(baseUrl())
  await page.getByTestId('import-input').setInputFiles({ name: 'rtl.case.json', mimeType: 'application/json', buffer: rightToLeftCase() })
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('case-title').waitFor()

  // The detector itself: a right-to-left override (refused in a case, put here by hand) is seen.
  await page.evaluate(() => {
    const probe = document.createElement('p')
    probe.id = 'override-probe'
    probe.textContent = 'Zhang Wei\u202E: cash CNY 200,000.00'
    document.body.append(probe)
  })
  expect(leftToRight(await drawnEdges(page, '#override-probe', 'CNY 200,000.00'))).toBe(false)
  await page.evaluate(() => document.getElementById('override-probe')?.remove())

  // The negotiation table: the accepted offer's parts, paid by the Arabic and Hebrew names, and its status.
  const table = await page.locator('#negotiation').innerText()
  expect(table).toContain(`${ARABIC}\u2069: cash CNY 200,000.00`)
  expect(table).toContain('Accepted')
  expect(leftToRight(await drawnEdges(page, '#negotiation td', 'cash CNY 200,000.00'))).toBe(true)
  expect(leftToRight(await drawnEdges(page, '#negotiation [data-testid="offer-status"]', 'Accepted'))).toBe(true)
  expect(leftToRight(await drawnEdges(page, '#negotiation td', 'mortgage loan on'))).toBe(true)
  expect(leftToRight(await drawnEdges(page, '#negotiation td', `, ${ADDRESS} CNY 250,000.00`))).toBe(true)
  await screenshot(page, 'bidi-negotiation')

  // The draft agreement: the parties' lines and the schedule.
  await page.getByTestId('draft-agreement').click()
  await page.getByTestId('draft').waitFor()
  const draft = await page.getByTestId('draft').innerText()
  expect(draft).toContain(`The suspect: \u2068${ARABIC}\u2069, ID No.`)
  expect(draft).toContain(`\u2068${ARABIC}\u2069 pays RMB 200,000.00, received by the victim on May 20, 2024.`)
  // Dates and sums are pieces of their own (kept on one line), so the words around them are searched on their own.
  for (const words of [', received by the victim on ', 'The suspect: ', `, ${ADDRESS}, received by the victim on`])
    expect(leftToRight(await drawnEdges(page, '[data-testid="draft"] [lang="en"]', words)), words).toBe(true)
  // The names themselves stay right to left: the Arabic name's first letter is drawn right of its last.
  const name = await drawnEdges(page, '[data-testid="draft"] [lang="en"]', ARABIC)
  expect(name!.at(0)!.left).toBeGreaterThan(name!.at(-1)!.left)
  await screenshot(page, 'bidi-draft')

  expect(pageErrors(page)).toEqual([])
  await context.close()
})

it('keeps the import notice in order around a file name that holds a right-to-left override', async () => {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl())
  // A file name may hold anything (the old trick: "invoice\u202Efdp.exe" shows as "invoiceexe.pdf").
  await page.getByTestId('import-input').setInputFiles({ name: 'invoice\u202Enosj.case.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "a case"}') })
  const notice = page.getByTestId('import-errors')
  await notice.waitFor()
  expect(await notice.innerText()).toContain('Could not import \u2068invoice\u202Enosj.case.json\u2069.')
  expect(leftToRight(await drawnEdges(page, '[data-testid="import-errors"]', 'Nothing was stored'))).toBe(true)
  expect(pageErrors(page)).toEqual([])
  await context.close()
})
