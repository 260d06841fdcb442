// Bytes as text for sync documents: base64 for ciphertexts, salts and IVs; lowercase base 32
// (RFC 4648 alphabet, no padding) for document ids; UTF-8.

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The bytes of a base64 text, or null when it is not canonical base64 (of `length` bytes, when given). */
export function fromBase64(text: unknown, length?: number): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null
  let binary: string
  try {
    binary = atob(text)
  } catch {
    return null
  }
  if (length !== undefined && binary.length !== length) return null
  // Only one text per byte string: a changed padding bit is a changed document. The bits the
  // last character carries beyond the bytes (4 before '==', 2 before '=') must be zero.
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  if (padding > 0) {
    const last = BASE64.indexOf(text.charAt(text.length - padding - 1))
    if ((last & (padding === 2 ? 0b1111 : 0b11)) !== 0) return null
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Lowercase base 32 without padding: 16 bytes give 26 characters. */
export function toBase32(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff
    bits += 8
    while (bits >= 5) {
      out += BASE32.charAt((buffer >>> (bits - 5)) & 31)
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32.charAt((buffer << (5 - bits)) & 31)
  return out
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text)
}

/** The text of UTF-8 bytes; throws on a malformed sequence. */
export function fromUtf8(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length))
}

export function subtle(): SubtleCrypto {
  // crypto.subtle exists only in secure contexts (https, or this computer).
  const found = globalThis.crypto?.subtle
  if (!found) throw new Error('This browser offers no WebCrypto here (it needs https or this computer): sync cannot encrypt.')
  return found
}
