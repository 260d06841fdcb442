// The projection, the app's reading and the stage clock in words (catalogue:
// src/i18n/features/projection.ts), in the language of `words`. Money is the
// formatter's (人民币…元 / …美元 in Chinese).
import type { Dec } from '../money/decimal'
import { daysBetween } from '../support/dates'
import { offerLabel, propertyLabel, thresholdPercent } from '../words/phrases'
import type { Words } from '../words/words'
import type { Band } from './decay'
import { HEADROOM_SHARE, type AppReading, type AppSignal } from './headroom'
import type { Backtest, CaseProjection } from './caseProjection'
import type { Concession, SideProjection } from './side'
import type { StageClock } from './stageClock'

const k = (key: string) => `projection.${key}`

/** "3 days left", "the last day is today", "passed 2 days ago". */
export function daysLeftText(days: number, words: Words): string {
  if (days > 1) return words.text(k('daysLeft.many'), { n: days })
  if (days === 1) return words.text(k('daysLeft.one'))
  if (days === 0) return words.text(k('daysLeft.today'))
  return words.text(k('daysLeft.past'), { n: -days })
}

export function bandText(band: Band | null, base: string, words: Words): string {
  if (!band) return words.text(k('band.none'))
  const money = (value: Dec | null) => words.money(value, base)
  if (band.high === null) return words.text(k('band.openHigh'), { low: money(band.low) })
  if (band.low === null) return words.text(k('band.openLow'), { high: money(band.high) })
  const [low, high] = [money(band.low), money(band.high)]
  return low === high ? words.text(k('band.same'), { low }) : words.text(k('band.closed'), { low, high })
}

const namedStep = (c: Concession, key: 'retreat' | 'standstill', base: string, words: Words) =>
  words.text(k(key), { move: offerLabel(c.row.label, words), amount: words.money(c.amount.abs(), base) })

/** One side: its name, how its trend reads (or what is missing), its range, and each step back named. */
export function sideLines(side: SideProjection, base: string, words: Words): { name: string; reading: string; band: string | null; named: string[] } {
  const name = words.text(k(`side.${side.side}`))
  const named = [...side.retreats.map((c) => namedStep(c, 'retreat', base, words)), ...side.standstills.map((c) => namedStep(c, 'standstill', base, words))]
  const rho = side.fit ? words.percent(side.fit.rho) : ''
  let reading: string
  let band: string | null = null
  switch (side.state) {
    case 'missing':
      reading = words.text(k('missing'), { n: side.missing, moves: side.moves.length })
      break
    case 'broken': {
      const last = side.concessions[side.concessions.length - 1]
      reading = words.text(k(last?.amount.isNegative() ? 'broken.retreat' : last?.amount.isZero() ? 'broken.standstill' : 'broken.few'))
      break
    }
    case 'not-slowing':
      reading = words.text(k('notSlowing'), { rho })
      break
    case 'slowing':
      reading = words.text(k(`slowing.${side.side}`), { rho, n: side.concessions.filter((c) => c.amount.greaterThan(0)).length, limit: words.money(side.limit, base) })
      band = bandText(side.band, base, words)
  }
  return { name, reading, band, named }
}

export function outcomeText(projection: CaseProjection, base: string, words: Words): string {
  const outcome = projection.outcome
  const money = (value: Dec) => words.money(value, base)
  switch (outcome.kind) {
    case 'meet':
      return outcome.date
        ? words.text(k('outcome.meet'), { round: outcome.round, ahead: outcome.roundsAhead, date: words.date(outcome.date), amount: money(outcome.amount) })
        : words.text(k('outcome.meetUndated'), { round: outcome.round, ahead: outcome.roundsAhead, amount: money(outcome.amount) })
    case 'stall':
      return words.text(k('outcome.stall'), { gap: money(outcome.gap), ceiling: money(outcome.ceiling), floor: money(outcome.floor) })
    case 'beyond':
      return words.text(k('outcome.beyond'), { rounds: outcome.rounds })
    default:
      return words.text(k(`outcome.${outcome.kind}`))
  }
}

