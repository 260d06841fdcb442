// The replay guard (docs/sync.md §7, "a tampering server"): a server can serve an old revision
// of a record again, or withhold new ones; it cannot forge one (seal.ts). Every case and record
// document carries `seq`, a counter of the writes of that one document (each writer writes the
// revision it based its edit on plus one; a resolved conflict writes the larger of the two plus
// one), and the hash of the history entry that produced it. The bridge keeps, per document, the
// revision it last applied, and judges each incoming one against it:
//
//   - no revision applied yet                        → 'new'   (apply it)
//   - a higher seq                                   → 'new'   (apply it, or merge it)
//   - the same seq and the same history hash         → 'same'  (delivered again: nothing to do)
//   - a lower seq                                    → 'older' (a replay: ignore it and say so,
//                                                                "An older copy of … was served and ignored")
//   - the same seq with another history hash         → 'fork'  (two writers both wrote seq n, or a
//                                                                server splicing histories: never applied
//                                                                silently; the bridge shows it as a conflict)
//
// `isStaleRevision` is true for 'older' and 'fork': those must not replace what was applied.
import type { Plain } from './sealed'

/** What the guard compares: a document's seq and the hash of the history entry that produced it. */
export interface Revision {
  seq: number
  historyHash: string
}

export type RevisionVerdict = 'new' | 'same' | 'older' | 'fork'

/** How an incoming revision stands against the one last applied (undefined: none yet). */
export function revisionVerdict(applied: Revision | undefined, incoming: Revision): RevisionVerdict {
  if (!Number.isSafeInteger(incoming.seq) || incoming.seq < 0) throw new Error(`A revision's seq is a whole number, not ${incoming.seq}.`)
  if (applied === undefined || incoming.seq > applied.seq) return 'new'
  if (incoming.seq < applied.seq) return 'older'
  return incoming.historyHash === applied.historyHash ? 'same' : 'fork'
}

/** Whether an incoming revision must not replace the applied one: an older seq (a replay), or the same seq with another history hash (a fork, shown as a conflict). */
export function isStaleRevision(applied: Revision | undefined, incoming: Revision): boolean {
  const verdict = revisionVerdict(applied, incoming)
  return verdict === 'older' || verdict === 'fork'
}

/** The seq of a document written on top of these revisions (an edit of one, or the resolution of a conflict between several). */
export function nextSeq(...basedOn: (Revision | undefined)[]): number {
  return Math.max(-1, ...basedOn.map((revision) => revision?.seq ?? -1)) + 1
}

/** The revision a case or record document's plaintext carries; undefined for kinds without one (history entries never change). */
export function revisionOf(plain: Plain): Revision | undefined {
  return plain.kind === 'case' || plain.kind === 'record' ? { seq: plain.seq, historyHash: plain.body.historyHash } : undefined
}
