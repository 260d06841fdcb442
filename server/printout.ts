// How to connect to an embedded sync server, as `npm run sync-server`, `npm start` and `npm run dev` print it.
import type { SyncServer } from './syncServer.ts'

/** The lines that say where the server is, who may connect with which password, and that it keeps nothing. */
export function connectionLines(server: Pick<SyncServer, 'database' | 'users'>, url: string): string[] {
  const { admin, writer, reader } = server.users
  return [
    `Sync server (express-pouchdb, CouchDB-compatible) at ${url}`,
    `  database   ${server.database}`,
    `  writer     ${writer.name}  password ${writer.password}`,
    `  reader     ${reader.name}  password ${reader.password}  (may only read)`,
    `  admin      ${admin.name}  password ${admin.password}`,
    `In the app's sync settings: server ${url}, database ${server.database}, and the writer's or the reader's name and password.`,
    'Data is kept in memory only: it is gone when this process ends. A firm runs Apache CouchDB 3 (docs/sync.md §8).',
  ]
}
