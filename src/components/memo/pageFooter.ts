// The memo's page footer (case title, print date, "Page n of m") as CSS margin
// boxes: the only way to put a running footer on every printed page.
import type { Words } from '@/domain'
import { cssString } from '../cssString'

const FOOTER_FONT = 'font: 8pt system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #444;'

/** Characters of the title the footer has room for; a longer title ends in an ellipsis there (the memo's head has it whole). */
const FOOTER_TITLE_LENGTH = 60

/** The `@page` rule of a memo titled `title`, printed on `printedOn`, in the language of `words`. */
export function pageFooterCss(fullTitle: string, printedOn: string, words: Words): string {
  const chars = [...fullTitle]
  const title = chars.length > FOOTER_TITLE_LENGTH ? `${chars.slice(0, FOOTER_TITLE_LENGTH - 1).join('')}…` : fullTitle
  const numbering = words.text('print.pageNumber', { page: '\u0001', pages: '\u0002' })
  const pageContent = numbering
    // eslint-disable-next-line no-control-regex -- the markers stand for the page counters
    .split(/(\u0001|\u0002)/)
    .map((piece) => (piece === '\u0001' ? 'counter(page)' : piece === '\u0002' ? 'counter(pages)' : piece ? cssString(piece) : ''))
    .filter(Boolean)
    .join(' ')
  return `@page { size: auto; margin: 16mm 15mm 18mm;
    @bottom-left { content: ${cssString(title)}; ${FOOTER_FONT} }
    @bottom-center { content: ${cssString(`${words.text('print.printed')} ${words.date(printedOn)}`)}; ${FOOTER_FONT} }
    @bottom-right { content: ${pageContent}; ${FOOTER_FONT} } }`
}
