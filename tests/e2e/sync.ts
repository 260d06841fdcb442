// The embedded sync server of the end-to-end run (tests/e2e/serve.ts), for tests in any worker:
// where it is, who may connect, and the faults a test makes (the control lives at /__test/sync/
// and exists only on the end-to-end preview server).
//
// A test that stops the server starts it again, in a `finally` or an `afterEach`: one server
// serves the whole run, and what it stores stays from one test to the next.
import { inject } from 'vitest'

export function syncServer() {
  return inject('sync')
}

/** The `Authorization` header of a user (the writer, the reader or the admin). */
export function basicAuth(user: { name: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`
}

export interface SyncServerState {
  running: boolean
  /** Requests being answered now: a live replication keeps one waiting on the changes feed. */
  inFlight: number
}

async function control(method: 'GET' | 'POST', path: string): Promise<unknown> {
  const response = await fetch(`${syncServer().control}${path}`, { method })
  if (!response.ok) throw new Error(`The sync server's test control answered ${response.status} to ${method} ${path}.`)
  return response.json()
}

/**
 * Stops the server as if it died: from now on /couchdb/ answers 503, and the requests it was
 * answering (a replication's changes feed, a write) are cut off. What it stores is kept.
 */
export async function stopSyncServer(): Promise<SyncServerState> {
  return (await control('POST', '/stop')) as SyncServerState
}

/** Starts it again, with everything it stored. */
export async function restartSyncServer(): Promise<SyncServerState> {
  return (await control('POST', '/start')) as SyncServerState
}

export async function syncServerState(): Promise<SyncServerState> {
  return (await control('GET', '/state')) as SyncServerState
}

/**
 * Every document the server stores, raw, as its operator could read it: each leaf revision of
 * each document of the team's database, deleted and conflicting ones included (search them for
 * plaintext). Answers while the server is stopped too.
 */
export async function storedDocuments(): Promise<Record<string, unknown>[]> {
  return (await control('GET', '/documents')) as Record<string, unknown>[]
}
