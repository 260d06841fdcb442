// The embedded sync server (server/syncServer.ts) behaves as docs/sync.md §8 sets up CouchDB 3:
// members only, readers read, history entries never change, and replication keeps conflicts.
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DESIGN_DOCUMENT, nodePouchDB, startSyncServer, type SyncServer, type SyncUser } from '../../server/syncServer'
import { heldByServer } from '@/sync/pushed'
import type { PouchConstructor } from '@/sync/pouch'

let server: SyncServer
let db: string

beforeAll(async () => {
  server = await startSyncServer({ port: 0 })
  db = `${server.url}/${server.database}`
})

afterAll(async () => {
  await server.close()
})

function basic({ name, password }: SyncUser): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` }
}

/** One request; the answer's status and JSON body. */
async function ask(method: string, url: string, as: SyncUser | null, body?: unknown): Promise<{ status: number; body: Record<string, unknown> & { rev?: string } }> {
  const response = await fetch(url, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...(as ? basic(as) : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('the embedded sync server', () => {
  it("answers GET / with CouchDB's welcome", async () => {
    const { status, body } = await ask('GET', `${server.url}/`, null)
    expect(status).toBe(200)
    expect(body).toMatchObject({ couchdb: 'Welcome', version: '3.x-compatible', vendor: { name: expect.stringContaining('express-pouchdb') } })
  })

  it('listens on 127.0.0.1 and names its users', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.database).toBe('restitution-team')
    expect(server.users.writer.name).toBe('writer')
    expect(server.users.reader.name).toBe('reader')
    expect(new Set([server.users.admin.password, server.users.writer.password, server.users.reader.password]).size).toBe(3)
  })

  it('turns away anonymous users and wrong passwords with 401', async () => {
    expect((await ask('GET', db, null)).status).toBe(401)
    expect((await ask('GET', `${db}/_all_docs`, null)).status).toBe(401)
    expect((await ask('PUT', `${db}/anonymous`, null, { v: 1 })).status).toBe(401)
    expect((await ask('GET', db, { name: server.users.writer.name, password: 'not-the-password' })).status).toBe(401)
  })

  it('lets the writer write and the reader read, and refuses the reader a write with 403', async () => {
    const written = await ask('PUT', `${db}/record-1`, server.users.writer, { v: 1, c: 'ciphertext' })
    expect(written.status).toBe(201)
    expect((await ask('GET', `${db}/record-1`, server.users.reader)).body).toMatchObject({ c: 'ciphertext' })

    const refused = await ask('PUT', `${db}/record-2`, server.users.reader, { v: 1 })
    expect(refused).toEqual({ status: 403, body: { error: 'forbidden', reason: 'This account may only read.' } })
    expect((await ask('PUT', `${db}/record-1`, server.users.reader, { _rev: written.body.rev, v: 2 })).status).toBe(403)
    expect((await ask('DELETE', `${db}/record-1?rev=${written.body.rev}`, server.users.reader)).status).toBe(403)
    const bulk = await fetch(`${db}/_bulk_docs`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...basic(server.users.reader) }, body: JSON.stringify({ docs: [{ _id: 'record-3' }] }) })
    expect(await bulk.json()).toEqual([{ id: 'record-3', error: 'forbidden', reason: 'This account may only read.' }])
    expect((await ask('GET', `${db}/record-3`, server.users.writer)).status).toBe(404)
  })

  it('lets the writer change and delete an ordinary document', async () => {
    const first = await ask('PUT', `${db}/record-4`, server.users.writer, { v: 1 })
    const second = await ask('PUT', `${db}/record-4`, server.users.writer, { _rev: first.body.rev, v: 2 })
    expect(second.status).toBe(201)
    expect((await ask('DELETE', `${db}/record-4?rev=${second.body.rev}`, server.users.writer)).status).toBe(200)
  })

  it('never changes or deletes a history entry (h: 1), not for its writer, not for the admin', async () => {
    const entry = await ask('PUT', `${db}/entry-1`, server.users.writer, { h: 1, v: 1, c: 'signed' })
    expect(entry.status).toBe(201)
    const changed = await ask('PUT', `${db}/entry-1`, server.users.writer, { _rev: entry.body.rev, h: 1, v: 1, c: 'forged' })
    expect(changed).toEqual({ status: 403, body: { error: 'forbidden', reason: 'History entries never change.' } })
    const unmarked = await ask('PUT', `${db}/entry-1`, server.users.writer, { _rev: entry.body.rev, v: 1, c: 'forged' })
    expect(unmarked.status).toBe(403)
    expect((await ask('DELETE', `${db}/entry-1?rev=${entry.body.rev}`, server.users.writer)).status).toBe(403)
    const bulk = await fetch(`${db}/_bulk_docs`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...basic(server.users.writer) }, body: JSON.stringify({ docs: [{ _id: 'entry-1', _rev: entry.body.rev, _deleted: true }] }) })
    expect(await bulk.json()).toEqual([{ id: 'entry-1', error: 'forbidden', reason: 'History entries never change.' }])
    expect((await ask('PUT', `${db}/entry-1`, server.users.admin, { _rev: entry.body.rev, h: 1, v: 1, c: 'forged' })).status).toBe(403)
    expect((await ask('DELETE', `${db}/entry-1?rev=${entry.body.rev}`, server.users.admin)).status).toBe(403)
    expect((await ask('GET', `${db}/entry-1`, server.users.reader)).body).toMatchObject({ _rev: entry.body.rev, c: 'signed' })
  })

  // The engine asks this once replication catches up (src/sync/pushed.ts): a write the server
  // stored while its answer was lost is not waiting.
  it('says through _revs_diff which written revisions it holds, to a device replica of the database', async () => {
    const stored = await ask('PUT', `${db}/held-1`, server.users.writer, { v: 1, iv: 'aaaa', c: 'bbbb' })
    const Pouch = nodePouchDB() as unknown as PouchConstructor
    const remote = new Pouch(db, { skip_setup: true, auth: { username: server.users.writer.name, password: server.users.writer.password } })
    expect(await heldByServer(remote, [['held-1', stored.body.rev!], ['never-written', '1-0123456789abcdef0123456789abcdef']])).toEqual([['held-1', stored.body.rev]])
  })

  it('lets a writer create the workspace document, and only an admin change it', async () => {
    const created = await ask('PUT', `${db}/workspace`, server.users.writer, { salt: 's1', iterations: 600000 })
    expect(created.status).toBe(201)
    expect((await ask('PUT', `${db}/workspace`, server.users.writer, { _rev: created.body.rev, salt: 's2' })).status).toBe(403)
    expect((await ask('DELETE', `${db}/workspace?rev=${created.body.rev}`, server.users.writer)).status).toBe(403)
    expect((await ask('PUT', `${db}/workspace`, server.users.admin, { _rev: created.body.rev, salt: 's2' })).status).toBe(201)
  })

  it('keeps the design document, databases, users and server-side replication for the admin', async () => {
    expect((await ask('PUT', `${db}/_design/restitution`, server.users.writer, { validate_doc_update: 'function () {}' })).status).toBe(401)
    expect((await ask('PUT', `${db}/_security`, server.users.writer, { members: {} })).status).toBe(401)
    expect((await ask('PUT', `${server.url}/another`, server.users.writer)).status).toBe(401)
    expect((await ask('DELETE', db, server.users.writer)).status).toBe(401)
    expect((await ask('PUT', `${server.url}/_users/org.couchdb.user:someone`, null, { name: 'someone', password: 'x', roles: [], type: 'user' })).status).toBe(401)
    expect((await ask('POST', `${server.url}/_replicate`, server.users.writer, { source: server.database, target: 'copy' })).status).toBe(401)
    // Logging out is no database: anyone may.
    expect((await ask('DELETE', `${server.url}/_session`, server.users.writer)).status).toBe(200)
    // The server is still up and the database still there.
    expect((await ask('GET', db, server.users.reader)).status).toBe(200)
    expect((await ask('PUT', `${server.url}/another`, server.users.admin)).status).toBe(201)
  })
})

/** Waits a few turns of the event loop, without a timer of its own, until `done` or long enough. */
async function turnsUntil(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 5000 && !done(); turn += 1) await new Promise((resolve) => setImmediate(resolve))
}

describe('a changes feed whose client leaves', () => {
  // The feed's heartbeat is a setInterval (express-pouchdb's changes route): each must be cleared.
  let started: unknown[] = []
  let cleared: unknown[] = []
  beforeEach(() => {
    started = []
    cleared = []
    const setInterval = globalThis.setInterval
    const clearInterval = globalThis.clearInterval
    vi.spyOn(globalThis, 'setInterval').mockImplementation(((...args: Parameters<typeof setInterval>) => {
      const handle = setInterval(...args)
      started.push(handle)
      return handle
    }) as typeof setInterval)
    vi.spyOn(globalThis, 'clearInterval').mockImplementation((handle) => {
      cleared.push(handle)
      clearInterval(handle)
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it.each([
    // The feed has written the start of its answer: it waits for news.
    ['while it waits for news', 'data'],
    // The feed has started its heartbeat but not yet looked for changes.
    ['before it has looked for changes', 'heartbeat'],
  ])('is let go, with its heartbeat timer, when the client leaves %s', async (_when, leaveOn) => {
    const asked = request(`${db}/_changes?feed=longpoll&since=now`, { headers: basic(server.users.writer) })
    asked.on('error', () => {})
    asked.end()
    if (leaveOn === 'data') await new Promise((resolve) => asked.on('response', (response) => response.once('data', resolve)))
    else await turnsUntil(() => started.length > 0)
    asked.destroy()
    expect(started).toHaveLength(1)
    await turnsUntil(() => started.every((handle) => cleared.includes(handle)))
    expect(cleared).toEqual(started)
  })
})

describe('docs/sync.md §8', () => {
  it('shows the validate_doc_update the server stores', () => {
    const page = readFileSync(fileURLToPath(new URL('../../docs/sync.md', import.meta.url)), 'utf8')
    const documented = /"validate_doc_update": "([^"]*)"/.exec(page)?.[1]
    const oneLine = (code: string) => code.replace(/\s+/g, ' ').trim()
    expect(documented && oneLine(documented)).toBe(oneLine(DESIGN_DOCUMENT.validate_doc_update))
  })
})

interface Doc {
  _id: string
  _rev?: string
  _conflicts?: string[]
  [field: string]: unknown
}
interface ReplicationResult {
  ok: boolean
  docs_written: number
  doc_write_failures: number
}
interface Pouch {
  put(doc: Doc): Promise<{ rev: string }>
  get(id: string, options?: { conflicts?: boolean }): Promise<Doc>
  replicate: { to(target: Pouch): Promise<ReplicationResult>; from(source: Pouch): Promise<ReplicationResult> }
  destroy(): Promise<unknown>
}
type PouchClass = new (name: string, options?: Record<string, unknown>) => Pouch

describe('replication through the embedded server', () => {
  const Pouch = nodePouchDB() as unknown as PouchClass
  const local = (name: string) => new Pouch(`${name}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' })
  const remote = (as: SyncUser) => new Pouch(db, { auth: { username: as.name, password: as.password } })

  it('carries documents between two devices with Basic authentication, and shows a conflict made on both sides', async () => {
    const laptop = local('laptop')
    const phone = local('phone')
    const server1 = remote(server.users.writer)
    await laptop.put({ _id: 'offer', v: 1, c: 'first' })
    expect(await laptop.replicate.to(server1)).toMatchObject({ ok: true, doc_write_failures: 0 })
    await phone.replicate.from(server1)
    const onPhone = await phone.get('offer')
    expect(onPhone.c).toBe('first')

    // Both edit the same document while apart, then both push.
    const onLaptop = await laptop.get('offer')
    await laptop.put({ ...onLaptop, c: 'laptop' })
    await phone.put({ ...onPhone, c: 'phone' })
    expect(await laptop.replicate.to(server1)).toMatchObject({ ok: true, doc_write_failures: 0 })
    expect(await phone.replicate.to(server1)).toMatchObject({ ok: true, doc_write_failures: 0 })

    const stored = await ask('GET', `${db}/offer?conflicts=true`, server.users.reader)
    expect(stored.body._conflicts).toHaveLength(1)
    const winner = stored.body.c
    expect(['laptop', 'phone']).toContain(winner)

    await laptop.replicate.from(server1)
    const merged = await laptop.get('offer', { conflicts: true })
    expect(merged.c).toBe(winner)
    expect(merged._conflicts).toHaveLength(1)
    expect(merged._conflicts?.[0]).not.toBe(merged._rev)
    await Promise.all([laptop.destroy(), phone.destroy()])
  })

  it('refuses a history entry changed or deleted on a device when it replicates, and keeps the stored one', async () => {
    const device = local('device')
    const writer = remote(server.users.writer)
    await device.put({ _id: 'entry-2', h: 1, v: 1, c: 'signed' })
    expect(await device.replicate.to(writer)).toMatchObject({ docs_written: 1, doc_write_failures: 0 })
    const entry = await device.get('entry-2')
    await device.put({ ...entry, c: 'forged' })
    expect(await device.replicate.to(writer)).toMatchObject({ docs_written: 0, doc_write_failures: 1 })
    expect((await ask('GET', `${db}/entry-2?conflicts=true`, server.users.reader)).body).toEqual({ _id: 'entry-2', _rev: entry._rev, h: 1, v: 1, c: 'signed' })
    await device.destroy()
  })

  it("lets a reader pull but not push: the reader's documents stay on the reader's device", async () => {
    const writer = local('writer')
    const client = local('client')
    await writer.put({ _id: 'schedule', v: 1, c: 'for the client' })
    await writer.replicate.to(remote(server.users.writer))
    await client.replicate.from(remote(server.users.reader))
    expect((await client.get('schedule')).c).toBe('for the client')

    await client.put({ _id: 'from-the-client', v: 1 })
    const pushed = await client.replicate.to(remote(server.users.reader))
    expect(pushed.docs_written).toBe(0)
    expect(pushed.doc_write_failures).toBeGreaterThan(0)
    expect((await ask('GET', `${db}/from-the-client`, server.users.admin)).status).toBe(404)
    await Promise.all([writer.destroy(), client.destroy()])
  })

  it('hands every stored revision to storedDocuments, deleted and conflicting ones included', async () => {
    const documents = (await server.storedDocuments()) as Doc[]
    const offers = documents.filter((document) => document._id === 'offer').map((document) => document.c)
    expect(offers.sort()).toEqual(['laptop', 'phone'])
    expect(documents.some((document) => document._id === 'record-4' && document._deleted === true)).toBe(true)
    expect(documents.some((document) => document._id === '_design/restitution')).toBe(true)
  })
})
