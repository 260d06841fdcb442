// Every figure of a case (case-format.md, section 2), exact and unrounded.
//
// A summarizer remembers what it worked out for the case before: an edit to one
// offer converts that offer's parts again, and every other offer keeps its
// figures, and its summary object itself when nothing it depends on changed (so
// a screen showing it need not draw it again). `summarizeCase` is a summarizer
// with nothing remembered: the same code, so both give the same figures.
import { Dec, ZERO, max } from '../money/decimal'
import { assessOffer } from './assessment'
import { Converter } from './convert'
import { lazy } from '../support/lazy'
import { remember } from '../support/memoize'
import { buyerDemandFigures, propertySummaries, sellerOfferFigures } from './offerFigures'
import { afterReplacing, oneOfferReplaced, type Walked } from './summaryStep'
import type { CaseFile, Offer, Party, Payment, Property, Settings } from '../caseFile/schema'
import type { CaseSummary, Figures, OfferSummary } from './summaryTypes'

export type { ByKind, CaseSummary, OfferSummary, PropertySummary } from './summaryTypes'

function ratioOf(value: Dec, lossTotal: Dec): Dec | null {
  return lossTotal.isZero() ? null : value.div(lossTotal)
}

/** Equal values (a reused result may hold an equal value in another object). */
function same(a: Dec | null, b: Dec | null): boolean {
  return a === b || (a !== null && b !== null && a.eq(b))
}

