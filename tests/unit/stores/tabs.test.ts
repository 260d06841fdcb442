// Two tabs on the same stored cases: each is its own Pinia, talking over the
// browser's BroadcastChannel (Node has one), with one database between them.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, type Pinia } from 'pinia'
import type { Cost } from '@/domain'
import { CaseRepository, StorageFullError, type CaseDatabase, type CaseRecord } from '@/persistence'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { useCaseListStore } from '@/stores/caseList'
import { TAB_CHANNEL, useTabsStore, type CaseMessage } from '@/stores/tabs'
import { waitFor } from '../../support/waitFor'
import { exampleText, freshStores } from './helpers'

const HARBOR_ID = 'harbor-tools-2024'
const newCost: Cost = { id: 'k3', date: '2024-06-01', description: 'Courier of original documents', amount: '120.50', currency: 'USD' }
const eventually = (check: () => void) => waitFor(check, { timeout: 3000 })

let repository: CaseRepository
let database: Promise<CaseDatabase>

class FullRepository extends CaseRepository {
  override save(): Promise<CaseRecord> {
    return Promise.reject(new StorageFullError())
  }
}
const pinias: Pinia[] = []

/** A tab of the app: its own stores, the shared database. */
function openTab() {
  const pinia = createPinia()
  pinias.push(pinia)
  const heard: CaseMessage[] = []
  useTabsStore(pinia).listen((message) => heard.push(message))
  return { workspace: useWorkspaceStore(pinia), caseList: useCaseListStore(pinia), heard }
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
  }
  setRepository(null)
})

describe('a case open in two tabs', () => {
  it('a save in one tab shows in the other, which has no edit pending', async () => {
    const a = openTab()
    const b = openTab()
    await a.workspace.open(HARBOR_ID)
    await b.workspace.open(HARBOR_ID)
    a.workspace.add('costs', newCost)
    await a.workspace.flush()
    await eventually(() => expect(b.workspace.file?.costs).toHaveLength(3))
    expect(b.heard).toEqual([{ kind: 'saved', caseIds: [HARBOR_ID], revision: 2 }])
    expect(b.workspace.revision).toBe(2)
    expect(b.workspace.saveState).toBe('saved')
    expect(b.workspace.changedElsewhere).toBe(false)
  })

  it('a save in one tab is flagged, not taken, in a tab with an edit pending, and neither is lost', async () => {
    const a = openTab()
    const b = openTab()
    await a.workspace.open(HARBOR_ID)
    await b.workspace.open(HARBOR_ID)
    // B's edit stays pending for as long as the test needs: its storage is full for a moment.
    setRepository(new FullRepository(database))
    b.workspace.changeCase((current) => ({ ...current, title: 'Retitled in tab B' }))
    await b.workspace.flush()
    expect(b.workspace.saveState).toBe('failed')
    setRepository(repository)

    a.workspace.add('costs', newCost)
    await a.workspace.flush()
    await eventually(() => expect(b.workspace.changedElsewhere).toBe(true))
    expect(b.workspace.file?.title).toBe('Retitled in tab B')
    await b.workspace.retrySave()
    expect(b.workspace.saveState).toBe('conflict')
    expect(b.workspace.file?.title).toBe('Retitled in tab B')
    expect((await repository.get(HARBOR_ID))?.file.costs).toHaveLength(3)
  })

  it('a delete in one tab’s case list tells the other tab, which keeps the case on screen and stores it again only when asked', async () => {
    const a = openTab()
    const b = openTab()
    await a.caseList.load()
    await b.workspace.open(HARBOR_ID)
    await a.caseList.remove(HARBOR_ID)
    await eventually(() => expect(b.workspace.deletedElsewhere).toBe(true))
    expect(b.workspace.file?.id).toBe(HARBOR_ID)

    // An edit made after the delete is kept on screen, not written back behind the user's back…
    expect(b.workspace.add('costs', newCost)).toBeNull()
    await b.workspace.flush()
    expect(b.workspace.saveState).toBe('conflict')
    expect(b.workspace.file?.costs).toHaveLength(3)
    expect(await repository.get(HARBOR_ID)).toBeUndefined()
    // …only by choice.
    await b.workspace.keepMine()
    expect(b.workspace.saveState).toBe('saved')
    expect(b.workspace.deletedElsewhere).toBe(false)
    expect((await repository.get(HARBOR_ID))?.file.costs).toHaveLength(3)
  })

  it('an undone delete brings the case back in the other tab', async () => {
    const a = openTab()
    const b = openTab()
    await a.caseList.load()
    await b.workspace.open(HARBOR_ID)
    await a.caseList.remove(HARBOR_ID)
    await eventually(() => expect(b.workspace.deletedElsewhere).toBe(true))
    await a.caseList.undoRemove()
    const restored = await repository.get(HARBOR_ID)
    await eventually(() => expect(b.workspace.revision).toBe(restored?.revision))
    expect(b.workspace.deletedElsewhere).toBe(false)
    expect(b.workspace.saveState).toBe('saved')
    expect(b.workspace.file).toEqual(restored?.file)
  })

  it('a workspace ignores news of other cases, and messages it does not understand', async () => {
    const a = openTab()
    const b = openTab()
    await b.workspace.open(HARBOR_ID)
    const shown = b.workspace.file
    await a.caseList.create('Another case', 'USD')
    const channel = new BroadcastChannel(TAB_CHANNEL)
    try {
      // The shape of an older version of the app, and a kind this one does not know.
      channel.postMessage({ tab: 'old-tab', caseId: HARBOR_ID })
      channel.postMessage({ kind: 'archived', caseIds: [HARBOR_ID] })
      channel.postMessage({ kind: 'deleted', caseIds: ['some-other-case'] })
      await eventually(() => expect(b.heard.map((message) => message.kind)).toEqual(['created', 'deleted']))
    } finally {
      channel.close()
    }
    expect(b.workspace.file).toBe(shown)
    expect(b.workspace.deletedElsewhere).toBe(false)
    expect(b.workspace.changedElsewhere).toBe(false)
  })
})

