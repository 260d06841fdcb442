// @vitest-environment jsdom
// The update prompt of the shell, with the service worker's side replaced: a waiting version is
// offered, never forced; a reload waits while anything holds it and says what; "later" puts it
// away; when another tab took the new version, this tab reloads if nothing holds it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { guardReload, type ReloadHold } from '@/stores/reloadGuard'
import AppUpdate from '@/views/shell/AppUpdate.vue'
import { appPlugins } from './helpers'

const sw = vi.hoisted(() => ({ options: null as RegisterSWOptions | null, update: null as unknown as ReturnType<typeof vi.fn> }))
const needRefresh = ref(false)
const offlineReady = ref(false)
vi.mock('virtual:pwa-register/vue', () => ({
  useRegisterSW(options: RegisterSWOptions) {
    sw.options = options
    return { needRefresh, offlineReady, updateServiceWorker: sw.update }
  },
}))

const reload = vi.fn()
let removeGuard: (() => void) | null = null
let hold: ReloadHold | null = null
beforeEach(() => {
  needRefresh.value = false
  offlineReady.value = false
  sw.update = vi.fn(async () => undefined)
  hold = null
  removeGuard = guardReload(async () => hold)
  reload.mockReset()
  Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } })
})
afterEach(() => removeGuard?.())

function mountPrompt(locale: 'en' | 'zh-CN' = 'en') {
  document.body.innerHTML = '<div id="app-footer-extra"></div>'
  return mount(AppUpdate, { global: { plugins: appPlugins(locale).plugins }, attachTo: document.body })
}

describe('AppUpdate', () => {
  it('shows nothing until a new version waits', async () => {
    const wrapper = mountPrompt()
    expect(wrapper.find('[data-testid="app-update"]').exists()).toBe(false)
    needRefresh.value = true
    await flushPromises()
    expect(wrapper.get('[data-testid="app-update"]').text()).toContain('A new version of the app is ready.')
    expect(reload).not.toHaveBeenCalled()
    expect(sw.update).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('lets the waiting version take over when nothing holds the page', async () => {
    const wrapper = mountPrompt()
    needRefresh.value = true
    await flushPromises()
    await wrapper.get('[data-testid="app-update-reload"]').trigger('click')
    await flushPromises()
    expect(sw.update).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="app-update-hold"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it.each([
    ['openForm', 'Save or close the open form first'],
    ['unsaved', 'Your last edit could not be stored yet'],
  ] as const)('waits while %s holds the page, and says why', async (why, words) => {
    hold = why
    const wrapper = mountPrompt()
    needRefresh.value = true
    await flushPromises()
    await wrapper.get('[data-testid="app-update-reload"]').trigger('click')
    await flushPromises()
    expect(sw.update).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="app-update-hold"]').text()).toContain(words)
    // Once nothing holds it, the same button goes ahead.
    hold = null
    await wrapper.get('[data-testid="app-update-reload"]').trigger('click')
    await flushPromises()
    expect(sw.update).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('puts the prompt away on "Later"', async () => {
    const wrapper = mountPrompt()
    needRefresh.value = true
    await flushPromises()
    await wrapper.get('[data-testid="app-update-later"]').trigger('click')
    expect(wrapper.find('[data-testid="app-update"]').exists()).toBe(false)
    expect(sw.update).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('reloads when the new version took over elsewhere, unless something holds this tab', async () => {
    hold = 'openForm'
    const wrapper = mountPrompt()
    sw.options?.onNeedReload?.()
    await flushPromises()
    expect(reload).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="app-update"]').text()).toContain('took over in another tab')
    expect(wrapper.find('[data-testid="app-update-later"]').exists()).toBe(false)
    hold = null
    await wrapper.get('[data-testid="app-update-reload"]').trigger('click')
    await flushPromises()
    expect(reload).toHaveBeenCalledTimes(1)
    // The worker already runs: nothing more is asked of it.
    expect(sw.update).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('says in the footer when the app opens offline, in the chosen language', async () => {
    const wrapper = mountPrompt('zh-CN')
    offlineReady.value = true
    await flushPromises()
    expect(document.getElementById('app-footer-extra')?.textContent).toContain('可离线使用')
    needRefresh.value = true
    await flushPromises()
    expect(wrapper.get('[data-testid="app-update"]').text()).toContain('应用的新版本已准备就绪。')
    wrapper.unmount()
  })
})
