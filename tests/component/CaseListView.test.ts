// @vitest-environment jsdom
// The case list: each row's figures, the import input and its outcomes, delete
// with undo, and failures that say what happened.
import { waitFor } from '../support/waitFor'
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { Dec, formatMoney, formatPercent } from '@/domain'
import { formatDateTime } from '@/domain'
import { setRepository } from '@/stores/loadRepository'
import CaseListView from '@/views/cases/CaseListView.vue'
import { appPlugins, exampleText, expectedFigures, type Plugins } from './helpers'

const HARBOR_ID = 'harbor-tools-2024'
let app: Plugins

beforeEach(async () => {
  app = appPlugins('en')
  await app.router.push('/')
  await app.router.isReady()
})
afterEach(() => setRepository(null))
// Mounting whole views in jsdom takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

async function mountList(expectedRows: number): Promise<VueWrapper> {
  const wrapper = mount(CaseListView, { global: { plugins: app.plugins }, attachTo: document.body })
  await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(expectedRows))
  return wrapper
}

const row = (wrapper: VueWrapper, id: string) => wrapper.get(`[data-testid="case-row"][data-case-id="${id}"]`)
const cells = (wrapper: VueWrapper, id: string) => row(wrapper, id).findAll('td').map((cell) => cell.text().trim())

async function pick(wrapper: VueWrapper, testid: string, file: File): Promise<void> {
  const input = wrapper.get(`[data-testid="${testid}"]`)
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('the rows', () => {
  it('show base currency, loss total, latest offer as % of loss, level and when each case last changed', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    await app.repository.importText(exampleText('kowloon-vanished'))
    const blank = await app.repository.create('Blank yen case', 'JPY')
    const wrapper = await mountList(3)

    const harbor = expectedFigures('harbor-tools')
    const latest = harbor.offers.find((offer) => offer.id === harbor.latestOffer)!
    const [title, base, loss, offer, level, changed] = cells(wrapper, HARBOR_ID)
    expect(title).toBe('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    expect(base).toBe('USD')
    expect(loss).toBe('$90,418.83')
    expect(offer).toBe(formatPercent(new Dec(latest.ratio!), 'en'))
    expect(level).toBe('Signs of a ceiling')
    expect(changed).toBe(formatDateTime((await app.repository.get(HARBOR_ID))!.updatedAt, 'en'))

    const kowloon = (await app.repository.list()).find((item) => item.file.baseCurrency === 'HKD')!
    const [, kBase, kLoss, , kLevel] = cells(wrapper, kowloon.id)
    expect(kBase).toBe('HKD')
    expect(kLoss).toBe(formatMoney(new Dec(expectedFigures('kowloon-vanished').lossTotal as string), 'HKD', 'en'))
    expect(kLevel).toBe('Some signs')

    const [, bBase, bLoss, bOffer, bLevel] = cells(wrapper, blank.id)
    expect([bBase, bLoss, bOffer, bLevel]).toEqual(['JPY', '¥0', '—', '—'])
  })

  it('list the most recently changed case first', async () => {
    const first = await app.repository.create('First', 'USD')
    const second = await app.repository.create('Second', 'USD')
    await app.repository.rename(first.id, 'First, renamed later')
    const wrapper = await mountList(2)
    const ids = wrapper.findAll('[data-testid="case-row"]').map((r) => r.attributes('data-case-id'))
    expect(ids).toEqual([first.id, second.id])
  })

  it('link each title to its case', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    const wrapper = await mountList(1)
    expect(row(wrapper, HARBOR_ID).get('a').attributes('href')).toBe(`/cases/${HARBOR_ID}`)
  })
})

