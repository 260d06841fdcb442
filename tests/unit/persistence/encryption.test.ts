// Files sent by e-mail: encrypted with a passphrase, opened only with it, refused when changed.
import { describe, expect, it } from 'vitest'
import {
  EncryptedFileError,
  PBKDF2_ITERATIONS,
  decryptEnvelope,
  encryptText,
  readEnvelope,
  serializeBackup,
  serializeCase,
  type Envelope,
} from '@/persistence'
import { exampleCases } from './helpers'

const PASSPHRASE = 'correct horse battery staple'

async function refusal(promise: Promise<unknown>): Promise<EncryptedFileError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(EncryptedFileError)
    return error as EncryptedFileError
  }
  throw new Error('expected the file to be refused')
}

function codeOf(error: EncryptedFileError): string | undefined {
  return error.issues[0]?.code
}

/** Flips one bit of the byte at `index` (negative: from the end; 'middle') of a base64 text's bytes. */
function flipByte(base64: string, index: number | 'middle'): string {
  const bytes = Buffer.from(base64, 'base64')
  const at = index === 'middle' ? Math.floor(bytes.length / 2) : index < 0 ? bytes.length + index : index
  bytes[at] = (bytes[at] ?? 0) ^ 0x01
  return bytes.toString('base64')
}

const randomBase64 = (bytes: number) => Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('base64')

