// The part of PouchDB's API that team sync uses, typed here: the DefinitelyTyped package declares
// global Node and DOM types that clash with the rest of the project, and sync needs only this.
export interface PutResult {
  ok: true
  id: string
  rev: string
}

export interface BulkFailure {
  error: string | boolean
  status?: number
  id?: string
  reason?: string
}

export interface Change {
  id: string
  seq: number | string
  deleted?: boolean
  doc?: object
}

export interface ChangesFeed {
  on(event: 'change', listener: (change: Change) => void): ChangesFeed
  on(event: 'error', listener: (error: unknown) => void): ChangesFeed
  cancel(): void
}

export interface ChangesResult {
  results: Change[]
  last_seq: number | string
}

/** A running replication (PouchDB emits 'change', 'paused', 'active', 'denied', 'error', 'complete'). */
export interface Replication {
  on(event: string, listener: (info?: unknown) => void): Replication
  cancel(): void
}

export interface ReplicationOptions {
  live?: boolean
  retry?: boolean
  back_off_function?: (delay: number) => number
  push?: ReplicationOptions
  pull?: ReplicationOptions
}

export interface PouchDatabase {
  get(id: string): Promise<{ _id: string; _rev: string } & Record<string, unknown>>
  get(id: string, options: { conflicts: true }): Promise<{ _id: string; _rev: string; _conflicts?: string[] } & Record<string, unknown>>
  get(id: string, options: { open_revs: 'all'; revs?: true }): Promise<{ ok?: { _id: string; _rev: string; _deleted?: boolean; _revisions?: { start: number; ids: string[] } } & Record<string, unknown> }[]>
  get(id: string, options: { rev: string }): Promise<{ _id: string; _rev: string; _deleted?: boolean } & Record<string, unknown>>
  put(doc: { _id: string; _rev?: string } & object): Promise<PutResult>
  bulkDocs(docs: object[]): Promise<(PutResult | BulkFailure)[]>
  /** Of these revisions, the ones the database does not hold (CouchDB's _revs_diff). */
  revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>
  allDocs(options: { include_docs: true }): Promise<{ rows: { id: string; doc?: object }[] }>
  changes(options: { since: number | string; live: true; include_docs?: boolean }): ChangesFeed
  changes(options: { since: number | string; limit?: number; include_docs?: boolean }): Promise<ChangesResult>
  sync(remote: PouchDatabase, options: ReplicationOptions): Replication
  replicate: { from(remote: PouchDatabase, options: ReplicationOptions): Replication }
  close(): Promise<void>
  destroy(): Promise<void>
}

export interface PouchOptions {
  auto_compaction?: boolean
  skip_setup?: boolean
  auth?: { username: string; password: string }
  adapter?: string
}

export type PouchConstructor = new (name: string, options?: PouchOptions) => PouchDatabase
