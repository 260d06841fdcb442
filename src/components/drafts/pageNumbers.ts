// A document's page numbers (第1页，共2页 / Page 1 of 2), and nothing else: an agreement or a
// pardon letter carries no app footer (no case title, no "as of" date). One CSS margin box at
// the foot of each page, in each language printed, as an @page rule (usePageFooter).
import type { Words } from '@/domain'
import { cssString } from '../cssString'
import { MEMO_FONTS } from '../memo/memoFonts'

const PAGE = '\u0001'
const PAGES = '\u0002'

/** The page-number line in each language, said once when both say the same: "第\u0001页，共\u0002页 / Page \u0001 of \u0002". */
export function pageNumberTemplate(each: readonly Words[]): string {
  return [...new Set(each.map((words) => words.text('drafts.page', { page: PAGE, pages: PAGES })))].join(' / ')
}

/** The `@page` rule of a printed draft: page numbers centred at the foot. */
export function pageNumbersCss(each: readonly Words[]): string {
  const content = pageNumberTemplate(each)
    // eslint-disable-next-line no-control-regex -- the markers stand for the page counters
    .split(/(\u0001|\u0002)/)
    .map((piece) => (piece === PAGE ? 'counter(page)' : piece === PAGES ? 'counter(pages)' : piece ? cssString(piece) : ''))
    .filter(Boolean)
    .join(' ')
  return `@page { size: auto; margin: 18mm 16mm 16mm;
    @bottom-center { content: ${content}; font: 8pt ${MEMO_FONTS}; color: #444; white-space: nowrap; vertical-align: top; } }`
}
