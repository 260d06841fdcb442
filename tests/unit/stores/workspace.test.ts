// The open case: editing through the store, autosave, failures that keep the edit,
// one summary per edit, and plain data in storage.
import { waitFor } from '../../support/waitFor'
import 'fake-indexeddb/auto'
import { types } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isProxy, reactive } from 'vue'
import { parseCaseFile, type CaseFile, type Cost, type Loss, type Party } from '@/domain'
import { CaseRepository, StorageFullError, type CaseDatabase, type CaseRecord } from '@/persistence'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore, type ListName } from '@/stores/workspace'
import { useCaseListStore } from '@/stores/caseList'
import { TAB_CHANNEL, useTabsStore } from '@/stores/tabs'
import { exampleText, freshStores, objectsIn } from './helpers'

// Wrapped, not replaced: the test counts how often the summary is computed.
// Every summary the store works out, whichever summarizer it uses; every whole-case check outside the engine.
const summarized = vi.hoisted(() => ({ calls: 0 }))
const checkedWhole = vi.hoisted(() => ({ calls: 0 }))
vi.mock('@/domain', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain')>()
  const counted = <A extends unknown[], R>(run: (...args: A) => R) => (...args: A): R => {
    summarized.calls++
    return run(...args)
  }
  const checked = <A extends unknown[], R>(run: (...args: A) => R) => (...args: A): R => {
    checkedWhole.calls++
    return run(...args)
  }
  return {
    ...actual,
    summarizeCase: counted(actual.summarizeCase),
    createSummarizer: () => counted(actual.createSummarizer()),
    sharedSummarizer: counted(actual.sharedSummarizer),
    parseCaseFile: checked(actual.parseCaseFile),
  }
})

const HARBOR_ID = 'harbor-tools-2024'

let repository: CaseRepository
let database: Promise<CaseDatabase>

beforeEach(async () => {
  ;({ repository, db: database } = freshStores())
  await repository.importText(exampleText('harbor-tools'))
})

afterEach(() => {
  useWorkspaceStore().$reset()
  useTabsStore().$reset()
  setRepository(null)
})

async function openHarbor() {
  const workspace = useWorkspaceStore()
  await workspace.open(HARBOR_ID)
  expect(workspace.loadError).toBeNull()
  return workspace
}

const newCost: Cost = { id: 'k3', date: '2024-06-01', description: 'Courier of original documents', amount: '120.50', currency: 'USD' }

