// The figures the case list shows for a case, worked out when the case is stored
// and kept with it, rounded for display here (money.ts), so the list shows them
// without reading the case or loading the engine (money/formatRounded.ts formats them).
import { roundedMoneyText, roundedRatioText } from '../money/money'
import type { Level } from './signals'
import type { CaseSummary } from './summaryTypes'

export interface ListingFigures {
  /** The loss total in the base currency, rounded to its minor units: "90418.83". */
  lossTotal: string
  /** The latest offer's share of the loss, rounded to four decimals ("0.7680"); null without an offer or a loss. */
  latestRatio: string | null
  /** The latest offer's exhausted-resources level; null without a seller offer. */
  level: Level | null
}

export function listingFigures(summary: CaseSummary, baseCurrency: string): ListingFigures {
  const ratio = summary.latestOffer?.ratio ?? null
  return {
    lossTotal: roundedMoneyText(summary.lossTotal, baseCurrency),
    latestRatio: ratio === null ? null : roundedRatioText(ratio),
    level: summary.assessment?.level ?? null,
  }
}
