// What the server stores (docs/sync.md §3.3): every document but `workspace` is
// `{ _id, v: 1, iv, c }` (and `h: 1` for a history entry), `c` the AES-GCM ciphertext of the
// plaintext `{ kind, caseId, body, seq, author, device }` under encKey, with the id, the version
// and the history marker as associated data, so a ciphertext moved under another id (or with
// the marker added or removed) does not decrypt. Ids are an HMAC under idKey: the same record
// gets the same id on every device, and the id says nothing about the case.
import { recordKey } from '@/domain'
import type { StoredEntry } from '@/domain/history/historyTypes'
import { fromBase64, fromUtf8, randomBytes, subtle, toBase32, toBase64, utf8 } from './bytes'
import { LIST_NAMES, type CaseHead, type RecordDoc } from './documents'
import type { WorkspaceKeys } from './keys'
import { isOrderKey } from './order'

export const SEALED_VERSION = 1
export const SEALED_KINDS = ['case', 'record', 'history', 'device'] as const
export type SealedKind = (typeof SEALED_KINDS)[number]
const IV_BYTES = 12
const ID_BYTES = 16

/** The body of a case's `case` document: its head, and the hash of the history entry that produced this revision. */
export interface CaseBody {
  head: CaseHead
  historyHash: string
  /** The leaf revisions a resolved conflict set aside (deleted): the bridge does not ask about them again. */
  answered?: string[]
  /** On a deletion only: a branch ended by a resolution or an automatic merge, not a deletion by a user. */
  ended?: true
}
/** The body of a `record` document: the record with its place, and the hash of the history entry that produced it. */
export type RecordBody = RecordDoc & { historyHash: string; deleted?: undefined; answered?: string[]; ended?: true }
/** A deleted record: sealed like the rest, so the deletion is authenticated and carries its seq. */
export interface RecordTombstone {
  caseId: string
  list: RecordDoc['list']
  recordId: string
  deleted: true
  historyHash: string
  answered?: string[]
  /** A branch ended by a resolution or an automatic merge, not a deletion by a user. */
  ended?: true
}
/** A history document's body: the entries of one save, in order, each with its hash (docs/sync.md §6.2). */
export interface HistoryBatch {
  entries: StoredEntry[]
}

/**
 * The entries a history document holds: a save's batch, or one entry on its own (as documents
 * were first written, one per entry); anything that is not an entry with its hash is left out
 * (historyBodyMalformed says so). The entries' contents and signatures are the history check's to
 * judge (verify.ts).
 */
export function historyEntriesOf(body: unknown): StoredEntry[] {
  const content = asRecord(body)
  if (!content) return []
  const listed: unknown[] = Array.isArray(content.entries) ? content.entries : [content]
  return listed.filter((stored): stored is StoredEntry => {
    const item = asRecord(stored)
    return item !== null && typeof item.hash === 'string' && asRecord(item.entry) !== null
  })
}

/** Whether a history document's body holds anything that is not an entry with its hash (the document is then refused as damaged). */
export function historyBodyMalformed(body: unknown): boolean {
  const content = asRecord(body)
  if (!content) return true
  const listed: unknown[] = Array.isArray(content.entries) ? content.entries : [content]
  return listed.length === 0 || historyEntriesOf(body).length !== listed.length
}

/** What each kind's body holds; history entries and devices are read by their own modules (src/sync/history). */
export interface BodyOf {
  case: CaseBody
  record: RecordBody | RecordTombstone
  history: unknown
  device: unknown
}

/** A document's plaintext. `seq` counts the writes of this one document (the replay guard, replay.ts). */
export type Plain<K extends SealedKind = SealedKind> = {
  [P in K]: { kind: P; caseId: string; body: BodyOf[P]; seq: number; author: string; device: string }
}[K]

/** A sealed document as stored (CouchDB's `_rev` and friends are kept by the caller, not sealed). */
export interface SealedDoc {
  _id: string
  _rev?: string
  v: typeof SEALED_VERSION
  /** Base64 of the 12-byte IV. */
  iv: string
  /** Base64 of the ciphertext with its 16-byte tag. */
  c: string
  /** A history entry: the cleartext marker the server's validate_doc_update reads (§8). */
  h?: 1
}

/** A document that fails decryption or the shape checks: it must change nothing. `id` is its `_id` (or null without one). */
export class TamperedDocumentError extends Error {
  readonly id: string | null
  readonly reason: string

  constructor(id: string | null, reason: string) {
    super(`The document ${id ?? '(without an id)'} was changed or damaged and is ignored: ${reason}`)
    this.name = 'TamperedDocumentError'
    this.id = id
    this.reason = reason
  }
}