/** The midpoint rules, and whether the methods disagree by more than 10% of the loss. */
export function midpointLines(projection: CaseProjection, base: string, words: Words): string[] {
  const lines: string[] = []
  const { first, latest } = projection.midpoints
  if (first) lines.push(words.text(k('midpoints.first'), { amount: words.money(first, base) }))
  if (latest) lines.push(words.text(k('midpoints.latest'), { amount: words.money(latest, base) }))
  const found = projection.disagreement
  if (found) lines.push(words.text(k(found.disagree ? 'midpoints.disagree' : 'midpoints.agree'), { spread: words.money(found.spread, base), limit: words.money(found.limit, base) }))
  return lines
}

export function backtestText(test: Backtest, base: string, words: Words): string {
  const params = { move: offerLabel(test.row.label, words), predicted: words.money(test.predicted, base), actual: words.money(test.actual, base) }
  if (test.band?.low && test.band.high) return words.text(k('backtest.band'), { ...params, low: words.money(test.band.low, base), high: words.money(test.band.high, base) })
  return words.text(k('backtest.line'), params)
}

/** One of the app's signals: its name, its sentence(s) and its rule with the threshold. */
export function appSignalText(signal: AppSignal, base: string, words: Words, today: string): { name: string; lines: string[]; rule: string } {
  const levels = { likely: words.text('level.likely'), possible: words.text('level.possible'), none: words.text('level.not-indicated') }
  const name = words.text(k(`reading.name.${signal.code}`))
  switch (signal.code) {
    case 'HEADROOM': {
      const { headroom } = signal
      const lines = headroom.properties
        .filter((p) => p.untapped.greaterThan(0))
        .map((p) => words.text(k('reading.headroom'), { amount: words.money(p.untapped, base), property: propertyLabel(p.property, words) }))
      if (headroom.properties.length > 1) lines.push(words.text(k('reading.headroomTotal'), { amount: words.money(headroom.untapped, base) }))
      const rule = words.text(k(headroom.weighs ? 'reading.rule.HEADROOM' : 'reading.rule.HEADROOM_under'), { share: thresholdPercent(HEADROOM_SHARE, words), threshold: words.money(headroom.threshold, base), ...levels })
      return { name, lines, rule }
    }
    case 'DECLARED_FINAL':
      return { name, lines: [words.text(k('reading.final'), { move: offerLabel(signal.row.label, words) })], rule: words.text(k('reading.rule.DECLARED_FINAL'), levels) }
    case 'GOOD_UNTIL': {
      const days = daysLeftText(daysBetween(today, signal.until), words)
      return { name, lines: [words.text(k('reading.goodUntil'), { move: offerLabel(signal.row.label, words), date: words.date(signal.until), days })], rule: words.text(k('reading.rule.GOOD_UNTIL'), levels) }
    }
  }
}

/** The app's level, and why it differs from the contract's when it does. */
export function readingLines(reading: AppReading, words: Words): string[] {
  const lines = [words.text(k('reading.level'), { level: words.text(`level.${reading.level}`) })]
  const from = words.text(`level.${reading.contractLevel}`)
  if (reading.moved.includes('lowered-by-headroom')) lines.push(words.text(k('reading.lowered'), { from }))
  else if (reading.moved.includes('raised-by-final')) lines.push(words.text(k('reading.raised'), { from }))
  else lines.push(words.text(k('reading.same')))
  return lines
}

/** The stage clock: the current stage and the next deadline with the days left (no percentage on a stage). */
export function clockLines(clock: StageClock, words: Words): string[] {
  const lines = [clock.stage ? words.text(k('clock.stage'), { event: words.text(`legal.event.${clock.stage.kind}`), date: words.date(clock.stage.date) }) : words.text(k('clock.noStage'))]
  if (clock.hongKong) lines.push(words.text(k('clock.hongKong')))
  else if (clock.next && clock.nextDay)
    lines.push(
      words.text(k(clock.next.state === 'overdue' ? 'clock.missed' : 'clock.next'), {
        period: words.text(`legal.period.${clock.next.period}`),
        date: words.date(clock.nextDay),
        days: daysLeftText(clock.next.daysLeft, words),
      }),
    )
  else if (clock.stage) lines.push(words.text(k('clock.noDeadline')))
  return lines
}