describe('opening a stored case', () => {
  it('loads the case and its summary, and shows it as saved', async () => {
    const workspace = await openHarbor()
    expect(workspace.file?.title).toBe('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    expect(workspace.file?.offers).toHaveLength(5)
    expect(workspace.summary?.lossTotal.toFixed(8)).toBe('90418.83333333')
    expect(workspace.summary?.assessment?.level).toBe('likely')
    expect(workspace.saveState).toBe('saved')
    expect(workspace.lastSavedAt).not.toBeNull()
    expect(workspace.caseView?.parties.get('zhang-jun')?.relation).toBe('parent')
    expect(workspace.caseView?.properties.get('yiwu-flat')?.description).toBe('Two-bedroom flat')
  })

  it('reports a case that is not stored', async () => {
    const workspace = useWorkspaceStore()
    await workspace.open('no-such-case')
    expect(workspace.file).toBeNull()
    expect(workspace.loadError).toBe('notFound')
  })
})

describe('editing', () => {
  it('adds, replaces and removes records, recomputing the summary', async () => {
    const workspace = await openHarbor()
    expect(workspace.add('costs', newCost)).toBeNull()
    expect(workspace.file?.costs.map((c) => c.id)).toEqual(['k1', 'k2', 'k3'])
    expect(workspace.summary?.costTotal.toFixed(2)).toBe('8558.00')

    const cheaper: Cost = { ...newCost, amount: '20.50' }
    expect(workspace.replace('costs', 'k3', cheaper)).toBeNull()
    expect(workspace.file?.costs[2]?.amount).toBe('20.50')
    expect(workspace.summary?.costTotal.toFixed(2)).toBe('8458.00')

    expect(workspace.remove('costs', 'k3')).toBeNull()
    expect(workspace.file?.costs.map((c) => c.id)).toEqual(['k1', 'k2'])
    expect(workspace.summary?.costTotal.toFixed(2)).toBe('8437.50')
  })

  it('keeps every digit of a typed amount', async () => {
    const workspace = await openHarbor()
    const loss: Loss = { id: 'l9', date: '2024-03-01', description: 'Storage', category: 'shipping', amount: '123456789012345.12345678', currency: 'USD' }
    expect(workspace.add('losses', loss)).toBeNull()
    expect(workspace.file?.losses[4]?.amount).toBe('123456789012345.12345678')
    await workspace.flush()
    expect((await repository.get(HARBOR_ID))?.file.losses[4]?.amount).toBe('123456789012345.12345678')
  })

  it.each<[string, () => readonly [ListName, unknown], string]>([
    ['an amount with a thousands separator', () => ['losses', { id: 'l9', date: '2024-03-01', description: 'x', category: 'payment', amount: '1,000', currency: 'USD' }], 'losses[4].amount'],
    ['an amount ending in a point', () => ['losses', { id: 'l9', date: '2024-03-01', description: 'x', category: 'payment', amount: '5.', currency: 'USD' }], 'losses[4].amount'],
    ['a currency without a rate', () => ['costs', { ...newCost, currency: 'EUR' }], 'costs[2].currency'],
    ['a duplicate id', () => ['costs', { ...newCost, id: 'k1' }], 'costs[2].id'],
    ['an impossible date', () => ['costs', { ...newCost, date: '2024-02-30' }], 'costs[2].date'],
  ])('refuses %s with its path and changes nothing', async (_name, make, path) => {
    const workspace = await openHarbor()
    const before = workspace.file
    const summaryBefore = workspace.summary
    const stored = await repository.get(HARBOR_ID)
    const [list, record] = make()
    const issues = workspace.add(list, record as never)
    expect(issues?.map((issue) => issue.path)).toContain(path)
    expect(issues?.every((issue) => issue.message.length > 0)).toBe(true)
    expect(workspace.file).toBe(before)
    expect(workspace.summary).toBe(summaryBefore)
    expect(workspace.saveState).toBe('saved')
    await workspace.flush()
    expect(await repository.get(HARBOR_ID)).toEqual(stored)
  })

  it('refuses to make a party family without a relation, and to remove a party an offer names', async () => {
    const workspace = await openHarbor()
    const before = workspace.file
    const seller = workspace.file!.parties[1]!
    const family: Party = { ...seller, role: 'family' }
    expect(workspace.replace('parties', seller.id, family)?.map((i) => i.path)).toEqual(['parties[1].relation'])
    expect(workspace.remove('parties', seller.id)?.map((i) => i.path)).toContain('offers[0].components[0].partyId')
    expect(workspace.file).toBe(before)
    expect(workspace.saveState).toBe('saved')
  })
})

describe('autosave', () => {
  it('goes saving → saved, and the stored case is the store’s file', async () => {
    const workspace = await openHarbor()
    const firstSavedAt = workspace.lastSavedAt
    workspace.add('costs', newCost)
    expect(workspace.saveState).toBe('saving')
    expect(workspace.hasUnsavedChanges).toBe(true)
    await workspace.flush()
    expect(workspace.saveState).toBe('saved')
    expect(workspace.hasUnsavedChanges).toBe(false)
    expect(workspace.saveError).toBeNull()
    const stored = await repository.get(HARBOR_ID)
    expect(stored?.file).toEqual(workspace.file)
    expect(workspace.lastSavedAt).toBe(stored?.updatedAt)
    expect(workspace.lastSavedAt).not.toBe(firstSavedAt)
  })

  it('saves on its own after a short pause', async () => {
    const workspace = await openHarbor()
    workspace.add('costs', newCost)
    await waitFor(() => expect(workspace.saveState).toBe('saved'), { timeout: 3000 })
    expect((await repository.get(HARBOR_ID))?.file.costs).toHaveLength(3)
  })

  it('writes several quick edits as the last state', async () => {
    const workspace = await openHarbor()
    workspace.add('costs', newCost)
    workspace.replace('costs', 'k3', { ...newCost, amount: '99' })
    workspace.remove('costs', 'k1')
    await workspace.flush()
    expect((await repository.get(HARBOR_ID))?.file).toEqual(workspace.file)
    expect(workspace.file?.costs.map((c) => `${c.id}:${c.amount}`)).toEqual(['k2:3150', 'k3:99'])
  })

  it('shows a failed save as failed, keeps the edit, and saves it on retry', async () => {
    const workspace = await openHarbor()
    class FullRepository extends CaseRepository {
      override save(): Promise<CaseRecord> {
        return Promise.reject(new StorageFullError())
      }
    }
    setRepository(new FullRepository(database))
    workspace.add('costs', newCost)
    await workspace.flush()
    expect(workspace.saveState).toBe('failed')
    // The failure itself, for the screen to word in its language.
    expect(workspace.saveError).toBeInstanceOf(StorageFullError)
    expect(workspace.hasUnsavedChanges).toBe(true)
    expect(workspace.file?.costs).toHaveLength(3)
    expect((await repository.get(HARBOR_ID))?.file.costs).toHaveLength(2)

    setRepository(repository)
    await workspace.retrySave()
    expect(workspace.saveState).toBe('saved')
    expect((await repository.get(HARBOR_ID))?.file.costs).toHaveLength(3)
  })

  it('flushes a pending edit before opening another case', async () => {
    const workspace = await openHarbor()
    const other = await repository.create('Other case', 'USD')
    workspace.add('costs', newCost)
    await workspace.open(other.id)
    expect(workspace.file?.id).toBe(other.id)
    expect((await repository.get(HARBOR_ID))?.file.costs).toHaveLength(3)
  })
})

describe('the summary', () => {
  it('is computed once per edit, however often it is read', async () => {
    const workspace = await openHarbor()
    const calls = () => summarized.calls
    void workspace.summary
    const start = calls()
    for (let i = 0; i < 20; i++) void workspace.summary?.offers.map((row) => row.total)
    expect(calls()).toBe(start)

    workspace.add('costs', newCost)
    for (let i = 0; i < 20; i++) void workspace.summary?.offers[i % 5]?.ratio
    expect(calls()).toBe(start + 1)

    workspace.replace('costs', 'k3', { ...newCost, amount: '1' })
    workspace.remove('costs', 'k3')
    void workspace.summary
    // Two edits between reads: computed lazily, once for the last state.
    expect(calls()).toBe(start + 2)
  })

  it('is not recomputed by a refused edit', async () => {
    const workspace = await openHarbor()
    void workspace.summary
    const start = summarized.calls
    workspace.add('costs', { ...newCost, amount: '-1' })
    void workspace.summary
    expect(summarized.calls).toBe(start)
  })
})

describe('stored data', () => {
  it('is plain data, never a proxy or a Decimal, even when an edit arrives as a reactive object', async () => {
    const workspace = await openHarbor()
    const db = await database
    const put = vi.spyOn(db.cases, 'put')
    const putChunks = vi.spyOn(db.chunks, 'bulkPut')
    expect(workspace.add('costs', reactive({ ...newCost }) as Cost)).toBeNull()
    await workspace.flush()
    expect(put).toHaveBeenCalledTimes(1)
    // Stored as the case's head and the chunks of its records, as JSON text (persistence/chunks.ts).
    const written: CaseRecord = (await db.transaction('r', [db.cases, db.chunks], () => db.caseRows().get(workspace.file!.id)))!
    for (const object of [...objectsIn(written), ...objectsIn(put.mock.calls), ...objectsIn(putChunks.mock.calls), ...objectsIn(workspace.file)]) {
      expect(types.isProxy(object)).toBe(false)
      expect(isProxy(object)).toBe(false)
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(object))
    }
    expect(written.file).toEqual(workspace.file)
    expect(typeof written.file.costs[2]?.amount).toBe('string')
  })

  it('is checked once per edit: the edit checks what it touches, the save does not read the whole case again', async () => {
    const workspace = await openHarbor()
    const start = checkedWhole.calls
    expect(workspace.add('costs', reactive({ ...newCost }) as Cost)).toBeNull()
    expect(workspace.replace('costs', 'k3', { ...newCost, amount: '99.99' })).toBeNull()
    workspace.changeCase((file) => ({ ...file, title: 'Harbor Tools v. Seller (renamed)' }), 'case')
    await workspace.flush()
    expect(checkedWhole.calls).toBe(start)
    // …and what was stored is what a check of the whole case gives.
    const stored = (await repository.get(HARBOR_ID))!.file
    expect(JSON.stringify(parseCaseFile(JSON.parse(JSON.stringify(stored))))).toBe(JSON.stringify(stored))
    expect(stored.costs[2]?.amount).toBe('99.99')
  })

  it('an edit that breaks a rule across records is refused with the whole case’s problems', async () => {
    const workspace = await openHarbor()
    const before = workspace.file
    const refusal = workspace.add('costs', { ...newCost, currency: 'EUR' })
    expect(refusal?.map((issue) => issue.path)).toEqual(['costs[2].currency'])
    expect(workspace.file).toBe(before)
  })
})

