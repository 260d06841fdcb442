// Reading a printed memo back: the PDF's pages as text (pdftotext), its page count
// (pdfinfo) and fonts (pdffonts), and what the memo's page showed before printing,
// so a test can check the paper against the screen.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { Dec, fillTemplate, formatterFor, lookup, type Words } from '../../src/domain'
import en from '../../src/i18n/en'
import zhCN from '../../src/i18n/zh-CN'
import * as memo from '../../src/i18n/features/memo'
import * as print from '../../src/i18n/features/print'
import * as analysis from '../../src/i18n/features/analysis'

export type Paper = 'A4' | 'Letter'
type Table = Parameters<typeof lookup>[0]

const CATALOGUES: Record<'en' | 'zh-CN', Table> = {
  en: { ...en, ...print.en, ...analysis.en, ...memo.en } as unknown as Table,
  'zh-CN': { ...zhCN, ...print.zhCN, ...analysis.zhCN, ...memo.zhCN } as unknown as Table,
}

/** The app's words in a language, as the memo uses them, for tests that run outside the browser. */
export function wordsIn(lang: 'en' | 'zh-CN'): Words {
  return { ...formatterFor(lang), text: (key, params) => fillTemplate(lookup(CATALOGUES[lang], key) ?? key, params) }
}

export interface PrintedMemo {
  path: string
  pages: string[]
  pageCount: number
  fonts: string[]
}

