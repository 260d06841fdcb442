// Which move a new move answers: the likely ones first (the other side's latest
// moves), and a search by number, date, amount or the user's label that stays fast
// at thousands of moves and never lists more than a screenful.
import type { CaseView, OfferRow } from './caseView'

export interface AnswerChoices {
  /** At most `limit` moves: the current choice first, then the likely or matching ones. */
  rows: OfferRow[]
  /** How many more moves matched than are listed. */
  more: number
}

interface Options {
  /** The side of the move being recorded: the other side's moves are the likely answers. */
  side: 'seller' | 'buyer'
  /** The move itself (it cannot answer itself). */
  self?: string
  /** The move it answers now, always listed. */
  current?: string | undefined
  query?: string
  limit?: number
}

interface SearchKey {
  number: string
  date: string
  /** The date's digits, 20240516. */
  dateDigits: string
  /** The total in whole units of the base currency, rounded. */
  whole: string
  name: string
}
const keys = new WeakMap<CaseView, Map<string, SearchKey>>()

/** Per move, what a search reads, worked out once per case view (plain text, no formatting). */
function searchKeys(view: CaseView): Map<string, SearchKey> {
  let found = keys.get(view)
  if (!found) {
    found = new Map(
      view.offers.map((row) => {
        const { number, date, total, name } = row.label
        return [row.id, { number: String(number), date, dateDigits: date.replace(/-/g, ''), whole: total.toFixed(0), name: (name ?? '').toLowerCase() }]
      }),
    )
    keys.set(view, found)
  }
  return found
}

/**
 * A search word matches a move by its number ("3"), the start of its amount ("69,4" or "69444"),
 * its date ("2024-05-16", "05-16", "20240516") or the user's label.
 */
function matches(key: SearchKey, token: string): boolean {
  const digits = token.replace(/[,\s'_$¥#]/g, '')
  if (/^\d+$/.test(digits))
    return key.number === digits || (digits.length >= 2 && key.whole.startsWith(digits)) || (digits.length >= 4 && key.dateDigits.includes(digits))
  if (/^[\d-]+$/.test(token)) return key.date.includes(token)
  return key.name.includes(token)
}

export function answerChoices(view: CaseView, options: Options): AnswerChoices {
  const limit = options.limit ?? 8
  const pool = view.offers.filter((row) => row.id !== options.self)
  const current = options.current ? view.offerById.get(options.current) ?? null : null
  const query = (options.query ?? '').trim().toLowerCase()
  let ranked: OfferRow[]
  if (query === '') {
    // Newest first: the other side's moves, then this side's own.
    const newest = [...pool].reverse()
    ranked = [...newest.filter((row) => row.from !== options.side), ...newest.filter((row) => row.from === options.side)]
  } else {
    const all = searchKeys(view)
    const tokens = query.split(/\s+/)
    const hits = pool.filter((row) => {
      const key = all.get(row.id)
      return key !== undefined && tokens.every((token) => matches(key, token))
    }).reverse()
    // A move whose number is the query comes first.
    ranked = [...hits.filter((row) => tokens.includes(String(row.label.number))), ...hits.filter((row) => !tokens.includes(String(row.label.number)))]
  }
  const listed = ranked.filter((row) => row !== current)
  const rows = [...(current ? [current] : []), ...listed.slice(0, current ? limit - 1 : limit)]
  return { rows, more: Math.max(0, listed.length - (rows.length - (current ? 1 : 0))) }
}
