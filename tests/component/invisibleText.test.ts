// @vitest-environment jsdom
// Issue 18, item 9: a name or note with an invisible direction control is refused as it is
// typed, with a message at the field naming the character, and nothing is kept.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { useWorkspaceStore } from '@/stores/workspace'
import { setRepository } from '@/stores/loadRepository'
import { exampleText, fieldError, fieldIn, openWorkspace } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
let mounted: VueWrapper | null = null
afterEach(async () => {
  await useWorkspaceStore().flush()
  mounted?.unmount()
  mounted = null
  setRepository(null)
})

async function editFirstParty() {
  const opened = await openWorkspace(exampleText('harbor-tools'))
  mounted = opened.wrapper
  await opened.wrapper.get('#parties [data-testid="parties-row"] .row-actions button').trigger('click')
  return { ...opened, form: opened.wrapper.get('#parties .editor-row') }
}

describe('a text typed with an invisible direction control', () => {
  it('shows at the name what the character is and keeps the name as it was', async () => {
    const { app, id, form, wrapper } = await editFirstParty()
    const stored = await app.repository.get(id)
    const name = fieldIn(form, 'Name')
    await name.setValue('Zhang Wei\u202E')
    expect(fieldError(name)).toBe('This contains an invisible right-to-left override (U+202E), which shows the text after it backwards; remove it.')
    expect(name.attributes('aria-invalid')).toBe('true')
    await useWorkspaceStore().flush()
    expect(useWorkspaceStore().file!.parties[0]!.name).toBe('Zhang Wei')
    expect(await app.repository.get(id)).toEqual(stored)
    expect(wrapper.get('#parties [data-testid="parties-row"]').text()).not.toContain('\u202E')

    // Removed, the name is kept as typed.
    await name.setValue('Zhang Wei Jr')
    await flushPromises()
    expect(fieldError(name)).toBeNull()
    await useWorkspaceStore().flush()
    expect((await app.repository.get(id))?.file.parties[0]?.name).toBe('Zhang Wei Jr')
  })

  it('names a control character in a note by its code point, and keeps the note', async () => {
    const { app, id, form } = await editFirstParty()
    const stored = await app.repository.get(id)
    const note = fieldIn(form, 'Note')
    await note.setValue('called back\u0007')
    expect(fieldError(note)).toBe('This contains an invisible control character (U+0007); remove it. Only tabs and line breaks are kept.')
    await useWorkspaceStore().flush()
    expect(await app.repository.get(id)).toEqual(stored)
  })

  it('refuses a new party whose name holds an isolate, adding nothing', async () => {
    const opened = await openWorkspace(exampleText('harbor-tools'))
    mounted = opened.wrapper
    const before = useWorkspaceStore().file!.parties.length
    await opened.wrapper.get('[data-testid="add-parties"]').trigger('click')
    const form = opened.wrapper.get('#parties .add-form')
    const name = fieldIn(form, 'Name')
    await name.setValue('\u2067محمد')
    await form.get('button.primary').trigger('click')
    await flushPromises()
    expect(fieldError(name)).toContain('right-to-left isolate (U+2067)')
    expect(useWorkspaceStore().file!.parties).toHaveLength(before)
  })
})
