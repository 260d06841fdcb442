// @vitest-environment jsdom
// Issue 18, item 8: every choice shows its value before it is opened. The settlement's offer
// choice fills its other choices only when opened (5,000 offers), yet shows the one it holds.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import CriminalSection from '@/views/workspace/criminal/CriminalSection.vue'
import { criminalExampleText } from '../support/examples'
import { appPlugins, openWorkspace } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
const mounted: VueWrapper[] = []
afterEach(async () => {
  await useWorkspaceStore().flush()
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  setRepository(null)
})

async function settlement(text: string): Promise<VueWrapper> {
  const app = appPlugins('en')
  const { id } = await app.repository.importText(text)
  const workspace = useWorkspaceStore()
  await workspace.open(id)
  const Harness = defineComponent({ setup: () => () => (workspace.caseView ? h(CriminalSection, { part: 'settlement', view: workspace.caseView, today: '2024-06-01' }) : null) })
  const wrapper = mount(Harness, { global: { plugins: app.plugins }, attachTo: document.body })
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}

const offerChoice = (wrapper: VueWrapper) => wrapper.get('[data-field="offerId"] select').element as HTMLSelectElement
const shownText = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? ''

describe('the settlement’s offer choice', () => {
  it('shows “Seller offer 3 …” before it is focused or pressed, with its other choices not yet worded', async () => {
    const wrapper = await settlement(criminalExampleText())
    const select = offerChoice(wrapper)
    expect(document.activeElement).not.toBe(select)
    expect(select.value).toBe('o3')
    expect(shownText(select)).toBe('Seller offer 3 · May 16, 2024 · $69,444.44')
    // Still lazy: the empty choice and the chosen one only, until the list is asked for.
    expect(select.options).toHaveLength(2)
    await wrapper.get('[data-field="offerId"] select').trigger('focus')
    expect(select.options).toHaveLength(6)
    expect(shownText(select)).toBe('Seller offer 3 · May 16, 2024 · $69,444.44')
  })

  it('says which offer is in effect when the agreement names none: the accepted one, as the terms use it', async () => {
    const raw = JSON.parse(criminalExampleText()) as { extra: { tracker: { settlement: { agreement: Record<string, unknown> } } } }
    delete raw.extra.tracker.settlement.agreement.offerId
    const wrapper = await settlement(JSON.stringify(raw))
    const select = offerChoice(wrapper)
    expect(select.value).toBe('')
    expect(shownText(select)).toBe('— (the accepted offer: Seller offer 3 · May 16, 2024 · $69,444.44)')
    expect(wrapper.get('[data-testid="agreement-amount"]').text()).toBe('$69,444.44')
  })
})

describe('every select of the workspace’s forms', () => {
  it('shows the value it holds, never the empty “—”, with each list’s editor and the security editor open', async () => {
    const { wrapper } = await openWorkspace(criminalExampleText())
    mounted.push(wrapper)
    // Open the first record of every list, and the security of the first part paid later.
    for (const row of wrapper.findAll('[data-testid$="-row"]').filter((row, i, all) => all.findIndex((other) => other.attributes('data-testid') === row.attributes('data-testid')) === i)) {
      const edit = row.find('.row-actions button.link:not(.danger)')
      if (edit.exists()) await edit.trigger('click')
    }
    await wrapper.get('[data-testid="edit-security"]').trigger('click')
    // And the offer editor, on the accepted offer (its parts name payers and a property).
    const editOffer = wrapper.findAll('#negotiation tbody button.link').filter((button) => button.text().startsWith('Edit'))
    await editOffer.at(-1)!.trigger('click')
    await flushPromises()
    // The offer editor is its own chunk, downloaded before the form opens.
    await vi.waitFor(() => expect(wrapper.find('#negotiation [data-testid="offer-editor"]').exists()).toBe(true))

    const selects = wrapper.findAll('select[data-value]').map((found) => found.element as HTMLSelectElement)
    const holding = selects.filter((select) => select.dataset.value !== '')
    const wrong = holding
      .filter((select) => select.value !== select.dataset.value || ['', '—'].includes(shownText(select).trim()))
      .map((select) => `${select.closest('[data-field]')?.getAttribute('data-field')}=${select.dataset.value} shows "${shownText(select)}"`)
    expect(wrong).toEqual([])
    // The sweep saw the forms it was meant to: the lists' editors, the settlement's and the security's.
    const fields = new Set(holding.map((select) => select.closest('[data-field]')?.getAttribute('data-field')))
    for (const field of ['offerId', 'payerId', 'partyId', 'role', 'category', 'currency', 'kind', 'status', 'propertyId']) expect(fields, field).toContain(field)
    expect(holding.length).toBeGreaterThanOrEqual(15)
    // The offer editor's own choice of the move it answers (not a form field): Buyer demand 2.
    const respondsTo = wrapper.get('[data-testid="responds-to"]').element as HTMLSelectElement
    expect(respondsTo.value).toBe('d2')
    expect(shownText(respondsTo)).toMatch(/^Buyer demand 2 · /)
  })
})
