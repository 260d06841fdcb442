// The case as the screens show it: built once per edit from the case and its
// summary, it holds every figure, row and label source a screen needs, so views
// only format and lay out. Parts of it that few screens read are worked out on
// first read. A view builder reuses, edit after edit, what did not change.
import { Dec } from '../money/decimal'
import { Converter } from '../figures/convert'
import { lazy } from '../support/lazy'
import { remember } from '../support/memoize'
import type { OfferLabel, PartPhrase } from '../words/phrases'
import { demandParts } from '../figures/recordAmounts'
import type { BuyerDemand, CaseFile, ComponentKind, Cost, Loss, Offer, Party, Payment, Property } from '../caseFile/schema'
import type { CaseSummary, OfferSummary, PropertySummary } from '../figures/summary'
import { payerGroups, payersOf, type Payer, type PayerGroup } from './payers'
import { offerTracker } from '../tracker/access'

/** The user's own label of a move, when it has one. */
function nameOf(offer: Offer): { name?: string } {
  const name = offerTracker(offer).label
  return name ? { name } : {}
}

export interface PartRow extends PartPhrase {
  payer: Party | null
  property: Property | null
  /** The part in base currency. */
  inBase: Dec
  propertyId?: string
  dueDate?: string
  note?: string
}

export interface OfferRow {
  readonly id: string
  readonly from: 'seller' | 'buyer'
  readonly summary: OfferSummary
  readonly offer: Offer
  /** What names it: "Seller offer 3 · May 16, 2024 · $69,444.44". */
  readonly label: OfferLabel
  /** A seller offer's parts; empty for a buyer demand. */
  readonly parts: readonly PartRow[]
  /** A buyer demand's amounts as written (one, or a part per currency); null for a seller offer. */
  readonly demand: readonly DemandRowPart[] | null
  /** The move's amounts added up per currency, as the parties state them ("CNY 950,000"), in the order first named. */
  readonly byCurrency: readonly { amount: Dec; currency: string }[]
}

/** One amount of a buyer demand, as written and in base currency. */
export interface DemandRowPart {
  amount: Dec
  currency: string
  inBase: Dec
  note?: string
}

export interface RecordRow<T> {
  record: T
  /** The record's amount in base currency. */
  inBase: Dec
}

export interface PropertyRow {
  property: Property
  owner: Party | null
  figures: PropertySummary
}

export interface CaseView {
  readonly file: CaseFile
  readonly summary: CaseSummary
  readonly base: string
  /** The base currency and every currency with a rate: what an amount may be entered in. */
  readonly currencies: readonly string[]
  readonly parties: ReadonlyMap<string, Party>
  readonly properties: ReadonlyMap<string, Property>
  /** Every offer and demand in negotiation order. */
  readonly offers: readonly OfferRow[]
  readonly offerById: ReadonlyMap<string, OfferRow>
  readonly latestOffer: OfferRow | null
  readonly bestOffer: OfferRow | null
  readonly acceptedOffer: OfferRow | null
  readonly latestDemand: OfferRow | null
  readonly losses: readonly RecordRow<Loss>[]
  readonly payments: readonly RecordRow<Payment>[]
  readonly costs: readonly RecordRow<Cost>[]
  readonly propertyRows: readonly PropertyRow[]
  /** Who pays the latest offer, in group order. */
  readonly latestPayers: readonly Payer[]
  readonly latestPayerGroups: readonly PayerGroup[]
  /** The concessions of the last few rounds of the series, and how many rounds came before them. */
  readonly recentConcessions: { shown: readonly Dec[]; earlier: number }
}

/** How many of the last rounds' concessions the summary lists. */
export const SHOWN_ROUNDS = 3

/**
 * The case view of one case after another: rows whose offer, figures, number and lookups did
 * not change are the same objects as before, and so are the lists of losses, payments and costs
 * while their records and rates stay the same, so a screen can tell what it need not draw again.
 */
