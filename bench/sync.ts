// npm run bench:sync: team sync's speed and scale (issue 23, item 6), in Node, in one run.
//
//   - the embedded CouchDB-compatible server on a free port, a database of its own for the run;
//   - device A holds N generated cases of M offers (default 200 × 100) and sends them all up
//     ("first upload": from A's start until A reports synced with nothing waiting);
//   - a fresh device B connects ("fresh device": from B's start, its PBKDF2 unlock included, until
//     B's case store holds every case, each equal to A's);
//   - the baseline: the same cases as one backup text, planned and restored into a fresh
//     CaseRepository over fake-indexeddb ("import from backup");
//   - K edits (default 50): A changes one offer's amount in one case and says so (caseChanged);
//     the time until B's case store holds the new amount.
//
// Both devices run as in tests/server/syncEngine.test.ts: one process, each with its own
// PouchDB replica (memory adapter) and an in-memory case store, over HTTP on loopback. The server
// runs in a process of its own, as it does when deployed (`npm run sync-server`, CouchDB, or the
// app's own server: never in a browser's thread); `--in-process` runs it in the devices' process
// instead, sharing their one thread (the harness of the first measurements). The workspace key
// uses the real PBKDF2 iteration count. Targets are printed as met or missed; the exit code is 0
// unless a phase fails outright.
//
//   npm run bench:sync -- --cases 20 --offers 10 --edits 10 [--in-process]
import 'fake-indexeddb/auto'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer, type AddressInfo } from 'node:net'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseCaseFile, type CaseFile } from '../src/domain'
import { SyncEngine } from '../src/sync/engine'
import type { SyncStatus } from '../src/sync/status'
import { sameValue } from '../src/sync/equal'
import { fingerprintOf, generateDeviceKeys } from '../src/sync/history'
import { MIN_WORKSPACE_ITERATIONS } from '../src/sync/keys'
import { CaseRepository, openCaseDatabase } from '../src/persistence'
import { serializeBackup } from '../src/persistence/backup'
import { DEFAULT_DATABASE, startSyncServer, type SyncServer } from '../server/syncServer'
import { adminHeaders, createTeamDatabase, devicePouch, firstAmount, MemoryCases } from '../tests/support/syncDevices'
import { generateCase } from '../tests/support/generateCase'

const TARGET_FRESH_S = 30
const TARGET_EDIT_P95_MS = 2000
const PASSPHRASE = 'benchmark passphrase: correct horse battery staple'
const PHASE_TIMEOUT_MS = 20 * 60_000
const EDIT_TIMEOUT_MS = 60_000

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  if (index < 0) return fallback
  const value = Number.parseInt(process.argv[index + 1] ?? '', 10)
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number of at least 1`)
    process.exit(1)
  }
  return value
}

const IN_PROCESS = process.argv.includes('--in-process')
const CASES = option('cases', 200)
const OFFERS = option('offers', 100)
const EDITS = option('edits', 50)

interface Device {
  cases: MemoryCases
  engine: SyncEngine
  status: SyncStatus[]
  /** Resolves with the first status after now that `check` accepts. */
  nextStatus(check: (status: SyncStatus) => boolean): Promise<SyncStatus>
}

async function device(server: SyncServer, workspace: string, name: string, cases: MemoryCases): Promise<Device> {
  const keys = await generateDeviceKeys()
  const fingerprint = await fingerprintOf(keys.publicKey)
  // Each device's replica apart from the other's in this one process.
  const PouchDB = devicePouch(`${workspace}-${name}-`)
  const waiting: { check: (status: SyncStatus) => boolean; resolve: (status: SyncStatus) => void }[] = []
  const made: Device = {
    cases,
    status: [],
    engine: null as unknown as SyncEngine,
    nextStatus: (check) => new Promise((resolve) => waiting.push({ check, resolve })),
  }
  made.engine = new SyncEngine({
    PouchDB,
    serverUrl: server.url!,
    databaseUrl: `${server.url}/${workspace}`,
    user: server.users.writer.name,
    password: server.users.writer.password,
    passphrase: PASSPHRASE,
    person: name,
    deviceName: `${name}'s device`,
    workspaceId: workspace,
    device: { keys, fingerprint },
    cases,
    events: {
      status: (status) => {
        made.status.push(status)
        for (const one of [...waiting])
          if (one.check(status)) {
            waiting.splice(waiting.indexOf(one), 1)
            one.resolve(status)
          }
      },
      role: () => undefined,
      conflicts: () => undefined,
      refused: (refusal) => console.warn(`  ${name}: refused ${refusal.reason} ${refusal.docId}`),
      applied: () => undefined,
      history: () => undefined,
      devices: () => undefined,
    },
  })
  return made
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** The index of the first seller's offer (its first part's amount is what the edits change). */
function editableOffer(file: CaseFile): number {
  const index = file.offers.findIndex((offer) => 'components' in offer && offer.components.length > 0)
  if (index < 0) throw new Error(`case ${file.id} has no seller's offer`)
  return index
}

