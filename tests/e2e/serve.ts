// Serves the production build (dist/, built by `npm run test:e2e`) on a free loopback port, with the
// embedded sync server at /couchdb/ on the same origin (server/vitePlugin.ts) and its test control
// at /__test/sync/ (tests/e2e/sync.ts: stop, start, the stored documents).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { embeddedSyncApi, MOUNT, TEST_CONTROL } from '../../server/vitePlugin'
import type { SyncUser } from '../../server/syncServer'

let server: PreviewServer | null = null

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../..')
  if (!existsSync(resolve(root, 'dist/index.html'))) throw new Error('No build in dist/: run `npm run build` first (npm run test:e2e does).')
  server = await preview({ root, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.')
  const baseUrl = `http://127.0.0.1:${address.port}`
  project.provide('baseUrl', baseUrl)

  const sync = embeddedSyncApi(server.config.plugins)
  if (!sync) throw new Error('The preview server mounts no sync server at /couchdb/: the end-to-end tests need it (is SYNC_SERVER=off set?).')
  sync.enableTestControl()
  const { database, users } = await sync.server()
  project.provide('sync', { url: `${baseUrl}${MOUNT}`, control: `${baseUrl}${TEST_CONTROL}`, database, ...users })
}

export async function teardown(): Promise<void> {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The embedded sync server, through the app's origin: `${url}/${database}` is the team's database. */
    sync: { url: string; control: string; database: string; admin: SyncUser; writer: SyncUser; reader: SyncUser }
  }
}
