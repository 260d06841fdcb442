// The primitives under the history: base 32 (RFC 4648's test vectors), base64 and hex read
// strictly, and a fingerprint worked out here independently with node:crypto.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base32, fromBase64, fromHex, hex, toBase64 } from '@/sync/history/crypto'
import { fingerprintOf } from '@/sync/history'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the history primitives', () => {
  it.each([
    ['', ''],
    ['f', 'my'],
    ['fo', 'mzxq'],
    ['foo', 'mzxw6'],
    ['foob', 'mzxw6yq'],
    ['fooba', 'mzxw6ytb'],
    ['foobar', 'mzxw6ytboi'],
  ])('writes %j in base 32 as %s (RFC 4648 without padding, lower case)', (text, written) => {
    expect(base32(bytes(text))).toBe(written)
  })

  it('reads base64 and hex strictly', () => {
    expect(fromBase64('not base64!')).toBeNull()
    expect(fromBase64('Zm9v')).toEqual(bytes('foo'))
    expect(toBase64(bytes('foobar'))).toBe('Zm9vYmFy')
    expect(fromHex('0aff')).toEqual(new Uint8Array([10, 255]))
    expect(fromHex('0AFF')).toBeNull()
    expect(fromHex('abc')).toBeNull()
    expect(hex(new Uint8Array([0, 16, 255]))).toBe('0010ff')
  })

  it('fingerprints a public key as the first 26 base-32 characters of its SHA-256', async () => {
    const raw = new Uint8Array(32).map((_, i) => i * 7)
    const digest = new Uint8Array(createHash('sha256').update(raw).digest())
    const expected = base32(digest).slice(0, 26)
    expect(await fingerprintOf(toBase64(raw))).toBe(expected)
    // Worked out by hand from the digest's first bits, so the base-32 writer is not checked against itself.
    const bits = [...digest].map((b) => b.toString(2).padStart(8, '0')).join('')
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567'
    const byHand = Array.from({ length: 26 }, (_, i) => alphabet[Number.parseInt(bits.slice(5 * i, 5 * i + 5), 2)]).join('')
    expect(expected).toBe(byHand)
    await expect(fingerprintOf('AAAA')).rejects.toThrow()
  })
})
