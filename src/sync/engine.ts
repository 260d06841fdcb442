// Team sync's engine (docs/sync.md §3): a local PouchDB of ciphertext documents, replicated
// live with the team's CouchDB database, and the bridge that turns the cases stored here into
// those documents and back. One engine runs per browser (the tab holding the Web Lock).
import { unlockWorkspace, createWorkspace, WrongTeamPassphraseError, type WorkspaceKeys, type WorkspaceDoc } from './keys'
import { Bridge, type CaseAccess, type BridgeEvents } from './bridge'
import type { SyncRole, SyncStatus } from './status'
import type { SyncDeviceKey } from './device'
import type { PouchOptions, Replication, PouchDatabase, PouchConstructor } from './pouch'
import { base64, joinUrl, messageOf, statusOf } from './http'
import { heldByServer } from './pushed'

export type { PouchConstructor }

export interface EngineOptions {
  PouchDB: PouchConstructor
  /** The database's URL, absolute (the app resolves `/couchdb/…` against its own origin). */
  databaseUrl: string
  /** The server's root URL, for `_session`. */
  serverUrl: string
  user: string
  password: string
  passphrase: string
  person: string
  deviceName: string
  workspaceId: string
  device: SyncDeviceKey
  cases: CaseAccess
  events: BridgeEvents & { status(status: SyncStatus): void; role(role: SyncRole): void }
  /** TESTS ONLY: a low PBKDF2 iteration count for a workspace this engine creates or opens. */
  insecureTestIterations?: number
  /** Whether the browser says it is online (navigator.onLine). */
  online?: () => boolean
}

/** The longest wait between two tries to reach the server. */
const MAX_BACK_OFF_MS = 60_000
const BATCH_SIZE = 500

