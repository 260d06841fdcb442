// Files a client can receive by e-mail: a case file or a backup encrypted with a
// passphrase (WebCrypto AES-GCM, the key from PBKDF2-SHA-256), in a versioned
// envelope documented in docs/case-format.md. A wrong passphrase and a changed
// byte are both refused by the cipher's authentication; nothing is ever guessed.
import { issueAt, type CaseFileIssue } from '@/domain/caseFile/issues'
import { problem, type Problem } from '@/domain/caseFile/problemCodes'
import { deriveKeyBits } from './keyDerivation'

export { DerivationCancelledError } from './keyDerivation'

export const ENVELOPE_FORMAT = 'restitution-encrypted'
export const ENVELOPE_VERSION = 1
/** What an envelope may hold: the `format` of the text inside. */
export const ENVELOPE_CONTENTS = ['restitution-case', 'restitution-backup'] as const
export type EnvelopeContents = (typeof ENVELOPE_CONTENTS)[number]

/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023): every file this app writes uses it. */
export const PBKDF2_ITERATIONS = 600_000
/**
 * The most a file may ask for: more than three times what this app writes, about 0.4 s in Chromium
 * on a laptop and a few seconds on a slow phone. A file asking for more was not made by this app,
 * and each wrong guess at its passphrase would keep the page busy far longer.
 */
export const MAX_ITERATIONS = 2_000_000
const SALT_BYTES = 16
const IV_BYTES = 12
const TAG_BITS = 128

export interface Envelope {
  format: typeof ENVELOPE_FORMAT
  version: typeof ENVELOPE_VERSION
  contains: EnvelopeContents
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  cipher: { name: 'AES-GCM'; iv: string; tagLength: typeof TAG_BITS }
  /** Base64 of the ciphertext with its 16-byte authentication tag at the end. */
  ciphertext: string
}

/** An encrypted file that cannot be opened, with the one reason; nothing was stored. */
export class EncryptedFileError extends Error {
  readonly issues: CaseFileIssue[]

  constructor(found: Problem, path = '') {
    const issue = issueAt(path, found)
    super(issue.message)
    this.name = 'EncryptedFileError'
    this.issues = [issue]
  }
}

/** The most a text holding `plainBytes` of plain text can be once encrypted (base64 and the envelope). */
export function envelopeLimit(plainBytes: number): number {
  return Math.ceil((plainBytes + TAG_BITS / 8) / 3) * 4 + 4096
}

/** What a caller may pass: `signal` cancels the key's derivation (DerivationCancelledError). */
export interface CryptOptions {
  signal?: AbortSignal | undefined
}

/** Encrypts `text` (a case file or backup, by `contains`) under `passphrase`; the envelope's text. */
export async function encryptText(text: string, passphrase: string, contains: EnvelopeContents, options: CryptOptions = {}): Promise<string> {
  const subtle = webCrypto()
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const header = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    contains,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv), tagLength: TAG_BITS },
  } as const
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS, options.signal)
  const sealed = await subtle.encrypt(
    { name: 'AES-GCM', iv, tagLength: TAG_BITS, additionalData: associatedData(header) },
    key,
    new TextEncoder().encode(text),
  )
  const envelope: Envelope = { ...header, kdf: { ...header.kdf }, cipher: { ...header.cipher }, ciphertext: toBase64(new Uint8Array(sealed)) }
  return `${JSON.stringify(envelope, null, 2)}\n`
}

/**
 * The envelope in `text`, or null when the text is not an encrypted file of this app (an
 * ordinary case file or backup, or anything else, is for the usual reader to judge). Throws
 * EncryptedFileError when it is one but cannot be opened by this app.
 */