/** Prints the page as a PDF on `paper` and reads it back. */
export async function printMemo(page: Page, dir: string, name: string, paper: Paper): Promise<PrintedMemo> {
  await page.emulateMedia({ media: 'print' })
  const path = join(dir, `${name}-${paper}.pdf`)
  writeFileSync(path, await page.pdf({ format: paper, printBackground: false }))
  await page.emulateMedia({ media: 'screen' })
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean)
  const pages = text.split('\f').filter((p) => p.trim())
  return { path, pages, pageCount: Number.parseInt(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0', 10), fonts }
}

/** A page's lines that carry text. */
export const linesOf = (pageText: string) => pageText.split('\n').filter((line) => line.trim())
/** Text without any white space, for matching what pdftotext lays out in columns. */
export const squeeze = (text: string) => text.replace(/\s+/g, '').replace(/\u2212/g, '-')

/** A money text read back as a number: "-HK$15,611.81" → -15611.81. */
export function moneyValue(text: string): Dec {
  // Chinese writes a negative amount with 负 (负港币15,611.81元).
  const digits = text.replace(/[−–负]/g, '-').replace(/[^\d.-]/g, '')
  return new Dec(digits || '0')
}

export interface MemoOnScreen {
  /** The text of each heading (h2, h3), without its number. */
  headings: string[]
  /** For each table, the heading it comes under, and one signature per body or footer row: its figures, or its first cell. */
  tables: { heading: string; rows: string[] }[]
  /** Each total or sub-total (`data-foot`) with the figures that add up to it (`data-adds`). */
  foots: { name: string; total: string; parts: string[] }[]
  /** Each row of the payment schedule: amount, paid and outstanding as shown. */
  scheduleRows: { amount: string; paid: string; outstanding: string }[]
}

/** What the memo shows, read from its page before printing. */
export async function memoOnScreen(page: Page): Promise<MemoOnScreen> {
  return page.evaluate(() => {
    const memoElement = document.querySelector('[data-testid="memo"]')!
    // A cell's own first line: its text before any <small> line under it.
    const firstLine = (cell: Element) => {
      let out = ''
      for (const node of Array.from(cell.childNodes)) {
        if (node instanceof HTMLElement && node.tagName === 'SMALL') break
        out += node.textContent ?? ''
      }
      return out.trim()
    }
    const headings = Array.from(memoElement.querySelectorAll('h2, h3')).map((h) => (h.querySelector('.bi') ?? h).textContent?.trim() ?? '')
    const tables = Array.from(memoElement.querySelectorAll('table.memo-table')).map((table) => {
      const heading = table.closest('.memo-keep, section')?.querySelector('h2, h3')
      return {
        heading: (heading?.querySelector('.bi') ?? heading)?.textContent?.trim() ?? '',
        rows: Array.from(table.querySelectorAll('tbody tr, tfoot tr')).map((tr) => {
          const nums = Array.from(tr.querySelectorAll('.num')).filter((cell) => firstLine(cell))
          const cells = nums.length ? nums : [tr.querySelector('td, th')!]
          return cells.map(firstLine).join(' ')
        }),
      }
    })
    const foots = Array.from(memoElement.querySelectorAll('[data-foot]')).map((cell) => {
      const name = cell.getAttribute('data-foot') ?? ''
      const scope = cell.closest('table') ?? memoElement
      return { name, total: firstLine(cell), parts: Array.from(scope.querySelectorAll(`[data-adds="${name}"]`)).map(firstLine) }
    })
    const scheduleRows = Array.from(memoElement.querySelectorAll('[data-testid="memo-schedule"] tr')).flatMap((tr) => {
      const cell = (col: string) => tr.querySelector(`[data-col="${col}"]`)
      const [amount, paid, outstanding] = [cell('amount'), cell('paid'), cell('outstanding')]
      return amount && paid && outstanding ? [{ amount: firstLine(amount), paid: firstLine(paid), outstanding: firstLine(outstanding) }] : []
    })
    return { headings, tables, foots, scheduleRows }
  })
}

/** Problems with how the memo breaks across pages: a heading last on its page, a table row alone on a page. */
export function pageBreakProblems(printed: PrintedMemo, screen: MemoOnScreen): string[] {
  const problems: string[] = []
  const pages = printed.pages.map((text) => linesOf(text).map(squeeze))
  // The last line of each page is its footer.
  const bodies = pages.map((lines) => lines.slice(0, -1))
  for (const heading of screen.headings) {
    const wanted = squeeze(heading)
    bodies.forEach((lines, index) => {
      const at = lines.findIndex((line) => line.includes(wanted))
      if (at >= 0 && at === lines.length - 1) problems.push(`heading “${heading}” ends page ${index + 1}`)
    })
  }
  const pageOf = (signature: string, from: number) => {
    const wanted = squeeze(signature)
    for (let index = from; index < bodies.length; index++) if (bodies[index]!.some((line) => line.includes(wanted))) return index
    return -1
  }
  for (const { heading, rows } of screen.tables) {
    if (rows.length < 2 || rows.some((row) => !row)) continue
    // Rows are looked for from the page of the table's heading on: the same words may stand earlier in the memo.
    const first = pageOf(rows[0]!, Math.max(0, pageOf(heading, 0)))
    if (first < 0) continue
    const second = pageOf(rows[1]!, first)
    if (second > first) problems.push(`table row “${rows[0]}” alone at the foot of page ${first + 1}`)
    const beforeLast = pageOf(rows[rows.length - 2]!, first)
    const last = pageOf(rows[rows.length - 1]!, Math.max(beforeLast, 0))
    if (beforeLast >= 0 && last > beforeLast) problems.push(`table row “${rows[rows.length - 1]}” alone at the top of page ${last + 1}`)
  }
  return problems
}

/** Pages whose body (every line above the footer) holds fewer than `least` lines of text: an orphan line or two alone on paper. */
export function shortPages(printed: PrintedMemo, least = 3): string[] {
  return printed.pages.flatMap((text, index) => {
    const body = linesOf(text).slice(0, -1)
    return body.length < least ? [`page ${index + 1} of ${printed.pages.length} holds ${body.length} line(s): ${body.map((line) => line.trim()).join(' / ')}`] : []
  })
}

/**
 * Pages where the sign-off (its lines begin with `labels`, the first, "Signature", found on its page) stands without at
 * least `least` lines of the summary it signs: a sign-off pushed alone onto a page of its own.
 */
export function loneSignOff(printed: PrintedMemo, labels: readonly string[], least = 3): string[] {
  return printed.pages.flatMap((text, index) => {
    const body = linesOf(text).slice(0, -1).map(squeeze)
    const isSignOff = (line: string) => labels.some((label) => line.startsWith(squeeze(label)))
    if (!body.some((line) => line.includes(squeeze(labels[0] ?? '')))) return []
    const others = body.filter((line) => !isSignOff(line))
    return others.length < least ? [`the sign-off stands on page ${index + 1} with ${others.length} other line(s)`] : []
  })
}

export interface DrawnText {
  /** Which canvas drew it, numbered in the order canvases first drew. */
  canvas: number
  text: string
  align: string
}

/**
 * Records every text drawn on a canvas in the context's pages from their next load on,
 * so a test can read back what a chart drawn as an image labels.
 */
export async function recordCanvasTexts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const drawn: { canvas: number; text: string; align: string }[] = []
    const canvases = new WeakMap<HTMLCanvasElement | OffscreenCanvas, number>()
    let next = 0
    ;(window as unknown as { __drawnTexts: typeof drawn }).__drawnTexts = drawn
    const fillText = CanvasRenderingContext2D.prototype.fillText
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      let canvas = canvases.get(this.canvas)
      if (canvas === undefined) canvases.set(this.canvas, (canvas = next++))
      drawn.push({ canvas, text: String(text), align: this.textAlign })
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth)
    }
  })
}

/** The texts the last canvas to draw any drew (the latest drawing of a chart). */
export async function lastCanvasTexts(page: Page): Promise<DrawnText[]> {
  const drawn = await page.evaluate(() => (window as unknown as { __drawnTexts?: { canvas: number; text: string; align: string }[] }).__drawnTexts ?? [])
  const last = drawn.at(-1)?.canvas
  return drawn.filter((entry) => entry.canvas === last)
}
