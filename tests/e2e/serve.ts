// Serves the production build (dist/, built by `npm run test:e2e`) on a free loopback port.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | null = null

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../..')
  if (!existsSync(resolve(root, 'dist/index.html'))) throw new Error('No build in dist/: run `npm run build` first (npm run test:e2e does).')
  server = await preview({ root, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`)
}

export async function teardown(): Promise<void> {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