describe('importing', () => {
  it('has a file input labelled "Import case file"', async () => {
    const wrapper = mount(CaseListView, { global: { plugins: app.plugins } })
    const input = wrapper.get('input[aria-label="Import case file"]')
    expect(input.attributes('type')).toBe('file')
    expect(wrapper.text()).toContain('Import case file')
  })

  it('opens the imported case', async () => {
    const wrapper = mount(CaseListView, { global: { plugins: app.plugins } })
    await pick(wrapper, 'import-input', new File([exampleText('harbor-tools')], 'harbor.case.json', { type: 'application/json' }))
    await waitFor(() => expect(app.router.currentRoute.value.fullPath).toBe(`/cases/${HARBOR_ID}`))
    expect((await app.repository.list()).map((item) => item.id)).toEqual([HARBOR_ID])
  })

  it.each([
    ['an invalid case', () => exampleText('harbor-tools').replace('"27000.00"', '"27,000.00"'), 'losses[0].amount'],
    ['an empty file', () => '', ''],
    ['a JSON array', () => '[{"format":"restitution-case"}]', ''],
    ['a binary file', () => '\u0000\u0001\u0002PNG\r\n\u001a\n\u00ff\u00fe', ''],
  ])('lists the problems of %s with their paths and stores nothing', async (_name, text, path) => {
    await app.repository.create('Already here', 'USD')
    const wrapper = await mountList(1)
    await pick(wrapper, 'import-input', new File([text()], 'bad.json'))
    await waitFor(() => expect(wrapper.find('[data-testid="import-errors"]').exists()).toBe(true))
    const errors = wrapper.get('[data-testid="import-errors"]')
    expect(errors.text()).toContain('Could not import \u2068bad.json\u2069.')
    expect(errors.text()).toContain('Nothing was stored')
    const issues = errors.findAll('[data-testid="issue"]')
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.map((issue) => issue.attributes('data-path'))).toContain(path)
    if (path === '') expect(errors.text()).toContain('Whole file')
    expect(app.router.currentRoute.value.fullPath).toBe('/')
    expect(await app.repository.list()).toHaveLength(1)
  })

  it('refuses a file over 5 MiB before reading it', async () => {
    const wrapper = await mountList(0).catch(() => mount(CaseListView, { global: { plugins: app.plugins } }))
    const big = new File([new Uint8Array(6 * 1024 * 1024).fill(32)], 'huge.json')
    await pick(wrapper, 'import-input', big)
    expect(wrapper.get('[data-testid="import-errors"]').text()).toContain('larger than 5 MiB')
    expect(await app.repository.list()).toHaveLength(0)
  })

  it('asks before replacing a different case with the same id', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    const wrapper = await mountList(1)
    const changed = exampleText('harbor-tools').replace('"Harbor Tools Ltd v. Shenzhen Huaxin Trading Co."', '"Harbor Tools v2"')
    await pick(wrapper, 'import-input', new File([changed], 'v2.json'))
    await waitFor(() => expect(wrapper.find('[data-testid="import-conflict"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="import-conflict"]').text()).toContain('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    expect((await app.repository.get(HARBOR_ID))?.file.title).toBe('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    await wrapper.get('[data-testid="import-conflict"]').findAll('button').find((b) => b.text() === 'Replace my case')!.trigger('click')
    await waitFor(() => expect(app.router.currentRoute.value.fullPath).toBe(`/cases/${HARBOR_ID}`))
    expect((await app.repository.get(HARBOR_ID))?.file.title).toBe('Harbor Tools v2')
  })
})

describe('deleting', () => {
  it('deletes a case named in the button, then undo puts it back', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    const wrapper = await mountList(1)
    const remove = row(wrapper, HARBOR_ID).get('button[aria-label^="Delete "]')
    expect(remove.attributes('aria-label')).toBe('Delete Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    await remove.trigger('click')
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(0))
    // The title is isolated in the sentence (words/isolate.ts), so a right-to-left title cannot reorder it.
    expect(wrapper.text()).toContain('Deleted “\u2068Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.\u2069”.')
    await wrapper.get('[data-testid="undo-delete"]').trigger('click')
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(1))
    expect(await app.repository.get(HARBOR_ID)).toBeDefined()
  })
})

