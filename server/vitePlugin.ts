// The embedded sync server under the app's own origin (docs/sync.md §8): `npm start` (vite preview),
// `npm run dev` and the end-to-end tests answer the CouchDB API at /couchdb/, in the same process,
// so the app reaches it under `connect-src 'self'`. Mounted unless SYNC_SERVER=off; the server is
// made on the first request to /couchdb/ (or when the tests ask for it), in memory.
//
// The end-to-end tests (tests/e2e/serve.ts) also need to stop it in the middle of replication and
// read what it stores: `api.enableTestControl()` opens /__test/sync/ on that server only.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Connect, Logger, Plugin } from 'vite'
import { connectionLines } from './printout.ts'
import type { SyncServer, SyncServerOptions } from './syncServer.ts'

export const MOUNT = '/couchdb'
export const TEST_CONTROL = '/__test/sync'
export const PLUGIN_NAME = 'embedded-sync-server'

export interface EmbeddedSyncApi {
  /** The server, started on first use. */
  server(): Promise<SyncServer>
  /** Opens /__test/sync/ (stop, start, state, documents). Only the end-to-end set-up calls it. */
  enableTestControl(): void
  /** Stopped: /couchdb/ answers 503 and the requests it was answering are cut off, as when a server dies. */
  stop(): void
  start(): void
  readonly running: boolean
  /** How many requests to /couchdb/ are being answered now (a live replication keeps one waiting). */
  readonly inFlight: number
}

/** Settings from the environment, as `npm run sync-server` reads them (SYNC_WRITER_PASSWORD and the like). */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv): SyncServerOptions {
  const account = (role: string) => {
    const name = env[`SYNC_${role}_NAME`]
    const password = env[`SYNC_${role}_PASSWORD`]
    return { ...(name ? { name } : {}), ...(password ? { password } : {}) }
  }
  return {
    ...(env.SYNC_DATABASE ? { database: env.SYNC_DATABASE } : {}),
    admin: account('ADMIN'),
    writer: account('WRITER'),
    reader: account('READER'),
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json')
  res.setHeader('Cache-Control', 'no-store')
  res.end(`${JSON.stringify(body)}\n`)
}

/** The path under `prefix`, or null when the URL is not under it (`/couchdb`, `/couchdb/…`, `/couchdb?…`). */
export function pathUnder(prefix: string, url: string): string | null {
  if (url === prefix) return '/'
  if (url.startsWith(`${prefix}/`)) return url.slice(prefix.length)
  if (url.startsWith(`${prefix}?`)) return `/${url.slice(prefix.length)}`
  return null
}

export function embeddedSyncServer(options: SyncServerOptions = optionsFromEnvironment(process.env)): Plugin {
  let started: Promise<SyncServer> | null = null
  let running = true
  let testControl = false
  /** The requests /couchdb/ is answering now (long-polled changes feeds among them). */
  const open = new Set<ServerResponse>()

  const api: EmbeddedSyncApi = {
    // Loaded on first use: a build or a unit-test run never loads express-pouchdb.
    server: () => (started ??= import('./syncServer.ts').then(({ startSyncServer }) => startSyncServer({ ...options, listen: false }))),
    enableTestControl: () => {
      testControl = true
    },
    stop: () => {
      running = false
      for (const res of open) res.socket?.destroy()
      open.clear()
    },
    start: () => {
      running = true
    },
    get running() {
      return running
    },
    get inFlight() {
      return open.size
    },
  }

  async function control(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    if (method === 'POST' && path === '/stop') api.stop()
    else if (method === 'POST' && path === '/start') api.start()
    else if (method === 'GET' && path === '/documents') return sendJson(res, 200, await (await api.server()).storedDocuments())
    else if (!(method === 'GET' && path === '/state')) return sendJson(res, 404, { error: 'not_found' })
    sendJson(res, 200, { running, inFlight: open.size })
  }

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = req.url ?? '/'
    const controlPath = testControl ? pathUnder(TEST_CONTROL, url) : null
    if (controlPath !== null) {
      control(controlPath, req, res).catch(next)
      return
    }
    const path = pathUnder(MOUNT, url)
    if (path === null) return next()
    if (!running) return sendJson(res, 503, { error: 'unavailable', reason: 'The sync server is stopped.' })
    open.add(res)
    res.on('close', () => open.delete(res))
    api
      .server()
      .then((server) => {
        // The CouchDB API sees itself at the root, as behind a reverse proxy (docs/deploy.md).
        req.url = path
        ;(req as IncomingMessage & { originalUrl?: string }).originalUrl = path
        server.app(req, res, next)
      })
      .catch(next)
  }

  /**
   * Where a person runs it (`npm start`, `npm run dev`: vite logs at level info), the server starts
   * with vite and says how to connect; a script or a test that runs vite quietly starts it only
   * when /couchdb/ is first asked for (or when it asks, as the end-to-end set-up does).
   */
  function announce(http: Server | null, logLevel: string | undefined, logger: Logger): void {
    if (!http || (logLevel ?? 'info') !== 'info') return
    http.once('listening', () => {
      const address = http.address()
      if (!address || typeof address === 'string') return
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
      api.server().then(
        (server) => logger.info(`\n${[...connectionLines(server, `http://${host}:${address.port}${MOUNT}`), `(SYNC_SERVER=off serves none at ${MOUNT}/.)`].join('\n')}\n`),
        (error: unknown) => logger.error(`The sync server at ${MOUNT}/ did not start: ${String(error)}`),
      )
    })
  }

  return {
    name: PLUGIN_NAME,
    api,
    configureServer(server) {
      // Vitest runs its tests through a dev server: no sync server for those.
      if (process.env.SYNC_SERVER === 'off' || process.env.VITEST) return
      server.middlewares.use(middleware)
      announce(server.httpServer as Server | null, server.config.logLevel, server.config.logger)
    },
    configurePreviewServer(server) {
      if (process.env.SYNC_SERVER === 'off') return
      server.middlewares.use(middleware)
      announce(server.httpServer as Server, server.config.logLevel, server.config.logger)
    },
  }
}

/** The plugin's handle in a resolved config (the end-to-end set-up finds the server it serves). */
export function embeddedSyncApi(plugins: readonly { name: string; api?: unknown }[]): EmbeddedSyncApi | null {
  return (plugins.find((plugin) => plugin.name === PLUGIN_NAME)?.api as EmbeddedSyncApi | undefined) ?? null
}