export function createViewBuilder(): (file: CaseFile, summary: CaseSummary) => CaseView {
  const converterOf = remember((base: string, fx: CaseFile['fx']) => new Converter(base, fx))
  const partiesOf = remember((parties: CaseFile['parties']) => new Map(parties.map((party) => [party.id, party])))
  const propertiesOf = remember((properties: CaseFile['properties']) => new Map(properties.map((property) => [property.id, property])))
  const currenciesOf = remember((base: string, fx: CaseFile['fx']) => [base, ...fx.map((rate) => rate.currency)])
  const withBase = <T extends { amount: string; currency: string }>() =>
    remember((records: readonly T[], convert: Converter) => records.map((record) => ({ record, inBase: convert.toBase(record.amount, record.currency) })))
  const lossRows = withBase<Loss>()
  const paymentRows = withBase<Payment>()
  const costRows = withBase<Cost>()
  const propertyRowsOf = remember(
    (figures: readonly PropertySummary[], properties: ReadonlyMap<string, Property>, parties: ReadonlyMap<string, Party>): PropertyRow[] =>
      figures.flatMap((found) => {
        const property = properties.get(found.id)
        return property ? [{ property, owner: parties.get(property.ownerId) ?? null, figures: found }] : []
      }),
  )
  const payersOfLatest = remember((latest: OfferSummary | null, parties: ReadonlyMap<string, Party>) => (latest ? payersOf(latest, parties) : []))
  const groupsOfLatest = remember((latest: OfferSummary | null, payers: readonly Payer[]) => (latest ? payerGroups(latest, payers) : []))
  const rowsKept = new WeakMap<OfferSummary, { row: OfferRow; number: number; currency: string; parties: unknown; properties: unknown }>()
  let last: { summary: CaseSummary; offers: OfferRow[]; offerById: Map<string, OfferRow>; currency: string; parties: unknown; properties: unknown; view: CaseView } | null = null

  return (file, summary) => {
    const convert = converterOf(file.baseCurrency, file.fx)
    const parties = partiesOf(file.parties)
    const properties = propertiesOf(file.properties)
    const rowOfSummary = (offerSummary: OfferSummary, number: number): OfferRow => {
      const kept = rowsKept.get(offerSummary)
      if (kept && kept.number === number && kept.currency === file.baseCurrency && kept.parties === parties && kept.properties === properties) return kept.row
      const row = offerRow(offerSummary, number, file.baseCurrency, convert, parties, properties)
      rowsKept.set(offerSummary, { row, number, currency: file.baseCurrency, parties, properties })
      return row
    }
    // Offers replaced where they stood (the summary's other offers are the same objects): only their rows are new.
    const changed = last && last.currency === file.baseCurrency && last.parties === parties && last.properties === properties ? replacedAt(last.summary.offers, summary.offers) : null
    let offers: OfferRow[]
    let offerById: Map<string, OfferRow>
    if (last && changed) {
      offers = last.offers.slice()
      offerById = new Map(last.offerById)
      for (const at of changed) {
        const row = rowOfSummary(summary.offers[at]!, last.offers[at]!.label.number)
        offers[at] = row
        offerById.set(row.id, row)
      }
    } else {
      const numbers = { seller: 0, buyer: 0 }
      offers = summary.offers.map((offerSummary) => rowOfSummary(offerSummary, ++numbers[offerSummary.from]))
      offerById = new Map(offers.map((row) => [row.id, row]))
    }
    const previous = last?.view
    last = { summary, offers, offerById, currency: file.baseCurrency, parties, properties, view: null as unknown as CaseView }
    const rowOf = (found: OfferSummary | null) => (found ? offerById.get(found.id) ?? null : null)

    const view = {
      file,
      summary,
      base: file.baseCurrency,
      currencies: currenciesOf(file.baseCurrency, file.fx),
      parties,
      properties,
      offers,
      offerById,
      latestOffer: rowOf(summary.latestOffer),
      bestOffer: rowOf(summary.bestOffer),
      acceptedOffer: rowOf(summary.acceptedOffer),
      latestDemand: rowOf(summary.latestDemand),
    }
    lazy(view, 'losses', () => lossRows(file.losses, convert))
    lazy(view, 'payments', () => paymentRows(file.payments, convert))
    lazy(view, 'costs', () => costRows(file.costs, convert))
    lazy(view, 'propertyRows', () => propertyRowsOf(summary.properties, properties, parties))
    lazy(view, 'latestPayers', () => payersOfLatest(summary.latestOffer, parties))
    lazy(view, 'latestPayerGroups', () => groupsOfLatest(summary.latestOffer, (view as unknown as CaseView).latestPayers))
    lazy(view, 'recentConcessions', () => {
      const rounds = summary.series.slice(1).map((offer) => offer.concession ?? new Dec(0))
      return { shown: rounds.slice(-SHOWN_ROUNDS), earlier: Math.max(0, rounds.length - SHOWN_ROUNDS) }
    })
    last.view = view as unknown as CaseView
    if (previous) {
      // One link per builder: a chain of every view built would keep them all.
      builtAfter.delete(previous)
      builtAfter.set(last.view, previous)
    }
    return last.view
  }
}

