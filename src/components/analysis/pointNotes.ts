// What a chart says about one offer's point (its tooltip, the lines under its bar,
// the value beside it), worded when first read and kept per offer row: the case
// view keeps a row while its offer and figures do, so an edit words only what it
// changed.
import { offerLabel, type OfferRow, type Words } from '@/domain'

/** What is worded for an offer's row, kept while the row, the words and their language are the same. */
const worded = new WeakMap<OfferRow, { words: Words; locale: string; note?: PointNote; lines?: string[]; tick?: string }>()
export function wordedFor(row: OfferRow, words: Words) {
  let kept = worded.get(row)
  if (!kept || kept.words !== words || kept.locale !== words.locale) worded.set(row, (kept = { words, locale: words.locale }))
  return kept
}

/** What the tooltip of one point says, worded when first read (on hover). */
export interface PointNote {
  offerId: string
  side: 'seller' | 'buyer'
  readonly title: string
  readonly lines: string[]
}

/**
 * The tooltip of an offer's point. Formatting money, ratio and date for every
 * point up front costs about 0.1 ms each, which a long negotiation would pay on
 * every edit: it is worded on first read.
 */
export function pointNote(row: OfferRow, words: Words): PointNote {
  const kept = wordedFor(row, words)
  return (kept.note ??= newPointNote(row, words))
}

function newPointNote(row: OfferRow, words: Words): PointNote {
  let worded: { title: string; lines: string[] } | null = null
  const summary = row.summary
  const word = () =>
    (worded ??= {
      title: offerLabel(row.label, words),
      lines: [
        words.text('analysis.tip.date', { date: words.date(summary.date) }),
        words.text('analysis.tip.total', { amount: words.money(summary.total, row.label.currency) }),
        words.text('analysis.tip.ofLoss', { percent: words.percent(summary.ratio) }),
        words.text('analysis.tip.status', { status: words.text(`status.${summary.status}`) }),
      ],
    })
  return {
    offerId: row.id,
    side: row.from,
    get title() {
      return word().title
    },
    get lines() {
      return word().lines
    },
  }
}

