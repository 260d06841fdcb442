// Characters a case's text may not hold: the invisible ones that change how the app's own
// sentences around a value are shown (a right-to-left override at the end of a name turns
// "cash CNY 200,000.00" into "00.000,002 YNC hsac"), and control characters. Refused at input
// and at import, the same rule for every text field (docs/case-format.md, "Text").
//
// Allowed: tab and line feed; a carriage return only as part of a Windows line end (CR LF);
// the direction marks U+200E, U+200F and U+061C, which set the direction of the characters
// beside them without reordering anything after the value (a sentence's own words keep theirs).
import { problem, type Problem, type ProblemCode } from './problemCodes'

const BIDI_CONTROLS: Readonly<Record<string, ProblemCode>> = {
  '\u202A': 'text.lre',
  '\u202B': 'text.rle',
  '\u202C': 'text.pdf',
  '\u202D': 'text.lro',
  '\u202E': 'text.rlo',
  '\u2066': 'text.lri',
  '\u2067': 'text.rli',
  '\u2068': 'text.fsi',
  '\u2069': 'text.pdi',
}

/** Any refused character (a carriage return before a line feed is not one; it is checked again below). */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's job
const REFUSED = /[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/

/** "U+202E": a character's code point as the Unicode standard writes it. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** The first character a text may not hold, named, or null when it has none. */
export function invisibleTextProblem(value: string): Problem | null {
  if (!REFUSED.test(value)) return null
  for (let i = 0; i < value.length; i++) {
    const character = value.charAt(i)
    if (!REFUSED.test(character)) continue
    if (character === '\r' && value.charAt(i + 1) === '\n') continue
    const code = BIDI_CONTROLS[character]
    return code ? problem(code) : problem('text.control', { code: codePointName(character) })
  }
  return null
}

// eslint-disable-next-line no-control-regex -- the characters the rule refuses, to take out of text stored before it
const STORED_REFUSED = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/g

/**
 * A case stored before the rule may hold what the rule refuses: in every text of `value` (changed in
 * place), a carriage return alone becomes a line break and the other refused characters, invisible
 * all, are taken out. True when anything changed. Used where a stored case is read, so it opens,
 * saves, exports and imports again (docs/case-format.md, "Text").
 */
export function cleanStoredText(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  let changed = false
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value)
  for (const [key, item] of entries) {
    if (typeof item === 'string') {
      const clean = item.replace(STORED_REFUSED, (found) => (found === '\r' ? '\n' : ''))
      if (clean !== item) {
        ;(value as Record<string | number, unknown>)[key] = clean
        changed = true
      }
    } else if (cleanStoredText(item)) changed = true
  }
  return changed
}
