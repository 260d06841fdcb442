// What the Node-level team sync runs share (tests/server/syncEngine.test.ts, bench/sync.ts): a case
// store in memory with the repository's revision rule, a PouchDB constructor that keeps one device's
// replica apart from the others in the same process, a team database set up as docs/sync.md §8 sets
// up CouchDB, and a seller's offer's first amount (the case format's offers are a union).
import type { CaseFile } from '../../src/domain'
import type { CaseAccess } from '../../src/sync/bridge'
import type { PouchConstructor, PouchOptions } from '../../src/sync/pouch'
import { nodePouchDB, type SyncServer } from '../../server/syncServer'

/** A case store in memory, with the repository's revision rule; `onSave` sees every save the bridge makes. */
export class MemoryCases implements CaseAccess {
  readonly stored = new Map<string, { file: CaseFile; revision: number }>()
  onSave: ((file: CaseFile) => void) | null = null
  /** Reads by the bridge: one per merge of a case received (and one per case sent). */
  reads = 0
  async ids(): Promise<string[]> {
    return [...this.stored.keys()]
  }
  async get(id: string) {
    this.reads++
    const found = this.stored.get(id)
    return found ? { file: structuredClone(found.file), revision: found.revision } : undefined
  }
  async save(file: CaseFile, expectedRevision: number | null): Promise<number> {
    const current = this.stored.get(file.id)
    if ((current?.revision ?? null) !== expectedRevision) throw Object.assign(new Error('conflict'), { name: 'SaveConflictError' })
    const revision = (current?.revision ?? 0) + 1
    const copy = structuredClone(file)
    this.stored.set(file.id, { file: copy, revision })
    this.onSave?.(copy)
    return revision
  }
  async remove(id: string): Promise<void> {
    this.stored.delete(id)
  }
  /** An edit made on this device, as the workspace store saves it. */
  edit(id: string, change: (file: CaseFile) => void): void {
    const found = this.stored.get(id)
    if (!found) throw new Error(`no case ${id}`)
    const file = structuredClone(found.file)
    change(file)
    this.stored.set(id, { file, revision: found.revision + 1 })
  }
}

/**
 * PouchDB for one device of several in this process: its local replica's name gets `prefix`, the
 * server's URL does not (PouchDB's own `prefix` option would be put before the URL too, turning it
 * into a local name).
 */
export function devicePouch(prefix: string): PouchConstructor {
  const Pouch = nodePouchDB() as unknown as PouchConstructor
  return function (dbName: string, dbOptions?: PouchOptions) {
    return new Pouch(dbName.startsWith('http') ? dbName : `${prefix}${dbName}`, dbOptions)
  } as unknown as PouchConstructor
}

export function adminHeaders(server: SyncServer): Record<string, string> {
  const admin = server.users.admin
  return { Authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' }
}

/** A team database of its own, set up as the server's own: members (writer, reader) and the validation design document. */
export async function createTeamDatabase(server: SyncServer, name: string): Promise<void> {
  const headers = adminHeaders(server)
  const put = async (path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/${path}`, { method: 'PUT', headers, ...(body ? { body: JSON.stringify(body) } : {}) })
    if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`)
  }
  await put(name)
  await put(`${name}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: ['writer', 'reader'] } })
  const design = (await (await fetch(`${server.url}/${server.database}/_design/restitution`, { headers })).json()) as { _rev?: string }
  delete design._rev
  await put(`${name}/_design/restitution`, design)
}

/** The first part's amount of a seller's offer (a demand has no parts of this kind). */
export function firstAmount(file: CaseFile | undefined, index: number): string | undefined {
  const offer = file?.offers[index]
  return offer && 'components' in offer ? offer.components[0]?.amount : undefined
}

export function setFirstAmount(file: CaseFile, index: number, amount: string): void {
  const offer = file.offers[index]
  if (!offer || !('components' in offer) || !offer.components[0]) throw new Error(`offer ${index} is not a seller's offer`)
  offer.components[0].amount = amount
}
