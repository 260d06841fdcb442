// A user's value inside one of the app's sentences, isolated for the bidirectional algorithm:
// between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, the value takes its own
// direction (an Arabic or Hebrew name runs right to left) and nothing in it or beside it moves
// the sentence's own words, amounts and dates. Only shown and printed text carries them: the
// case file never does (its text may not hold them, invisibleText.ts), and CSV cells drop them.

export const FIRST_STRONG_ISOLATE = '\u2068'
export const POP_DIRECTIONAL_ISOLATE = '\u2069'

/** The value, isolated; an empty value stays empty (nothing to isolate). */
export function isolate(value: string): string {
  return value === '' ? value : `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`
}

/** The text without the isolates `isolate` added, for a copy that is not read on screen (a CSV cell). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '')
}
