// The app's own reading beside the contract's assessment (issue 20): the equity the
// seller's side has not yet committed (headroom), a move declared final, and a move
// that is good until a date. The contract's `summary.assessment` is never changed:
// this reading starts from its level and says, with the app's thresholds, how it reads.
import { Dec, ZERO, sum } from '../money/decimal'
import { daysBetween } from '../support/dates'
import type { Level } from '../figures/signals'
import type { Party, Property } from '../caseFile/schema'
import type { CaseView, OfferRow } from '../view/caseView'

/** Untapped equity of at least this share of the loss makes a ceiling one of cash, not of assets (the app's threshold). */
export const HEADROOM_SHARE = new Dec('0.1')

export interface PropertyHeadroom {
  property: Property
  owner: Party
  /** Quick-sale net equity (the contract's `netEquity`), base currency. */
  netEquity: Dec
  /** What the latest seller offer raises on it (`pledgedInLatest`). */
  committed: Dec
  /** max(0, netEquity − committed). */
  untapped: Dec
}

export interface Headroom {
  /** Each property of the seller or the seller's family, in file order. */
  properties: readonly PropertyHeadroom[]
  untapped: Dec
  /** 10% of the loss: the app's threshold. */
  threshold: Dec
  /** untapped > 0 and untapped ≥ threshold. */
  weighs: boolean
}

export function headroomOf(view: CaseView): Headroom {
  const properties = view.propertyRows.flatMap((row): PropertyHeadroom[] => {
    const owner = row.owner
    if (!owner || (owner.role !== 'seller' && owner.role !== 'family')) return []
    const { netEquity, pledgedInLatest } = row.figures
    const untapped = netEquity.greaterThan(pledgedInLatest) ? netEquity.minus(pledgedInLatest) : ZERO
    return [{ property: row.property, owner, netEquity, committed: pledgedInLatest, untapped }]
  })
  const untapped = sum(properties.map((p) => p.untapped))
  const threshold = view.summary.lossTotal.times(HEADROOM_SHARE)
  return { properties, untapped, threshold, weighs: untapped.greaterThan(0) && untapped.greaterThanOrEqualTo(threshold) }
}

export type AppSignalCode = 'HEADROOM' | 'DECLARED_FINAL' | 'GOOD_UNTIL'

export type AppSignal =
  | { code: 'HEADROOM'; headroom: Headroom }
  | { code: 'DECLARED_FINAL'; row: OfferRow }
  /** `daysLeft` from today to the last day (negative when it has passed). */
  | { code: 'GOOD_UNTIL'; row: OfferRow; until: string; daysLeft: number }

export interface AppReading {
  /** The contract's level, as `summary.assessment` gives it. */
  contractLevel: Level
  /** The level by the app's rules (docs/projection.md). */
  level: Level
  signals: readonly AppSignal[]
  /** Which of the app's rules moved the level, in the order applied. */
  moved: readonly ('raised-by-final' | 'lowered-by-headroom')[]
}

/**
 * The app's reading of the latest seller offer: a declared final offer or a time limit on it raise a
 * level of `not-indicated` to `possible` (the seller says it is at its limit, or presses for an
 * answer); untapped equity of at least 10% of the loss lowers `likely` to `possible` (a ceiling on
 * cash, not on assets). Null without a seller offer.
 */
export function appReading(view: CaseView, today: string): AppReading | null {
  const latest = view.latestOffer
  const contract = view.summary.assessment
  if (!latest || !contract) return null
  const signals: AppSignal[] = []
  const headroom = headroomOf(view)
  // Said whenever equity is left; it moves the level only from the threshold up.
  if (headroom.untapped.greaterThan(0)) signals.push({ code: 'HEADROOM', headroom })
  if (latest.offer.final) signals.push({ code: 'DECLARED_FINAL', row: latest })
  if (latest.offer.goodUntil) signals.push({ code: 'GOOD_UNTIL', row: latest, until: latest.offer.goodUntil, daysLeft: daysBetween(today, latest.offer.goodUntil) })
  let level: Level = contract.level
  const moved: ('raised-by-final' | 'lowered-by-headroom')[] = []
  if (level === 'not-indicated' && (latest.offer.final || latest.offer.goodUntil)) {
    level = 'possible'
    moved.push('raised-by-final')
  }
  if (level === 'likely' && headroom.weighs) {
    level = 'possible'
    moved.push('lowered-by-headroom')
  }
  return { contractLevel: contract.level, level, signals, moved }
}
