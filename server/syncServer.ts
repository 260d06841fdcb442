// The embedded CouchDB-compatible server for one machine, development and the tests (docs/sync.md §2):
// express-pouchdb 4.2 in its fullCouchDB mode (admins, _users, a database's _security members,
// Basic authentication, validate_doc_update) over an in-memory PouchDB, on Express 4. A firm runs
// Apache CouchDB 3; this server is set up exactly as docs/sync.md §8 sets CouchDB up, over HTTP.
// Data lives in memory: it is gone when the process ends.
import { createRequire } from 'node:module'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { devNull } from 'node:os'
import type { AddressInfo } from 'node:net'

const require = createRequire(import.meta.url)

/** A connect/Express request handler: the app answers, or passes the request on with `next`. */
export type Handler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void

interface ExpressApp extends Handler {
  use(path: string, handler: Handler): void
  get(path: string, handler: (req: IncomingMessage, res: ServerResponse & { json(body: unknown): void }) => void): void
  disable(setting: string): void
}
interface CouchConfig {
  set(section: string, key: string, value: string, callback: (error: unknown) => void): void
}
interface ExpressPouchApp extends Handler {
  couchConfig: CouchConfig
  dbWrapper: { registerWrapper(wrapper: (name: string, db: Record<string, unknown>, next: () => unknown) => unknown): void }
}
export interface PouchDBConstructor {
  plugin(plugin: unknown): PouchDBConstructor
  defaults(options: Record<string, unknown>): PouchDBConstructor
}

const express = require('express') as () => ExpressApp
const expressPouchDB = require('express-pouchdb') as (pouch: PouchDBConstructor, options: Record<string, unknown>) => ExpressPouchApp
const expressPouchVersion = (require('express-pouchdb/package.json') as { version: string }).version

let pouchWithPlugins: PouchDBConstructor | null = null

/**
 * PouchDB for Node with the memory, http, map/reduce and replication plugins. The plugins go once
 * on the one pouchdb-core class (a second time they throw): a test that needs a PouchDB of its own
 * in the same process takes this one (`.defaults(...)`).
 */
export function nodePouchDB(): PouchDBConstructor {
  pouchWithPlugins ??= (require('pouchdb-core') as PouchDBConstructor)
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'))
  return pouchWithPlugins
}

/** A class of its own per server, storing in memory under its own prefix: two servers never share a database. */
function memoryPouchDB(prefix: string): PouchDBConstructor {
  return nodePouchDB().defaults({ adapter: 'memory', prefix })
}

export interface SyncUser {
  name: string
  password: string
}

export interface SyncServerOptions {
  host?: string
  /** 0: a free port. */
  port?: number
  /** false: no port of its own; the server is only reached through `app`, mounted in another server (the vite plugin). */
  listen?: boolean
  database?: string
  admin?: Partial<SyncUser>
  writer?: Partial<SyncUser>
  reader?: Partial<SyncUser>
}

export interface SyncServer {
  /** `http://host:port`, or null when the server does not listen (options.listen false). */
  url: string | null
  database: string
  users: { admin: SyncUser; writer: SyncUser; reader: SyncUser }
  /** The CouchDB API as one request handler, to mount under a path (Express `use`, connect `use`). */
  app: Handler
  /** Every stored document of the database, raw: every leaf revision, deleted ones included (for tests that search for plaintext). */
  storedDocuments(): Promise<unknown[]>
  close(): Promise<void>
}

export const DEFAULT_DATABASE = 'restitution-team'

/**
 * Who may write what (docs/sync.md §8). A history entry (cleartext marker `h: 1`) never changes
 * and is never deleted once stored, by anyone. Otherwise server admins may do anything; everyone
 * else needs the role `writer`. The `workspace` document (salt, iterations, key check) may be created by a writer but
 * changed or deleted only by an admin: changing the passphrase makes a new database with a new
 * `workspace` document (§5.1), so no writer ever needs to rewrite it, and a writer who could would
 * lock the team out of its own data.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (oldDoc && oldDoc.h === 1) throw({ forbidden: 'History entries never change.' });
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (userCtx.roles.indexOf('writer') === -1) throw({ forbidden: 'This account may only read.' });
  if (newDoc._id === 'workspace' && oldDoc && !oldDoc._deleted) throw({ forbidden: 'Only an administrator may change the workspace document.' });
}`

export const DESIGN_DOCUMENT = { _id: '_design/restitution', validate_doc_update: VALIDATE_DOC_UPDATE }

type Method = (this: unknown, ...args: unknown[]) => unknown

/**
 * pouchdb-validation 4.2 (express-pouchdb's validate_doc_update) sets `newDoc._revisions` to the
 * stored document's before it validates, on the very object it then stores. A replicated revision
 * (`new_edits: false`) of a document the server already has thus loses its own revision path and
 * is silently dropped: replication reports it written, and the server keeps the old revision and
 * never sees a conflict. Here a document that arrives with its own `_revisions` keeps them: the
 * validation function sees the new revision's path (as CouchDB's does) and the store gets it.
 */
