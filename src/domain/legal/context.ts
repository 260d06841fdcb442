// The legal context of the case's loss: the loss in RMB (converted at the case's own
// rate, and saying so) and, beside it, the fraud amount (what the seller obtained: the
// payments to the seller, without bank fees, inspection or other costs), which alone is
// compared with the Art. 266 tiers as ranges or the province's chosen figures, or, for
// contract fraud, with its filing threshold only.
import { Converter } from '../figures/convert'
import { Dec } from '../money/decimal'
import { remember } from '../support/memoize'
import type { CaseFile, FxRate } from '../caseFile/schema'
import type { LegalChoices, Triage } from '../tracker/criminalSchema'
import type { Offence } from '../tracker/criminalValues'
import { CONTRACT_FRAUD_FILING_THRESHOLD, FRAUD_TIERS, type FraudTier } from './legalData'

export const RMB = 'CNY'

export interface LossInRmb {
  /** The loss in the case's base currency. */
  base: Dec
  /** In RMB; null when the case has no RMB rate. */
  rmb: Dec | null
  /** The rate used (null when the base currency is RMB itself, or there is none). */
  rate: FxRate | null
}

/** Reached in every province, reached where the province's figure is at most the amount, or not reached. */
export type TierStatus = 'reached' | 'depends' | 'not-reached'

export interface TierRow {
  tier: FraudTier
  from: Dec
  to: Dec
  /** The province's figure, when the user chose one. */
  figure: Dec | null
  status: TierStatus
  example?: { province: string; figure: string }
}

export interface LegalContext {
  /** The whole loss recorded. */
  loss: LossInRmb
  /** The fraud amount: the losses that are payments to the seller (category `payment`), compared with every tier and threshold. */
  fraud: LossInRmb
  /** The offence considered; null when not chosen (both are shown, each apart). */
  offence: Offence | null
  /** Art. 266 tiers (never shown for contract fraud). */
  tiers: readonly TierRow[] | null
  /** The highest tier reached for certain, and the highest that may be reached. */
  highestReached: FraudTier | null
  highestPossible: FraudTier | null
  /** Contract fraud's filing threshold (RMB 20,000), and whether the fraud amount reaches it; null without an RMB figure. */
  filingThreshold: { amount: Dec; reached: boolean | null } | null
  /** The lowest fraud tier's rule (2011 Interpretation Art. 3) can apply: no higher tier is or may be reached. */
  lowestTierRule: boolean
  province: string | null
}

/** The case's loss in RMB: as it is when the base is RMB, converted at the case's RMB rate otherwise. */
export function lossInRmb(file: CaseFile, lossTotal: Dec): LossInRmb {
  if (file.baseCurrency === RMB) return { base: lossTotal, rmb: lossTotal, rate: null }
  const rate = file.fx.find((entry) => entry.currency === RMB) ?? null
  return { base: lossTotal, rmb: rate ? lossTotal.times(rate.perBase) : null, rate }
}

function tierRow(entry: (typeof FRAUD_TIERS)[number], amount: Dec | null, choices: LegalChoices | undefined): TierRow {
  const from = new Dec(entry.from)
  const to = new Dec(entry.to)
  const chosen = entry.tier === 'relatively-large' ? choices?.relativelyLarge : entry.tier === 'huge' ? choices?.huge : undefined
  const figure = chosen ? new Dec(chosen) : null
  let status: TierStatus = 'not-reached'
  // "And up" includes the figure itself (Criminal Law Art. 99).
  if (amount) {
    if (figure) status = amount.greaterThanOrEqualTo(figure) ? 'reached' : 'not-reached'
    else if (amount.greaterThanOrEqualTo(to)) status = 'reached'
    else if (amount.greaterThanOrEqualTo(from)) status = 'depends'
  }
  return { tier: entry.tier, from, to, figure, status, ...(entry.example ? { example: entry.example } : {}) }
}

/** What the seller obtained, in the case's base currency: the losses that are payments to the seller. */
export function fraudAmount(file: CaseFile): Dec {
  return fraudOf(file.losses, file.baseCurrency, file.fx)
}
// Kept while the losses and the rates stay the same: an edit of an offer does not add them up again.
const fraudOf = remember((losses: CaseFile['losses'], base: string, fx: CaseFile['fx']) =>
  new Converter(base, fx).sumToBase(losses.filter((loss) => loss.category === 'payment')),
)

export function legalContext(file: CaseFile, lossTotal: Dec, triage: Triage | undefined, choices: LegalChoices | undefined): LegalContext {
  const loss = lossInRmb(file, lossTotal)
  const fraud = lossInRmb(file, fraudAmount(file))
  const offence = triage?.offence ?? null
  const tiers = offence === 'contract-fraud' ? null : FRAUD_TIERS.map((entry) => tierRow(entry, fraud.rmb, choices))
  const highest = (statuses: readonly TierStatus[]) => [...(tiers ?? [])].reverse().find((row) => statuses.includes(row.status))?.tier ?? null
  const threshold = new Dec(CONTRACT_FRAUD_FILING_THRESHOLD.amount)
  const highestPossible = highest(['reached', 'depends'])
  return {
    loss,
    fraud,
    offence,
    tiers,
    highestReached: highest(['reached']),
    highestPossible,
    filingThreshold: offence === 'fraud' ? null : { amount: threshold, reached: fraud.rmb ? fraud.rmb.greaterThanOrEqualTo(threshold) : null },
    lowestTierRule: offence !== 'contract-fraud' && highestPossible === 'relatively-large',
    province: choices?.province ?? null,
  }
}
