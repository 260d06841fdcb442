// @vitest-environment jsdom
// Changing the base currency from the workspace: asked, shown before and after, converted, undoable.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { RouterView } from 'vue-router'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { waitFor } from '../support/waitFor'
import { appPlugins } from './helpers'

afterEach(() => {
  useWorkspaceStore().$reset()
  setRepository(null)
})
vi.setConfig({ testTimeout: 30_000 })

const CASE = JSON.stringify({
  format: 'restitution-case',
  version: 1,
  id: 'rebase-case',
  title: 'Buyer v. Seller',
  baseCurrency: 'USD',
  fx: [{ currency: 'CNY', perBase: '7.2', asOf: '2024-05-02' }],
  losses: [{ id: 'l1', date: '2024-01-10', description: 'Deposit', category: 'payment', amount: '720000', currency: 'CNY' }],
})

async function openCase(): Promise<VueWrapper> {
  const app = appPlugins('en')
  await app.repository.importText(CASE)
  await app.router.push('/cases/rebase-case')
  await app.router.isReady()
  const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: app.plugins, stubs: { ChartCanvas: true } }, attachTo: document.body })
  await waitFor(() => expect(wrapper.find('[data-testid="summary-panel"]').exists()).toBe(true))
  await flushPromises()
  return wrapper
}

const lossTotal = (wrapper: VueWrapper) => wrapper.get('[data-testid="loss-total"]').text()

describe('changing the base currency', () => {
  it('shows the old and new rates, converts them so the loss keeps its value, and Undo takes it back', async () => {
    const wrapper = await openCase()
    expect(lossTotal(wrapper)).toBe('$100,000.00')
    await wrapper.get('[data-testid="change-base"]').trigger('click')
    // The panel is its own chunk, downloaded when first opened.
    await vi.waitFor(() => wrapper.get('[data-testid="rebase-to"]'))
    await wrapper.get('[data-testid="rebase-to"]').setValue('EUR')
    // No rate for EUR in the case: the change waits for one.
    expect(wrapper.get('[data-testid="rebase-problem"]').text()).toContain('how many EUR one USD buys')
    expect(wrapper.get('[data-testid="rebase-apply"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="rebase-rate"]').setValue('0.92')

    const rows = wrapper.findAll('[data-testid="rate-change"] tbody tr')
    expect(rows.map((row) => row.attributes('data-currency'))).toEqual(['EUR', 'USD', 'CNY'])
    expect(rows[2]!.get('[data-testid="rate-before"]').text()).toBe('7.2 CNY')
    expect(rows[2]!.get('[data-testid="rate-after"]').text()).toContain('≈ 7.82608696 CNY')
    expect(wrapper.get('[data-testid="rebase-loss-total"]').text()).toBe('Total loss: $100,000.00 → €92,000.00')
    // Nothing has changed yet.
    expect(useWorkspaceStore().file?.baseCurrency).toBe('USD')

    await wrapper.get('[data-testid="rebase-apply"]').trigger('click')
    await flushPromises()
    expect(useWorkspaceStore().file?.baseCurrency).toBe('EUR')
    expect(wrapper.get('[data-testid="base-currency"]').text()).toBe('EUR')
    expect(lossTotal(wrapper)).toBe('€92,000.00')
    expect(wrapper.get('[data-testid="rebase-done"]').text()).toContain('The base currency is now EUR (was USD)')

    await wrapper.get('[data-testid="rebase-done"] button').trigger('click')
    await flushPromises()
    expect(useWorkspaceStore().file?.baseCurrency).toBe('USD')
    expect(useWorkspaceStore().file?.fx).toEqual([{ currency: 'CNY', perBase: '7.2', asOf: '2024-05-02' }])
    expect(lossTotal(wrapper)).toBe('$100,000.00')
    wrapper.unmount()
  })

  it('takes the case’s own rate for a currency it has, and says where it came from', async () => {
    const wrapper = await openCase()
    await wrapper.get('[data-testid="change-base"]').trigger('click')
    // The panel is its own chunk, downloaded when first opened.
    await vi.waitFor(() => wrapper.get('[data-testid="rebase-to"]'))
    await wrapper.get('[data-testid="rebase-to"]').setValue('cny')
    expect((wrapper.get('[data-testid="rebase-rate"]').element as HTMLInputElement).value).toBe('7.2')
    expect(wrapper.text()).toContain('From your rates (as of May 2, 2024)')
    expect(wrapper.get('[data-testid="rebase-loss-total"]').text()).toBe('Total loss: $100,000.00 → CNY 720,000.00')
    await wrapper.get('[data-testid="rebase-apply"]').trigger('click')
    await flushPromises()
    expect(useWorkspaceStore().file?.fx).toEqual([{ currency: 'USD', perBase: '0.13888889', asOf: '2024-05-02' }])
    wrapper.unmount()
  })
})
