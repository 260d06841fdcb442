// Issue 21: a restore never loses newer work. A stored case changed after the backup was made is
// kept, the backup's beside it as a copy, unless the user chooses; the cases a restore replaces are
// kept in Recently deleted; and the restore can be undone after a reload until the offer is dismissed.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { CaseRepository, RestoreOutdatedError, openCaseDatabase, serializeBackup } from '@/persistence'
import { exampleCase, freshRepository } from './helpers'

const harbor = exampleCase('harbor-tools')
const empty = { ...exampleCase('empty'), id: 'empty-one' }
const copyTitle = (title: string) => `${title} (from the backup)`

async function reopen(name: string): Promise<CaseRepository> {
  // A day after the test clock's start (3 May 2024), well within the 30 days.
  return new CaseRepository(await openCaseDatabase(name), { now: () => new Date(Date.UTC(2024, 4, 4, 9)) })
}

describe('restoring an older backup over newer work', () => {
  it('marks the newer stored case, keeps both by default, and undoes after a reload', async () => {
    const { name, db, repository } = await freshRepository()
    await repository.save(harbor)
    const backup = await repository.exportBackup()
    const edited = await repository.save({ ...harbor, title: 'Edited after the backup' })

    const plan = await repository.planRestore(backup)
    expect(plan.replace).toHaveLength(1)
    expect(plan.replace[0]).toMatchObject({ storedNewer: true, existing: { updatedAt: edited.updatedAt } })
    expect(plan.exportedAt! < edited.updatedAt).toBe(true)

    const result = await repository.applyRestore(plan, {}, copyTitle)
    expect(result).toMatchObject({ added: [], replaced: [] })
    expect(result.copied).toHaveLength(1)
    expect((await repository.get(harbor.id))?.file.title).toBe('Edited after the backup')
    expect((await repository.get(result.copied[0]!))?.file).toEqual({ ...harbor, id: result.copied[0], title: copyTitle(harbor.title) })
    db.close()

    const reopened = await reopen(name)
    expect(await reopened.restoreUndoOffer()).toMatchObject({ count: 1 })
    const undone = await reopened.undoRestore()
    expect(undone).toEqual({ putBack: [], removed: result.copied, keptAsDeleted: 0 })
    expect((await reopened.list()).map((item) => item.title)).toEqual(['Edited after the backup'])
    expect(await reopened.restoreUndoOffer()).toBeNull()
  })

  it('replaces when chosen, keeps the replaced case in Recently deleted, and undo puts it back as it was', async () => {
    const { name, db, repository } = await freshRepository()
    await repository.save(harbor)
    const backup = await repository.exportBackup()
    const edited = await repository.save({ ...harbor, title: 'Edited after the backup' })

    const plan = await repository.planRestore(backup)
    expect(await repository.applyRestore(plan, { [harbor.id]: 'replace' })).toMatchObject({ replaced: [harbor.id], copied: [] })
    expect((await repository.get(harbor.id))?.file).toEqual(harbor)
    expect(await repository.deletedCases()).toMatchObject([{ id: harbor.id, title: 'Edited after the backup', reason: 'replacedByRestore' }])
    db.close()

    const reopened = await reopen(name)
    expect(await reopened.undoRestore()).toEqual({ putBack: [harbor.id], removed: [], keptAsDeleted: 0 })
    expect(await reopened.get(harbor.id)).toMatchObject({ file: { title: 'Edited after the backup' }, updatedAt: edited.updatedAt, createdAt: edited.createdAt })
    expect(await reopened.deletedCases()).toEqual([])
  })

  it('replaces by default a stored case not changed since the backup was made, and adds what is new', async () => {
    const { repository } = await freshRepository()
    const older = await repository.save({ ...harbor, title: 'Older' })
    // A backup made later elsewhere: its copy is the newer one.
    const later = new Date(Date.parse(older.updatedAt) + 3600_000)
    const plan = await repository.planRestore(serializeBackup([harbor, empty], later))
    expect(plan.replace[0]?.storedNewer).toBe(false)
    expect(await repository.applyRestore(plan)).toMatchObject({ added: [empty.id], replaced: [harbor.id], copied: [] })
    expect(await repository.undoRestore()).toMatchObject({ putBack: [harbor.id], removed: [empty.id] })
    expect((await repository.list()).map((item) => item.title)).toEqual(['Older'])
  })

  it('treats a backup that does not say when it was made as older than any stored change', async () => {
    const { repository } = await freshRepository()
    await repository.save({ ...harbor, title: 'Stored' })
    const text = JSON.stringify({ format: 'restitution-backup', version: 1, cases: [harbor] })
    expect((await repository.planRestore(text)).replace[0]?.storedNewer).toBe(true)
  })

  it('refuses to keep both when the stored case changed again after the preview, and writes nothing', async () => {
    const { repository } = await freshRepository()
    await repository.save(harbor)
    const backup = await repository.exportBackup()
    await repository.save({ ...harbor, title: 'Mine' })
    const plan = await repository.planRestore(backup)
    await repository.save({ ...harbor, title: 'Mine, again' })
    await expect(repository.applyRestore(plan)).rejects.toBeInstanceOf(RestoreOutdatedError)
    expect((await repository.list()).map((item) => item.title)).toEqual(['Mine, again'])
    expect(await repository.restoreUndoOffer()).toBeNull()
  })

  it('leaves the stored case alone when the user keeps it', async () => {
    const { repository } = await freshRepository()
    await repository.save(harbor)
    const backup = await repository.exportBackup()
    await repository.save({ ...harbor, title: 'Mine' })
    const result = await repository.applyRestore(await repository.planRestore(backup), { [harbor.id]: 'keepStored' })
    expect(result).toEqual({ added: [], replaced: [], copied: [] })
    expect(await repository.restoreUndoOffer()).toBeNull()
    expect((await repository.list()).map((item) => item.title)).toEqual(['Mine'])
  })

  it('never loses work done after the restore: undo keeps it in Recently deleted', async () => {
    const { repository } = await freshRepository()
    await repository.save(harbor)
    const backup = await repository.exportBackup()
    await repository.save({ ...harbor, title: 'Before the restore' })
    const result = await repository.applyRestore(await repository.planRestore(backup), { [harbor.id]: 'replace' })
    expect(result.replaced).toEqual([harbor.id])
    await repository.save({ ...harbor, title: 'Edited after the restore' })

    expect(await repository.undoRestore()).toEqual({ putBack: [harbor.id], removed: [], keptAsDeleted: 1 })
    expect((await repository.get(harbor.id))?.file.title).toBe('Before the restore')
    expect((await repository.deletedCases()).map((entry) => [entry.title, entry.reason])).toEqual([['Edited after the restore', 'replacedByUndo']])
  })

  it('forgets the undo when dismissed; the replaced case stays in Recently deleted', async () => {
    const { repository } = await freshRepository()
    await repository.save(harbor)
    const backup = await repository.exportBackup()
    await repository.save({ ...harbor, title: 'Mine' })
    await repository.applyRestore(await repository.planRestore(backup), { [harbor.id]: 'replace' })
    await repository.dismissRestoreUndo()
    expect(await repository.restoreUndoOffer()).toBeNull()
    expect(await repository.undoRestore()).toEqual({ putBack: [], removed: [], keptAsDeleted: 0 })
    expect((await repository.deletedCases()).map((entry) => entry.title)).toEqual(['Mine'])
  })
})
