// Team sync for this browser (issue 23, docs/sync.md): its settings, its state, the conflicts it
// found and the history it holds. Without settings nothing here runs and no server is contacted;
// with them, sync starts once the user gives the server password and the team passphrase (kept in
// memory only), in one tab at a time (a Web Lock), the others showing what it stores.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CaseFile } from '@/domain'
// Deep, not '@/domain': this store is on the home page, which does not load the engine.
import { markNewIds } from '@/domain/caseFile/ids'
import { clearSyncSettings, readSyncSettings, writeSyncSettings, type SyncSettings } from '@/persistence/syncSettings'
import type { SyncEngine } from '@/sync/engine'
import type { DeviceRequest, SyncConflict } from '@/sync/bridge'
import type { HistoryCheck } from '@/domain/history/historyTypes'
import type { SyncRefusal, SyncRole, SyncStatus } from '@/sync/status'
import { loadRepository } from './loadRepository'
import { useTabsStore } from './tabs'
import { useCaseListStore } from './caseList'
import type { PouchConstructor } from '@/sync/pouch'

export type { SyncSettings, SyncConflict, SyncRefusal, SyncRole, SyncStatus, DeviceRequest }

const LOCK_NAME = 'restitution-tracker.sync'

export interface Unlock {
  password: string
  passphrase: string
}