/** A document written by a newer version of the app: not damaged, but not readable here. */
export class NewerDocumentError extends Error {
  readonly id: string
  constructor(id: string, version: number) {
    super(`The document ${id} was written by a newer version of the app (format ${version}; this app reads ${SEALED_VERSION}).`)
    this.name = 'NewerDocumentError'
    this.id = id
  }
}

/**
 * A document's id: HMAC-SHA-256 under idKey of a length-prefixed encoding of its parts, the first
 * 128 bits in lowercase base 32 (26 characters). `case`: caseId only; `record`: caseId, list and
 * recordId; `history`: caseId and the entry's hash as recordId; `device`: the device's key
 * fingerprint as recordId (caseId '' for a workspace-wide document).
 */
export async function docId(keys: WorkspaceKeys, caseId: string, kind: SealedKind, list?: string, recordId?: string): Promise<string> {
  if (!(SEALED_KINDS as readonly string[]).includes(kind)) throw new Error(`Unknown document kind ${String(kind)}.`)
  if (kind === 'record' && (list === undefined || !(LIST_NAMES as readonly string[]).includes(list) || !recordId))
    throw new Error('A record document is named by its case, list and record id.')
  if (kind !== 'record' && list !== undefined) throw new Error(`A ${kind} document has no list.`)
  if (kind === 'case' && recordId !== undefined) throw new Error('A case document is named by its case alone.')
  if ((kind === 'history' || kind === 'device') && !recordId) throw new Error(`A ${kind} document is named by its hash or key fingerprint (recordId).`)
  const mac = await subtle().sign('HMAC', keys.idKey, idMessage(['restitution-sync id v1', caseId, kind, list, recordId]))
  return toBase32(new Uint8Array(mac, 0, ID_BYTES))
}

/** Each part as a presence byte, then (when present) its UTF-8 length in 4 bytes big-endian and its bytes: no two part lists encode alike. */
function idMessage(parts: (string | undefined)[]): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = []
  for (const part of parts) {
    if (part === undefined) {
      chunks.push(Uint8Array.of(0))
      continue
    }
    const bytes = utf8(part)
    const head = new Uint8Array(5)
    head[0] = 1
    new DataView(head.buffer).setUint32(1, bytes.length)
    chunks.push(head, bytes)
  }
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/** The sealed document of `plain` under `id`. A history entry (and only one) carries `h: 1`. */
export async function seal(keys: WorkspaceKeys, id: string, plain: Plain, options: { history?: boolean } = {}): Promise<SealedDoc> {
  const history = options.history ?? plain.kind === 'history'
  if (history !== (plain.kind === 'history')) throw new Error('Only a history entry carries the history marker, and every one does.')
  if (!Number.isSafeInteger(plain.seq) || plain.seq < 0) throw new Error(`A document's seq is a whole number, not ${plain.seq}.`)
  const iv = randomBytes(IV_BYTES)
  const c = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(id, history) }, keys.encKey, utf8(JSON.stringify(plain)))
  const doc: SealedDoc = { _id: id, v: SEALED_VERSION, iv: toBase64(iv), c: toBase64(new Uint8Array(c)) }
  if (history) doc.h = 1
  return doc
}

/**
 * The plaintext of a sealed document. Throws TamperedDocumentError (with the id) when the
 * document is malformed, does not decrypt under this id, or holds something of the wrong shape
 * (including a case or record document stored under an id that is not its own);
 * NewerDocumentError for a format this app does not know. A CouchDB deletion stub
 * (`_deleted` without a ciphertext) is not a sealed document: the caller handles it first.
 */
export async function unseal(keys: WorkspaceKeys, doc: unknown): Promise<Plain> {
  const stored = asRecord(doc)
  const id = typeof stored?._id === 'string' && stored._id !== '' ? stored._id : null
  const tampered = (reason: string): never => {
    throw new TamperedDocumentError(id, reason)
  }
  if (!stored || id === null) return tampered('it has no id.')
  if (typeof stored.v === 'number' && Number.isInteger(stored.v) && stored.v > SEALED_VERSION) throw new NewerDocumentError(id, stored.v)
  if (stored.v !== SEALED_VERSION) return tampered('its version is missing or unknown.')
  if (stored.h !== undefined && stored.h !== 1) return tampered('its history marker is not 1.')
  const iv = fromBase64(stored.iv, IV_BYTES)
  const c = fromBase64(stored.c)
  if (!iv || !c || c.length < 16) return tampered('its IV or ciphertext is not base64 of the right length.')
  let text: string
  try {
    text = fromUtf8(await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: associatedData(id, stored.h === 1) }, keys.encKey, c))
  } catch {
    return tampered('it does not decrypt under its id with this workspace key.')
  }
  let plain: unknown
  try {
    plain = JSON.parse(text)
  } catch {
    return tampered('its plaintext is not JSON.')
  }
  const problem = plainProblem(plain, stored.h === 1)
  if (problem) return tampered(problem)
  const checked = plain as Plain
  const expected = expectedId(keys, checked)
  if (expected && (await expected) !== id) return tampered(`it holds a ${checked.kind} that belongs under another id.`)
  return checked
}

