import { beforeAll, describe, expect, it } from 'vitest'
import { parseCaseFileText, type CaseFile } from '@/domain'
import { createWorkspace, type WorkspaceKeys } from '@/sync/keys'
import { splitCase, type RecordDoc } from '@/sync/documents'
import { NewerDocumentError, TamperedDocumentError, docId, historyBodyMalformed, historyEntriesOf, seal, unseal, type Plain, type SealedDoc } from '@/sync/sealed'
import { criminalExampleText, exampleText } from '../../support/examples'

const FAST = { iterations: 1000, insecureTestIterations: true } as const
let keys: WorkspaceKeys
let otherKeys: WorkspaceKeys
let file: CaseFile

beforeAll(async () => {
  keys = (await createWorkspace('correct horse battery staple', FAST)).keys
  otherKeys = (await createWorkspace('correct horse battery staple', FAST)).keys
  file = parseCaseFileText(criminalExampleText())
})

function recordPlain(doc: RecordDoc, seq = 1): Plain<'record'> {
  return { kind: 'record', caseId: doc.caseId, body: { ...doc, historyHash: `hash-${seq}` }, seq, author: 'Li Na', device: 'laptop-fingerprint' }
}

async function sealedRecord(doc: RecordDoc): Promise<SealedDoc> {
  return seal(keys, await docId(keys, doc.caseId, 'record', doc.list, doc.recordId), recordPlain(doc))
}

function firstRecord(list: RecordDoc['list'] = 'offers'): RecordDoc {
  const found = splitCase(file).records.find((doc) => doc.list === list)
  if (!found) throw new Error(`no ${list}`)
  return found
}