describe('failures that say what happened', () => {
  // Bug: creating a case (`await store.create(...)`)
  // only checks for a blank title and the currency; the store's CaseFileError for a
  // title over 2,000 characters is never caught, so nothing happens on screen and
  // the error ends up as an unhandled rejection.
  it('says why a case with a 3,000-character title was not created', async () => {
    const errors: unknown[] = []
    const wrapper = mount(CaseListView, { global: { plugins: app.plugins, config: { errorHandler: (error) => void errors.push(error) } } })
    await wrapper.get('[data-testid="new-case"]').trigger('click')
    await wrapper.get('#new-case-title').setValue('x'.repeat(3000))
    await wrapper.get('form.new-case').trigger('submit')
    await waitFor(() => expect(wrapper.find('form.new-case [role="alert"]').exists()).toBe(true))
    expect(errors).toEqual([])
    expect(wrapper.get('form.new-case [role="alert"]').text()).toMatch(/too long/)
  })

  // Bug: CaseListView.applyRestore (the case list view) awaits
  // store.applyRestore without catching RestoreOutdatedError (or any storage
  // failure), so when a case changed after the preview, Restore does nothing
  // visible: no message, the preview stays, and the error is unhandled.
  it('says so when a case changed between the restore preview and Restore', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    const backup = await app.repository.exportBackup()
    await app.repository.rename(HARBOR_ID, 'Changed once')
    const errors: unknown[] = []
    const wrapper = mount(CaseListView, { global: { plugins: app.plugins, config: { errorHandler: (error) => void errors.push(error) } } })
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(1))
    await pick(wrapper, 'restore-input', new File([backup], 'backup.json'))
    await waitFor(() => expect(wrapper.find('[data-testid="restore-plan"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="restore-plan"]').text()).toContain('keep 1 stored case and add the backup’s as a copy')
    await app.repository.rename(HARBOR_ID, 'Changed twice')
    await wrapper.get('[data-testid="apply-restore"]').trigger('click')
    await waitFor(() => expect(wrapper.find('[data-testid="action-error"]').exists()).toBe(true))
    expect(errors).toEqual([])
    expect(wrapper.get('[data-testid="action-error"]').text()).toMatch(/changed after/)
  })
})

describe('undo after the id was taken again', () => {
  // Bug: Undo (`@click="store.undoRemove()"`) calls a
  // store action that throws ImportConflictError when a case with the deleted
  // case's id was imported meanwhile; nothing catches it, so Undo does nothing
  // visible and the error is unhandled.
  it('says why a deleted case cannot be put back', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    const errors: unknown[] = []
    const wrapper = mount(CaseListView, { global: { plugins: app.plugins, config: { errorHandler: (error) => void errors.push(error) } } })
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(1))
    await row(wrapper, HARBOR_ID).get('button[aria-label^="Delete "]').trigger('click')
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(0))
    await app.repository.importText(exampleText('harbor-tools').replace('"Harbor Tools Ltd v. Shenzhen Huaxin Trading Co."', '"Harbor Tools v2"'))
    await wrapper.get('[data-testid="undo-delete"]').trigger('click')
    await waitFor(() => expect(wrapper.find('[data-testid="action-error"]').exists()).toBe(true))
    expect(errors).toEqual([])
    // The deleted case is still offered for undo: it is the only copy left.
    expect(wrapper.find('[data-testid="undo-delete"]').exists()).toBe(true)
  })
})

describe('restoring a backup', () => {
  it('previews what it adds, then restores it', async () => {
    await app.repository.importText(exampleText('harbor-tools'))
    await app.repository.importText(exampleText('kowloon-vanished'))
    const backup = await app.repository.exportBackup()
    app = appPlugins('en')
    await app.router.push('/')
    const wrapper = mount(CaseListView, { global: { plugins: app.plugins } })
    await flushPromises()
    await pick(wrapper, 'restore-input', new File([backup], 'backup.json'))
    await waitFor(() => expect(wrapper.find('[data-testid="restore-plan"]').exists()).toBe(true))
    const plan = wrapper.get('[data-testid="restore-plan"]').text()
    expect(plan).toContain('add 2 cases')
    expect(plan).toContain('Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.')
    expect(await app.repository.list()).toHaveLength(0)
    await wrapper.get('[data-testid="apply-restore"]').trigger('click')
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(2))
    expect(wrapper.find('[data-testid="restore-plan"]').exists()).toBe(false)
  })
})
