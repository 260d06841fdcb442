// Which of the documents written here the server already holds. Replication counts a document as
// sent when the server answers its write; when the server stops with that write in flight it may
// have stored it, and replication then never sends it again (the server's _revs_diff says it has
// it), so the document would wait forever. Asked once replication has caught up (engine.ts).
import type { PouchDatabase } from './pouch'

/** Of `written` (id, revision), those the server holds; none when it cannot be asked now. */
export async function heldByServer(remote: Pick<PouchDatabase, 'revsDiff'>, written: readonly (readonly [string, string])[]): Promise<[string, string][]> {
  const held: [string, string][] = []
  try {
    for (let at = 0; at < written.length; at += 500) {
      const slice = written.slice(at, at + 500)
      const missing = await remote.revsDiff(Object.fromEntries(slice.map(([id, rev]) => [id, [rev]])))
      for (const [id, rev] of slice) if (!missing[id]?.missing.includes(rev)) held.push([id, rev])
    }
  } catch {
    // Not reachable after all: the next pause asks again.
  }
  return held
}
