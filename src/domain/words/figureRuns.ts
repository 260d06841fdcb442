// Chinese lets a line break between any two characters, so "人民币300,000.00元" or
// "2026年12月15日" can be split across lines ("2026年12月 / 15日" on a phone). A screen
// or a printed page draws the figures of a text as unbreakable runs: this splits a text
// into its figures and the words between them (issue 22, item 8).

export interface TextRun {
  text: string
  /** A figure that must not break inside: an amount with its currency words, a percentage, a date. */
  figure: boolean
}

const CURRENCY_BEFORE = '(?:负)?(?:人民币|港币|新台币|澳门元)?'
const CURRENCY_AFTER = '(?:[万亿])?(?:%|元|美元|欧元|英镑|日元|韩元|越南盾|[\\u4e00-\\u9fff]{1,4}元)?'
const FIGURE = new RegExp(
  [
    // 2026年12月15日, 2026年12月, 12月15日
    '\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?',
    '\\d{1,2}月\\d{1,2}日',
    // 人民币300,000.00元, 131,575.00美元, 18.6万美元, 76.8%, 第一百五十六条 is words, not a figure
    `${CURRENCY_BEFORE}\\d[\\d,.]*\\d?${CURRENCY_AFTER}`,
  ].join('|'),
  'gu',
)

const HAN = /\p{Script=Han}/u

/**
 * The text as runs of words and figures, in order; joined, they give the text back unchanged. A text
 * without Chinese is one run: English breaks only at spaces, never inside "$131,575.00".
 */
export function figureRuns(text: string): TextRun[] {
  if (!HAN.test(text)) return text ? [{ text, figure: false }] : []
  const runs: TextRun[] = []
  let at = 0
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index
    // A lone digit needs no protection, and words are kept as one run.
    if (match[0].length < 2) continue
    if (start > at) runs.push({ text: text.slice(at, start), figure: false })
    runs.push({ text: match[0], figure: true })
    at = start + match[0].length
  }
  if (at < text.length) runs.push({ text: text.slice(at), figure: false })
  return runs
}
