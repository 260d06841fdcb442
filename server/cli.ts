// `npm run sync-server`: the embedded sync server on 127.0.0.1 (port 5984 unless PORT says
// otherwise), with a database, a writer and a reader ready, and how to connect printed.
// Passwords come from SYNC_ADMIN_PASSWORD, SYNC_WRITER_PASSWORD and SYNC_READER_PASSWORD (names
// from SYNC_*_NAME, the database from SYNC_DATABASE), or are made up at each start.
import { startSyncServer, type SyncServer } from './syncServer.ts'
import { MOUNT, optionsFromEnvironment } from './vitePlugin.ts'

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
  const { admin, writer, reader } = server.users
  return [
    `Sync server (express-pouchdb, CouchDB-compatible) at ${server.url}`,
    `  database   ${server.database}`,
    `  writer     ${writer.name}  password ${writer.password}`,
    `  reader     ${reader.name}  password ${reader.password}  (may only read)`,
    `  admin      ${admin.name}  password ${admin.password}`,
    '',
    `In the app's sync settings: server ${server.url}, database ${server.database}, and the writer's or the reader's name and password.`,
    `Through the app's own origin: npm start (and npm run dev) serve an embedded server of their own at http://127.0.0.1:4173${MOUNT}/`,
    `(port 5173 for npm run dev): its own data, and these accounts when started with the same SYNC_* variables.`,
    '',
    'Data is kept in memory only: it is gone when this process ends. A firm runs Apache CouchDB 3 (docs/sync.md §8).',
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
