// The workspace's keys (docs/sync.md §5.1): the team passphrase gives a master key by
// PBKDF2-SHA-256 (the file envelope's derivation, in a worker where the browser has one, with
// cancel), and HKDF-SHA-256 gives from it the two keys the session keeps in memory: `encKey`
// (AES-GCM 256) seals documents and `idKey` (HMAC-SHA-256) names them. Both are non-extractable.
// The one cleartext document, `workspace`, holds the salt, the iteration count and a key check,
// so a wrong passphrase is found before any other document is read.
import { passphraseProblem } from '@/domain'
import { MAX_ITERATIONS, PBKDF2_ITERATIONS } from '@/persistence/encryption'
import { deriveKeyBits } from '@/persistence/keyDerivation'
import { fromBase64, fromUtf8, randomBytes, subtle, toBase64, utf8 } from './bytes'

export { DerivationCancelledError } from '@/persistence/keyDerivation'

/** The fewest PBKDF2 rounds a workspace may ask for (OWASP 2023, as the file envelope). */
export const MIN_WORKSPACE_ITERATIONS = PBKDF2_ITERATIONS
/** The most: a document asking for more was not made by this app, and each guess would keep the page busy. */
export const MAX_WORKSPACE_ITERATIONS = MAX_ITERATIONS
export const WORKSPACE_DOC_ID = 'workspace'
export const WORKSPACE_VERSION = 1
const SALT_BYTES = 16
const IV_BYTES = 12
/** What the key check encrypts: decrypting it back proves the passphrase (and the salt and count) right. */
const CHECK_TEXT = 'restitution-sync workspace key check v1'
const ENC_INFO = 'restitution-sync v1 encKey AES-GCM-256'
const ID_INFO = 'restitution-sync v1 idKey HMAC-SHA-256'

/** The keys of an unlocked workspace; kept in memory for the session, never stored. */
export interface WorkspaceKeys {
  /** AES-GCM 256, non-extractable: seals and unseals documents. */
  readonly encKey: CryptoKey
  /** HMAC-SHA-256, non-extractable: names documents. */
  readonly idKey: CryptoKey
}

/** The `workspace` document, stored in clear on the server: nothing about any case. */
export interface WorkspaceDoc {
  _id: typeof WORKSPACE_DOC_ID
  /** CouchDB's revision, when the document came from a database. */
  _rev?: string
  kind: 'workspace'
  v: typeof WORKSPACE_VERSION
  /** Base64 of 16 random bytes. */
  salt: string
  iterations: number
  /** AES-GCM of a fixed text under encKey: base64 IV (12 bytes) and ciphertext with its tag. */
  check: { iv: string; c: string }
}

export type PassphraseProblem = NonNullable<ReturnType<typeof passphraseProblem>>

/** The passphrase does not open this workspace: nothing was read, nothing changed. */
export class WrongTeamPassphraseError extends Error {
  constructor() {
    super('Wrong team passphrase.')
    this.name = 'WrongTeamPassphraseError'
  }
}

/** A new team passphrase that the passphrase rules refuse (src/domain/passphrase.ts); `problem` says why. */
export class WeakTeamPassphraseError extends Error {
  readonly problem: PassphraseProblem

  constructor(found: PassphraseProblem) {
    super(`This team passphrase will not do (${found}).`)
    this.name = 'WeakTeamPassphraseError'
    this.problem = found
  }
}

/** The workspace document is malformed or asks for what this app does not do; `field` names the part. */
export class WorkspaceDocumentError extends Error {
  readonly field: string

  constructor(field: string, message: string) {
    super(`The workspace document cannot be used: ${message}`)
    this.name = 'WorkspaceDocumentError'
    this.field = field
  }
}

export interface KeyOptions {
  /** Cancels the derivation (DerivationCancelledError); nothing is created or unlocked. */
  signal?: AbortSignal
  /**
   * TESTS ONLY: accept an iteration count below MIN_WORKSPACE_ITERATIONS (at least 1), so tests
   * need not spend 600,000 rounds each. The app never passes it; without it, a document asking
   * for fewer rounds is refused.
   */
  insecureTestIterations?: true
}

export interface CreateOptions extends KeyOptions {
  /** PBKDF2 rounds; MIN_WORKSPACE_ITERATIONS unless given (within the bounds). */
  iterations?: number
  /** The passphrase typed a second time, when the screen asks for it twice; the passphrase itself otherwise. */
  repeated?: string
}

/** A new workspace: its cleartext document and its keys. Throws WeakTeamPassphraseError for a passphrase the rules refuse. */
export async function createWorkspace(passphrase: string, options: CreateOptions = {}): Promise<{ doc: WorkspaceDoc; keys: WorkspaceKeys }> {
  const found = passphraseProblem(passphrase, options.repeated ?? passphrase)
  if (found) throw new WeakTeamPassphraseError(found)
  const iterations = options.iterations ?? MIN_WORKSPACE_ITERATIONS
  checkIterations(iterations, options)
  const salt = randomBytes(SALT_BYTES)
  const header = { salt: toBase64(salt), iterations }
  const keys = await deriveKeys(passphrase, salt, iterations, options.signal)
  const iv = randomBytes(IV_BYTES)
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: checkData(header) }, keys.encKey, utf8(CHECK_TEXT))
  const doc: WorkspaceDoc = {
    _id: WORKSPACE_DOC_ID,
    kind: 'workspace',
    v: WORKSPACE_VERSION,
    ...header,
    check: { iv: toBase64(iv), c: toBase64(new Uint8Array(sealed)) },
  }
  return { doc, keys }
}

