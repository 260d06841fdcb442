// What a new move starts with, so recording a round takes as few steps as the
// round has news: today's date on a live call (the date of the move just recorded
// when entering past rounds in order), the side's first move as "initial", an
// answer to the other side's latest move, and the side's previous move carried
// forward: each part's payer, kind, currency and amount (a demand's amounts in
// their currencies), shown as values to keep or change, so nothing is dropped
// unless the user removes it. A side's first move starts without amounts.
import { sum, type Dec } from '../money/decimal'
import { Converter } from '../figures/convert'
import { demandParts } from '../figures/recordAmounts'
import { ID_PREFIXES, nextId } from '../caseFile/ids'
import type { ComponentKind, Offer } from '../caseFile/schema'
import { PROPERTY_KINDS } from '../caseFile/values'
import type { CaseView, OfferRow } from './caseView'

export interface NewMoveContext {
  /** The user's own calendar day. */
  today: string
  /** The date of the last move recorded since the case was opened, if any. */
  lastRecorded?: string | null
}

/** A part as a form starts it: every field but the amount. */
export interface PartStart {
  partyId: string
  kind: ComponentKind
  currency: string
  propertyId?: string
}

/** Today, or the date of the move just recorded when that is in the past (past rounds are entered in order). */
export function newMoveDate(context: NewMoveContext): string {
  return context.lastRecorded && context.lastRecorded < context.today ? context.lastRecorded : context.today
}

const standing = (row: OfferRow) => row.summary.status !== 'withdrawn'

function latestOf(view: CaseView, side: 'seller' | 'buyer'): OfferRow | null {
  for (let i = view.offers.length - 1; i >= 0; i--) {
    const row = view.offers[i]
    if (row && row.from === side && standing(row)) return row
  }
  return null
}

/**
 * The part at `index` of a new seller offer: as the side's previous offer had it at that place,
 * else like the part before it (`before`), else the seller paying cash in the base currency.
 */
export function partStart(view: CaseView, index: number, before?: Partial<PartStart>): PartStart {
  const previous = latestOf(view, 'seller')?.offer
  const same = previous?.from === 'seller' ? previous.components[index] : undefined
  if (same) return { partyId: same.partyId, kind: same.kind, currency: same.currency, ...(same.propertyId ? { propertyId: same.propertyId } : {}) }
  const seller = view.file.parties.find((party) => party.role === 'seller')
  return { partyId: before?.partyId ?? seller?.id ?? '', kind: 'cash', currency: before?.currency ?? view.base }
}

/**
 * A part added to a seller offer being edited: `partStart` at its place, paid by `payer` when the
 * user chose one. A part paid by someone other than the usual payer starts as cash, without the
 * usual part's property.
 */
export function addedPart(view: CaseView, index: number, before?: Partial<PartStart>, payer?: string): PartStart {
  const start = partStart(view, index, before)
  const partyId = payer ?? start.partyId
  const kind: ComponentKind = payer && payer !== start.partyId ? 'cash' : start.kind
  const propertyId = kind === start.kind ? start.propertyId : undefined
  return { partyId, kind, currency: start.currency, ...(propertyId ? { propertyId } : {}) }
}

/** The currency of an amount added to a demand: the first of the case's currencies not demanded yet, else the base. */
export function addedDemandCurrency(view: CaseView, taken: Iterable<string>): string {
  const used = new Set(taken)
  return view.currencies.find((code) => !used.has(code)) ?? view.base
}

/** Whether a part of this kind rests on a property (a mortgage loan or a sale). */
export const isPropertyKind = (kind: unknown): boolean => PROPERTY_KINDS.includes(kind as ComponentKind)

/**
 * The property a part takes when its kind becomes a mortgage or a sale and none is chosen yet:
 * its payer's own, or the only one there is. Undefined when the part needs none, has one, or
 * none can be told.
 */