export function readEnvelope(text: string): Envelope | null {
  // A cheap look before parsing: every envelope names its format near the top, after whatever
  // white space (or byte order mark) a mail program or an editor put before it.
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart()
  if (!body.slice(0, 200).includes(ENVELOPE_FORMAT)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return body.startsWith('{') && /"format"\s*:\s*"restitution-encrypted"/.test(body.slice(0, 200))
      ? fail(problem('encrypted.damaged'))
      : null
  }
  const root = record(parsed)
  if (!root || root.format !== ENVELOPE_FORMAT) return null
  const version = root.version
  if (typeof version === 'number' && Number.isInteger(version) && version > ENVELOPE_VERSION)
    fail(problem('encrypted.newerVersion', { found: version, supported: ENVELOPE_VERSION }), 'version')
  if (version !== ENVELOPE_VERSION) fail(problem('encrypted.damaged'), 'version')
  const kdf = record(root.kdf)
  const cipher = record(root.cipher)
  const contains = root.contains
  if (typeof contains !== 'string' || !(ENVELOPE_CONTENTS as readonly string[]).includes(contains)) fail(problem('encrypted.damaged'), 'contains')
  if (!kdf || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') fail(problem('encrypted.unsupported'), 'kdf')
  const iterations = kdf.iterations
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS)
    fail(problem('encrypted.unsupported'), 'kdf.iterations')
  if (!cipher || cipher.name !== 'AES-GCM' || cipher.tagLength !== TAG_BITS) fail(problem('encrypted.unsupported'), 'cipher')
  if (!isBase64(kdf.salt, SALT_BYTES)) fail(problem('encrypted.damaged'), 'kdf.salt')
  if (!isBase64(cipher.iv, IV_BYTES)) fail(problem('encrypted.damaged'), 'cipher.iv')
  if (!isBase64(root.ciphertext) || root.ciphertext.length < 24) fail(problem('encrypted.damaged'), 'ciphertext')
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    contains: contains as EnvelopeContents,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: kdf.salt },
    cipher: { name: 'AES-GCM', iv: cipher.iv, tagLength: TAG_BITS },
    ciphertext: root.ciphertext,
  }
}

/**
 * The text inside an envelope. A wrong passphrase and a changed byte anywhere (header
 * included: it is authenticated with the ciphertext) fail alike, with one message.
 */
export async function decryptEnvelope(envelope: Envelope, passphrase: string, options: CryptOptions = {}): Promise<string> {
  if (passphrase === '') fail(problem('encrypted.noPassphrase'))
  const subtle = webCrypto()
  if (envelope.kdf.iterations > MAX_ITERATIONS) fail(problem('encrypted.unsupported'), 'kdf.iterations')
  const key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations, options.signal)
  let plain: ArrayBuffer
  try {
    plain = await subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.cipher.iv), tagLength: TAG_BITS, additionalData: associatedData(envelope) },
      key,
      fromBase64(envelope.ciphertext),
    )
  } catch {
    fail(problem('encrypted.wrongPassphrase'))
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain)
  } catch {
    return fail(problem('encrypted.damaged'))
  }
}

/** Everything but the ciphertext, in a fixed order: changing any of it makes decryption fail. */
function associatedData(header: Pick<Envelope, 'format' | 'version' | 'contains' | 'kdf' | 'cipher'>): Uint8Array<ArrayBuffer> {
  const { format, version, contains, kdf, cipher } = header
  return new TextEncoder().encode(
    JSON.stringify([format, version, contains, kdf.name, kdf.hash, kdf.iterations, kdf.salt, cipher.name, cipher.iv, cipher.tagLength]),
  )
}

/** The AES-256-GCM key PBKDF2 gives for the passphrase (NFC), as `deriveKey` would make it. */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, signal?: AbortSignal): Promise<CryptoKey> {
  const subtle = webCrypto()
  const bits = await deriveKeyBits(passphrase, salt, iterations, signal)
  return subtle.importKey('raw', bits, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

function webCrypto(): SubtleCrypto {
  // crypto.subtle exists only in secure contexts (https, or this computer).
  const subtle = globalThis.crypto?.subtle
  if (!subtle) fail(problem('encrypted.unavailable'))
  return subtle
}

function fail(found: Problem, path = ''): never {
  throw new EncryptedFileError(found, path)
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function isBase64(value: unknown, bytes?: number): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) return false
  return bytes === undefined || fromBase64(value).length === bytes
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
