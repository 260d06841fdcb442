// Values worked out the first time they are read, then kept: a screen that shows
// 50 of 5,000 offers should not pay for the sentences and ratios of the rest.

/**
 * Gives `target` an own, enumerable property `key` whose value is `compute()`,
 * computed on first read and then stored as a plain value (so a spread or
 * JSON.stringify sees it like any other field).
 */
export function lazy<T extends object, K extends PropertyKey, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute()
      Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false })
      return value
    },
  })
  return target as T & Record<K, V>
}
