// Sentences of the criminal case built from case data, in any language: a deadline's
// rule and state, a police force with jurisdiction, the leverage window, a tier's
// range, the payment-before-pardon check, a part's security.
import { Dec } from '../money/decimal'
import { roundMoney } from '../money/money'
import { dayOfWeek } from '../legal/periods'
import { HOLIDAY_CALENDAR_YEARS } from '../legal/holidays'
import { statutoryNumber } from '../legal/statutoryFigures'
import type { Deadline, LeverageWindow } from '../legal/deadlines'
import type { PoliceOption, TriageView } from '../legal/reporting'
import type { TierRow } from '../legal/context'
import type { PardonCheck, ScheduledPart } from '../legal/settlement'
import type { Place } from '../tracker/criminalSchema'
import type { LegalSource } from '../legal/legalData'
import { chineseCitation, type ChineseTitles } from '../legal/citations'
import { isolate } from './isolate'
import { partyLabel, propertyLabel } from './phrases'
import type { Words } from './words'

/** "Futian, Shenzhen, Guangdong" (in Chinese, province first): the parts recorded, in the catalogue's order. */
export function placeText(place: Place, words: Words): string {
  const format = words.text('legal.police.placeFormat')
  const names = [...format.matchAll(/\w+/g)].map((match) => match[0] as 'district' | 'city' | 'province')
  const separator = format.split(/\w+/)[1] ?? ', '
  return names.map((name) => place[name]?.trim() ?? '').filter((part) => part !== '').map(isolate).join(separator)
}

/** The police force with jurisdiction over one place, and why. */
export function policeText(option: PoliceOption, words: Words): { force: string; basis: string } {
  const place = placeText(option.place, words)
  const force =
    option.place.region === 'hong-kong'
      ? words.text('legal.police.hongKong', { place: place ? ` (${place})` : '' })
      : words.text('legal.police.mainland', { place: place || words.text('legal.region.mainland') })
  return { force, basis: words.text(`legal.police.${option.basis}`) }
}

/** "7 days", "2 months", "1 day". */
export function lengthText(amount: number, unit: 'days' | 'months', words: Words): string {
  if (amount === 1) return words.text(`legal.length.${unit === 'days' ? 'day' : 'month'}`)
  return words.text(`legal.length.${unit}`, { n: amount })
}

/** "7 days from Report submitted of Apr 8, 2024". */
export function deadlineRule(deadline: Deadline, startKind: string, words: Words): string {
  return words.text('legal.rule', {
    length: lengthText(deadline.amount, deadline.unit, words),
    event: words.text(`legal.event.${startKind}`),
    date: words.date(deadline.start),
  })
}

/** Where a deadline stands: "5 days left", "answered on May 4, 2024: Arrest requested". */
export function deadlineState(deadline: Deadline, words: Words): string {
  switch (deadline.state) {
    case 'open':
      if (deadline.daysLeft === 0) return words.text('legal.state.today')
      return deadline.daysLeft === 1 ? words.text('legal.state.oneLeft') : words.text('legal.state.left', { n: deadline.daysLeft })
    case 'overdue':
      return deadline.daysLeft === -1 ? words.text('legal.state.overdueOne') : words.text('legal.state.overdue', { n: -deadline.daysLeft })
    case 'met':
    case 'late':
      return words.text(`legal.state.${deadline.state}`, {
        date: words.date(deadline.answeredBy?.date),
        event: words.text(`legal.event.${deadline.answeredBy?.kind ?? 'closed'}`),
      })
    default:
      return words.text('legal.state.expired')
  }
}

/** How the last day moves: never for custody; for an ordinary period on a weekend, it may. */
export function deadlineHoliday(deadline: Deadline, words: Words): string {
  if (deadline.custody) return words.text('legal.custody')
  if (deadline.movedTo && deadline.holiday)
    return words.text('legal.calendar.moved', { holiday: words.text(`legal.calendar.holiday.${deadline.holiday}`), date: words.date(deadline.movedTo) })
  if (deadline.mayMove) return words.text('legal.mayMove', { weekday: words.text(`legal.weekday.${dayOfWeek(deadline.due) === 6 ? 'sat' : 'sun'}`) })
  return words.text('legal.ordinary')
}

/** What the record implies about a deadline (an extension not recorded, a trial counted from the indictment). */
export function deadlineNote(deadline: Deadline, words: Words): string | null {
  return deadline.note ? words.text(`legal.calendar.note.${deadline.note}`) : null
}

/** Which years the official holiday calendar covers. */
export function calendarYears(words: Words): string {
  return words.text('legal.calendar.covers', HOLIDAY_CALENDAR_YEARS)
}

/** The longer limits, each with its last day. */
export function deadlineLonger(deadline: Deadline, words: Words): string[] {
  return deadline.longer.map((limit) => words.text(`legal.longer.${deadline.period}.${limit.code}`, { date: words.date(limit.due) }))
}

/** The leverage window in a sentence or two. */
export function leverageText(window: LeverageWindow, today: string, words: Words): string[] {
  const lines: string[] = []
  if (window.decided) lines.push(words.text('legal.leverage.decided', { date: words.date(window.decided.date), event: words.text(`legal.event.${window.decided.kind}`) }))
  else if (window.open) {
    const left = window.daysLeft === 0 ? words.text('legal.state.today') : window.daysLeft === 1 ? words.text('legal.state.oneLeft') : words.text('legal.state.left', { n: window.daysLeft })
    lines.push(words.text('legal.leverage.open', { date: words.date(window.decisionBy), left }))
  } else if (window.decisionBy < today) lines.push(words.text('legal.leverage.passed', { date: words.date(window.decisionBy) }))
  lines.push(
    words.text('legal.leverage.request', {
      date: words.date(window.requestBy),
      requested: window.requestedOn ? words.text('legal.leverage.requested', { date: words.date(window.requestedOn) }) : '',
    }),
  )
  lines.push(words.text('legal.leverage.length', { n: window.length }))
  if (window.implied) lines.push(words.text(`legal.calendar.note.${window.extension === 'roving-serial-gang' ? 'extension-30-implied' : 'extension-implied'}`))
  return lines
}

