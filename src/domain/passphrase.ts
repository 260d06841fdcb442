// The rule for a passphrase that protects an exported file.

/** The shortest passphrase the app encrypts with (in characters): an e-mailed file may be attacked offline for as long as anyone likes. */
export const MIN_PASSPHRASE_LENGTH = 12

/** Why a new passphrase (typed twice) will not do, or null when it will. */
export function passphraseProblem(passphrase: string, repeated: string): 'tooShort' | 'mismatch' | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort'
  if (passphrase !== repeated) return 'mismatch'
  return null
}