describe('encrypted case files and backups', () => {
  const cases = exampleCases()
  const chinese = { ...cases[0]!.file, id: 'zh-case', title: '深圳华信贸易有限公司退赔案 😀' }
  const plainTexts = [
    ...cases.map(({ name, file }) => ({ name, text: serializeCase(file), contains: 'restitution-case' as const })),
    { name: 'a Chinese title', text: serializeCase(chinese), contains: 'restitution-case' as const },
    { name: 'a backup of every example', text: serializeBackup([...cases.map((c) => c.file), chinese], new Date('2024-06-01T10:00:00Z')), contains: 'restitution-backup' as const },
  ]

  it.each(plainTexts)('gives back $name exactly with the passphrase, and writes nothing of it in clear', async ({ text, contains }) => {
    const sealed = await encryptText(text, PASSPHRASE, contains)
    const envelope = readEnvelope(sealed)
    expect(envelope).not.toBeNull()
    expect(envelope?.contains).toBe(contains)
    expect(envelope?.kdf.iterations).toBeGreaterThanOrEqual(600_000)
    expect(sealed).not.toContain('Harbor')
    expect(sealed).not.toContain('深圳')
    expect(await decryptEnvelope(envelope!, PASSPHRASE)).toBe(text)
  })

  it('uses a fresh salt and IV for every file, so the same case never encrypts the same way twice', async () => {
    const text = serializeCase(cases[0]!.file)
    const a = readEnvelope(await encryptText(text, PASSPHRASE, 'restitution-case'))!
    const b = readEnvelope(await encryptText(text, PASSPHRASE, 'restitution-case'))!
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
    expect(PBKDF2_ITERATIONS).toBe(600_000)
  })

  it('leaves ordinary files to the ordinary readers', () => {
    for (const { text } of plainTexts) expect(readEnvelope(text)).toBeNull()
    expect(readEnvelope('')).toBeNull()
    expect(readEnvelope('not json at all')).toBeNull()
  })

  describe('refuses a wrong passphrase and every change to the file, with one clear message', async () => {
    const text = serializeCase(cases.find((c) => c.name === 'harbor-tools')!.file)
    const sealed = await encryptText(text, PASSPHRASE, 'restitution-case')
    const original = readEnvelope(sealed)!
    const other = readEnvelope(await encryptText(serializeCase(cases[1]!.file), PASSPHRASE, 'restitution-case'))!
    const tampered: { name: string; envelope: Envelope; passphrase?: string }[] = [
      { name: 'a wrong passphrase', envelope: original, passphrase: 'correct horse battery stapler' },
      { name: 'the passphrase in other capitals', envelope: original, passphrase: PASSPHRASE.toUpperCase() },
      { name: 'the passphrase with a trailing space', envelope: original, passphrase: `${PASSPHRASE} ` },
      { name: 'the first ciphertext byte changed', envelope: { ...original, ciphertext: flipByte(original.ciphertext, 0) } },
      { name: 'a middle ciphertext byte changed', envelope: { ...original, ciphertext: flipByte(original.ciphertext, 'middle') } },
      { name: 'the authentication tag changed', envelope: { ...original, ciphertext: flipByte(original.ciphertext, -1) } },
      { name: 'the ciphertext cut short', envelope: { ...original, ciphertext: Buffer.from(original.ciphertext, 'base64').subarray(0, -20).toString('base64') } },
      { name: 'bytes added to the ciphertext', envelope: { ...original, ciphertext: Buffer.concat([Buffer.from(original.ciphertext, 'base64'), Buffer.from('extra')]).toString('base64') } },
      { name: 'another file’s ciphertext under this header', envelope: { ...original, ciphertext: other.ciphertext } },
      { name: 'another IV', envelope: { ...original, cipher: { ...original.cipher, iv: randomBase64(12) } } },
      { name: 'another salt', envelope: { ...original, kdf: { ...original.kdf, salt: randomBase64(16) } } },
      { name: 'more iterations written in the header', envelope: { ...original, kdf: { ...original.kdf, iterations: 600_001 } } },
      { name: 'the contents relabelled as a backup', envelope: { ...original, contains: 'restitution-backup' } },
    ]
    it.each(tampered)('$name', async ({ envelope, passphrase }) => {
      const error = await refusal(decryptEnvelope(envelope, passphrase ?? PASSPHRASE))
      expect(codeOf(error)).toBe('encrypted.wrongPassphrase')
      expect(error.message).toMatch(/passphrase is wrong, or the file was changed/)
    })

    const unreadable: { name: string; text: string; code: string; path?: string }[] = [
      { name: 'a newer envelope version', text: sealed.replace('"version": 1', '"version": 2'), code: 'encrypted.newerVersion', path: 'version' },
      { name: 'too few iterations', text: sealed.replace(/"iterations": \d+/, '"iterations": 1000'), code: 'encrypted.unsupported', path: 'kdf.iterations' },
      { name: 'absurdly many iterations', text: sealed.replace(/"iterations": \d+/, '"iterations": 99999999999'), code: 'encrypted.unsupported', path: 'kdf.iterations' },
      { name: 'another cipher', text: sealed.replace('"AES-GCM"', '"AES-CBC"'), code: 'encrypted.unsupported', path: 'cipher' },
      { name: 'another hash', text: sealed.replace('"SHA-256"', '"SHA-1"'), code: 'encrypted.unsupported', path: 'kdf' },
      { name: 'an unknown content', text: sealed.replace('"restitution-case"', '"something-else"'), code: 'encrypted.damaged', path: 'contains' },
      { name: 'a short IV', text: sealed.replace(original.cipher.iv, randomBase64(8)), code: 'encrypted.damaged', path: 'cipher.iv' },
      { name: 'ciphertext that is not base64', text: sealed.replace(original.ciphertext, `${original.ciphertext.slice(0, 40)}!!!!`), code: 'encrypted.damaged', path: 'ciphertext' },
      { name: 'the file cut off half-way', text: sealed.slice(0, Math.floor(sealed.length / 2)), code: 'encrypted.damaged' },
    ]
    it.each(unreadable)('$name is refused before any passphrase is asked for', ({ text: broken, code, path }) => {
      let caught: unknown
      try {
        readEnvelope(broken)
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(EncryptedFileError)
      expect(codeOf(caught as EncryptedFileError)).toBe(code)
      if (path !== undefined) expect((caught as EncryptedFileError).issues[0]?.path).toBe(path)
    })

    it('asks for a passphrase rather than trying none', async () => {
      expect(codeOf(await refusal(decryptEnvelope(original, '')))).toBe('encrypted.noPassphrase')
    })
  })
})
