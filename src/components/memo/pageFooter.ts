// The memo's page footer as CSS margin boxes (the only way to put a running
// footer on every printed page): the case title and the memo's "as of" date on
// the left, "Page n of m" on the right, in every language of the memo, on one
// line: a title too long for the line is shortened with an ellipsis.
import type { Words } from '@/domain'
import { cssString } from '../cssString'
import { MEMO_FONTS } from './memoFonts'

const FOOTER_STYLE = `font: 7.5pt ${MEMO_FONTS}; color: #444; white-space: nowrap;`
/** What fits on one footer line of A4 at 7.5 pt, in widths of an average Latin letter (Letter paper is wider). */
export const FOOTER_WIDTH = 128
const SEPARATOR = ' · '

/** The printed width of a text in average Latin letters: CJK and full-width forms count two, capitals a little more. */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x115f)) width += code >= 0xff61 && code <= 0xffdc ? 1 : 2
    else if (/[A-Z@MW%&]/.test(char)) width += 1.3
    else if (/[iljtf.,;:'’|!() ]/.test(char)) width += 0.6
    else width += 1
  }
  return width
}

/** The text cut to at most `width`, ending in `ellipsis` when cut. */
export function shorten(text: string, width: number, ellipsis = '…'): string {
  if (textWidth(text) <= width) return text
  const room = width - textWidth(ellipsis)
  let out = ''
  for (const char of text) {
    if (textWidth(out + char) > room) break
    out += char
  }
  return `${out.trimEnd()}${ellipsis}`
}

/** One text per language, a text said once when both languages say the same. */
const inEvery = (each: readonly Words[], say: (words: Words) => string) => [...new Set(each.map(say))].join(SEPARATOR)

/** The footer's two pieces for a memo titled `title` as of `asOf`, in the languages of `each`. */
export function footerText(title: string, asOf: string, each: readonly Words[]): { left: string; pageTemplate: string } {
  const dated = inEvery(each, (words) => words.text('memo.footer.asOf', { date: words.date(asOf) }))
  const pageTemplate = inEvery(each, (words) => words.text('memo.footer.page', { page: '\u0001', pages: '\u0002' }))
  // eslint-disable-next-line no-control-regex -- the markers stand for the page counters
  const pagesWidth = textWidth(pageTemplate.replace(/[\u0001\u0002]/g, '99'))
  const room = FOOTER_WIDTH - pagesWidth - textWidth(dated) - textWidth(SEPARATOR) - 4
  return { left: `${shorten(title, Math.max(12, room))}${SEPARATOR}${dated}`, pageTemplate }
}

/** The `@page` rule of the memo. */
export function pageFooterCss(title: string, asOf: string, each: readonly Words[]): string {
  const { left, pageTemplate } = footerText(title, asOf, each)
  const pageContent = pageTemplate
    // eslint-disable-next-line no-control-regex -- the markers stand for the page counters
    .split(/(\u0001|\u0002)/)
    .map((piece) => (piece === '\u0001' ? 'counter(page)' : piece === '\u0002' ? 'counter(pages)' : piece ? cssString(piece) : ''))
    .filter(Boolean)
    .join(' ')
  return `@page { size: auto; margin: 16mm 15mm 16mm;
    @bottom-left { content: ${cssString(left)}; ${FOOTER_STYLE} vertical-align: top; }
    @bottom-right { content: ${pageContent}; ${FOOTER_STYLE} vertical-align: top; text-align: right; } }`
}