// Each view and the view its builder built before it: what is worked out per view (the rounds)
// can start from what it was for that one.
const builtAfter = new WeakMap<CaseView, CaseView>()

/** The view the same builder built just before `view`, while `view` is its latest. */
export function viewBefore(view: CaseView): CaseView | undefined {
  return builtAfter.get(view)
}

/**
 * Where `next` holds other summaries than `before` (the same number of offers, at most a few
 * changed, each of the same id and side at the same place, so every other row keeps its number);
 * null otherwise.
 */
function replacedAt(before: readonly OfferSummary[], next: readonly OfferSummary[]): number[] | null {
  if (before === next || before.length !== next.length) return before === next ? [] : null
  const changed: number[] = []
  for (let i = 0; i < next.length; i++)
    if (before[i] !== next[i]) {
      if (changed.length === MOST_REPLACED || before[i]!.id !== next[i]!.id || before[i]!.from !== next[i]!.from) return null
      changed.push(i)
    }
  return changed
}
/** More offers changed than this, and the view walks them all (as it does for any other change). */
const MOST_REPLACED = 8

/** The case view worked out afresh. */
export function buildCaseView(file: CaseFile, summary: CaseSummary): CaseView {
  return createViewBuilder()(file, summary)
}

/** Amounts added up per currency, in the order each currency is first named. */
export function byCurrency(items: readonly { amount: string; currency: string }[]): { amount: Dec; currency: string }[] {
  const totals = new Map<string, Dec>()
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? new Dec(0)).plus(new Dec(item.amount)))
  return [...totals].map(([currency, amount]) => ({ currency, amount }))
}

function demandRow(offer: BuyerDemand, convert: Converter): DemandRowPart[] {
  return demandParts(offer).map((part) => ({
    amount: new Dec(part.amount),
    currency: part.currency,
    inBase: convert.toBase(part.amount, part.currency),
    ...(part.note ? { note: part.note } : {}),
  }))
}

function offerRow(
  summary: OfferSummary,
  number: number,
  currency: string,
  convert: Converter,
  parties: ReadonlyMap<string, Party>,
  properties: ReadonlyMap<string, Property>,
): OfferRow {
  const offer = summary.offer
  const row = {
    id: summary.id,
    from: summary.from,
    summary,
    offer,
    label: { side: summary.from, number, date: summary.date, total: summary.total, currency, ...nameOf(offer) },
    demand: offer.from === 'buyer' ? demandRow(offer, convert) : null,
  }
  return lazy(lazy(row, 'byCurrency', () => byCurrency(offer.from === 'seller' ? offer.components : demandParts(offer))), 'parts', () =>
    offer.from === 'seller'
      ? offer.components.map((component, index): PartRow => ({
          payer: parties.get(component.partyId) ?? null,
          partyId: component.partyId,
          kind: component.kind as ComponentKind,
          property: component.propertyId ? properties.get(component.propertyId) ?? null : null,
          amount: new Dec(component.amount),
          currency: component.currency,
          inBase: summary.componentAmounts[index] ?? new Dec(0),
          ...(component.propertyId ? { propertyId: component.propertyId } : {}),
          ...(component.dueDate ? { dueDate: component.dueDate } : {}),
          ...(component.note ? { note: component.note } : {}),
        }))
      : [],
  )
}