describe('changes made elsewhere', () => {
  // Bug: workspace.open() returns early when the same case id is already loaded
  // (src/stores/workspace.ts, `if (file.value?.id === id && !loadError.value) return`),
  // so a case renamed, replaced by an import or restored from the case list in this
  // tab is shown as it was, and the next edit writes the old version back.
  it('opening a case again shows a rename made in the case list meanwhile', async () => {
    const workspace = await openHarbor()
    const caseList = useCaseListStore()
    await caseList.load()
    expect(await caseList.rename(HARBOR_ID, 'Renamed in the list')).toBeNull()
    await workspace.open(HARBOR_ID)
    expect(workspace.file?.title).toBe('Renamed in the list')
  })

  // Same bug as above, seen as a lost edit: the rename is overwritten by the next autosave.
  it('an edit after reopening does not undo a rename made in the case list', async () => {
    const workspace = await openHarbor()
    await useCaseListStore().rename(HARBOR_ID, 'Renamed in the list')
    await workspace.open(HARBOR_ID)
    workspace.add('costs', newCost)
    await workspace.flush()
    const stored = await repository.get(HARBOR_ID)
    expect(stored?.file.title).toBe('Renamed in the list')
    expect(stored?.file.costs).toHaveLength(3)
  })

  it('takes another tab’s save when it has nothing pending', async () => {
    const workspace = await openHarbor()
    const other = structuredClone(workspace.file) as CaseFile
    other.title = 'Renamed in another tab'
    await repository.save(other)
    const channel = new BroadcastChannel(TAB_CHANNEL)
    try {
      channel.postMessage({ kind: 'saved', caseIds: [HARBOR_ID] })
      await waitFor(() => expect(workspace.file?.title).toBe('Renamed in another tab'), { timeout: 3000 })
      expect(workspace.changedElsewhere).toBe(false)
      expect(workspace.saveState).toBe('saved')
    } finally {
      channel.close()
    }
  })

  // Bug: with an edit pending here, another tab's save only raises the
  // "changed in another tab" notice; the pending autosave then writes this tab's
  // whole case over it (src/stores/workspace.ts, persist() saves the snapshot
  // without checking changedElsewhere), so the other tab's edit is lost.
  it('never overwrites another tab’s save with a pending edit', async () => {
    const workspace = await openHarbor()
    workspace.add('costs', newCost)
    const other = structuredClone((await repository.get(HARBOR_ID))!.file)
    other.title = 'Renamed in another tab'
    await repository.save(other)
    const channel = new BroadcastChannel(TAB_CHANNEL)
    try {
      channel.postMessage({ kind: 'saved', caseIds: [HARBOR_ID] })
      await waitFor(() => expect(workspace.changedElsewhere).toBe(true), { timeout: 3000 })
    } finally {
      channel.close()
    }
    await workspace.flush()
    // This tab keeps its edit on screen…
    expect(workspace.file?.costs).toHaveLength(3)
    // …and the other tab's edit is still stored.
    expect((await repository.get(HARBOR_ID))?.file.title).toBe('Renamed in another tab')
  })
})