describe('docId', () => {
  it('is deterministic, 26 characters of lowercase base 32, and the same with keys unlocked again', async () => {
    const a = await docId(keys, 'case-2024-017', 'record', 'offers', 'o1')
    expect(a).toMatch(/^[a-z2-7]{26}$/)
    expect(await docId(keys, 'case-2024-017', 'record', 'offers', 'o1')).toBe(a)
    expect(await docId(otherKeys, 'case-2024-017', 'record', 'offers', 'o1')).not.toBe(a)
  })

  it('differs for every part, and for parts that run together', async () => {
    const ids = await Promise.all([
      docId(keys, 'c1', 'case'),
      docId(keys, 'c2', 'case'),
      docId(keys, 'c1', 'record', 'offers', 'o1'),
      docId(keys, 'c1', 'record', 'offers', 'o2'),
      docId(keys, 'c1', 'record', 'payments', 'o1'),
      docId(keys, 'c2', 'record', 'offers', 'o1'),
      docId(keys, 'c1', 'history', undefined, 'o1'),
      docId(keys, 'c1', 'device', undefined, 'o1'),
      docId(keys, '', 'device', undefined, 'o1'),
      // Without length prefixes these two would be the same bytes.
      docId(keys, 'c1o', 'history', undefined, 'x'),
      docId(keys, 'c1', 'history', undefined, 'ox'),
      docId(keys, 'a', 'record', 'fx', 'bc'),
      docId(keys, 'ab', 'record', 'fx', 'c'),
    ])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('says nothing of the case', async () => {
    const { records } = splitCase(file)
    const ids = await Promise.all(records.map((doc) => docId(keys, doc.caseId, 'record', doc.list, doc.recordId)))
    for (const id of ids) {
      expect(id).not.toContain(file.id.toLowerCase().slice(0, 4))
      for (const doc of records) expect(id.includes(doc.recordId.toLowerCase()) && doc.recordId.length > 3).toBe(false)
    }
  })

  it.each([
    ['a record without a list', () => docId(keys, 'c1', 'record', undefined, 'o1')],
    ['a record in an unknown list', () => docId(keys, 'c1', 'record', 'bananas', 'o1')],
    ['a record without an id', () => docId(keys, 'c1', 'record', 'offers')],
    ['a case with a record id', () => docId(keys, 'c1', 'case', undefined, 'o1')],
    ['a history entry with a list', () => docId(keys, 'c1', 'history', 'offers', 'h')],
    ['a history entry without its hash', () => docId(keys, 'c1', 'history')],
    ['an unknown kind', () => docId(keys, 'c1', 'workspace' as 'case')],
  ])('refuses %s', async (_what, attempt) => {
    await expect(attempt()).rejects.toThrow()
  })
})

describe('seal and unseal', () => {
  it('give the plaintext back, for each kind', async () => {
    const record = firstRecord()
    const { head } = splitCase(file)
    const plains: [string, Plain][] = [
      [await docId(keys, file.id, 'record', record.list, record.recordId), recordPlain(record, 7)],
      [await docId(keys, file.id, 'case'), { kind: 'case', caseId: file.id, body: { head, historyHash: 'h0' }, seq: 0, author: 'Li Na', device: 'd1' }],
      [await docId(keys, file.id, 'record', 'losses', 'gone'), { kind: 'record', caseId: file.id, body: { caseId: file.id, list: 'losses', recordId: 'gone', deleted: true, historyHash: 'h3' }, seq: 3, author: 'Li Na', device: 'd1' }],
      [await docId(keys, file.id, 'history', undefined, 'abc'), { kind: 'history', caseId: file.id, body: { parents: [], field: 'title' }, seq: 0, author: 'Li Na', device: 'd1' }],
      [await docId(keys, '', 'device', undefined, 'fp'), { kind: 'device', caseId: '', body: { name: 'laptop' }, seq: 0, author: 'Li Na', device: 'fp' }],
    ]
    for (const [id, plain] of plains) {
      const sealed = await seal(keys, id, plain)
      expect(Object.keys(sealed).sort()).toEqual(plain.kind === 'history' ? ['_id', 'c', 'h', 'iv', 'v'] : ['_id', 'c', 'iv', 'v'])
      expect(sealed).toMatchObject({ _id: id, v: 1 })
      // As the server stores it, with CouchDB's own fields beside.
      expect(await unseal(keys, { ...JSON.parse(JSON.stringify(sealed)), _rev: '2-abc', _conflicts: ['2-def'] })).toEqual(plain)
    }
  })

  it('leaves none of the case in what the server stores', async () => {
    const plain = readFileStrings(exampleText('harbor-tools'))
    const { head, records } = splitCase(file)
    const caseDoc = await seal(keys, await docId(keys, file.id, 'case'), { kind: 'case', caseId: file.id, body: { head, historyHash: 'h0' }, seq: 0, author: 'Li Na', device: 'd1' })
    const sealed = [caseDoc, ...(await Promise.all(records.map(sealedRecord)))]
    const stored = JSON.stringify(sealed)
    // Six characters and more: a shorter one ("USD", "p1") turns up in random base64 by chance.
    const strings = [...plain, ...readFileStrings(criminalExampleText())].filter((text) => text.length >= 6)
    expect(strings).toEqual(expect.arrayContaining([file.title, '2024-05-03', '100000']))
    expect(strings.filter((text) => stored.includes(text))).toEqual([])
    // and the test would see them if they were there
    expect(strings.filter((text) => JSON.stringify(splitCase(file).records).includes(text)).length).toBeGreaterThan(20)
    expect(JSON.stringify(head)).toContain(file.title)
  })

  it('uses a new IV each time', async () => {
    const record = firstRecord()
    const [a, b] = await Promise.all([sealedRecord(record), sealedRecord(record)])
    expect(a._id).toBe(b._id)
    expect(a.iv).not.toBe(b.iv)
    expect(a.c).not.toBe(b.c)
  })

  it('refuses the history marker on anything but a history entry, and its absence on one', async () => {
    const record = firstRecord()
    await expect(seal(keys, 'x', recordPlain(record), { history: true })).rejects.toThrow(/history marker/)
    await expect(seal(keys, 'x', { kind: 'history', caseId: 'c', body: {}, seq: 0, author: 'a', device: 'd' }, { history: false })).rejects.toThrow(/history marker/)
  })
})

describe('unseal refuses a tampered document with TamperedDocumentError', () => {
  async function refused(doc: unknown, id: string | null): Promise<TamperedDocumentError> {
    const error: unknown = await unseal(keys, doc).then(() => null, (thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(TamperedDocumentError)
    expect((error as TamperedDocumentError).id).toBe(id)
    return error as TamperedDocumentError
  }

  it('when any one byte of the ciphertext changed', async () => {
    const sealed = await sealedRecord(firstRecord())
    const bytes = Buffer.from(sealed.c, 'base64')
    for (const at of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const changed = Buffer.from(bytes)
      changed[at] = (changed[at] ?? 0) ^ 0x01
      await refused({ ...sealed, c: changed.toString('base64') }, sealed._id)
    }
  })

  it('when the IV changed', async () => {
    const sealed = await sealedRecord(firstRecord())
    const iv = Buffer.from(sealed.iv, 'base64')
    iv[0] = (iv[0] ?? 0) ^ 0x80
    await refused({ ...sealed, iv: iv.toString('base64') }, sealed._id)
  })

  it('when the ciphertext was moved under another id', async () => {
    const [a, b] = await Promise.all([sealedRecord(firstRecord('offers')), sealedRecord(firstRecord('parties'))])
    await refused({ ...a, _id: b._id }, b._id)
    const error = await refused({ ...b, _id: a._id }, a._id)
    expect(error.message).toContain(a._id)
  })

  it('when a history entry (whose id the plaintext cannot confirm) was moved under another id: the associated data alone refuses it', async () => {
    const plain: Plain = { kind: 'history', caseId: 'c', body: { field: 'title' }, seq: 0, author: 'a', device: 'd' }
    const entry = await seal(keys, await docId(keys, 'c', 'history', undefined, 'hash-1'), plain)
    const elsewhere = await docId(keys, 'c', 'history', undefined, 'hash-2')
    expect(await unseal(keys, entry)).toEqual(plain)
    await refused({ ...entry, _id: elsewhere }, elsewhere)
  })

  it('when the history marker was added or removed', async () => {
    const sealed = await sealedRecord(firstRecord())
    await refused({ ...sealed, h: 1 }, sealed._id)
    const entry = await seal(keys, 'entry-id', { kind: 'history', caseId: 'c', body: {}, seq: 0, author: 'a', device: 'd' })
    const { h: _h, ...withoutMarker } = entry
    await refused(withoutMarker, 'entry-id')
    await refused({ ...entry, h: 2 }, 'entry-id')
  })

  it('when it was sealed under another workspace key', async () => {
    const record = firstRecord()
    const id = await docId(keys, record.caseId, 'record', record.list, record.recordId)
    await refused(await seal(otherKeys, id, recordPlain(record)), id)
  })

  it('when a valid record is sealed under an id that is not its own', async () => {
    const record = firstRecord()
    const wrongId = await docId(keys, record.caseId, 'record', record.list, 'someone-else')
    const error = await refused(await seal(keys, wrongId, recordPlain(record)), wrongId)
    expect(error.reason).toMatch(/another id/)
  })

  it.each([
    ['not an object', 'text', null],
    ['no id', { v: 1, iv: 'AAAAAAAAAAAAAAAA', c: 'AAAAAAAAAAAAAAAAAAAAAA==' }, null],
    ['no version', { _id: 'x', iv: 'AAAAAAAAAAAAAAAA', c: 'AAAAAAAAAAAAAAAAAAAAAA==' }, 'x'],
    ['a short IV', { _id: 'x', v: 1, iv: 'AAAA', c: 'AAAAAAAAAAAAAAAAAAAAAA==' }, 'x'],
    ['a ciphertext not base64', { _id: 'x', v: 1, iv: 'AAAAAAAAAAAAAAAA', c: '!!!!' }, 'x'],
    ['a deletion stub', { _id: 'x', _rev: '3-a', _deleted: true }, 'x'],
  ])('when it is %s', async (_what, doc, id) => {
    await refused(doc, id)
  })

  it.each([
    ['an unknown kind', { kind: 'workspace' }],
    ['a negative seq', { seq: -1 }],
    ['a fractional seq', { seq: 1.5 }],
    ['no author', { author: undefined }],
    ['a key of no document', { extra: 1 }],
    ['a record of another case', { caseId: 'other' }],
  ])('when its plaintext has %s', async (_what, change) => {
    const record = firstRecord()
    const id = await docId(keys, record.caseId, 'record', record.list, record.recordId)
    await refused(await sealRaw(id, { ...recordPlain(record), ...change }), id)
  })

  it('(and seal refuses to write a seq that is not a whole number)', async () => {
    const record = firstRecord()
    await expect(seal(keys, 'x', { ...recordPlain(record), seq: -1 })).rejects.toThrow(/whole number/)
  })

  it.each([
    ['an invalid order key', { order: 'a' }],
    ['an unknown list', { list: 'bananas' }],
    ['a record whose id is not its record id', { recordId: 'o99' }],
    ['no history hash', { historyHash: undefined }],
    ['no record', { record: 'text' }],
  ])('when its record body has %s', async (_what, change) => {
    const record = firstRecord()
    const id = await docId(keys, record.caseId, 'record', record.list, record.recordId)
    const plain = recordPlain(record)
    await refused(await sealRaw(id, { ...plain, body: { ...plain.body, ...change } }), id)
  })

  it('says a newer format is newer, not tampered', async () => {
    const sealed = await sealedRecord(firstRecord())
    await expect(unseal(keys, { ...sealed, v: 2 })).rejects.toBeInstanceOf(NewerDocumentError)
  })
})

describe('historyEntriesOf', () => {
  const entry = (hash: string) => ({ hash, entry: { caseId: 'c', parents: [], at: '2026-12-06T09:00:00.000Z', author: 'Li Na', device: 'd', record: null, field: 'title', before: 'a', after: 'b', sig: 's' } })

  it('reads a save\'s batch in order, and a document of one entry as first written', async () => {
    const batch = { entries: [entry('h1'), entry('h2'), entry('h3')] }
    const id = await docId(keys, 'c', 'history', undefined, 'h3')
    const plain = await unseal(keys, await seal(keys, id, { kind: 'history', caseId: 'c', body: batch, seq: 0, author: 'Li Na', device: 'd' }))
    expect(historyEntriesOf(plain.body).map((stored) => stored.hash)).toEqual(['h1', 'h2', 'h3'])
    expect(historyEntriesOf(entry('h9')).map((stored) => stored.hash)).toEqual(['h9'])
  })

  it('finds no entries in a body that is not an object, leaves out what is not an entry, and says the body is malformed', () => {
    expect(historyEntriesOf(null)).toEqual([])
    expect(historyEntriesOf('text')).toEqual([])
    expect(historyEntriesOf([entry('h1')])).toEqual([])
    expect(historyEntriesOf({ entries: [null, entry('h2'), { hash: 3 }, { hash: 'h4' }] }).map((stored) => stored.hash)).toEqual(['h2'])
    expect(historyBodyMalformed({ entries: [null, entry('h2')] })).toBe(true)
    expect(historyBodyMalformed({ entries: [] })).toBe(true)
    expect(historyBodyMalformed(null)).toBe(true)
    expect(historyBodyMalformed({ entries: [entry('h1'), entry('h2')] })).toBe(false)
    expect(historyBodyMalformed(entry('h1'))).toBe(false)
  })
})

/** What a writer holding the key but not using seal() could store: any JSON under the id's associated data. */
async function sealRaw(id: string, plain: unknown): Promise<SealedDoc> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const additionalData = new TextEncoder().encode(JSON.stringify(['restitution-sync', id, 1, 0]))
  const c = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, keys.encKey, new TextEncoder().encode(JSON.stringify(plain)))
  return { _id: id, v: 1, iv: Buffer.from(iv).toString('base64'), c: Buffer.from(c).toString('base64') }
}

/** Every string value of a case file's text (titles, names, notes, amounts, dates, ids). */
function readFileStrings(text: string): string[] {
  const found: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk)
  }
  walk(JSON.parse(text))
  return [...new Set(found)]
}
