// Citations as Chinese cites a statute (issue 22): articles in Chinese numerals
// (第一百五十六条), a range with 至 (第一百五十八条至第一百六十条), separate articles
// joined by 、, an item as 第六项; the full title and document number at a source's first
// mention in a text, the short title after. Hong Kong ordinances keep their own numbering
// (第16A条). The article numbers come from the legal data ("156, 158-160", "108(6)"),
// as the English cites them ("Arts. 156, 158-160"); nothing here is typed per sentence.
import { chineseNumeral } from '../words/chinese'
import type { LegalSource } from './legalData'

/** One article, a range of articles, or an article's item. */
export interface ArticleRef {
  from: string
  to?: string
  item?: string
}

/** "156, 158-160" → 156; 158 to 160. "108(6)" → 108, item 6. */
export function parseArticles(text: string): ArticleRef[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const item = /^(\w+)\((\w+)\)$/.exec(part)
      if (item) return { from: item[1] as string, item: item[2] as string }
      const [from, to] = part.split('-').map((n) => n.trim())
      return to ? { from: from as string, to } : { from: from as string }
    })
}

/** Sources numbered as Hong Kong numbers its ordinances: the numbers stay as written. */
const HONG_KONG_SOURCES: readonly LegalSource[] = ['theftOrdinance', 'cpo']

const numeral = (n: string, arabic: boolean) => (arabic || !/^\d+$/.test(n) ? n : chineseNumeral(parseInt(n, 10)))

/** 第一百五十六条、第一百五十八条至第一百六十条; two articles in a row are two articles (第一百七十八条、第一百七十九条). */
export function chineseArticles(text: string, arabic = false): string {
  const article = (n: string) => `第${numeral(n, arabic)}条`
  return parseArticles(text)
    .map((ref) => {
      if (ref.item) return `${article(ref.from)}第${numeral(ref.item, arabic)}项`
      if (!ref.to) return article(ref.from)
      const adjacent = /^\d+$/.test(ref.from) && parseInt(ref.to, 10) === parseInt(ref.from, 10) + 1
      return `${article(ref.from)}${adjacent ? '、' : '至'}${article(ref.to)}`
    })
    .join('、')
}

/** The Chinese titles of the sources: in full (with the document number where one is known), and short. */
export interface ChineseTitles {
  readonly full: Readonly<Record<LegalSource, string>>
  readonly short: Readonly<Record<LegalSource, string>>
}

/** A source and its articles in Chinese, the title in full or short. */
export function chineseCitation(titles: ChineseTitles, source: LegalSource, articles: string | undefined, form: 'full' | 'short' = 'full'): string {
  const title = titles[form][source]
  return articles ? `${title}${chineseArticles(articles, HONG_KONG_SOURCES.includes(source))}` : title
}

/**
 * Citations for one text: a source's first mention gives its full title and document number,
 * later mentions its short title ("《刑事诉讼法》第一百零五条").
 */
export function chineseCiter(titles: ChineseTitles): (source: LegalSource, articles?: string) => string {
  const mentioned = new Set<LegalSource>()
  return (source, articles) => {
    const form = mentioned.has(source) ? 'short' : 'full'
    mentioned.add(source)
    return chineseCitation(titles, source, articles, form)
  }
}
