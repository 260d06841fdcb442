// utf8Bytes, the one byte count of the file and backup limits: equal to Node's own count for any
// text, and, given a limit, on the same side of it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf8Bytes } from '@/domain'

const text = fc.string({ unit: 'grapheme', maxLength: 200 })

describe('utf8Bytes', () => {
  it('counts what Buffer.byteLength counts, for any text', () => {
    fc.assert(fc.property(text, (value) => utf8Bytes(value) === Buffer.byteLength(value, 'utf8')))
  })

  it('is over a limit exactly when the text is', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 900 }), (value, limit) => utf8Bytes(value, limit) > limit === Buffer.byteLength(value, 'utf8') > limit),
    )
  })

  it('counts a surrogate pair as one 4-byte character', () => {
    expect(utf8Bytes('𝄞')).toBe(4)
    expect(utf8Bytes('谅解书')).toBe(9)
  })
})
