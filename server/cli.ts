// `npm run sync-server`: the embedded sync server on 127.0.0.1 (port 5984 unless PORT says
// otherwise), with a database, a writer and a reader ready, and how to connect printed.
// Passwords come from SYNC_ADMIN_PASSWORD, SYNC_WRITER_PASSWORD and SYNC_READER_PASSWORD (names
// from SYNC_*_NAME, the database from SYNC_DATABASE), or are made up at each start.
import { startSyncServer, type SyncServer } from './syncServer.ts'
import { MOUNT, optionsFromEnvironment } from './vitePlugin.ts'
import { connectionLines } from './printout.ts'

/** The port from PORT: 5984 when unset, else a whole number from 0 (any free port) to 65535. */
export function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 5984
  if (!/^\d+$/.test(value.trim())) throw new Error(`PORT must be a port number, not "${value}".`)
  const port = Number.parseInt(value, 10)
  if (port > 65535) throw new Error(`PORT must be at most 65535, not ${port}.`)
  return port
}

/** What `npm run sync-server` prints: where the server is, who may connect, and that it keeps nothing. */
export function connectionText(server: SyncServer): string {
  return [
    ...connectionLines(server, server.url ?? ''),
    `Through the app's own origin, npm start (port 4173) and npm run dev (port 5173) serve an embedded server of their own at ${MOUNT}/:`,
    'its own data, and these accounts when started with the same SYNC_* variables.',
    'Ctrl-C stops it.',
  ].join('\n')
}

async function main(): Promise<void> {
  const server = await startSyncServer({ ...optionsFromEnvironment(process.env), host: '127.0.0.1', port: portFrom(process.env.PORT) })
  console.log(connectionText(server))
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
