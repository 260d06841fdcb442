// The order a history is read in, the same on every device: by time, then by place in the chain
// (the entries of one save share their time and follow each other), then by hash.
import type { StoredEntry } from './historyTypes'

/** How many entries lead to each one through its parents (0 for a root); a parent not in the history counts as none. */
function depths(entries: readonly StoredEntry[]): Map<string, number> {
  const byHash = new Map(entries.map((stored) => [stored.hash, stored.entry]))
  const depth = new Map<string, number>()
  for (const { hash } of entries) {
    // Iteratively, so a chain of thousands of entries does not overflow the stack.
    const stack = [hash]
    const visiting = new Set<string>()
    while (stack.length > 0) {
      const at = stack[stack.length - 1]!
      if (depth.has(at)) {
        stack.pop()
        continue
      }
      const parents = (byHash.get(at)?.parents ?? []).filter((parent) => byHash.has(parent) && !visiting.has(parent))
      const waiting = parents.filter((parent) => !depth.has(parent))
      if (waiting.length > 0 && !visiting.has(at)) {
        visiting.add(at)
        stack.push(...waiting)
        continue
      }
      visiting.delete(at)
      depth.set(at, parents.reduce((most, parent) => Math.max(most, (depth.get(parent) ?? 0) + 1), 0))
      stack.pop()
    }
  }
  return depth
}

/**
 * The entries oldest first: by time, then the entries of one save in the order they were written,
 * then by hash. `history`: the whole history the entries are taken from (a filtered list's chain
 * runs through entries it leaves out).
 */
export function inHistoryOrder(entries: readonly StoredEntry[], history: readonly StoredEntry[] = entries): StoredEntry[] {
  const depth = depths(history)
  return [...entries].sort(
    (a, b) =>
      Date.parse(a.entry.at) - Date.parse(b.entry.at) ||
      (depth.get(a.hash) ?? 0) - (depth.get(b.hash) ?? 0) ||
      (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0),
  )
}