export function defaultProperty(view: CaseView, part: { kind?: unknown; partyId?: unknown; propertyId?: unknown }): string | undefined {
  if (!isPropertyKind(part.kind) || part.propertyId) return undefined
  const properties = view.file.properties
  return (properties.find((p) => p.ownerId === part.partyId) ?? (properties.length === 1 ? properties[0] : undefined))?.id
}

/** A move's type and, while "declared final" made it final, the type it had before. */
export interface TypeAndFinal {
  type: string
  typeBeforeFinal: string | null
}

/**
 * A declared final move is of the final type: ticking "final" makes the type final (keeping the
 * type it had), unticking it gives back that type. A type chosen as final by hand stays.
 */
export function typeOnFinal(current: TypeAndFinal, final: boolean): TypeAndFinal {
  if (final && current.type !== 'final') return { type: 'final', typeBeforeFinal: current.type }
  if (!final && current.type === 'final' && current.typeBeforeFinal) return { type: current.typeBeforeFinal, typeBeforeFinal: null }
  return current
}

/** A new move of `side`, not yet valid: its amounts are left for the user. */
export function newMove(view: CaseView, side: 'seller' | 'buyer', context: NewMoveContext): Offer {
  const file = view.file
  const id = nextId(side === 'seller' ? ID_PREFIXES.sellerOffers : ID_PREFIXES.buyerDemands, file.offers)
  const answered = latestOf(view, side === 'seller' ? 'buyer' : 'seller')
  const own = latestOf(view, side)
  const common = {
    id,
    date: newMoveDate(context),
    status: 'open' as const,
    type: own ? ('counter' as const) : ('initial' as const),
    ...(answered ? { respondsTo: answered.id } : {}),
  }
  if (side === 'buyer') {
    if (own?.offer.from !== 'buyer') return { ...common, from: 'buyer', amount: '', currency: view.base }
    const before = own.offer
    return before.parts ? { ...common, from: 'buyer', parts: before.parts.map(({ amount, currency }) => ({ amount, currency })) } : { ...common, from: 'buyer', amount: before.amount ?? '', currency: before.currency ?? view.base }
  }
  if (own?.offer.from !== 'seller') return { ...common, from: 'seller', components: [{ ...partStart(view, 0), amount: '' }] }
  const components = own.offer.components.map((part, index) => ({ ...partStart(view, index), amount: part.amount }))
  return { ...common, from: 'seller', components }
}

export interface MovePreview {
  /** Base currency. */
  total: Dec
  ratio: Dec | null
  /** How far the side moved toward the other since its previous move (a raise, or a lower demand); null for its first. Negative: a step back. */
  movement: Dec | null
  /** Which way the total went from the side's previous move: `up`, `down` or `unchanged`; null for its first. */
  direction: 'up' | 'down' | 'unchanged' | null
  previous: OfferRow | null
}

/** What a move being typed comes to, before it is recorded; null while an amount or a currency cannot be used. */
export function movePreview(view: CaseView, move: Offer): MovePreview | null {
  const convert = new Converter(view.base, view.file.fx)
  let total: Dec
  try {
    total = move.from === 'buyer' ? convert.sumToBase(demandParts(move)) : sum(move.components.map((part) => convert.toBase(part.amount, part.currency)))
  } catch {
    return null
  }
  // The side's last standing move dated on or before this one: the rows are in date order, so
  // from the last row of that date back.
  const rows = view.offers
  let low = 0
  let high = rows.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (rows[mid]!.summary.date <= move.date) low = mid + 1
    else high = mid
  }
  let previous: OfferRow | null = null
  for (let i = low - 1; i >= 0 && !previous; i--) {
    const row = rows[i]!
    if (row.from === move.from && row.id !== move.id && standing(row)) previous = row
  }
  const movement = previous ? (move.from === 'seller' ? total.minus(previous.summary.total) : previous.summary.total.minus(total)) : null
  const change = previous ? total.comparedTo(previous.summary.total) : null
  const direction = change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged'
  const loss = view.summary.lossTotal
  return { total, ratio: loss.isZero() ? null : total.div(loss), movement, direction, previous }
}
