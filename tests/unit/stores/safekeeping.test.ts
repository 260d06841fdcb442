// Issue 13 in the stores: a tab whose saved change another tab replaced is told and can put it
// back; protected files open only with their passphrase and store nothing before; the browser is
// asked to keep the data at the first create, import or restore.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, type Pinia } from 'pinia'
import type { Cost } from '@/domain'
import { CaseRepository, StorageFullError, encryptText, serializeBackup, type CaseDatabase, type CaseRecord } from '@/persistence'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { useCaseListStore } from '@/stores/caseList'
import { useStorageStore } from '@/stores/storage'
import { useTabsStore, type CaseMessage } from '@/stores/tabs'
import { waitFor } from '../../support/waitFor'
import { exampleText, freshStores } from './helpers'

const HARBOR_ID = 'harbor-tools-2024'
const PASSPHRASE = 'a long passphrase for the client'
const cost = (id: string, description: string): Cost => ({ id, date: '2024-06-01', description, amount: '120.50', currency: 'USD' })
const eventually = (check: () => void) => waitFor(check, { timeout: 3000 })

let repository: CaseRepository
let database: Promise<CaseDatabase>
const pinias: Pinia[] = []

class FullRepository extends CaseRepository {
  override save(): Promise<CaseRecord> {
    return Promise.reject(new StorageFullError())
  }
}

function openTab() {
  const pinia = createPinia()
  pinias.push(pinia)
  const heard: CaseMessage[] = []
  useTabsStore(pinia).listen((message) => heard.push(message))
  return { workspace: useWorkspaceStore(pinia), caseList: useCaseListStore(pinia), storage: useStorageStore(pinia), heard }
}

beforeEach(async () => {
  ;({ repository, db: database } = freshStores())
  await repository.importText(exampleText('harbor-tools'))
})

afterEach(() => {
  for (const pinia of pinias.splice(0)) {
    useWorkspaceStore(pinia).$reset()
    useCaseListStore(pinia).$reset()
    useTabsStore(pinia).$reset()
    useStorageStore(pinia).$reset()
  }
  setRepository(null)
  vi.unstubAllGlobals()
})

describe('conflicts told to both sides', () => {
  /** A saves a cost; B, whose edit could not be saved meanwhile, keeps its version over A's. */
  async function bKeepsItsVersion() {
    const a = openTab()
    const b = openTab()
    await a.workspace.open(HARBOR_ID)
    await b.workspace.open(HARBOR_ID)
    // B's edit stays unsaved while A saves: its storage is full for a moment.
    setRepository(new FullRepository(database))
    b.workspace.add('costs', cost('k3', 'Courier (tab B)'))
    await b.workspace.flush()
    setRepository(repository)
    a.workspace.add('costs', cost('k4', 'Translation (tab A)'))
    await a.workspace.flush()
    expect(a.workspace.saveState).toBe('saved')
    await b.workspace.retrySave()
    expect(b.workspace.saveState).toBe('conflict')
    await b.workspace.keepMine()
    return { a, b }
  }

  it('the tab whose saved change was replaced says so, and offers it back', async () => {
    const { a, b } = await bKeepsItsVersion()
    expect(b.workspace.saveState).toBe('saved')
    expect(b.workspace.keptMine).toBe(true)
    // Before issue 13, A quietly reloaded B's version and its translation cost vanished with no word.
    await eventually(() => expect(a.workspace.replacedMine).not.toBeNull())
    expect(a.heard.at(-1)).toEqual({ kind: 'saved', caseIds: [HARBOR_ID], revision: 3, replaced: 2 })
    await eventually(() => expect(a.workspace.file?.costs.map((c) => c.description)).toContain('Courier (tab B)'))
    expect(a.workspace.file?.costs.map((c) => c.description)).not.toContain('Translation (tab A)')
    expect(a.workspace.replacedMine?.file.costs.map((c) => c.description)).toContain('Translation (tab A)')

    // A puts its version back: an ordinary, undoable edit, saved, and B is told in turn.
    expect(a.workspace.restoreMine()).toBeNull()
    expect(a.workspace.replacedMine).toBeNull()
    expect(a.workspace.lastChange?.label).toBe('restoreMine')
    await a.workspace.flush()
    expect(a.workspace.saveState).toBe('saved')
    expect((await repository.get(HARBOR_ID))?.file.costs.map((c) => c.description)).toContain('Translation (tab A)')
    await eventually(() => expect(b.workspace.replacedMine).not.toBeNull())
    expect(b.workspace.replacedMine?.file.costs.map((c) => c.description)).toContain('Courier (tab B)')
  })

  it('a tab that only looked at the case is not told its change was replaced', async () => {
    const viewer = openTab()
    await viewer.workspace.open(HARBOR_ID)
    await bKeepsItsVersion()
    await eventually(() => expect(viewer.workspace.file?.costs.map((c) => c.description)).toContain('Courier (tab B)'))
    expect(viewer.workspace.replacedMine).toBeNull()
  })
})

