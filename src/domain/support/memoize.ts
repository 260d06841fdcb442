// Remembering the last result: an edit changes one record, so most of what the
// engine worked out for the case before it still holds. Inputs are compared by
// identity (case values are never changed in place), so a result is reused only
// when it was computed from the very same records.

/**
 * `compute` with its last call remembered: called again with the same arguments (each the
 * same object or value, `Object.is`), it returns the same result without computing.
 */
export function remember<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.value
    const value = compute(...args)
    last = { args, value }
    return value
  }
}

/** Whether two lists hold the same items, each the same object, in the same order. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => Object.is(item, b[i])))
}