function percentile(sorted: number[], p: number): number {
  // Nearest rank: the smallest value with at least p of the values at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const verdict = (met: boolean) => (met ? 'met' : 'MISSED')

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** `npm run sync-server` in a child process, on a free port, with accounts made up for the run. */
async function serverInItsOwnProcess(): Promise<SyncServer> {
  const port = await freePort()
  const account = (name: string) => ({ name, password: randomBytes(12).toString('hex') })
  const users = { admin: account('bench-admin'), writer: account('bench-writer'), reader: account('bench-reader') }
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      SYNC_ADMIN_NAME: users.admin.name,
      SYNC_ADMIN_PASSWORD: users.admin.password,
      SYNC_WRITER_NAME: users.writer.name,
      SYNC_WRITER_PASSWORD: users.writer.password,
      SYNC_READER_NAME: users.reader.name,
      SYNC_READER_PASSWORD: users.reader.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // A benchmark that fails leaves no server behind.
  process.once('exit', () => child.kill('SIGTERM'))
  const url = `http://127.0.0.1:${port}`
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the sync server exited with code ${child.exitCode}`)
    if (await fetch(`${url}/`).then((response) => response.ok, () => false)) break
    if (waited > 60_000) throw new Error('the sync server did not answer within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const close = async () => {
    child.kill('SIGTERM')
    await exited
  }
  return { url, database: DEFAULT_DATABASE, users, app: (() => undefined) as unknown as SyncServer['app'], storedDocuments: () => Promise.reject(new Error('not in this process')), close }
}

async function importFromBackup(files: CaseFile[]): Promise<number> {
  const text = serializeBackup(files, new Date())
  const repository = new CaseRepository(await openCaseDatabase(`bench-sync-${Date.now()}`))
  const started = performance.now()
  const plan = await repository.planRestore(text)
  await repository.applyRestore(plan)
  const elapsed = performance.now() - started
  const stored = await repository.list()
  const byId = new Map(stored.map((item) => [item.file.id, item.file]))
  if (stored.length !== files.length || !files.every((file) => sameValue(byId.get(file.id), file)))
    throw new Error(`the restore stored ${stored.length} cases, not the ${files.length} of the backup as they were`)
  console.log(`  backup text ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB`)
  return elapsed
}

async function main(): Promise<void> {
  console.log(`Team sync benchmark: ${CASES} cases of ${OFFERS} offers, ${EDITS} edits`)
  console.log(`  node ${process.version}, ${cpus().length} cores, load ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
  console.log(`  workspace key: PBKDF2 with the real ${MIN_WORKSPACE_ITERATIONS.toLocaleString('en-US')} iterations (no test shortcut), included in both devices' start`)

  const files: CaseFile[] = []
  for (let i = 0; i < CASES; i++) {
    const input = generateCase({ offers: OFFERS, seed: 1000 + i })
    files.push(parseCaseFile({ ...input, id: `sync-bench-${String(i).padStart(4, '0')}`, title: `${input.title} #${i + 1}` }))
  }

  // The baseline first, before either device has started.
  console.log('Import from backup (fresh repository over fake-indexeddb):')
  const importMs = await importFromBackup(files)
  console.log(`  ${seconds(importMs)}`)

  const server = IN_PROCESS ? await startSyncServer({ port: 0 }) : await serverInItsOwnProcess()
  console.log(IN_PROCESS ? 'Server: in the devices’ process (--in-process)' : 'Server: npm run sync-server in a process of its own, as deployed')
  const workspace = `bench-sync-${Date.now()}`
  await createTeamDatabase(server, workspace)

  // Device A: every case stored, then started; done when synced with nothing waiting.
  console.log('First upload (device A):')
  const aCases = new MemoryCases()
  for (const file of files) aCases.stored.set(file.id, { file: structuredClone(file), revision: 1 })
  const a = await device(server, workspace, 'A', aCases)
  let started = performance.now()
  await a.engine.start()
  await a.engine.bridgeReady!.idle()
  await withTimeout(a.nextStatus((status) => status.state === 'synced'), PHASE_TIMEOUT_MS, 'first upload')
  const uploadMs = performance.now() - started
  const info = (await (await fetch(`${server.url}/${workspace}`, { headers: adminHeaders(server) })).json()) as { doc_count: number }
  console.log(`  ${seconds(uploadMs)} (${info.doc_count.toLocaleString('en-US')} documents on the server)`)

  // Device B, fresh: done when its store holds every case, each equal to A's.
  console.log('Fresh device (device B):')
  const bCases = new MemoryCases()
  const expected = new Map(files.map((file) => [file.id, file]))
  const equal = new Set<string>()
  let saves = 0
  let allThere: () => void = () => undefined
  const arrived = new Promise<void>((resolve) => (allThere = resolve))
  bCases.onSave = (file) => {
    saves++
    if (sameValue(file, expected.get(file.id))) equal.add(file.id)
    else equal.delete(file.id)
    if (equal.size === expected.size) allThere()
  }
  const b = await device(server, workspace, 'B', bCases)
  started = performance.now()
  await b.engine.start()
  const unlockedMs = performance.now() - started
  await withTimeout(arrived, PHASE_TIMEOUT_MS, 'fresh device')
  const freshMs = performance.now() - started
  bCases.onSave = null
  console.log(`  ${seconds(freshMs)} (start and unlock ${seconds(unlockedMs)}; ${bCases.reads} merges and ${saves} saves for ${CASES} cases)`)
  await b.engine.bridgeReady!.idle()
  await a.engine.bridgeReady!.idle()

  // Edits: one at a time, A's change until B's store shows it.
  console.log(`Edit latency (${EDITS} edits, A → B):`)
  const latencies: number[] = []
  for (let k = 0; k < EDITS; k++) {
    const id = files[k % files.length]!.id
    const index = editableOffer(aCases.stored.get(id)!.file)
    const amount = `${900000 + k}.25`
    const shown = new Promise<void>((resolve) => {
      bCases.onSave = (file) => {
        if (file.id === id && firstAmount(file, index) === amount) resolve()
      }
    })
    aCases.edit(id, (file) => {
      const offer = file.offers[index]
      if (offer && 'components' in offer) offer.components[0]!.amount = amount
    })
    const editStarted = performance.now()
    a.engine.caseChanged([id])
    await withTimeout(shown, EDIT_TIMEOUT_MS, `edit ${k + 1}`)
    latencies.push(performance.now() - editStarted)
    bCases.onSave = null
  }
  const sorted = [...latencies].sort((x, y) => x - y)
  const median = percentile(sorted, 0.5)
  const p95 = percentile(sorted, 0.95)
  console.log(`  median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`)

  const ratio = freshMs / importMs
  console.log('')
  console.log('Targets (issue 23, item 6):')
  console.log(`  fresh device < ${TARGET_FRESH_S} s: ${seconds(freshMs)}: ${verdict(freshMs < TARGET_FRESH_S * 1000)}`)
  console.log(`  edit p95 < ${TARGET_EDIT_P95_MS} ms: ${p95.toFixed(0)} ms (median ${median.toFixed(0)} ms): ${verdict(p95 < TARGET_EDIT_P95_MS)}`)
  console.log(`  fresh device ÷ import from backup: ${seconds(freshMs)} ÷ ${seconds(importMs)} = ${ratio.toFixed(1)}× (informational)`)
  console.log(`  first upload: ${seconds(uploadMs)} (informational)`)
  console.log(`  load after the run: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)

  await b.engine.stop()
  await a.engine.stop()
  // A cancelled replication may still have a request on the wire: the server waits for it.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await server.close()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