describe('edits by id', () => {
  it('finds a record by its id wherever it stands, and follows an edited id', async () => {
    const workspace = await openHarbor()
    const retainer = workspace.file!.costs[0]!
    expect(workspace.replace('costs', 'k1', { ...retainer, id: 'k-retainer' })).toBeNull()
    expect(workspace.file?.costs.map((c) => c.id)).toEqual(['k-retainer', 'k2'])
    expect(workspace.replace('costs', 'k-retainer', { ...retainer, id: 'k-retainer', amount: '7500' })).toBeNull()
    expect(workspace.file?.costs[0]).toMatchObject({ id: 'k-retainer', amount: '7500' })
  })

  it('addresses an exchange rate by its currency', async () => {
    const workspace = await openHarbor()
    const rate = workspace.file!.fx[0]!
    expect(workspace.replace('fx', 'CNY', { ...rate, perBase: '7.3' })).toBeNull()
    expect(workspace.file?.fx).toEqual([{ ...rate, perBase: '7.3' }])
  })

  it.each<[string, ListName]>([
    ['cost', 'costs'],
    ['party', 'parties'],
    ['rate', 'fx'],
    ['offer', 'offers'],
  ])('says a %s that is not in the case is gone, and changes nothing', async (what, list) => {
    const workspace = await openHarbor()
    const before = workspace.file
    const record = workspace.file![list][0]!
    for (const refusal of [workspace.replace(list, 'not-there', record as never), workspace.remove(list, 'not-there')]) {
      expect(refusal).toEqual([expect.objectContaining({ code: 'record.gone', params: { what } })])
      expect(refusal?.[0]?.message).toMatch(/no longer in the case/)
    }
    expect(workspace.file).toBe(before)
    expect(workspace.saveState).toBe('saved')
    expect(workspace.canUndo).toBe(false)
  })

  it('says so when no case is open', () => {
    const workspace = useWorkspaceStore()
    for (const refusal of [
      workspace.add('costs', newCost),
      workspace.replace('costs', 'k1', newCost),
      workspace.remove('costs', 'k1'),
      workspace.changeCase((current) => ({ ...current, title: 'x' })),
      workspace.undo(),
    ])
      expect(refusal).toEqual([expect.objectContaining({ code: 'record.noCase' })])
  })
})