export const useSyncStore = defineStore('sync', () => {
  const settings = shallowRef<SyncSettings | null>(readSyncSettings())
  // Records added on this device carry its mark while sync is set up, even before it is unlocked:
  // an edit made offline must not take an id another device takes too (the mark is the start of
  // this device's own random workspace id).
  markNewIds(settings.value?.workspaceId.slice(0, 4) ?? '')
  const status = shallowRef<SyncStatus>({ state: 'locked' })
  const role = ref<SyncRole>('writer')
  const conflicts = shallowRef<SyncConflict[]>([])
  const refusals = shallowRef<SyncRefusal[]>([])
  /** Bumped when a case's history grew, so an open history panel reads it again. */
  const historyVersion = ref(0)
  /** Bumped when a device registered or asked to join. */
  const devicesVersion = ref(0)
  const engine = shallowRef<SyncEngine | null>(null)
  const readOnly = computed(() => engine.value !== null && role.value === 'reader')
  const enabled = computed(() => settings.value !== null)

  const tabs = useTabsStore()
  let stopListening: (() => void) | null = null
  let releaseLock: (() => void) | null = null

  function save(next: SyncSettings): void {
    writeSyncSettings(next)
    settings.value = next
    markNewIds(next.workspaceId.slice(0, 4))
  }

  async function forget(): Promise<void> {
    await stop()
    clearSyncSettings()
    settings.value = null
    markNewIds('')
    status.value = { state: 'locked' }
  }

  /** Starts sync with the password and the passphrase (never stored). */
  async function unlock(secret: Unlock): Promise<void> {
    const current = settings.value
    if (!current) return
    await stop()
    const lock = await takeLock()
    if (!lock) {
      status.value = { state: 'otherTab' }
      return
    }
    releaseLock = lock
    const [{ SyncEngine }, { default: PouchDB }, { deviceKeyFor }, { fingerprintOf }, repository] = await Promise.all([
      import('@/sync/engine'),
      import('pouchdb-browser') as Promise<{ default: unknown }>,
      import('@/persistence/deviceKeys'),
      import('@/sync/history'),
      loadRepository(),
    ])
    const keys = await deviceKeyFor(current.workspaceId)
    const device = { keys, fingerprint: await fingerprintOf(keys.publicKey) }
    const serverUrl = new URL(current.server, window.location.origin).href.replace(/\/+$/, '')
    const next = new SyncEngine({
      PouchDB: PouchDB as unknown as PouchConstructor,
      serverUrl,
      databaseUrl: `${serverUrl}/${encodeURIComponent(current.database)}`,
      user: current.user,
      password: secret.password,
      passphrase: secret.passphrase,
      person: current.person,
      deviceName: current.deviceName,
      workspaceId: current.workspaceId,
      device,
      online: () => navigator.onLine,
      cases: {
        ids: async () => (await repository.listings()).map((row) => row.id),
        get: async (id) => {
          const record = await repository.get(id)
          return record ? { file: record.file, revision: record.revision } : undefined
        },
        save: async (file: CaseFile, expectedRevision) => (await repository.save(file, { expectedRevision })).revision,
        remove: async (id) => {
          await repository.remove(id)
        },
      },
      events: {
        status: (next) => (status.value = next),
        role: (next) => (role.value = next),
        conflicts: (next) => (conflicts.value = next),
        refused: (refusal) => (refusals.value = [...refusals.value.slice(-19), refusal]),
        history: () => historyVersion.value++,
        devices: () => devicesVersion.value++,
        applied: (caseIds) => applied(caseIds),
      },
    })
    engine.value = next
    stopListening = tabs.listen(
      (message) => {
        if (message.kind !== 'deleted' || message.caseIds.length > 0) next.caseChanged(message.caseIds)
      },
      { own: true },
    )
    window.addEventListener('online', retryNow)
    window.addEventListener('offline', retryNow)
    try {
      await next.start()
    } catch (error) {
      await stop()
      throw error
    }
    // It stopped itself (a wrong passphrase, a refused login, no server and no copy here): this tab
    // runs nothing and holds no lock, and the status says why.
    if (!next.running) {
      const why = status.value
      await stop()
      status.value = why
    }
  }

  function retryNow(): void {
    engine.value?.retryNow()
  }

  /** Cases sync changed here: the other tabs and this tab's open screens show them. */
  function applied(caseIds: string[]): void {
    tabs.announce({ kind: 'saved', caseIds })
    // The open case's store is loaded with the case page: not imported here, so the home page stays light.
    void import('./workspace').then(({ useWorkspaceStore }) => {
      const workspace = useWorkspaceStore()
      if (workspace.file && caseIds.includes(workspace.file.id)) void workspace.reloadFromStorage({ onlyIfUnchanged: true })
    })
    void useCaseListStore().load()
  }

  async function resolve(conflict: SyncConflict, index: number): Promise<void> {
    await engine.value?.bridgeReady?.resolve(conflict, index)
  }

  /** Devices waiting to be registered by a member (read again when devicesVersion moves). */
  function pendingDevices(): DeviceRequest[] {
    void devicesVersion.value
    return engine.value?.bridgeReady?.pendingDevices() ?? []
  }

  function registered(): boolean {
    void devicesVersion.value
    return engine.value?.bridgeReady?.registered() ?? false
  }

  async function register(request: DeviceRequest): Promise<void> {
    await engine.value?.bridgeReady?.register(request)
  }

  /** A case's history and the devices that signed it, as this device holds them. */
  function historyOf(caseId: string) {
    void historyVersion.value
    void devicesVersion.value
    const bridge = engine.value?.bridgeReady
    return { entries: bridge?.historyOf(caseId) ?? [], devices: bridge?.deviceList() ?? [] }
  }

  function deviceList() {
    void devicesVersion.value
    return engine.value?.bridgeReady?.deviceList() ?? []
  }

  function ownFingerprint(): string | null {
    return engine.value?.bridgeReady?.fingerprint ?? null
  }

  function revocations() {
    void devicesVersion.value
    return engine.value?.bridgeReady?.revocationList() ?? []
  }

  async function checkHistory(caseId: string): Promise<HistoryCheck | null> {
    return (await engine.value?.bridgeReady?.checkHistory(caseId)) ?? null
  }

  async function stop(): Promise<void> {
    stopListening?.()
    stopListening = null
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', retryNow)
      window.removeEventListener('offline', retryNow)
    }
    const running = engine.value
    engine.value = null
    await running?.stop()
    releaseLock?.()
    releaseLock = null
    conflicts.value = []
    if (settings.value) status.value = { state: 'locked' }
  }

  return {
    settings,
    status,
    role,
    conflicts,
    refusals,
    historyVersion,
    devicesVersion,
    engine,
    readOnly,
    enabled,
    save,
    forget,
    unlock,
    resolve,
    stop,
    pendingDevices,
    registered,
    register,
    historyOf,
    checkHistory,
    revocations,
    deviceList,
    ownFingerprint,
  }
})

/** One engine per browser: the tab that holds the lock runs it until it closes. */
function takeLock(): Promise<(() => void) | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return Promise.resolve(() => undefined)
  return new Promise((resolve) => {
    void locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(null)
        return
      }
      return new Promise<void>((release) => resolve(release))
    })
  })
}
