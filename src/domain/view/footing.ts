// Figures that foot (docs/figures-that-foot.md): money is rounded once, where a
// single record is shown (a loss, a payment, a cost, a part of an offer, a
// demand); every total, difference and remainder shown beside such figures is
// then worked from them as shown, in the currency's minor units, so a reader
// adding up the printed figures on paper gets the printed result. The exact,
// unrounded value travels with each figure for `data-value` attributes.
import { Dec, ZERO, max } from '../money/decimal'
import { roundMoney } from '../money/money'
import type { CaseView, OfferRow } from './caseView'

/** A money figure as shown (rounded to the currency's minor units) and as computed (exact). */
export interface Shown {
  readonly shown: Dec
  readonly exact: Dec
}

export const SHOWN_ZERO: Shown = { shown: ZERO, exact: ZERO }

/** One record's amount as shown: rounded half-up to the currency's minor units. */
export function shownMoney(exact: Dec, currency: string): Shown {
  return { shown: roundMoney(exact, currency), exact }
}

/** A total of shown figures: the sum of what is shown, beside the sum of the exact values. */
export function shownSum(items: Iterable<Shown>): Shown {
  let shown = ZERO
  let exact = ZERO
  for (const item of items) {
    shown = shown.plus(item.shown)
    exact = exact.plus(item.exact)
  }
  return { shown, exact }
}

/** `a − b` as shown and exactly. */
export function shownDifference(a: Shown, b: Shown): Shown {
  return { shown: a.shown.minus(b.shown), exact: a.exact.minus(b.exact) }
}

/** A remainder that cannot go below zero (outstanding, still to pay). */
export function atLeastZero(value: Shown): Shown {
  return { shown: max(ZERO, value.shown), exact: max(ZERO, value.exact) }
}

/** Half of `a + b`, rounded half-up to minor units (a midpoint is not a sum, but is worked from the shown ends). */
export function shownMidpoint(a: Shown, b: Shown, currency: string): Shown {
  return { shown: roundMoney(a.shown.plus(b.shown).div(2), currency), exact: a.exact.plus(b.exact).div(2) }
}

/** The parts of a seller offer as shown, in file order; a buyer demand is one figure. */
export function shownParts(row: OfferRow, currency: string): Shown[] {
  return row.from === 'seller' ? row.parts.map((part) => shownMoney(part.inBase, currency)) : [shownMoney(row.summary.total, currency)]
}

/** An offer's total as shown: the sum of its parts as shown (a demand: its amount). */
export function shownOfferTotal(row: OfferRow, currency: string): Shown {
  return shownSum(shownParts(row, currency))
}

/** The figures of the summary as shown, each worked from the shown figures it is made of. */
export interface ShownFigures {
  lossTotal: Shown
  receivedTotal: Shown
  costTotal: Shown
  /** `max(0, loss − received)` as shown. */
  outstanding: Shown
  /** `received − costs` as shown (may be negative). */
  netRecovered: Shown
  latestOffer: Shown | null
  bestOffer: Shown | null
  latestDemand: Shown | null
  acceptedOffer: Shown | null
  /** Payments linked to the accepted offer; null without one. */
  paidAgainstAccepted: Shown | null
  /** `max(0, accepted − paid)`; null without an accepted offer. */
  stillToPay: Shown | null
  /** `latest demand − latest offer` as shown; null unless both exist. */
  gap: Shown | null
  midpoint: Shown | null
}

export function shownFigures(view: CaseView): ShownFigures {
  const base = view.base
  const rows = (list: readonly { inBase: Dec }[]) => list.map((row) => shownMoney(row.inBase, base))
  const lossTotal = shownSum(rows(view.losses))
  const receivedTotal = shownSum(rows(view.payments))
  const costTotal = shownSum(rows(view.costs))
  const offer = (row: OfferRow | null) => (row ? shownOfferTotal(row, base) : null)
  const latestOffer = offer(view.latestOffer)
  const latestDemand = offer(view.latestDemand)
  const acceptedOffer = offer(view.acceptedOffer)
  const accepted = view.acceptedOffer
  const paidAgainstAccepted = accepted
    ? shownSum(view.payments.filter((row) => row.record.offerId === accepted.id).map((row) => shownMoney(row.inBase, base)))
    : null
  return {
    lossTotal,
    receivedTotal,
    costTotal,
    outstanding: atLeastZero(shownDifference(lossTotal, receivedTotal)),
    netRecovered: shownDifference(receivedTotal, costTotal),
    latestOffer,
    bestOffer: offer(view.bestOffer),
    latestDemand,
    acceptedOffer,
    paidAgainstAccepted,
    stillToPay: acceptedOffer && paidAgainstAccepted ? atLeastZero(shownDifference(acceptedOffer, paidAgainstAccepted)) : null,
    gap: latestOffer && latestDemand ? shownDifference(latestDemand, latestOffer) : null,
    midpoint: latestOffer && latestDemand ? shownMidpoint(latestDemand, latestOffer, base) : null,
  }
}

/**
 * Each seller offer's concession as shown: its shown total minus the shown total
 * of the offer before it in the series; each buyer demand's step down from the
 * buyer's previous demand (positive when the buyer came down). By offer id;
 * absent where there is nothing to compare with.
 */
export function shownMovements(view: CaseView): Map<string, Shown> {
  const movements = new Map<string, Shown>()
  const seriesIds = new Set(view.summary.series.map((offer) => offer.id))
  let previousOffer: Shown | null = null
  let previousDemand: Shown | null = null
  for (const row of view.offers) {
    if (row.summary.status === 'withdrawn') continue
    const total = shownOfferTotal(row, view.base)
    if (row.from === 'seller' && seriesIds.has(row.id)) {
      if (previousOffer) movements.set(row.id, shownDifference(total, previousOffer))
      previousOffer = total
    } else if (row.from === 'buyer') {
      if (previousDemand) movements.set(row.id, shownDifference(previousDemand, total))
      previousDemand = total
    }
  }
  return movements
}
