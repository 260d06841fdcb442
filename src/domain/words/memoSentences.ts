// The memo's sentences on where the talks stand (its first page), in one language: the
// agreed offer and what is paid of it, or the latest offer and demand, the gap and its
// midpoint and the lift, then the recovery so far. Worded from the memo model's shown
// figures, so a sentence's figures are those of the tables; the print view only lays
// the finished sentences out.
import type { CaseSummary } from '../figures/summaryTypes'
import type { MemoModel } from '../view/memoModel'
import type { Shown } from '../view/footing'
import { offerLabel } from './phrases'
import type { Words } from './words'

/** Parts of one sentence joined as the language writes them: by a space, in Chinese by nothing. */
export function joinClauses(clauses: readonly string[], words: Pick<Words, 'locale'>): string {
  return clauses.filter(Boolean).join(words.locale.startsWith('zh') ? '' : ' ')
}

/** The sentences on where the talks stand, in the language of `words`. */
export function standingSentences(memo: MemoModel, summary: Pick<CaseSummary, 'recoveredRatio' | 'netRecoveredRatio' | 'lift'>, base: string, words: Words): string[] {
  const s = memo.standing
  const money = (value: Shown) => words.money(value.shown, base)
  const figures = memo.figures
  const recovery = words.text(summary.recoveredRatio ? 'memo.summary.recovery' : 'memo.summary.recoveryNoLoss', {
    loss: money(figures.lossTotal),
    received: money(figures.receivedTotal),
    ratio: words.percent(summary.recoveredRatio),
    outstanding: money(figures.outstanding),
    costs: money(figures.costTotal),
    net: money(figures.netRecovered),
    netRatio: words.percent(summary.netRecoveredRatio),
  })
  if (s.kind === 'none') return [words.text('memo.summary.noMoves'), recovery]
  if (s.kind === 'agreed')
    return [
      words.text('memo.summary.agreed', { offer: offerLabel(s.offer.label, words, 'dated'), total: money(s.total), ratio: words.percent(s.ratio) }),
      words.text('memo.summary.paidSoFar', { date: words.date(memo.asOf), paid: money(s.paid), still: money(s.stillToPay) }),
      recovery,
    ]
  const lines: string[] = []
  if (s.offer && s.offerTotal) {
    const offer = s.offer.offer
    lines.push(
      joinClauses(
        [
          words.text('memo.summary.latestOffer', { offer: offerLabel(s.offer.label, words, 'dated'), total: money(s.offerTotal), ratio: words.percent(s.offer.summary.ratio) }),
          offer.final ? words.text('memo.summary.final') : '',
          offer.goodUntil ? words.text('memo.summary.goodUntil', { date: words.date(offer.goodUntil) }) : '',
        ],
        words,
      ),
    )
  }
  if (s.demand && s.demandTotal) lines.push(words.text('memo.summary.latestDemand', { offer: offerLabel(s.demand.label, words, 'dated'), total: money(s.demandTotal) }))
  if (s.gap && figures.midpoint) lines.push(words.text('memo.summary.gap', { gap: money(s.gap), midpoint: money(figures.midpoint) }))
  if (summary.lift) lines.push(words.text('memo.summary.lift', { lift: words.percent(summary.lift) }))
  lines.push(recovery)
  return lines
}
