// The few primitives the signed history needs, over WebCrypto (Node 20 and current Chromium
// both have Ed25519 in crypto.subtle): SHA-256, Ed25519 signatures of a digest, base64, base 32.
export const ED25519 = { name: 'Ed25519' } as const

const encoder = new TextEncoder()

function subtle(): SubtleCrypto {
  const found = globalThis.crypto?.subtle
  if (!found) throw new Error('WebCrypto is not available here (it needs a secure context)')
  return found
}

/** SHA-256 of a text's UTF-8 bytes. */
export async function sha256(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', encoder.encode(text)))
}

/** SHA-256 of bytes. */
export async function sha256Bytes(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', bytes))
}

export function hex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

export function fromHex(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})*$/.test(text)) return null
  const bytes = new Uint8Array(text.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16)
  return bytes
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The bytes of a base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** Base 32 (RFC 4648's alphabet, lower case, no padding). */
export function base32(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31]
      bits -= 5
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31]
  return out
}

/** A raw 32-byte Ed25519 public key as a key that verifies, or null when it is not one. */
export async function publicKeyFrom(base64: string): Promise<CryptoKey | null> {
  const raw = fromBase64(base64)
  if (!raw || raw.length !== 32) return null
  try {
    return await subtle().importKey('raw', raw, ED25519, true, ['verify'])
  } catch {
    return null
  }
}

/** The raw public key, base64. */
export async function publicKeyText(publicKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await subtle().exportKey('raw', publicKey)))
}

/** A new Ed25519 key pair; the private key cannot be exported (the public key always can). */
export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return (await subtle().generateKey(ED25519, false, ['sign', 'verify'])) as CryptoKeyPair
}

/** The Ed25519 signature (base64) of the SHA-256 of `text`. */
export async function signText(text: string, privateKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign(ED25519, privateKey, await sha256(text))))
}

/** Whether `sig` is the signature of the SHA-256 of `text` by `publicKey`. */
export async function signatureHolds(text: string, sig: string, publicKey: CryptoKey): Promise<boolean> {
  const bytes = fromBase64(sig)
  if (!bytes || bytes.length !== 64) return false
  try {
    return await subtle().verify(ED25519, publicKey, bytes, await sha256(text))
  } catch {
    return false
  }
}

/** The Ed25519 signature (base64) of a 32-byte digest given as hex. */
export async function signDigest(digestHex: string, privateKey: CryptoKey): Promise<string> {
  const digest = fromHex(digestHex)
  if (!digest || digest.length !== 32) throw new Error('Not a SHA-256 digest')
  return toBase64(new Uint8Array(await subtle().sign(ED25519, privateKey, digest)))
}

/** Whether `sig` signs the 32-byte digest `digestHex` under `publicKey`. */
export async function digestSignatureHolds(digestHex: string, sig: string, publicKey: CryptoKey): Promise<boolean> {
  const digest = fromHex(digestHex)
  const bytes = fromBase64(sig)
  if (!digest || digest.length !== 32 || !bytes || bytes.length !== 64) return false
  try {
    return await subtle().verify(ED25519, publicKey, bytes, digest)
  } catch {
    return false
  }
}