describe('undo', () => {
  it('takes back a delete and an add that reused the freed id, one at a time, losing nothing', async () => {
    const workspace = await openHarbor()
    const original = workspace.file!
    const retainer = original.costs[0]!
    expect(workspace.remove('costs', 'k1')).toBeNull()
    expect(workspace.lastChange).toMatchObject({ action: 'remove', list: 'costs', key: 'k1', record: retainer })
    const courier: Cost = { ...newCost, id: 'k1' }
    expect(workspace.add('costs', courier)).toBeNull()
    expect(workspace.file?.costs).toEqual([original.costs[1], courier])
    expect(workspace.lastChange).toMatchObject({ action: 'add', list: 'costs', key: 'k1', record: courier })

    expect(workspace.undo()).toBeNull()
    expect(workspace.file?.costs).toEqual([original.costs[1]])
    expect(workspace.lastChange).toMatchObject({ action: 'remove', key: 'k1', record: retainer })

    expect(workspace.undo()).toBeNull()
    expect(workspace.file).toEqual(original)
    expect(workspace.canUndo).toBe(false)
    expect(workspace.lastChange).toBeNull()
    // Saved like any edit.
    expect(workspace.saveState).toBe('saving')
    await workspace.flush()
    expect((await repository.get(HARBOR_ID))?.file).toEqual(original)
  })

  it('takes back a replace', async () => {
    const workspace = await openHarbor()
    const translation = workspace.file!.costs[1]!
    expect(workspace.replace('costs', 'k2', { ...translation, amount: '9999' })).toBeNull()
    expect(workspace.lastChange).toMatchObject({ action: 'replace', list: 'costs', key: 'k2', record: translation })
    await workspace.flush()
    expect(workspace.undo()).toBeNull()
    expect(workspace.file?.costs[1]).toEqual(translation)
    await workspace.flush()
    expect((await repository.get(HARBOR_ID))?.file.costs[1]).toEqual(translation)
  })

  it('takes back a change to the case itself', async () => {
    const workspace = await openHarbor()
    const before = workspace.file!
    const equity = () => workspace.summary!.properties[0]!.netEquity.toFixed(8)
    const equityBefore = equity()
    expect(workspace.changeCase((current) => ({ ...current, settings: { ...current.settings, quickSaleFactor: '0.7' } }), 'settings')).toBeNull()
    expect(workspace.lastChange).toEqual(expect.objectContaining({ action: 'case', label: 'settings' }))
    expect(equity()).not.toBe(equityBefore)
    expect(workspace.undo()).toBeNull()
    expect(workspace.file?.settings.quickSaleFactor).toBe(before.settings.quickSaleFactor)
    expect(equity()).toBe(equityBefore)
    await workspace.flush()
    expect((await repository.get(HARBOR_ID))?.file.settings.quickSaleFactor).toBe(before.settings.quickSaleFactor)
  })

  it('keeps no entry for a refused edit', async () => {
    const workspace = await openHarbor()
    expect(workspace.add('costs', { ...newCost, amount: '-1' })).not.toBeNull()
    expect(workspace.changeCase((current) => ({ ...current, title: ' ' }))).not.toBeNull()
    expect(workspace.canUndo).toBe(false)
    expect(workspace.undo()).toBeNull()
    expect(workspace.saveState).toBe('saved')
  })

  it('goes back at most 100 edits', async () => {
    const workspace = await openHarbor()
    for (let edit = 1; edit <= 101; edit++) workspace.changeCase((current) => ({ ...current, title: `Title ${edit}` }))
    let undone = 0
    while (workspace.canUndo) {
      workspace.undo()
      undone++
    }
    expect(undone).toBe(100)
    expect(workspace.file?.title).toBe('Title 1')
  })

  it('starts afresh when another case is opened, or the case is opened again', async () => {
    const workspace = await openHarbor()
    const other = await repository.create('Other case', 'USD')
    workspace.add('costs', newCost)
    expect(workspace.canUndo).toBe(true)
    await workspace.open(other.id)
    expect(workspace.canUndo).toBe(false)
    await workspace.open(HARBOR_ID)
    expect(workspace.canUndo).toBe(false)
    expect(workspace.file?.costs).toHaveLength(3)
  })

  it('starts afresh when the case is reloaded after another tab’s save, so undo never writes that save away', async () => {
    const workspace = await openHarbor()
    workspace.add('costs', newCost)
    await workspace.flush()
    const other = structuredClone((await repository.get(HARBOR_ID))!.file)
    other.title = 'Renamed in another tab'
    await repository.save(other)
    await workspace.reloadFromStorage()
    expect(workspace.canUndo).toBe(false)
    expect(workspace.undo()).toBeNull()
    expect(workspace.file?.title).toBe('Renamed in another tab')
    expect(workspace.file?.costs).toHaveLength(3)
  })
})

