// Branches of one document (two devices wrote it without seeing each other): ending the ones a
// resolution or an automatic merge answered, and finding the version both branches started from.
import { seal, unseal, type Plain } from './sealed'
import type { BridgeCore } from './bridgeCore'
import type { PouchDoc } from './bridgeTypes'

/**
 * Ends the given live leaves with a sealed deletion marked `ended`: a branch that was answered,
 * never a user's deletion (no device asks about it). Returns the tombstones' revisions.
 */
export async function endBranches(core: BridgeCore, leaves: readonly { rev: string; doc: PouchDoc }[]): Promise<string[]> {
  const { keys, local, person, device } = core.options
  const docs: object[] = []
  for (const leaf of leaves) {
    if (leaf.doc._deleted || typeof leaf.doc.c !== 'string') continue
    let plain: Plain
    try {
      plain = await unseal(keys, leaf.doc)
    } catch {
      continue
    }
    const common = { seq: plain.seq + 1, author: person, device: device.fingerprint }
    let ended: Plain
    if (plain.kind === 'case') ended = { kind: 'case', caseId: plain.caseId, body: { head: plain.body.head, historyHash: plain.body.historyHash, ended: true }, ...common }
    else if (plain.kind === 'record') {
      const { caseId, list, recordId, historyHash } = plain.body
      ended = { kind: 'record', caseId: plain.caseId, body: { caseId, list, recordId, deleted: true, historyHash, ended: true }, ...common }
    } else continue
    docs.push({ ...(await seal(keys, leaf.doc._id, ended)), _rev: leaf.rev, _deleted: true })
  }
  if (docs.length === 0) return []
  const results = await local.bulkDocs(docs)
  return results.flatMap((result) => ('ok' in result && result.ok ? [result.rev] : []))
}

/** Whether a deleted leaf is a branch ended by a resolution or a merge (not a user's deletion). */
export function isEnded(plain: Plain): boolean {
  return (plain.kind === 'case' || plain.kind === 'record') && plain.body.ended === true
}

/**
 * The version two branches of a document started from (their last common revision), read from
 * this device's replica; null when it is not kept here (a device that never had it).
 */
export async function commonAncestor(core: BridgeCore, id: string): Promise<Plain | null> {
  const { local, keys } = core.options
  let leaves: { ok?: PouchDoc & { _revisions?: { start: number; ids: string[] } } }[]
  try {
    leaves = (await local.get(id, { open_revs: 'all', revs: true })) as unknown as typeof leaves
  } catch {
    return null
  }
  const paths = leaves
    .flatMap((leaf) => (leaf.ok && !leaf.ok._deleted && leaf.ok._revisions ? [leaf.ok._revisions] : []))
    .map((revisions) => revisions.ids.map((hash, i) => `${revisions.start - i}-${hash}`))
  if (paths.length < 2) return null
  const [first, ...others] = paths
  const shared = first!.find((rev) => others.every((path) => path.includes(rev)))
  if (!shared) return null
  try {
    return await unseal(keys, await local.get(id, { rev: shared }))
  } catch {
    return null
  }
}
