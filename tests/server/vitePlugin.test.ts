// The embedded sync server under the app's origin (server/vitePlugin.ts): /couchdb/ is the CouchDB
// API, everything else goes on to vite; the end-to-end tests' control stops and restarts it.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connect, PreviewServer } from 'vite'
import { embeddedSyncServer, optionsFromEnvironment, pathUnder, type EmbeddedSyncApi } from '../../server/vitePlugin'
import { nodePouchDB } from '../../server/syncServer'

/** The plugin's middleware, as vite preview would mount it, or null when it mounts nothing. */
function mounted(plugin: ReturnType<typeof embeddedSyncServer>): Connect.NextHandleFunction | null {
  let middleware: Connect.NextHandleFunction | null = null
  const hook = plugin.configurePreviewServer as (server: PreviewServer) => void
  hook({
    middlewares: { use: (handler: Connect.NextHandleFunction) => (middleware = handler) },
    httpServer: null,
    config: { logLevel: 'error' },
  } as unknown as PreviewServer)
  return middleware
}

describe('pathUnder', () => {
  it.each([
    ['/couchdb', '/'],
    ['/couchdb/', '/'],
    ['/couchdb/restitution-team/_changes?since=0', '/restitution-team/_changes?since=0'],
    ['/couchdb?x=1', '/?x=1'],
    ['/couchdbx', null],
    ['/app/couchdb/', null],
    ['/', null],
  ])('%s is %j under /couchdb', (url, path) => {
    expect(pathUnder('/couchdb', url)).toBe(path)
  })
})

describe('optionsFromEnvironment', () => {
  it('takes names and passwords from SYNC_* variables, and leaves the rest to the server', () => {
    expect(optionsFromEnvironment({ SYNC_WRITER_PASSWORD: 'w', SYNC_READER_NAME: 'client', SYNC_DATABASE: 'team' })).toEqual({
      database: 'team',
      admin: {},
      writer: { password: 'w' },
      reader: { name: 'client' },
    })
  })
})

describe('the /couchdb/ mount', () => {
  const plugin = embeddedSyncServer({ writer: { name: 'lina', password: 'writer-password' } })
  const api = plugin.api as EmbeddedSyncApi
  let http: Server
  let origin: string

  beforeAll(async () => {
    const middleware = mounted(plugin)
    if (!middleware) throw new Error('The plugin mounted nothing.')
    http = createServer((req, res) =>
      middleware(req, res, () => {
        res.statusCode = 404
        res.end('the rest of the app')
      }),
    )
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    http.closeAllConnections()
    await new Promise((resolve) => http.close(resolve))
  })

  const writer = { Authorization: `Basic ${Buffer.from('lina:writer-password').toString('base64')}` }

  it('answers the CouchDB API at /couchdb/ and leaves every other path to the app', async () => {
    expect(await (await fetch(`${origin}/couchdb/`)).json()).toMatchObject({ couchdb: 'Welcome' })
    expect(await (await fetch(`${origin}/couchdb`)).json()).toMatchObject({ couchdb: 'Welcome' })
    expect((await fetch(`${origin}/couchdb/restitution-team`)).status).toBe(401)
    expect(await (await fetch(`${origin}/couchdb/restitution-team`, { headers: writer })).json()).toMatchObject({ db_name: 'restitution-team' })
    expect(await (await fetch(`${origin}/cases/abc`)).text()).toBe('the rest of the app')
    const server = await api.server()
    expect(server.url).toBeNull()
    expect(server.users.writer).toEqual({ name: 'lina', password: 'writer-password' })
  })

  it('replicates through the mount with Basic authentication', async () => {
    type Pouch = { put(doc: object): Promise<unknown>; get(id: string): Promise<Record<string, unknown>>; replicate: { to(target: Pouch): Promise<{ docs_written: number }>; from(source: Pouch): Promise<unknown> } }
    const Pouch = nodePouchDB() as unknown as new (name: string, options?: object) => Pouch
    const remote = new Pouch(`${origin}/couchdb/restitution-team`, { auth: { username: 'lina', password: 'writer-password' } })
    const laptop = new Pouch(`mounted-laptop-${Date.now()}`, { adapter: 'memory' })
    const phone = new Pouch(`mounted-phone-${Date.now()}`, { adapter: 'memory' })
    await laptop.put({ _id: 'through-the-mount', v: 1 })
    expect(await laptop.replicate.to(remote)).toMatchObject({ docs_written: 1 })
    await phone.replicate.from(remote)
    expect(await phone.get('through-the-mount')).toMatchObject({ v: 1 })
  })

  it('has no test control unless the end-to-end set-up opens it', async () => {
    expect(await (await fetch(`${origin}/__test/sync/state`)).text()).toBe('the rest of the app')
    expect(await (await fetch(`${origin}/__test/sync/stop`, { method: 'POST' })).text()).toBe('the rest of the app')
    expect(api.running).toBe(true)
  })

  it('stops (503, and the requests in flight are cut off) and starts again with its data', async () => {
    api.enableTestControl()
    await fetch(`${origin}/couchdb/restitution-team/kept`, { method: 'PUT', headers: { ...writer, 'Content-Type': 'application/json' }, body: '{"v":1}' })
    // A changes feed that waits for news, as PouchDB's live replication does.
    const waiting = fetch(`${origin}/couchdb/restitution-team/_changes?feed=longpoll&since=now&timeout=30000`, { headers: writer }).then((response) => response.text())
    await expect.poll(() => api.inFlight).toBe(1)

    expect(await (await fetch(`${origin}/__test/sync/stop`, { method: 'POST' })).json()).toEqual({ running: false, inFlight: 0 })
    await expect(waiting).rejects.toThrow()
    const stopped = await fetch(`${origin}/couchdb/restitution-team`, { headers: writer })
    expect(stopped.status).toBe(503)
    expect(await (await fetch(`${origin}/__test/sync/state`)).json()).toEqual({ running: false, inFlight: 0 })
    // What it stores can be read while it is stopped.
    const documents = (await (await fetch(`${origin}/__test/sync/documents`)).json()) as { _id: string }[]
    expect(documents.map((document) => document._id)).toContain('kept')

    expect(await (await fetch(`${origin}/__test/sync/start`, { method: 'POST' })).json()).toEqual({ running: true, inFlight: 0 })
    expect(await (await fetch(`${origin}/couchdb/restitution-team/kept`, { headers: writer })).json()).toMatchObject({ v: 1 })
  })

  it('mounts nothing when SYNC_SERVER=off', () => {
    process.env.SYNC_SERVER = 'off'
    try {
      expect(mounted(embeddedSyncServer())).toBeNull()
    } finally {
      delete process.env.SYNC_SERVER
    }
  })
})
