// The bridge's small pure parts: CouchDB's winning leaf, bodies and keys, the order keys a
// record keeps across saves.
import { parseCaseFile, type CaseFile } from '@/domain'
import {   type Plain } from './sealed'
import { joinCase, recordDocKey,  type CaseHead, type RecordDoc, type SplitCase } from './documents'
import { keyBetween, compareKeys } from './order'
import { sameValue } from './equal'
import { CASE_KEY,  type Base,        type PouchDoc } from './bridgeTypes'
// --- helpers --------------------------------------------------------------------------------

/** CouchDB's winner: a non-deleted leaf over a deleted one, then the longest branch, then the highest revision. */
export function pickWinner(leaves: { rev: string; doc: PouchDoc }[]): { rev: string; doc: PouchDoc } | null {
  const ranked = [...leaves].sort((a, b) => {
    const deleted = (a.doc._deleted === true ? 1 : 0) - (b.doc._deleted === true ? 1 : 0)
    if (deleted !== 0) return deleted
    const [aGen, aHash] = splitRev(a.rev)
    const [bGen, bHash] = splitRev(b.rev)
    // Generations compared as whole numbers in text: the longer one is larger.
    return bGen.length - aGen.length || compareKeys(bGen, aGen) || compareKeys(bHash, aHash)
  })
  return ranked[0] ?? null
}

export function splitRev(rev: string): [string, string] {
  const at = rev.indexOf('-')
  return [rev.slice(0, at).replace(/^0+(?=\d)/, ''), rev.slice(at + 1)]
}

export function revisionOf(plain: Plain): { seq: number; historyHash: string } {
  const body = plain.body as { historyHash?: string }
  return { seq: plain.seq, historyHash: body.historyHash ?? '' }
}

/** The case head or record document a case or record plaintext holds (null for a record's tombstone). */
export function bodyOf(plain: Plain): CaseHead | RecordDoc | null {
  if (plain.kind === 'case') return plain.body.head
  if (plain.kind === 'record') {
    if (plain.body.deleted) return null
    const { historyHash: _hash, answered: _answered, deleted: _deleted, ...record } = plain.body
    return record as RecordDoc
  }
  return null
}

export function answeredOf(plain: Plain): string[] {
  if (plain.kind === 'case' || plain.kind === 'record') return plain.body.answered ?? []
  return []
}

/** The case if it is valid (a merge never stores an invalid case), else null. */
export function validOrNull(file: unknown): CaseFile | null {
  try {
    return parseCaseFile(file)
  } catch {
    return null
  }
}

export function splitKey(key: string): [string, string] {
  const at = key.indexOf('/')
  return [key.slice(0, at), key.slice(at + 1)]
}

export function keepLocal(remote: SplitCase, local: SplitCase, key: string): void {
  if (key === CASE_KEY) {
    remote.head = local.head
    return
  }
  remote.records = remote.records.filter((record) => recordDocKey(record) !== key)
  const mine = local.records.find((record) => recordDocKey(record) === key)
  if (mine) remote.records.push(mine)
}

export function sameAsBase(split: SplitCase, base: Base): boolean {
  if (!sameValue(split.head, base.head?.body)) return false
  if (split.records.length !== Object.keys(base.records).length) return false
  return split.records.every((record) => sameValue(record, base.records[recordDocKey(record)]?.body))
}

/** The case as the base has it, for the history's field changes. */
export function baseCase(base: Base): CaseFile | null {
  if (!base.head || base.deleted) return null
  try {
    return joinCase(base.head.body, Object.values(base.records).map((entry) => entry.body))
  } catch {
    return null
  }
}

/**
 * Records keep the order key they had, so an edit that moves nothing rewrites nothing: a record
 * keeps its base key while the keys stay increasing in the file's order, and gets a key between
 * its neighbours otherwise.
 */
export function withKeptOrder(split: SplitCase, base: Base): SplitCase {
  const byList = new Map<string, RecordDoc[]>()
  for (const record of split.records) {
    const list = byList.get(record.list) ?? []
    list.push(record)
    byList.set(record.list, list)
  }
  const records: RecordDoc[] = []
  for (const list of byList.values()) {
    let previous: string | null = null
    list.forEach((record, i) => {
      const keyOf = (doc: RecordDoc) => base.records[recordDocKey(doc)]?.body.order
      const kept = keyOf(record)
      let order: string
      if (kept !== undefined && (previous === null || compareKeys(kept, previous) > 0)) order = kept
      else {
        let next: string | null = null
        for (const later of list.slice(i + 1)) {
          const key = keyOf(later)
          if (key !== undefined && (previous === null || compareKeys(key, previous) > 0)) {
            next = key
            break
          }
        }
        order = keyBetween(previous, next)
      }
      previous = order
      records.push({ ...record, order } as RecordDoc)
    })
  }
  return { head: split.head, records }
}