/** Offers sorted by date; Array.prototype.sort is stable, so same-day offers keep file order. */
export function negotiationOrder<T extends { date: string }>(offers: readonly T[]): T[] {
  return [...offers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** What an offer's assessment depends on besides the offer: one object while none of it changes. */
interface AssessContext {
  parties: Map<string, Party>
  properties: Map<string, Property>
  settings: { concessionShrinkFactor: Dec; thirdPartyMajority: Dec }
  baseCurrency: string
}

/** An offer's summary with what it was worked out from. */
interface Kept {
  summary: OfferSummary
  figures: Figures
  previousTotal: Dec | null
  previousConcession: Dec | null
  lossTotal: Dec
  context: AssessContext
}

/** The figures of one case after another, each edit reusing what did not change. */
export function createSummarizer(): (file: CaseFile) => CaseSummary {
  const converterOf = remember((base: string, fx: CaseFile['fx']) => new Converter(base, fx))
  const partiesOf = remember((parties: readonly Party[]) => new Map(parties.map((party) => [party.id, party])))
  const propertiesOf = remember((properties: readonly Property[]) => new Map(properties.map((property) => [property.id, property])))
  const lossTotalOf = remember((list: CaseFile['losses'], convert: Converter) => convert.sumToBase(list))
  const costTotalOf = remember((list: CaseFile['costs'], convert: Converter) => convert.sumToBase(list))
  const receivedTotalOf = remember((list: CaseFile['payments'], convert: Converter) => convert.sumToBase(list))
  const contextOf = remember(
    (parties: Map<string, Party>, properties: Map<string, Property>, settings: Settings, baseCurrency: string): AssessContext => ({
      parties,
      properties,
      settings: { concessionShrinkFactor: new Dec(settings.concessionShrinkFactor), thirdPartyMajority: new Dec(settings.thirdPartyMajority) },
      baseCurrency,
    }),
  )
  const orderOf = remember((offers: readonly Offer[]) => negotiationOrder(offers))
  const paidAgainstOf = remember((payments: readonly Payment[], offerId: string | null, convert: Converter) =>
    offerId === null ? null : convert.sumToBase(payments.filter((payment) => payment.offerId === offerId)),
  )
  const propertySummariesOf = remember(propertySummaries)
  const figuresKept = new WeakMap<Offer, { convert: Converter; parties: Map<string, Party>; figures: Figures }>()
  const summariesKept = new WeakMap<Offer, Kept>()

  function figuresOf(offer: Offer, convert: Converter, parties: Map<string, Party>): Figures {
    const kept = figuresKept.get(offer)
    if (kept && kept.convert === convert && kept.parties === parties) return kept.figures
    const figures = offer.from === 'seller' ? sellerOfferFigures(offer, convert, parties) : buyerDemandFigures(offer, convert)
    figuresKept.set(offer, { convert, parties, figures })
    return figures
  }

  /** One offer's summary: the one kept for it while nothing it is worked out from changed. */
  function summaryOf(offer: Offer, figures: Figures, previousTotal: Dec | null, previousConcession: Dec | null, lossTotal: Dec, context: AssessContext): OfferSummary {
    const kept = summariesKept.get(offer)
    if (
      kept &&
      kept.figures === figures &&
      kept.context === context &&
      same(kept.lossTotal, lossTotal) &&
      same(kept.previousTotal, previousTotal) &&
      same(kept.previousConcession, previousConcession)
    )
      return kept.summary
    const summary = offerSummary(offer, figures, previousTotal, previousConcession, lossTotal, context)
    summariesKept.set(offer, { summary, figures, previousTotal, previousConcession, lossTotal, context })
    return summary
  }

  /** The last case summarized, its offers in negotiation order, and its summary. */
  let last: { file: CaseFile; order: Offer[]; result: CaseSummary } | null = null

  return (file) => {
    if (last?.file === file) return last.result
    const convert = converterOf(file.baseCurrency, file.fx)
    const lossTotal = lossTotalOf(file.losses, convert)
    const parties = partiesOf(file.parties)
    const context = contextOf(parties, propertiesOf(file.properties), file.settings, file.baseCurrency)
    const step = (offer: Offer, previous: OfferSummary | undefined, inSeries: number) =>
      summaryOf(offer, figuresOf(offer, convert, parties), previous?.total ?? null, inSeries >= 2 ? previous?.concession ?? null : null, lossTotal, context)

    // One offer replaced where it stood (an edit of its amounts, parts or words): only it, and
    // the offers of the series measured from it, are worked out again (summaryStep.ts).
    const replaced = last ? oneOfferReplaced(last.file, file) : -1
    let walked: Walked
    if (last && replaced >= 0) walked = afterReplacing(last, file.offers[replaced]!, last.file.offers[replaced]!, step)
    else {
      // Negotiation order; each seller offer's concession needs the one before it in the series,
      // and its assessment the concession before that.
      const order = orderOf(file.offers)
      const offers: OfferSummary[] = []
      const series: OfferSummary[] = []
      for (const offer of order) {
        const inSeries = offer.from === 'seller' && offer.status !== 'withdrawn'
        const summary = inSeries ? step(offer, series[series.length - 1], series.length) : step(offer, undefined, 0)
        offers.push(summary)
        if (inSeries) series.push(summary)
      }
      walked = { order, offers, series }
    }
    const result = caseSummary(file, walked, convert, lossTotal)
    last = { file, order: walked.order, result }
    return result
  }

  function caseSummary(file: CaseFile, { offers, series }: Walked, convert: Converter, lossTotal: Dec): CaseSummary {
    const costTotal = costTotalOf(file.costs, convert)
    const receivedTotal = receivedTotalOf(file.payments, convert)
    const netRecovered = receivedTotal.minus(costTotal)
    const firstOffer = series[0] ?? null
    const latestOffer = series[series.length - 1] ?? null
    let bestOffer: OfferSummary | null = null
    for (const summary of series) if (!bestOffer || summary.total.greaterThan(bestOffer.total)) bestOffer = summary
    let acceptedOffer: OfferSummary | null = null
    let latestDemand: OfferSummary | null = null
    for (const summary of offers) {
      if (summary.status === 'accepted') acceptedOffer = summary
      if (summary.from === 'buyer' && summary.status !== 'withdrawn') latestDemand = summary
    }
    const paidAgainstAccepted = paidAgainstOf(file.payments, acceptedOffer?.id ?? null, convert)

    return {
      lossTotal,
      costTotal,
      receivedTotal,
      outstanding: max(ZERO, lossTotal.minus(receivedTotal)),
      recoveredRatio: ratioOf(receivedTotal, lossTotal),
      netRecovered,
      netRecoveredRatio: ratioOf(netRecovered, lossTotal),
      latestOffer,
      bestOffer,
      firstOffer,
      acceptedOffer,
      paidAgainstAccepted,
      latestDemand,
      gap: latestDemand && latestOffer ? latestDemand.total.minus(latestOffer.total) : null,
      midpoint: latestDemand && latestOffer ? latestDemand.total.plus(latestOffer.total).div(2) : null,
      lift: firstOffer && latestOffer && series.length >= 2 ? latestOffer.total.minus(firstOffer.total).div(firstOffer.total) : null,
      assessment: latestOffer?.assessment ?? null,
      offers,
      series,
      properties: propertySummariesOf(file.properties, latestOffer, convert, file.settings.quickSaleFactor),
    }
  }
}

/** Every figure of a case, worked out afresh. */
export function summarizeCase(file: CaseFile): CaseSummary {
  return createSummarizer()(file)
}

/**
 * One summarizer the app shares between storing a case (the case list's figures) and opening
 * it: a case imported and then opened (the same records, not copied out of storage again) is
 * summarized in full once, and its figures are reused when it opens.
 */
export const sharedSummarizer = createSummarizer()

function offerSummary(
  offer: Offer,
  figures: Figures,
  previousTotal: Dec | null,
  previousConcession: Dec | null,
  lossTotal: Dec,
  context: AssessContext,
): OfferSummary {
  const summary = lazy(
    {
      id: offer.id,
      from: offer.from,
      status: offer.status,
      date: offer.date,
      ...figures,
      concession: previousTotal ? figures.total.minus(previousTotal) : null,
      offer,
    },
    'ratio',
    () => ratioOf(figures.total, lossTotal),
  ) as OfferSummary
  if (offer.from === 'seller')
    lazy(summary, 'assessment', () => assessOffer({ offer, figures: summary, previousConcession, ...context }))
  return summary
}
