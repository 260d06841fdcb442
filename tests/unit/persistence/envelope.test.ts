// Issue 21: an encrypted file is recognized whatever white space comes before it, asks for no more
// than 2,000,000 rounds, and opening or writing one can be cancelled while its key is derived.
import { describe, expect, it } from 'vitest'
import { DerivationCancelledError, MAX_ITERATIONS } from '@/persistence/encryption'
import { EncryptedFileError, decryptEnvelope, encryptText, readEnvelope } from '@/persistence'

const PASSPHRASE = 'harbour lights over the pearl river'
const TEXT = '{"format":"restitution-case"}\n'

/** An envelope made the old way (WebCrypto deriveKey), so files written before this change still open. */
async function oldStyleKeyMatches(sealed: string): Promise<boolean> {
  const envelope = readEnvelope(sealed)!
  const subtle = globalThis.crypto.subtle
  const material = await subtle.importKey('raw', new TextEncoder().encode(PASSPHRASE.normalize('NFC')), 'PBKDF2', false, ['deriveKey'])
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(envelope.kdf.salt, 'base64'), iterations: envelope.kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['decrypt'],
  )
  const header = [envelope.format, envelope.version, envelope.contains, 'PBKDF2', 'SHA-256', envelope.kdf.iterations, envelope.kdf.salt, 'AES-GCM', envelope.cipher.iv, 128]
  const plain = await subtle.decrypt(
    { name: 'AES-GCM', iv: Buffer.from(envelope.cipher.iv, 'base64'), tagLength: 128, additionalData: new TextEncoder().encode(JSON.stringify(header)) },
    key,
    Buffer.from(envelope.ciphertext, 'base64'),
  )
  return new TextDecoder().decode(plain) === TEXT
}

describe('the envelope check', () => {
  it.each([
    ['201 leading spaces', ' '.repeat(201)],
    ['5,000 leading spaces', ' '.repeat(5000)],
    ['a byte order mark and new lines', '\ufeff\r\n\r\n\t'],
    ['nothing', ''],
  ])('recognizes an encrypted file after %s', async (_name, before) => {
    const sealed = await encryptText(TEXT, PASSPHRASE, 'restitution-case')
    const envelope = readEnvelope(before + sealed)
    expect(envelope?.contains).toBe('restitution-case')
    expect(await decryptEnvelope(envelope!, PASSPHRASE)).toBe(TEXT)
  })

  it('calls a damaged file after many spaces damaged, not a plain case file', async () => {
    const sealed = await encryptText(TEXT, PASSPHRASE, 'restitution-case')
    expect(() => readEnvelope(' '.repeat(300) + sealed.slice(0, -20))).toThrow(EncryptedFileError)
  })

  it('derives the same key as before, so files written earlier still open', async () => {
    expect(await oldStyleKeyMatches(await encryptText(TEXT, PASSPHRASE, 'restitution-case'))).toBe(true)
  })
})

describe('the ceiling on rounds', () => {
  it('is 2,000,000: one more is refused before any work', async () => {
    expect(MAX_ITERATIONS).toBe(2_000_000)
    const sealed = await encryptText(TEXT, PASSPHRASE, 'restitution-case')
    const at = (n: number) => sealed.replace(/"iterations": \d+/, `"iterations": ${n}`)
    expect(readEnvelope(at(2_000_000))?.kdf.iterations).toBe(2_000_000)
    let refused: unknown
    try {
      readEnvelope(at(2_000_001))
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(EncryptedFileError)
    expect((refused as EncryptedFileError).issues[0]).toMatchObject({ code: 'encrypted.unsupported', path: 'kdf.iterations' })
    const envelope = readEnvelope(sealed)!
    await expect(decryptEnvelope({ ...envelope, kdf: { ...envelope.kdf, iterations: 2_000_001 } }, PASSPHRASE)).rejects.toBeInstanceOf(EncryptedFileError)
  })
})

describe('cancelling', () => {
  it('abandons opening a file: no text comes back', async () => {
    const envelope = readEnvelope(await encryptText(TEXT, PASSPHRASE, 'restitution-case'))!
    const controller = new AbortController()
    const opening = decryptEnvelope(envelope, PASSPHRASE, { signal: controller.signal })
    controller.abort()
    await expect(opening).rejects.toBeInstanceOf(DerivationCancelledError)
  })

  it('abandons writing a file, and refuses to start when cancelled already', async () => {
    const controller = new AbortController()
    const writing = encryptText(TEXT, PASSPHRASE, 'restitution-backup', { signal: controller.signal })
    controller.abort()
    await expect(writing).rejects.toBeInstanceOf(DerivationCancelledError)
    await expect(encryptText(TEXT, PASSPHRASE, 'restitution-backup', { signal: controller.signal })).rejects.toBeInstanceOf(DerivationCancelledError)
  })
})