function keepOwnRevisions(doc: unknown): void {
  if (typeof doc !== 'object' || doc === null || !Object.hasOwn(doc, '_revisions')) return
  const own = (doc as { _revisions: unknown })._revisions
  Object.defineProperty(doc, '_revisions', { get: () => own, set: () => {}, enumerable: true, configurable: true })
}

interface Feed {
  cancel(): void
  emit(event: string, ...args: unknown[]): boolean
  validateChanges?: unknown
}

/**
 * A changes feed of a database with members (pouchdb-security's wrapper) drops every listener when
 * it is cancelled, its `complete` among them; express-pouchdb cancels a long-polled feed when the
 * client goes away and stops the feed's heartbeat timer only on `complete`. So each client that
 * left in the middle of a wait (a closed laptop, a server stopped in the tests) left a timer
 * writing to a dead connection every 6 s, forever. Here a cancelled feed says `complete` first.
 */
function completeWhenCancelled(feed: unknown): unknown {
  const wrapped = feed as Feed | null
  // PouchDB's own feed says `complete` when cancelled; only the wrapper does not.
  if (!wrapped || typeof wrapped.cancel !== 'function' || typeof wrapped.emit !== 'function' || typeof wrapped.validateChanges === 'function') return feed
  const cancel = wrapped.cancel.bind(wrapped)
  wrapped.cancel = () => {
    wrapped.emit('complete', { status: 'cancelled' })
    cancel()
  }
  return feed
}

/**
 * Runs last of express-pouchdb's database wrappers, so it wraps all of them: it sees each document
 * first (keepOwnRevisions), and each changes feed last (completeWhenCancelled).
 */
function repairWrappers(_name: string, db: Record<string, unknown>, next: () => unknown): unknown {
  const bulkDocs = db.bulkDocs as Method
  const put = db.put as Method
  const changes = db.changes as Method
  db.changes = function (this: unknown, ...args: unknown[]) {
    return completeWhenCancelled(changes.apply(this, args))
  }
  db.bulkDocs = function (this: unknown, docs: unknown, ...rest: unknown[]) {
    const list = Array.isArray(docs) ? docs : ((docs as { docs?: unknown[] } | null)?.docs ?? [])
    list.forEach(keepOwnRevisions)
    return bulkDocs.call(this, docs, ...rest)
  }
  db.put = function (this: unknown, doc: unknown, ...rest: unknown[]) {
    keepOwnRevisions(doc)
    return put.call(this, doc, ...rest)
  }
  return next()
}

/**
 * express-pouchdb cancels a long-polled changes feed when it hears the connection's `close`, but
 * it listens only once it has looked for changes: a connection that closed before then would keep
 * its feed waiting. Here a `close` listener added to a connection already closed is called at once.
 */
function closeHeardLate(req: IncomingMessage): void {
  const socket = req.socket
  const connection: unknown = new Proxy(socket, {
    get(target, property) {
      if (property === 'on' || property === 'once' || property === 'addListener') {
        return (event: string | symbol, listener: () => void) => {
          if (event === 'close' && target.destroyed) setImmediate(listener)
          else (target[property] as (event: string | symbol, listener: () => void) => unknown).call(target, event, listener)
          return connection
        }
      }
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as Method).bind(target) : value
    },
  })
  Object.defineProperty(req, 'connection', { value: connection, configurable: true })
}

/** A password of 24 random characters (about 143 bits). */
export function newPassword(): string {
  return randomBytes(18).toString('base64url')
}

function user(given: Partial<SyncUser> | undefined, name: string): SyncUser {
  return { name: given?.name ?? name, password: given?.password ?? newPassword() }
}

/** Listens on host:port and answers with the address (port 0: a free one). */
function listenOn(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })
}

function basic({ name, password }: SyncUser): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
}

/** One request of the set-up, as admin; anything but a 2xx is an error. */
async function call(base: string, admin: SyncUser, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: basic(admin), 'Content-Type': 'application/json', Accept: 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`The sync server's set-up failed: ${method} ${path} answered ${response.status} ${text}`)
  return JSON.parse(text) as unknown
}