describe('editors keep their record after a reload', () => {
  it('an edit by id after another tab inserted a record before it changes the record that was open', async () => {
    const workspace = await openHarbor()
    // The editor is open on the translation cost, k2, the second row.
    const translation = workspace.file!.costs[1]!
    const other = structuredClone((await repository.get(HARBOR_ID))!.file)
    other.costs.unshift({ id: 'k0', date: '2024-04-01', description: 'Consultation', amount: '300', currency: 'USD' })
    await repository.save(other)
    await workspace.reloadFromStorage()
    expect(workspace.file?.costs.map((cost) => cost.id)).toEqual(['k0', 'k1', 'k2'])

    expect(workspace.replace('costs', translation.id, { ...translation, amount: '3200' })).toBeNull()
    expect(workspace.file?.costs.map((cost) => `${cost.id}:${cost.amount}`)).toEqual(['k0:300', 'k1:8000', 'k2:3200'])
    await workspace.flush()
    expect((await repository.get(HARBOR_ID))?.file.costs.map((cost) => `${cost.id}:${cost.amount}`)).toEqual(['k0:300', 'k1:8000', 'k2:3200'])
  })

  it('an edit to a record deleted in another tab says it is gone and changes nothing', async () => {
    const workspace = await openHarbor()
    const translation = workspace.file!.costs[1]!
    const other = structuredClone((await repository.get(HARBOR_ID))!.file)
    other.costs = other.costs.filter((cost) => cost.id !== translation.id)
    await repository.save(other)
    await workspace.reloadFromStorage()
    const before = workspace.file

    const refusal = workspace.replace('costs', translation.id, { ...translation, amount: '3200' })
    expect(refusal?.map((issue) => [issue.code, issue.params])).toEqual([['record.gone', { what: 'cost' }]])
    expect(workspace.file).toBe(before)
    expect(workspace.saveState).toBe('saved')
  })
})