describe('protected files', () => {
  it('an encrypted case file waits for its passphrase; a wrong one stores nothing; the right one imports it', async () => {
    const tab = openTab()
    const text = await encryptText(exampleText('kowloon-vanished'), PASSPHRASE, 'restitution-case')
    const outcome = await tab.caseList.importText(text)
    expect(outcome.kind).toBe('locked')
    if (outcome.kind !== 'locked') return
    const wrong = await tab.caseList.unlock(outcome.envelope, 'not the passphrase at all')
    expect('issues' in wrong && wrong.issues.map((issue) => issue.code)).toEqual(['encrypted.wrongPassphrase'])
    expect((await repository.list()).map((item) => item.id)).toEqual([HARBOR_ID])
    const right = await tab.caseList.unlock(outcome.envelope, PASSPHRASE)
    if (!('text' in right)) throw new Error('not opened')
    expect((await tab.caseList.importText(right.text)).kind).toBe('imported')
    expect(await repository.list()).toHaveLength(2)
  })

  it('a tampered case file is refused with the same message, and nothing is stored', async () => {
    const tab = openTab()
    const sealed = JSON.parse(await encryptText(exampleText('kowloon-vanished'), PASSPHRASE, 'restitution-case')) as { ciphertext: string }
    const bytes = Buffer.from(sealed.ciphertext, 'base64')
    bytes[10] = (bytes[10] ?? 0) ^ 0xff
    const outcome = await tab.caseList.importText(JSON.stringify({ ...sealed, ciphertext: bytes.toString('base64') }))
    if (outcome.kind !== 'locked') throw new Error(`not locked: ${outcome.kind}`)
    const opened = await tab.caseList.unlock(outcome.envelope, PASSPHRASE)
    expect('issues' in opened && opened.issues.map((issue) => issue.code)).toEqual(['encrypted.wrongPassphrase'])
    expect(await repository.list()).toHaveLength(1)
  })

  it('an encrypted backup offered as a case file, and the other way round, is sent to the right place', async () => {
    const tab = openTab()
    const backup = await encryptText(serializeBackup([], new Date()), PASSPHRASE, 'restitution-backup')
    const asCase = await tab.caseList.importText(backup)
    expect(asCase.kind === 'invalid' && asCase.issues.map((issue) => issue.code)).toEqual(['encrypted.isBackup'])
    const caseFile = await encryptText(exampleText('empty'), PASSPHRASE, 'restitution-case')
    const asBackup = await tab.caseList.planRestore(caseFile)
    expect('issues' in asBackup && asBackup.issues.map((issue) => issue.code)).toEqual(['encrypted.isCase'])
    expect('envelope' in (await tab.caseList.planRestore(backup))).toBe(true)
  })

  it('exports a case and a backup encrypted when given a passphrase, and in clear otherwise', async () => {
    const tab = openTab()
    expect(await tab.caseList.exportText(HARBOR_ID)).toContain('Harbor Tools')
    const sealed = await tab.caseList.exportText(HARBOR_ID, PASSPHRASE)
    expect(sealed).not.toContain('Harbor Tools')
    expect(JSON.parse(sealed).contains).toBe('restitution-case')
    expect(JSON.parse(await tab.caseList.exportBackup(PASSPHRASE)).contains).toBe('restitution-backup')
  })
})

describe('persistent storage', () => {
  function stubStorage(answer: boolean) {
    const persist = vi.fn(async () => answer)
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } })
    return persist
  }

  it.each([
    ['create', (tab: ReturnType<typeof openTab>) => tab.caseList.create('New matter', 'USD')],
    ['import', (tab: ReturnType<typeof openTab>) => tab.caseList.importText(exampleText('kowloon-vanished'))],
    [
      'restore',
      async (tab: ReturnType<typeof openTab>) => {
        const outcome = await tab.caseList.planRestore(serializeBackup([JSON.parse(exampleText('empty'))], new Date()))
        if ('plan' in outcome) await tab.caseList.applyRestore(outcome.plan)
      },
    ],
  ])('is asked for at the first %s, once, before any save', async (_name, action) => {
    const persist = stubStorage(true)
    const tab = openTab()
    await action(tab)
    await eventually(() => expect(persist).toHaveBeenCalledTimes(1))
    expect(tab.storage.grant).toBe('granted')
    await tab.caseList.create('Another matter', 'USD')
    expect(persist).toHaveBeenCalledTimes(1)
  })

  it('is looked at without asking for the case list', async () => {
    const persist = stubStorage(true)
    const tab = openTab()
    expect(await tab.storage.check()).toBe('denied')
    expect(persist).not.toHaveBeenCalled()
  })
})

describe('a long case list', () => {
  it('reads every case\'s row in the list (figures included), written with the case by a bulk restore, and no case', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      format: 'restitution-case',
      version: 1,
      id: `bulk-${i}`,
      title: `Buyer ${i} v. Seller`,
      baseCurrency: 'USD',
      losses: [{ id: 'l1', date: '2024-01-10', description: 'Deposit', category: 'payment', amount: `${1000 + i}`, currency: 'USD' }],
    }))
    await repository.applyRestore(await repository.planRestore(JSON.stringify({ format: 'restitution-backup', version: 1, cases: many })))
    class NoCases extends CaseRepository {
      override async list(): Promise<never> {
        throw new Error('the case list must not read the cases')
      }
      override async fillListing(): Promise<never> {
        throw new Error('every row restored has its figures')
      }
    }
    setRepository(new NoCases(database))
    const tab = openTab()
    await tab.caseList.load()
    expect(tab.caseList.loadError).toBeNull()
    expect(tab.caseList.total).toBe(121)
    expect(tab.caseList.rows).toHaveLength(121)
    expect(tab.caseList.rows.find((row) => row.id === 'bulk-7')?.figures?.lossTotal).toBe('1007.00')
    expect(tab.caseList.rows.map((row) => row.updatedAt)).toEqual([...tab.caseList.rows.map((row) => row.updatedAt)].sort().reverse())
  })
})
