// When a chart is drawn again: only when what it draws changed. A configuration carries
// the adapter's data it was built from (`withSource`); ChartCanvas compares that data with
// the data of the drawing on screen (`sameDrawing`) and skips chart.js's update when they
// are the same (an edit of a party's note, a case field, a list the chart does not show).
import { sameExact } from '@/domain'

const SOURCE = Symbol('chart source')

/** The configuration, carrying the data it was built from (not enumerable: chart.js never sees it). */
export function withSource<C extends object>(config: C, source: unknown): C {
  Object.defineProperty(config, SOURCE, { value: source, enumerable: false, configurable: true })
  return config
}

/** The data a configuration was built from; undefined when it carries none (then it is always drawn). */
export function sourceOf(config: object): unknown {
  return (config as { [SOURCE]?: unknown })[SOURCE]
}

/** Deeper than this, two values are taken as different (the chart is drawn again): the adapter's data is shallow. */
const MAX_DEPTH = 8

/**
 * Whether two drawings' data are the same, for the chart: numbers, strings and exact
 * amounts by value, arrays and plain objects member by member. A function is not compared:
 * the adapter's functions word a tooltip from data that is compared beside it. An object with
 * an enumerable getter (a point's note, worded when first read and kept per offer row) is
 * the same only when it is the same object: the case view keeps a row, and so its note,
 * while its offer and figures do not change. Getters that are not enumerable are left out:
 * they are worked out from what is compared (the labels beside the points).
 */
export function sameDrawing(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true
  if (typeof a === 'function' && typeof b === 'function') return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (depth > MAX_DEPTH) return false
  const exact = sameExact(a, b)
  if (exact !== null) return exact
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameDrawing(a[i], b[i], depth + 1)) return false
    return true
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false
    if (Object.getOwnPropertyDescriptor(a, key)?.get) return false
    if (!sameDrawing((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) return false
  }
  return true
}