/**
 * The keys of the workspace `doc` opens with `passphrase`. Throws WorkspaceDocumentError when the
 * document is malformed or asks for an iteration count outside the bounds (before deriving
 * anything), WrongTeamPassphraseError when the key check fails.
 */
export async function unlockWorkspace(doc: unknown, passphrase: string, options: KeyOptions = {}): Promise<WorkspaceKeys> {
  const workspace = readWorkspaceDoc(doc, options)
  if (passphrase === '') throw new WrongTeamPassphraseError()
  const salt = fromBase64(workspace.salt, SALT_BYTES)
  const iv = fromBase64(workspace.check.iv, IV_BYTES)
  const c = fromBase64(workspace.check.c)
  if (!salt || !iv || !c) throw new WorkspaceDocumentError('check', 'it is not base64.') // readWorkspaceDoc checked it
  const keys = await deriveKeys(passphrase, salt, workspace.iterations, options.signal)
  let plain: ArrayBuffer
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: checkData(workspace) }, keys.encKey, c)
  } catch {
    throw new WrongTeamPassphraseError()
  }
  if (decodes(plain) !== CHECK_TEXT) throw new WrongTeamPassphraseError()
  return keys
}

/** `value` as a workspace document, or WorkspaceDocumentError naming what is wrong. */
export function readWorkspaceDoc(value: unknown, options: Pick<KeyOptions, 'insecureTestIterations'> = {}): WorkspaceDoc {
  const doc = asRecord(value)
  if (!doc) throw new WorkspaceDocumentError('', 'it is not an object.')
  if (doc._id !== WORKSPACE_DOC_ID || doc.kind !== 'workspace') throw new WorkspaceDocumentError('kind', 'it is not a workspace document.')
  if (typeof doc.v === 'number' && doc.v > WORKSPACE_VERSION)
    throw new WorkspaceDocumentError('v', `it was made by a newer version of the app (version ${doc.v}; this app reads ${WORKSPACE_VERSION}).`)
  if (doc.v !== WORKSPACE_VERSION) throw new WorkspaceDocumentError('v', 'its version is missing or unknown.')
  if (typeof doc.iterations !== 'number' || !Number.isInteger(doc.iterations)) throw new WorkspaceDocumentError('iterations', 'its iteration count is not a whole number.')
  checkIterations(doc.iterations, options)
  if (!fromBase64(doc.salt, SALT_BYTES)) throw new WorkspaceDocumentError('salt', `its salt is not ${SALT_BYTES} bytes of base64.`)
  const check = asRecord(doc.check)
  if (!check || !fromBase64(check.iv, IV_BYTES)) throw new WorkspaceDocumentError('check.iv', `its key check has no ${IV_BYTES}-byte IV.`)
  const c = fromBase64(check.c)
  if (!c || c.length < 16) throw new WorkspaceDocumentError('check.c', 'its key check has no ciphertext.')
  const read: WorkspaceDoc = {
    _id: WORKSPACE_DOC_ID,
    kind: 'workspace',
    v: WORKSPACE_VERSION,
    salt: doc.salt as string,
    iterations: doc.iterations,
    check: { iv: check.iv as string, c: check.c as string },
  }
  if (typeof doc._rev === 'string') read._rev = doc._rev
  return read
}

function checkIterations(iterations: number, options: Pick<KeyOptions, 'insecureTestIterations'>): void {
  const floor = options.insecureTestIterations === true ? 1 : MIN_WORKSPACE_ITERATIONS
  if (!Number.isInteger(iterations) || iterations < floor || iterations > MAX_WORKSPACE_ITERATIONS)
    throw new WorkspaceDocumentError(
      'iterations',
      `it asks for ${iterations} PBKDF2 iterations; this app uses ${MIN_WORKSPACE_ITERATIONS.toLocaleString('en')} to ${MAX_WORKSPACE_ITERATIONS.toLocaleString('en')}.`,
    )
}

/** PBKDF2 (in a worker where there is one), then HKDF into the two session keys. */
async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, signal?: AbortSignal): Promise<WorkspaceKeys> {
  const crypto = subtle()
  const master = await crypto.importKey('raw', await deriveKeyBits(passphrase, salt, iterations, signal), 'HKDF', false, ['deriveKey'])
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt, info: utf8(info) })
  const [encKey, idKey] = await Promise.all([
    crypto.deriveKey(hkdf(ENC_INFO), master, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.deriveKey(hkdf(ID_INFO), master, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign', 'verify']),
  ])
  return { encKey, idKey }
}

/** The key check is bound to the salt and the count: a document with either changed fails like a wrong passphrase. */
function checkData(header: { salt: string; iterations: number }): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['restitution-sync', WORKSPACE_DOC_ID, WORKSPACE_VERSION, header.salt, header.iterations]))
}

function decodes(bytes: ArrayBuffer): string | null {
  try {
    return fromUtf8(bytes)
  } catch {
    return null
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}