/** Creates the database, its users, its members and its design document, as docs/sync.md §8 does for CouchDB 3. */
async function setUp(base: string, database: string, users: SyncServer['users']): Promise<void> {
  const db = `/${encodeURIComponent(database)}`
  await call(base, users.admin, 'PUT', db)
  for (const [account, role] of [[users.writer, 'writer'], [users.reader, 'reader']] as const) {
    await call(base, users.admin, 'PUT', `/_users/${encodeURIComponent(`org.couchdb.user:${account.name}`)}`, {
      name: account.name,
      password: account.password,
      roles: [role],
      type: 'user',
    })
  }
  await call(base, users.admin, 'PUT', `${db}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: ['writer', 'reader'] } })
  await call(base, users.admin, 'PUT', `${db}/_design/restitution`, DESIGN_DOCUMENT)
}

/**
 * Requests only the server admin may make: creating or deleting a database, server-side
 * replication (the app replicates from the browser), and writing to `_users` (accounts are made
 * by the admin; nobody signs up).
 */
export function adminOnly(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '/'
  // DELETE /_session is anyone's log-out, not a database.
  if ((method === 'PUT' || method === 'DELETE') && /^\/[^/]+\/?$/.test(path) && path !== '/_session') return true
  if (/^\/_replicat(e|or)(\/|$)/.test(path)) return true
  return /^\/_users(\/|$)/.test(path) && method !== 'GET' && method !== 'HEAD'
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** Whether the request carries the server admin's name and password (Basic authentication). */
function isAdmin(req: IncomingMessage, admin: SyncUser): boolean {
  const header = req.headers.authorization ?? ''
  if (!header.startsWith('Basic ')) return false
  const decoded = Buffer.from(header.slice(6), 'base64').toString()
  const colon = decoded.indexOf(':')
  return colon !== -1 && same(decoded.slice(0, colon), admin.name) && same(decoded.slice(colon + 1), admin.password)
}

interface ChangeRow {
  id: string
  changes: { rev: string }[]
}

export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const host = options.host ?? '127.0.0.1'
  const database = options.database ?? DEFAULT_DATABASE
  const users = { admin: user(options.admin, 'admin'), writer: user(options.writer, 'writer'), reader: user(options.reader, 'reader') }

  const couch = expressPouchDB(memoryPouchDB(`sync-${randomUUID()}-`), {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    // No log file in the working directory; the fauxton UI is not served (it needs inline scripts, and the app's origin forbids them).
    logPath: devNull,
    overrideMode: { exclude: ['routes/fauxton'] },
  })
  couch.dbWrapper.registerWrapper(repairWrappers)
  // Before the first admin exists every request is an admin ("admin party"): make one before anything listens.
  await new Promise<void>((resolve, reject) => couch.couchConfig.set('admins', users.admin.name, users.admin.password, (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())))

  const app = express()
  app.disable('x-powered-by')
  app.use('/', (req, _res, next) => {
    closeHeardLate(req)
    next?.()
  })
  const uuid = randomUUID().replace(/-/g, '')
  // CouchDB's welcome (clients read `couchdb` and `version`), with what express-pouchdb says of itself.
  app.get('/', (_req, res) => {
    res.json({
      couchdb: 'Welcome',
      version: '3.x-compatible',
      vendor: { name: 'express-pouchdb (embedded, in memory)', version: expressPouchVersion },
      'express-pouchdb': 'Welcome!',
      'express-pouchdb-mode': 'fullCouchDB',
      uuid,
    })
  })
  // What only the server admin may do (as in CouchDB), checked before express-pouchdb sees it:
  // it answers a non-admin's PUT /db by throwing outside any handler, which would end the process.
  app.use('/', (req, res, next) => {
    if (!adminOnly(req.method ?? 'GET', req.url ?? '/') || isAdmin(req, users.admin)) return next?.()
    res.statusCode = 401
    res.setHeader('Content-Type', 'application/json')
    res.end(`${JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' })}\n`)
  })
  app.use('/', couch)

  const listen = options.listen ?? true
  const http = createServer(app)
  const address = await listenOn(http, host, listen ? (options.port ?? 5984) : 0)
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const base = `http://${hostInUrl}:${address.port}`
  try {
    await setUp(base, database, users)
  } catch (error) {
    await closeServer(http)
    throw error
  }
  if (!listen) await closeServer(http)

  async function storedDocuments(): Promise<unknown[]> {
    // Through the server's own API as its admin (the same view a CouchDB operator has): the changes
    // feed names every document and its leaves, deleted or not; open_revs=all reads each leaf.
    const server = listen ? null : createServer(app)
    const root = server ? `http://127.0.0.1:${(await listenOn(server, '127.0.0.1', 0)).port}` : base
    try {
      const db = `/${encodeURIComponent(database)}`
      const changes = (await call(root, users.admin, 'GET', `${db}/_changes?style=all_docs`)) as { results: ChangeRow[] }
      const documents: unknown[] = []
      for (const row of changes.results) {
        const leaves = (await call(root, users.admin, 'GET', `${db}/${encodeURIComponent(row.id)}?open_revs=all&revs=true`)) as { ok?: unknown }[]
        for (const leaf of leaves) if (leaf.ok) documents.push(leaf.ok)
      }
      return documents
    } finally {
      if (server) await closeServer(server)
    }
  }

  return {
    url: listen ? base : null,
    database,
    users,
    app,
    storedDocuments,
    close: () => (listen ? closeServer(http) : Promise.resolve()),
  }
}
