// Base64 for sync documents is canonical: one text per byte string, so a flipped padding bit is a
// changed document (sealed.ts refuses it), and the length check refuses a wrong-sized IV.
import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from '@/sync/bytes'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('fromBase64', () => {
  it('reads canonical base64 of every padding length', () => {
    expect(fromBase64('')).toEqual(new Uint8Array(0))
    expect(fromBase64('Zg==')).toEqual(bytes('f'))
    expect(fromBase64('Zm8=')).toEqual(bytes('fo'))
    expect(fromBase64('Zm9v')).toEqual(bytes('foo'))
  })

  it('refuses a text whose unused padding bits are set', () => {
    expect(fromBase64('Zh==')).toBeNull()
    expect(fromBase64('Zv==')).toBeNull()
    expect(fromBase64('Zm9=')).toBeNull()
    expect(fromBase64('Zm/=')).toBeNull()
  })

  it('refuses what is not base64, or not of the length asked for', () => {
    expect(fromBase64('Zm9v!')).toBeNull()
    expect(fromBase64('Zm9')).toBeNull()
    expect(fromBase64(42)).toBeNull()
    expect(fromBase64('Zm9v', 4)).toBeNull()
    expect(fromBase64('Zm9v', 3)).toEqual(bytes('foo'))
  })

  it('round-trips every byte value, and every text it accepts is the one toBase64 writes', () => {
    for (let length = 0; length < 40; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) & 255)
      const text = toBase64(data)
      expect(fromBase64(text)).toEqual(data)
    }
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    for (const a of alphabet)
      for (const b of alphabet) {
        for (const text of [`${a}${b}==`, `Zm${a}${b}`.slice(0, 3) + '=']) {
          const read = fromBase64(text)
          if (read) expect(toBase64(read)).toBe(text)
        }
      }
  })
})
