// How the negotiation's statuses follow the moves: a move that answers an open
// move of the other side counters it (in the same edit, so one undo takes both
// back); an open move past its good-until date is expired; an accepted move
// closes the negotiation at its total.
import type { CaseFile, Offer, OfferStatus } from '../caseFile/schema'
import type { CaseView, OfferRow } from './caseView'

/** A status as the screens and the memo show it: the recorded one, or `expired` for an open move past its good-until date. */
export type ShownStatus = OfferStatus | 'expired'

/** An open move whose good-until date is before `today` (the user's own calendar day, YYYY-MM-DD). */
export function isExpired(offer: Pick<Offer, 'status' | 'goodUntil'>, today: string): boolean {
  return offer.status === 'open' && offer.goodUntil !== undefined && offer.goodUntil < today
}

export function shownStatus(offer: Pick<Offer, 'status' | 'goodUntil'>, today: string): ShownStatus {
  return isExpired(offer, today) ? 'expired' : offer.status
}

/** The open move of the other side that `move` answers, if any: recording `move` counters it. */
export function counteredBy(file: CaseFile, move: Offer): Offer | null {
  if (!move.respondsTo) return null
  const answered = file.offers.find((offer) => offer.id === move.respondsTo && offer.id !== move.id)
  return answered && answered.status === 'open' && answered.from !== move.from ? answered : null
}

/** The case with `move` added at the end; the open move of the other side it answers is now countered. */
export function recordMove(file: CaseFile, move: Offer): CaseFile {
  const answered = counteredBy(file, move)
  const offers = answered ? file.offers.map((offer) => (offer === answered ? { ...offer, status: 'countered' as const } : offer)) : file.offers
  return { ...file, offers: [...offers, move] }
}

/** The case with one move's status changed (accept or reject with one click), everything else as it was. */
export function withMoveStatus(file: CaseFile, id: string, status: OfferStatus): CaseFile {
  return { ...file, offers: file.offers.map((offer) => (offer.id === id ? { ...offer, status } : offer)) }
}

/**
 * Where the negotiation stands: `agreed` once a move is accepted (the gap and midpoint then
 * compare a settled offer with a superseded demand, so they are not shown as open figures);
 * otherwise `open`, with the latest offer and demand.
 */
export type NegotiationStanding =
  | { state: 'agreed'; accepted: OfferRow }
  | { state: 'open'; latestOffer: OfferRow | null; latestDemand: OfferRow | null }

export function standing(view: CaseView): NegotiationStanding {
  if (view.acceptedOffer) return { state: 'agreed', accepted: view.acceptedOffer }
  return { state: 'open', latestOffer: view.latestOffer, latestDemand: view.latestDemand }
}