/** Binds a ciphertext to its id, the format version and the history marker. */
function associatedData(id: string, history: boolean): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['restitution-sync', id, SEALED_VERSION, history ? 1 : 0]))
}

/** The id a case or record document must have; null for kinds whose id cannot be worked out from the plaintext. */
function expectedId(keys: WorkspaceKeys, plain: Plain): Promise<string> | null {
  if (plain.kind === 'case') return docId(keys, plain.caseId, 'case')
  if (plain.kind === 'record') return docId(keys, plain.caseId, 'record', plain.body.list, plain.body.recordId)
  return null
}

const PLAIN_KEYS = new Set(['kind', 'caseId', 'body', 'seq', 'author', 'device'])
const RECORD_KEYS = new Set(['caseId', 'list', 'recordId', 'record', 'order', 'historyHash', 'answered', 'ended'])
const TOMBSTONE_KEYS = new Set(['caseId', 'list', 'recordId', 'deleted', 'historyHash', 'answered', 'ended'])

/** What is wrong with a decrypted plaintext's shape, or null. Record contents are the case parser's to check. */
function plainProblem(value: unknown, history: boolean): string | null {
  const plain = asRecord(value)
  if (!plain || !onlyKeys(plain, PLAIN_KEYS)) return 'its plaintext is not a document of this app.'
  const { kind, caseId, body, seq, author, device } = plain
  if (typeof kind !== 'string' || !(SEALED_KINDS as readonly string[]).includes(kind)) return 'its kind is unknown.'
  if ((kind === 'history') !== history) return 'its history marker does not match its kind.'
  if (typeof caseId !== 'string') return 'it names no case.'
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return 'its seq is not a whole number.'
  if (typeof author !== 'string' || typeof device !== 'string') return 'it names no author or device.'
  if (body === undefined) return 'it has no body.'
  if (kind === 'case') {
    const content = asRecord(body)
    const head = asRecord(content?.head)
    if (!content || !onlyKeys(content, new Set(['head', 'historyHash', 'answered', 'ended'])) || !head) return 'its case body has no head.'
    if (!answeredValid(content.answered)) return 'its answered revisions are not a list of revisions.'
    if (content.ended !== undefined && content.ended !== true) return 'its ended marker is not true.'
    if (head.id !== caseId) return 'its head is of another case.'
    if (typeof content.historyHash !== 'string') return 'it names no history entry.'
  }
  if (kind === 'record') return recordProblem(asRecord(body), caseId)
  return null
}

function recordProblem(body: Record<string, unknown> | null, caseId: string): string | null {
  if (!body) return 'its record body is not an object.'
  const { list, recordId, record, order, historyHash, deleted } = body
  if (!onlyKeys(body, deleted === true ? TOMBSTONE_KEYS : RECORD_KEYS)) return 'its record body has keys of no record document.'
  if (body.caseId !== caseId) return 'its record is of another case.'
  if (typeof list !== 'string' || !(LIST_NAMES as readonly string[]).includes(list)) return 'its list is unknown.'
  if (typeof recordId !== 'string' || recordId === '') return 'its record has no id.'
  if (typeof historyHash !== 'string') return 'it names no history entry.'
  if (!answeredValid(body.answered)) return 'its answered revisions are not a list of revisions.'
  if (body.ended !== undefined && body.ended !== true) return 'its ended marker is not true.'
  if (deleted === true) return null
  const content = asRecord(record)
  if (!content) return 'its record is not an object.'
  if (!isOrderKey(order)) return 'its order key is not valid.'
  if (recordKey(list as RecordDoc['list'], content as RecordDoc['record']) !== recordId) return 'its record id does not match the record.'
  return null
}

function answeredValid(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((rev) => typeof rev === 'string'))
}

function onlyKeys(value: Record<string, unknown>, allowed: Set<string>): boolean {
  return Object.keys(value).every((key) => allowed.has(key))
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}