describe('the case list in two tabs', () => {
  it('announces every change, and the other tab’s list follows each one', async () => {
    const a = openTab()
    const b = openTab()
    await a.caseList.load()
    await b.caseList.load()
    const titles = () => b.caseList.rows.map((row) => row.title).sort()
    const harborTitle = 'Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.'

    const acme = await a.caseList.create('Acme v. Widget Co.', 'EUR')
    await eventually(() => expect(titles()).toEqual(['Acme v. Widget Co.', harborTitle]))
    await a.caseList.rename(acme, 'Acme v. Widget Co. (settled)')
    await eventually(() => expect(titles()).toEqual(['Acme v. Widget Co. (settled)', harborTitle]))
    const copy = await a.caseList.duplicate(HARBOR_ID)
    await eventually(() => expect(titles()).toEqual(['Acme v. Widget Co. (settled)', harborTitle, `${harborTitle} (copy)`]))
    await a.caseList.remove(acme)
    await eventually(() => expect(titles()).toEqual([harborTitle, `${harborTitle} (copy)`]))
    await a.caseList.undoRemove()
    await eventually(() => expect(titles()).toHaveLength(3))
    await a.caseList.importText(exampleText('kowloon-vanished'))
    await eventually(() => expect(titles()).toHaveLength(4))
    const backup = await a.caseList.exportBackup()
    await a.caseList.rename(HARBOR_ID, 'Changed after the backup')
    const outcome = await a.caseList.planRestore(backup)
    if (!('plan' in outcome)) throw new Error('no plan')
    await a.caseList.applyRestore(outcome.plan, { [HARBOR_ID]: 'replace' })
    await eventually(() => expect(b.caseList.rows.find((row) => row.id === HARBOR_ID)?.title).toBe(harborTitle))

    expect(b.heard.map((message) => [message.kind, message.caseIds])).toEqual([
      ['created', [acme]],
      ['renamed', [acme]],
      ['duplicated', [copy]],
      ['deleted', [acme]],
      ['restored', [acme]],
      ['imported', ['kowloon-vanished']],
      ['renamed', [HARBOR_ID]],
      ['restored', [HARBOR_ID]],
    ])
  })

  it('follows a save in the other tab’s workspace', async () => {
    const a = openTab()
    const b = openTab()
    await b.caseList.load()
    await a.workspace.open(HARBOR_ID)
    a.workspace.changeCase((current) => ({ ...current, title: 'Retitled in tab A' }))
    await a.workspace.flush()
    await eventually(() => expect(b.caseList.rows.map((row) => row.title)).toEqual(['Retitled in tab A']))
  })
})
