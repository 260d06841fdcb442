// A record's place in its list, as a fractional index (docs/sync.md §3.2): a string that sorts
// between its neighbours' keys, so two devices that add records offline both keep their place
// and every device sorts a list the same way. Keys compare as plain strings (code units, `<`),
// never with localeCompare.
//
// The scheme is the one of David Greenspan's "Implementing Fractional Indexing" (as in the
// public-domain `fractional-indexing` package): a key is a variable-length integer part (a head
// letter saying how many digits follow: 'a' one, 'b' two, …; 'Z' one, 'Y' two, … below zero)
// and an optional fraction that never ends in the smallest digit. Appending at the end steps
// the integer (keys stay 2 or 3 characters for thousands of records); inserting between two
// keys halves the gap in the fraction.

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const ZERO = '0'
const LAST = 'z'
/** The smallest integer part: no key may be it with an empty fraction (nothing would sort before it). */
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`

/** A key that is not a fractional index of this scheme, or keys in the wrong order. */
export class OrderKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OrderKeyError'
  }
}

/** The length of the integer part that starts with `head`. */
function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2
  throw new OrderKeyError(`Not an order key: its first character is ${JSON.stringify(head)}.`)
}

function integerPart(key: string): string {
  const length = integerLength(key.charAt(0))
  if (length > key.length) throw new OrderKeyError(`Not an order key: ${JSON.stringify(key)} is shorter than its integer part.`)
  return key.slice(0, length)
}

/** Whether `key` is a valid order key (what keyBetween accepts and returns). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key === '' || key.length > 1024) return false
  if (![...key].every((c) => DIGITS.includes(c))) return false
  try {
    checkKey(key)
    return true
  } catch {
    return false
  }
}

function checkKey(key: string): void {
  if (key === SMALLEST_INTEGER) throw new OrderKeyError(`Not an order key: ${key}.`)
  const integer = integerPart(key)
  for (const c of key) if (!DIGITS.includes(c)) throw new OrderKeyError(`Not an order key: ${JSON.stringify(key)}.`)
  if (key.length > integer.length && key.endsWith(ZERO)) throw new OrderKeyError(`Not an order key: ${JSON.stringify(key)} ends in ${ZERO}.`)
}

/** A fraction strictly between fractions `a` and `b` (`b` null: above `a`). Neither ends in ZERO. */
function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new OrderKeyError(`${JSON.stringify(a)} is not before ${JSON.stringify(b)}.`)
  if (b !== null) {
    // The common prefix (`a` padded with zeros) stays; the rest is split below it.
    let n = 0
    while ((a.charAt(n) || ZERO) === b.charAt(n)) n++
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n))
  }
  const digitA = a ? DIGITS.indexOf(a.charAt(0)) : 0
  const digitB = b !== null ? DIGITS.indexOf(b.charAt(0)) : DIGITS.length
  if (digitB - digitA > 1) return DIGITS.charAt(Math.round((digitA + digitB) / 2))
  // Consecutive first digits: b's first digit alone if b goes on, else a's digit and above the rest of a.
  if (b !== null && b.length > 1) return b.slice(0, 1)
  return DIGITS.charAt(digitA) + midpoint(a.slice(1), null)
}

function increment(integer: string): string | null {
  const head = integer.charAt(0)
  const digits = integer.slice(1).split('')
  let carry = true
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i] ?? ZERO) + 1
    if (d === DIGITS.length) digits[i] = ZERO
    else {
      digits[i] = DIGITS.charAt(d)
      carry = false
    }
  }
  if (!carry) return head + digits.join('')
  if (head === 'Z') return `a${ZERO}`
  if (head === 'z') return null
  const next = String.fromCharCode(head.charCodeAt(0) + 1)
  if (next > 'a') digits.push(ZERO)
  else digits.pop()
  return next + digits.join('')
}

function decrement(integer: string): string | null {
  const head = integer.charAt(0)
  const digits = integer.slice(1).split('')
  let borrow = true
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i] ?? ZERO) - 1
    if (d === -1) digits[i] = LAST
    else {
      digits[i] = DIGITS.charAt(d)
      borrow = false
    }
  }
  if (!borrow) return head + digits.join('')
  if (head === 'a') return `Z${LAST}`
  if (head === 'A') return null
  const previous = String.fromCharCode(head.charCodeAt(0) - 1)
  if (previous < 'Z') digits.push(LAST)
  else digits.pop()
  return previous + digits.join('')
}

/**
 * A key strictly between `a` and `b`; `a` null means before `b` (the start of the list), `b` null
 * after `a` (the end), both null the first key of an empty list. Throws OrderKeyError when a key is
 * not valid or `a` is not strictly before `b` (two records with equal keys have no key between them:
 * give one of them a new key first).
 */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null) checkKey(a)
  if (b !== null) checkKey(b)
  if (a !== null && b !== null && a >= b) throw new OrderKeyError(`${JSON.stringify(a)} is not before ${JSON.stringify(b)}.`)
  if (a === null) {
    if (b === null) return `a${ZERO}`
    const integerB = integerPart(b)
    const fractionB = b.slice(integerB.length)
    if (integerB === SMALLEST_INTEGER) return integerB + midpoint('', fractionB)
    if (integerB < b) return integerB
    const below = decrement(integerB)
    if (below === null) throw new OrderKeyError('No key before the smallest one.')
    return below
  }
  const integerA = integerPart(a)
  const fractionA = a.slice(integerA.length)
  if (b === null) {
    const above = increment(integerA)
    return above === null ? integerA + midpoint(fractionA, null) : above
  }
  const integerB = integerPart(b)
  const fractionB = b.slice(integerB.length)
  if (integerA === integerB) return integerA + midpoint(fractionA, fractionB)
  const above = increment(integerA)
  if (above === null) throw new OrderKeyError('No key after the largest one.')
  if (above < b) return above
  return integerA + midpoint(fractionA, null)
}

/** `n` keys in increasing order for a list of `n` records (short: 2 characters for the first 62, 3 up to 3,906). */
export function keysFor(n: number): string[] {
  const keys: string[] = []
  let last: string | null = null
  for (let i = 0; i < n; i++) {
    last = keyBetween(last, null)
    keys.push(last)
  }
  return keys
}

/** Compares two order keys as the lists sort them (code units, not the locale). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
