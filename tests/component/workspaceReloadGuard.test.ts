// @vitest-environment jsdom
// The case workspace holds a reload to a new version of the app: while a record is being added
// (its form holds what is typed), and while an edit could not be stored; a pending edit is stored
// first, and once the case leaves the screen it holds nothing.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { reloadHold } from '@/stores/reloadGuard'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { exampleText, fieldIn, FullRepository, openWorkspace } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  useWorkspaceStore().$reset()
  setRepository(null)
})

const openHarbor = () => openWorkspace(exampleText('harbor-tools'))

describe('the workspace and a reload to a new version', () => {
  it('holds nothing when every edit is stored, and stores a pending edit before it answers', async () => {
    const { wrapper, app, id } = await openHarbor()
    expect(await reloadHold()).toBeNull()
    await wrapper.get('#losses [data-testid="losses-row"] .row-actions button').trigger('click')
    await fieldIn(wrapper.get('#losses .editor-row'), 'Amount').setValue('28000')
    await wrapper.get('#losses .editor-row form').trigger('submit')
    await flushPromises()
    // The edit is waiting for its autosave; asking stores it.
    expect(await reloadHold()).toBeNull()
    expect((await app.repository.get(id))?.file.losses[0]?.amount).toBe('28000')
    wrapper.unmount()
  })

  it('holds while a seller offer is being added', async () => {
    const { wrapper } = await openHarbor()
    await wrapper.get('[data-testid="new-seller-offer"]').trigger('click')
    // The offer editor is its own chunk, downloaded before the form opens.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="offer-editor"]').exists()).toBe(true))
    expect(await reloadHold()).toBe('openForm')
    wrapper.unmount()
    // Gone from the screen, the workspace holds nothing.
    expect(await reloadHold()).toBeNull()
  })

  it('holds while an edit could not be stored', async () => {
    const { wrapper, app } = await openHarbor()
    setRepository(new FullRepository(app.database))
    await wrapper.get('#losses [data-testid="losses-row"] .row-actions button').trigger('click')
    await fieldIn(wrapper.get('#losses .editor-row'), 'Amount').setValue('28000')
    await wrapper.get('#losses .editor-row form').trigger('submit')
    await flushPromises()
    expect(await reloadHold()).toBe('unsaved')
    expect(useWorkspaceStore().saveState).toBe('failed')
    wrapper.unmount()
  })
})
