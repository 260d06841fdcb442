// A catalogue in two parts, for the build to ship English in two modules (precompileMessages.ts).

export type Catalogue = { [key: string]: string | Catalogue }

/**
 * A catalogue in two: the messages under `paths` (a namespace, `summary`, or one key,
 * `summary.lossTotal`), and the rest. Throws on a path the catalogue does not have.
 */
export function splitCatalogue(catalogue: Catalogue, paths: readonly string[]): [picked: Catalogue, rest: Catalogue] {
  const picked: Catalogue = {}
  const rest: Catalogue = structuredClone(catalogue)
  for (const path of paths) {
    const parts = path.split('.')
    const last = parts.pop()!
    let from: Catalogue = rest
    let to: Catalogue = picked
    for (const part of parts) {
      const next = from[part]
      if (typeof next !== 'object') throw new Error(`No ${path} in the catalogue`)
      from = next
      to = (to[part] ??= {}) as Catalogue
    }
    if (!(last in from)) throw new Error(`No ${path} in the catalogue`)
    to[last] = from[last]!
    delete from[last]
  }
  return [picked, rest]
}