describe('revisions', () => {
  it('keeps the edit on a conflict, and "keep my version" replaces only the revision seen at the conflict', async () => {
    // A clock that never moves: only the revision can tell the versions apart.
    ;({ repository, db: database } = freshStores({ now: () => new Date(Date.UTC(2024, 4, 3)) }))
    await repository.importText(exampleText('harbor-tools'))
    const workspace = await openHarbor()
    expect(workspace.revision).toBe(1)
    const theirs = (title: string) => ({ ...structuredClone(workspace.file!), title })

    await repository.save(theirs('Saved by tab B'), { expectedRevision: 1 })
    workspace.add('costs', newCost)
    await workspace.flush()
    expect(workspace.saveState).toBe('conflict')
    expect(workspace.file?.costs).toHaveLength(3)
    expect((await repository.get(HARBOR_ID))?.file.title).toBe('Saved by tab B')

    // Tab C saves while this tab's user is deciding: keeping mine must not write over C unseen.
    await repository.save(theirs('Saved by tab C'), { expectedRevision: 2 })
    await workspace.keepMine()
    expect(workspace.saveState).toBe('conflict')
    expect((await repository.get(HARBOR_ID))?.file.title).toBe('Saved by tab C')

    await workspace.keepMine()
    expect(workspace.saveState).toBe('saved')
    const stored = await repository.get(HARBOR_ID)
    expect(stored?.file).toEqual(workspace.file)
    expect(workspace.revision).toBe(stored?.revision)
    expect(stored?.revision).toBe(4)
  })
})