const rmb = (value: Dec, words: Words) => statutoryNumber(value, words.locale)

/** "RMB 3,000 to 10,000 and up; each province sets its figure…", or the chosen province's figure. */
export function tierRangeText(row: TierRow, province: string | null, words: Words): string {
  if (row.figure)
    return province
      ? words.text('legal.tierRange.chosen', { figure: rmb(row.figure, words), province })
      : words.text('legal.tierRange.chosenNoProvince', { figure: rmb(row.figure, words) })
  if (row.from.equals(row.to)) return words.text('legal.tierRange.national', { from: rmb(row.from, words) })
  return words.text('legal.tierRange.range', {
    from: rmb(row.from, words),
    to: rmb(row.to, words),
    province: row.example ? words.text(`legal.province.${row.example.province}`) : '',
    figure: row.example ? rmb(new Dec(row.example.figure), words) : '',
  })
}

/** Whether a tier is reached, in words. */
export function tierStatusText(row: TierRow, lossRmb: Dec | null, words: Words): string {
  return words.text(`legal.tierStatus.${row.status}`, { amount: lossRmb ? words.money(lossRmb, 'CNY') : '' })
}

/** The reasons of the triage: the signs of each kind ticked. */
export function triageReasons(view: TriageView, words: Words): string {
  const names = (signs: readonly string[]) => (signs.length ? signs.map((sign) => words.text(`legal.sign.${sign}`)).join(words.text('list.comma')) : words.text('legal.triage.none'))
  return words.text('legal.triage.reasons', { fraud: names(view.fraudSigns), breach: names(view.breachSigns) })
}

/** The payment-before-pardon check in a sentence, amounts in the base currency. */
export function pardonCheckText(check: PardonCheck, base: string, words: Words): string[] {
  const money = (value: Dec | null) => words.money(value, base)
  switch (check.state) {
    case 'ok':
      return [words.text('legal.check.ok', { needed: money(check.needed), full: words.date(check.fullyReceivedOn), date: words.date(check.date) })]
    case 'early': {
      // The shortfall as the difference of the two figures shown, so it foots on paper.
      const shown = check.needed ? roundMoney(check.needed, base).minus(roundMoney(check.receivedBy, base)) : check.shortfall
      const params = { date: words.date(check.date), received: money(check.receivedBy), needed: money(check.needed), shortfall: money(shown) }
      const lines = [words.text(check.planned ? 'legal.check.earlyPlanned' : 'legal.check.earlySigned', params)]
      if (check.fullyReceivedOn) lines.push(words.text('legal.check.receivedLater', { date: words.date(check.fullyReceivedOn) }))
      return lines
    }
    case 'no-date':
      return [words.text('legal.check.noDate')]
    case 'no-amount':
      return [words.text('legal.check.noAmount')]
    default:
      return [words.text('legal.check.none')]
  }
}

/** What secures a part paid later, or that nothing does; and what a mortgage loan is. */
export function securityText(row: ScheduledPart, words: Words): string[] {
  const lines: string[] = []
  if (row.mortgageLoan && row.part.property) lines.push(words.text('legal.security.mortgageLoan', { property: propertyLabel(row.part.property, words) }))
  const security = row.security
  if (security?.kind === 'registered-mortgage')
    lines.push(
      words.text('legal.security.mortgageOn', {
        property: row.securityProperty ? propertyLabel(row.securityProperty, words) : security.propertyId ?? '',
        registered: security.registeredOn ? words.text('legal.security.registeredOn', { date: words.date(security.registeredOn) }) : '',
      }),
    )
  else if (security?.kind === 'guarantee')
    lines.push(
      words.text('legal.security.guaranteeBy', {
        guarantor: row.guarantor ? partyLabel(row.guarantor, words) : security.guarantorId ?? '',
        registered: security.registeredOn ? words.text('legal.security.signedOn', { date: words.date(security.registeredOn) }) : '',
      }),
    )
  else if (row.deferred) lines.push(words.text('legal.security.none'))
  return lines
}

/**
 * A source with its articles, in the words' language: "PRC Criminal Procedure Law 2018, Arts. 156, 158-160";
 * in Chinese 《中华人民共和国刑事诉讼法》（2018年修正）第一百五十六条、第一百五十八条至第一百六十条, the
 * short title (《刑事诉讼法》) when `short` (a later mention in the same text).
 */
export function citation(source: LegalSource, articles: string | undefined, words: Words, short = false): string {
  if (words.locale.startsWith('zh')) {
    const titles = { full: { [source]: words.text(`legal.title.${source}`) }, short: { [source]: words.text(`legal.titleShort.${source}`) } } as unknown as ChineseTitles
    return articles || short ? chineseCitation(titles, source, articles, short ? 'short' : 'full') : words.text(`legal.sourceName.${source}`)
  }
  const name = words.text(`legal.sourceName.${source}`)
  if (!articles) return name
  const numbered = words.text(/[,-]/.test(articles) ? 'legal.articles' : 'legal.article', { n: articles })
  return words.text('legal.citation', { source: name, articles: numbered })
}