export class SyncEngine {
  private local: PouchDatabase | null = null
  private remote: PouchDatabase | null = null
  private replication: Replication | null = null
  private bridge: Bridge | null = null
  private stopped = false
  private lastSyncedAt: number | null = null
  private problem: string | null = null
  private active = false
  private role: SyncRole = 'writer'
  /** Documents written here that the server has not taken yet, by id, with the revision written. */
  private readonly unpushed = new Map<string, string>()
  private statusTimer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly options: EngineOptions) {}

  /**
   * Connects: reads the workspace document (from the server, or the local replica when offline),
   * checks the team passphrase against it before anything is read or merged, then replicates.
   */
  async start(): Promise<void> {
    const { PouchDB, workspaceId, events } = this.options
    events.status({ state: 'starting' })
    this.local = new PouchDB(`restitution-sync-${workspaceId}`, { auto_compaction: false })
    this.remote = new PouchDB(this.options.databaseUrl, {
      skip_setup: true,
      auth: { username: this.options.user, password: this.options.password },
    } as PouchOptions)

    const session = await this.session()
    if (session === 'refused') return
    if (session) {
      this.role = session
      events.role(session)
    }
    const workspace = await this.workspaceDoc(session !== null)
    if (!workspace) return
    let keys: WorkspaceKeys
    try {
      keys = await unlockWorkspace(workspace.doc, this.options.passphrase, this.testOptions())
    } catch (error) {
      if (error instanceof WrongTeamPassphraseError) events.status({ state: 'wrongPassphrase' })
      else events.status({ state: 'unreachable', reason: messageOf(error), waiting: 0 })
      await this.stop()
      return
    }
    if (this.stopped) return
    this.bridge = new Bridge({
      local: this.local,
      keys,
      cases: this.options.cases,
      person: this.options.person,
      deviceName: this.options.deviceName,
      device: this.options.device,
      readOnly: this.role === 'reader',
      firstDevice: workspace.created,
      events: {
        ...events,
        written: (revisions) => {
          for (const [id, rev] of revisions) this.unpushed.set(id, rev)
          this.scheduleStatus()
        },
      },
    })
    await this.bridge.start()
    this.replicate()
    this.scheduleStatus()
  }

  /** A case stored here changed (this tab or another): its changes go out. */
  caseChanged(caseIds: readonly string[]): void {
    this.bridge?.outgoing(caseIds)
  }

  /** False once it stopped (asked to, or on a wrong passphrase, a refused login or no workspace to open). */
  get running(): boolean {
    return !this.stopped
  }

  get bridgeReady(): Bridge | null {
    return this.bridge
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.statusTimer) clearTimeout(this.statusTimer)
    const replication = this.replication
    this.replication = null
    if (replication) {
      // Cancelled, a replication ends its requests in flight before it says 'complete'.
      const ended = new Promise<void>((resolve) => replication.on('complete', () => resolve()))
      replication.cancel()
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 2000))])
    }
    await this.bridge?.stop()
    await this.local?.close().catch(() => undefined)
    await this.remote?.close().catch(() => undefined)
  }

  /** The browser came back online: try at once instead of waiting out the back-off. */
  retryNow(): void {
    if (this.stopped || !this.local) return
    this.replication?.cancel()
    this.replicate()
  }

  private async session(): Promise<SyncRole | 'refused' | null> {
    const { serverUrl, user, password, events } = this.options
    let response: Response
    try {
      response = await fetch(joinUrl(serverUrl, '_session'), {
        headers: { Authorization: `Basic ${base64(`${user}:${password}`)}`, Accept: 'application/json' },
        credentials: 'omit',
      })
    } catch {
      return null // offline: the local replica carries on
    }
    if (response.status === 401 || response.status === 403) {
      events.status({ state: 'refused', reason: String(response.status) })
      await this.stop()
      return 'refused'
    }
    if (!response.ok) return null
    const body = (await response.json().catch(() => null)) as { userCtx?: { name?: string | null; roles?: unknown } } | null
    const roles = Array.isArray(body?.userCtx?.roles) ? (body.userCtx.roles as unknown[]) : []
    if (!body?.userCtx?.name) {
      events.status({ state: 'refused', reason: '401' })
      await this.stop()
      return 'refused'
    }
    return roles.includes('writer') || roles.includes('_admin') ? 'writer' : 'reader'
  }

  /** The workspace document: the server's when it answers, else the local replica's; created by the first writer. */
  private testOptions(): { insecureTestIterations?: true } {
    return this.options.insecureTestIterations ? { insecureTestIterations: true } : {}
  }

  private async workspaceDoc(online: boolean): Promise<{ doc: WorkspaceDoc; created: boolean } | null> {
    const local = this.local!
    const remote = this.remote!
    const { events } = this.options
    if (online) {
      try {
        return { doc: (await remote.get('workspace')) as unknown as WorkspaceDoc, created: false }
      } catch (error) {
        if (statusOf(error) !== 404) {
          events.status({ state: 'unreachable', reason: messageOf(error), waiting: 0 })
          await this.stop()
          return null
        }
      }
      if (this.role === 'reader') {
        events.status({ state: 'unreachable', reason: 'The team has not set up this database yet.', waiting: 0 })
        await this.stop()
        return null
      }
      const iterations = this.options.insecureTestIterations
      const { doc } = await createWorkspace(this.options.passphrase, iterations ? { iterations, insecureTestIterations: true } : {})
      try {
        await remote.put(doc)
        return { doc, created: true }
      } catch (error) {
        // Another device created it first: use theirs (and its passphrase check).
        if (statusOf(error) === 409) return { doc: (await remote.get('workspace')) as unknown as WorkspaceDoc, created: false }
        events.status({ state: 'unreachable', reason: messageOf(error), waiting: 0 })
        await this.stop()
        return null
      }
    }
    try {
      return { doc: (await local.get('workspace')) as unknown as WorkspaceDoc, created: false }
    } catch {
      events.status({ state: 'unreachable', reason: 'offline', waiting: 0 })
      await this.stop()
      return null
    }
  }

  private replicate(): void {
    const local = this.local!
    const remote = this.remote!
    const retry = {
      live: true,
      retry: true,
      // Documents per request; PouchDB's default is 100 (a fresh device's pull: docs/sync.md §9).
      batch_size: BATCH_SIZE,
      // PouchDB doubles the wait; capped at a minute, and reset when the browser is back online.
      back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, MAX_BACK_OFF_MS)),
    }
    const replication =
      this.role === 'reader' ? local.replicate.from(remote, retry) : local.sync(remote, { ...retry, push: retry, pull: retry })
    this.replication = replication
    // The typings name fewer events than PouchDB emits ('change' among them).
    const events = replication as unknown as { on(event: string, listener: (info?: unknown) => void): typeof events }
    events
      .on('change', (info: unknown) => {
        const change = info as { direction?: string; change?: { docs?: { _id: string; _rev: string }[] } }
        if (change.direction === 'push')
          for (const doc of change.change?.docs ?? []) if (this.unpushed.get(doc._id) === doc._rev) this.unpushed.delete(doc._id)
        this.problem = null
        this.active = true
        this.scheduleStatus()
      })
      .on('paused', (error: unknown) => {
        this.active = false
        this.problem = error ? messageOf(error) : null
        if (!error) {
          this.lastSyncedAt = Date.now()
          void this.bridge?.recheck()
          void this.confirmPushed()
        }
        this.scheduleStatus()
      })
      .on('active', () => {
        this.active = true
        this.problem = null
        this.scheduleStatus()
      })
      .on('denied', (error: unknown) => {
        this.problem = messageOf(error)
        this.scheduleStatus()
      })
      .on('error', (error: unknown) => {
        this.active = false
        this.problem = messageOf(error)
        this.scheduleStatus()
      })
  }

  private scheduleStatus(): void {
    if (this.statusTimer || this.stopped) return
    this.statusTimer = setTimeout(() => {
      this.statusTimer = null
      void this.reportStatus()
    }, 100)
  }

  private async reportStatus(): Promise<void> {
    if (this.stopped || !this.local) return
    const waiting = this.role === 'reader' ? 0 : await this.waiting()
    const online = this.options.online?.() ?? true
    const { events } = this.options
    if (!online) events.status({ state: 'offline', waiting })
    else if (this.problem) events.status({ state: 'unreachable', reason: this.problem, waiting })
    else if (this.active || waiting > 0) events.status({ state: 'syncing', waiting })
    else events.status({ state: 'synced', at: this.lastSyncedAt ?? Date.now() })
  }

  /** Replication caught up: documents the server holds though their answer was lost (pushed.ts) no longer wait. */
  private async confirmPushed(): Promise<void> {
    if (this.unpushed.size === 0 || !this.remote || this.role === 'reader') return
    for (const [id, rev] of await heldByServer(this.remote, [...this.unpushed])) if (this.unpushed.get(id) === rev) this.unpushed.delete(id)
    this.scheduleStatus()
  }

  /** Documents written here that the server has not acknowledged yet. */
  private async waiting(): Promise<number> {
    return this.unpushed.size
  }
}

