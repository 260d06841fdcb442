// The figures of a draft that must not break across lines on paper: a date (2026年12月15日,
// Dec 15, 2026), a sum of money (人民币300,000.00元, 131,575.00美元, RMB 300,000.00) and a
// long number (an ID number, a credit code). The text is cut into pieces, each kept whole or not.

const KEEP = new RegExp(
  [
    '\\d{4}年\\d{1,2}月\\d{1,2}日',
    '(?:人民币|港币|新台币|澳门元)[\\d,]+(?:\\.\\d+)?元',
    '[\\d,]+(?:\\.\\d+)?(?:美元|欧元|英镑|日元)',
    '(?:RMB|USD|EUR|GBP|HKD|[A-Z]{3}) [\\d,]+(?:\\.\\d+)?',
    '[A-Z][a-z]{2} \\d{1,2}, \\d{4}',
    '[0-9A-Z]{15,18}',
  ].join('|'),
  'g',
)

export interface Piece {
  text: string
  keep: boolean
}

/** The text in pieces: the figures kept whole, the rest as it is. */
export function keepTogether(text: string): Piece[] {
  const pieces: Piece[] = []
  let at = 0
  for (const match of text.matchAll(KEEP)) {
    const start = match.index ?? 0
    if (start > at) pieces.push({ text: text.slice(at, start), keep: false })
    pieces.push({ text: match[0], keep: true })
    at = start + match[0].length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false })
  return pieces
}
