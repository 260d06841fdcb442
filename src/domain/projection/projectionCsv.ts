// The projection as a spreadsheet table: one row per figure (each side's trend, ρ and
// limit with its range, the meeting or the stall, the midpoint rules, the backtest,
// the untapped equity and the next deadline). Money in plain digits, rounded half-up
// to the base currency's minor units, as the other tables write it.
import type { Dec } from '../money/decimal'
import { toCsv } from '../support/csv'
import { minorUnits, roundMoney } from '../money/money'
import { criminalView } from '../view/criminalView'
import type { CaseView } from '../view/caseView'
import { offerLabel } from '../words/phrases'
import type { Words } from '../words/words'
import { headroomOf } from './headroom'
import { caseProjection } from './caseProjection'
import { stageClock } from './stageClock'
import { backtestText, clockLines, outcomeText, sideLines } from './projectionWords'

export interface ProjectionSheet {
  header: string[]
  rows: string[][]
}

export function projectionSheet(view: CaseView, today: string, words: Words): ProjectionSheet {
  const base = view.base
  const plain = (value: Dec | null | undefined) => (value ? roundMoney(value, base).toFixed(minorUnits(base)) : '')
  const col = (key: string) => words.text(`projection.csv.${key}`)
  const projection = caseProjection(view)
  const rows: string[][] = []
  const row = (figure: string, side: string, value: string, low = '', high = '', note = '') => rows.push([col(figure), side, value, low, high, note])
  for (const side of [projection.seller, projection.buyer]) {
    const name = words.text(`projection.side.${side.side}`)
    const lines = sideLines(side, base, words)
    row('state', name, col(`state_.${side.state}`), '', '', [lines.reading, ...lines.named].join(' '))
    if (side.fit) row('rho', name, side.fit.rho.toDecimalPlaces(6).toFixed())
    if (side.limit) row('limit', name, plain(side.limit), plain(side.band?.low), plain(side.band?.high), lines.band ?? '')
  }
  const outcome = projection.outcome
  const said = outcomeText(projection, base, words)
  if (outcome.kind === 'meet') {
    row('meetRound', '', String(outcome.round), '', '', said)
    row('meetDate', '', outcome.date ?? '')
    row('meetAmount', '', plain(outcome.amount))
  } else if (outcome.kind === 'stall') row('stallGap', '', plain(outcome.gap), '', '', said)
  else row('outcome', '', '', '', '', said)
  if (projection.midpoints.first) row('midpointFirst', '', plain(projection.midpoints.first))
  if (projection.midpoints.latest) row('midpointLatest', '', plain(projection.midpoints.latest))
  if (projection.disagreement) row('spread', '', plain(projection.disagreement.spread), '', '', words.text(`projection.midpoints.${projection.disagreement.disagree ? 'disagree' : 'agree'}`, { spread: words.money(projection.disagreement.spread, base), limit: words.money(projection.disagreement.limit, base) }))
  for (const test of projection.backtests) {
    const name = words.text(`projection.side.${test.side}`)
    row('predicted', name, plain(test.predicted), plain(test.band?.low), plain(test.band?.high), backtestText(test, base, words))
    row('actual', name, plain(test.actual), '', '', offerLabel(test.row.label, words))
  }
  row('untapped', '', plain(headroomOf(view).untapped))
  const criminal = criminalView(view, today)
  const clock = stageClock(criminal.procedure, criminal.hongKong)
  row('nextDeadline', '', clock.nextDay ?? '', '', '', clockLines(clock, words).join(' '))
  return { header: ['figure', 'side', 'value', 'low', 'high', 'note'].map(col), rows }
}

export function projectionCsv(view: CaseView, today: string, words: Words): string {
  const { header, rows } = projectionSheet(view, today, words)
  return toCsv(header, rows)
}
