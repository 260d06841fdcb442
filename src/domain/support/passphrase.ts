// The rules for a passphrase that protects an exported file (it may be e-mailed and attacked
// offline for as long as anyone likes), a rough strength hint, and a passphrase made of random
// words for those who would rather take one.
import { COMMON_PASSWORDS } from './passphraseLists/commonPasswords'

/** The shortest passphrase the app encrypts with (in characters). */
export const MIN_PASSPHRASE_LENGTH = 12

/** Why a new passphrase will not do. */
export type PassphraseProblem = 'tooShort' | 'blank' | 'repeated' | 'digitsOnly' | 'common' | 'mismatch'

/** Why a new passphrase (typed twice) will not do, or null when it will. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | null {
  const characters = [...passphrase]
  if (passphrase.trim() === '') return 'blank'
  if (characters.length < MIN_PASSPHRASE_LENGTH) return 'tooShort'
  if (new Set(characters).size === 1) return 'repeated'
  if (/^\d+$/u.test(passphrase)) return 'digitsOnly'
  if (isCommon(passphrase)) return 'common'
  if (passphrase !== repeated) return 'mismatch'
  return null
}

/**
 * A common password, as it is or dressed up the usual ways: any case, digits and signs added at
 * either end ("Password1234!"), spaces between, or said twice ("monkeymonkey").
 */
export function isCommon(passphrase: string): boolean {
  const plain = passphrase.normalize('NFKC').toLowerCase().replace(/\s+/gu, '')
  if (COMMON_PASSWORDS.has(plain)) return true
  const core = plain.replace(/^[\d\p{P}\p{S}]+|[\d\p{P}\p{S}]+$/gu, '')
  if (core === '') return false
  if (COMMON_PASSWORDS.has(core)) return true
  return [plain, core].some((text) => {
    const half = text.length / 2
    return Number.isInteger(half) && text.slice(0, half) === text.slice(half) && COMMON_PASSWORDS.has(text.slice(0, half))
  })
}

export type PassphraseStrength = 'weak' | 'fair' | 'strong'

/**
 * A rough reading of how hard the passphrase is to guess, for a hint only. For a passphrase the
 * length counts most: its characters, a run of one character counted once, a Chinese (or other
 * ideographic) character as two, and four more when it mixes three kinds (lower case, capitals,
 * digits, signs). Under 16 reads as weak, under 24 as fair; a generated passphrase (below) reads as
 * strong. A refused passphrase is always weak.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphraseProblem(passphrase, passphrase) !== null) return 'weak'
  const characters = [...passphrase.trim().replace(/(.)\1+/gu, '$1')]
  const ideographs = characters.filter((character) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(character)).length
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\d/u, /[^\p{L}\d\s]/u].filter((kind) => kind.test(passphrase)).length
  const length = characters.length + ideographs + (kinds >= 3 ? 4 : 0)
  return length >= 24 ? 'strong' : length >= 16 ? 'fair' : 'weak'
}

/** How many words a generated passphrase has: 6 from 1,296 is about 62 bits, 7 about 72. */
export const GENERATED_WORDS = 7

/**
 * A passphrase of `count` words drawn uniformly from `words` with `random` (the browser's
 * crypto.getRandomValues: never Math.random), joined by spaces.
 */
export function generatePassphrase(
  words: readonly string[],
  count = GENERATED_WORDS,
  random: (array: Uint32Array<ArrayBuffer>) => Uint32Array<ArrayBuffer> = (array) => globalThis.crypto.getRandomValues(array),
): string {
  if (words.length < 2) throw new Error('A passphrase needs a list of at least two words.')
  // Values at or above the largest multiple of the list's length are drawn again, so no word is likelier than another.
  const limit = Math.floor(0x1_0000_0000 / words.length) * words.length
  const chosen: string[] = []
  const draw = new Uint32Array(1)
  while (chosen.length < count) {
    const value = random(draw)[0] ?? limit
    if (value < limit) chosen.push(words[value % words.length] ?? '')
  }
  return chosen.join(' ')
}
