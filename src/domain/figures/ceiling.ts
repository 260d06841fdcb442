// Whose rule each exhausted-resources signal is. The source article (DeHeng Law
// Offices, Mondaq, 25 Jan 2017) names family contributions and a family member's
// mortgage or sale of real estate; every other signal is the app's own rule, and is
// shown as such, with its threshold.
import type { Signal, SignalCode } from './signals'
import { thresholdPercent } from '../words/phrases'
import type { Words } from '../words/words'

export type SignalOrigin = 'source' | 'app'

export const SIGNAL_ORIGIN: Readonly<Record<SignalCode, SignalOrigin>> = {
  FAMILY_IMMEDIATE: 'source',
  FAMILY_EXTENDED: 'source',
  FAMILY_PROPERTY: 'source',
  SELLER_PROPERTY: 'app',
  THIRD_PARTY_MAJORITY: 'app',
  CONCESSIONS_SHRINKING: 'app',
}

/** For an app's own signal, its rule with the threshold this case uses; null for the source's signals. */
export function signalRule(signal: Pick<Signal, 'facts'>, words: Words): string | null {
  const facts = signal.facts
  switch (facts.code) {
    case 'SELLER_PROPERTY':
      return words.text('signalRule.SELLER_PROPERTY')
    case 'THIRD_PARTY_MAJORITY':
      return words.text('signalRule.THIRD_PARTY_MAJORITY', { threshold: thresholdPercent(facts.threshold, words) })
    case 'CONCESSIONS_SHRINKING':
      return words.text('signalRule.CONCESSIONS_SHRINKING', { factor: thresholdPercent(facts.factor, words) })
    default:
      return null
  }
}
