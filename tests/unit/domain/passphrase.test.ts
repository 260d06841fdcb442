// The passphrase of a protected export: each refusal, the strength hint, and generated passphrases.
import { describe, expect, it } from 'vitest'
import { GENERATED_WORDS, MIN_PASSPHRASE_LENGTH, generatePassphrase, isCommon, passphraseProblem, passphraseStrength } from '@/domain/support/passphrase'
import { COMMON_PASSWORDS } from '@/domain/support/passphraseLists/commonPasswords'
import { EFF_SHORT_WORDS } from '@/domain/support/passphraseLists/effShortWords'

describe('a new passphrase', () => {
  it.each([
    ['', 'blank'],
    ['            ', 'blank'],
    ['\t \u00a0\u3000 \n    \t   ', 'blank'],
    ['short one', 'tooShort'],
    ['aaaaaaaaaaaa', 'repeated'],
    ['............................', 'repeated'],
    ['啊啊啊啊啊啊啊啊啊啊啊啊', 'repeated'],
    ['123456789012', 'digitsOnly'],
    ['000000000000000000001', 'digitsOnly'],
    ['password1234', 'common'],
    ['Password1234!', 'common'],
    ['!!qwerty123456', 'common'],
    ['monkeymonkey', 'common'],
    ['i love you 2024', 'common'],
    ['trustno1trustno1', 'common'],
  ])('refuses %j (%s)', (passphrase, problem) => {
    expect(passphraseProblem(passphrase, passphrase)).toBe(problem)
    expect(passphraseStrength(passphrase)).toBe('weak')
  })

  it('asks for the same passphrase twice, once it is acceptable', () => {
    expect(passphraseProblem('harbour lights over the river', 'harbour lights over the rivet')).toBe('mismatch')
    expect(passphraseProblem('harbour lights over the river', 'harbour lights over the river')).toBeNull()
  })

  it.each(['harbour lights over the river', 'correct horse battery staple', 'a1b2c3d4e5f6', '深圳华信贸易公司退赔口令', 'passwordless harbour'])('accepts %j', (passphrase) => {
    expect(passphraseProblem(passphrase, passphrase)).toBeNull()
  })

  it('counts characters, not UTF-16 units, for the length', () => {
    expect(passphraseProblem('😀'.repeat(MIN_PASSPHRASE_LENGTH - 1) + 'a', '😀'.repeat(MIN_PASSPHRASE_LENGTH - 1) + 'a')).toBeNull()
    expect(passphraseProblem('😀'.repeat(6), '😀'.repeat(6))).toBe('tooShort')
  })

  it('checks every password of the bundled list, in any case', () => {
    expect(COMMON_PASSWORDS.size).toBe(499)
    for (const password of COMMON_PASSWORDS) {
      expect(isCommon(password)).toBe(true)
      expect(isCommon(password.toUpperCase())).toBe(true)
    }
    expect(isCommon('harbour lights')).toBe(false)
  })

  it('reads the strength roughly: a long mix is strong, a plain acceptable one fair or better', () => {
    expect(passphraseStrength('abcdefghijkm')).toBe('weak')
    expect(passphraseStrength('harbour lights over')).toBe('fair')
    expect(passphraseStrength('harbour lights over the pearl river')).toBe('strong')
  })
})

describe('a generated passphrase', () => {
  it('is words of the EFF short list, drawn with the random source given, and acceptable', () => {
    expect(EFF_SHORT_WORDS).toHaveLength(6 ** 4)
    expect(new Set(EFF_SHORT_WORDS).size).toBe(6 ** 4)
    const generated = generatePassphrase(EFF_SHORT_WORDS)
    const words = generated.split(' ')
    expect(words).toHaveLength(GENERATED_WORDS)
    for (const word of words) expect(EFF_SHORT_WORDS).toContain(word)
    expect(passphraseProblem(generated, generated)).toBeNull()
    expect(passphraseStrength(generated)).toBe('strong')
  })

  it('draws again a value that would favour some words, and takes each word by its value', () => {
    const values = [0xffff_ffff, 0, 1, 1295, 1296]
    const random = (array: Uint32Array<ArrayBuffer>) => {
      array[0] = values.shift() ?? 0
      return array
    }
    // 0xffffffff is above the largest multiple of 1,296 below 2³²: drawn again.
    expect(generatePassphrase(EFF_SHORT_WORDS, 4, random)).toBe(['acid', 'acorn', 'zoom', 'acid'].join(' '))
  })

  it('differs from one call to the next', () => {
    const seen = new Set(Array.from({ length: 20 }, () => generatePassphrase(EFF_SHORT_WORDS)))
    expect(seen.size).toBe(20)
  })
})
