// Reading and writing the app's own data (the `extra.tracker` blocks) of a case,
// an offer or a part. The engine has checked these blocks when the case was read.
import type { CaseFile, Offer, OfferComponent, Party } from '../caseFile/schema'
import { TRACKER_KEY, TRACKER_VERSION, type TrackerCase, type TrackerComponent, type TrackerOffer, type TrackerParty } from './trackerSchema'

type WithExtra = { extra?: Record<string, unknown> | undefined }

function blockOf<T>(record: WithExtra): T | undefined {
  return record.extra?.[TRACKER_KEY] as T | undefined
}

/** The record with its tracker block replaced by `next` (or dropped when `next` has nothing), other `extra` keys kept. */
function withBlock<R extends WithExtra>(record: R, next: Record<string, unknown>): R {
  const { [TRACKER_KEY]: _old, ...others } = record.extra ?? {}
  const empty = Object.keys(next).every((key) => key === 'version' || next[key] === undefined)
  const extra = empty ? others : { ...others, [TRACKER_KEY]: next }
  const { extra: _extra, ...rest } = record
  return (Object.keys(extra).length > 0 ? { ...rest, extra } : rest) as R
}

function defined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined))
}

export function caseTracker(file: CaseFile): TrackerCase {
  const { version: _version, ...data } = blockOf<TrackerCase & { version: number }>(file) ?? { version: TRACKER_VERSION }
  return data
}

/** The case with its tracker data changed; a field set to undefined is removed. */
export function withCaseTracker(file: CaseFile, patch: Partial<TrackerCase>): CaseFile {
  return withBlock(file, { version: TRACKER_VERSION, ...defined({ ...caseTracker(file), ...patch }) })
}

export function offerTracker(offer: Offer): TrackerOffer {
  return blockOf<TrackerOffer>(offer) ?? {}
}

export function withOfferTracker<O extends Offer>(offer: O, patch: Partial<TrackerOffer>): O {
  return withBlock(offer, defined({ ...offerTracker(offer), ...patch }))
}

export function componentTracker(component: OfferComponent): TrackerComponent {
  return blockOf<TrackerComponent>(component) ?? {}
}

export function withComponentTracker(component: OfferComponent, patch: Partial<TrackerComponent>): OfferComponent {
  return withBlock(component, defined({ ...componentTracker(component), ...patch }))
}

export function partyTracker(party: Pick<Party, 'extra'>): TrackerParty {
  return blockOf<TrackerParty>(party) ?? {}
}

export function withPartyTracker<P extends Party>(party: P, patch: Partial<TrackerParty>): P {
  return withBlock(party, defined({ ...partyTracker(party), ...patch }))
}
