// @vitest-environment jsdom
// Issue 21 on screen: the export dialog refuses each weak passphrase with its reason (in both
// languages), hints at strength and offers a generated passphrase; a failed lazy load found by the
// router stores the pending edits first, then offers a reload to the same place.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ExportDialog from '@/components/ExportDialog.vue'
import StaleVersion from '@/views/shell/StaleVersion.vue'
import { guardReload, type ReloadHold } from '@/stores/reloadGuard'
import { staleAt, isFailedImport } from '@/router/staleVersion'
import { EFF_SHORT_WORDS } from '@/domain/support/passphraseLists/effShortWords'
import { appPlugins } from './helpers'
import { waitFor } from '../support/waitFor'

function mountDialog(locale: 'en' | 'zh-CN' = 'en') {
  return mount(ExportDialog, { props: { heading: 'Export', hint: 'A case file' }, global: { plugins: appPlugins(locale).plugins } })
}

async function typeTwice(wrapper: ReturnType<typeof mountDialog>, passphrase: string) {
  await wrapper.get('[data-testid="export-passphrase"]').setValue(passphrase)
  await wrapper.get('[data-testid="export-repeat"]').setValue(passphrase)
}

describe('the passphrase of a protected export', () => {
  it.each([
    ['            ', 'only spaces', '不能全部为空格'],
    ['zzzzzzzzzzzzzz', 'One character repeated', '单一字符重复'],
    ['123456789012', 'Digits alone', '纯数字'],
    ['password1234', 'most common passwords', '最常见的密码'],
  ])('refuses %j, saying why, and downloads nothing', async (passphrase, english, chinese) => {
    for (const [locale, expected] of [['en', english], ['zh-CN', chinese]] as const) {
      const wrapper = mountDialog(locale)
      await wrapper.get('[data-testid="export-protect"]').setValue(true)
      await typeTwice(wrapper, passphrase)
      await wrapper.get('form').trigger('submit')
      expect(wrapper.get('[data-testid="export-problem"]').text()).toContain(expected)
      expect(wrapper.emitted('download')).toBeUndefined()
      wrapper.unmount()
    }
  })

  it('hints at strength, and downloads with an acceptable passphrase', async () => {
    const wrapper = mountDialog()
    await wrapper.get('[data-testid="export-protect"]').setValue(true)
    await typeTwice(wrapper, 'harbour lights over')
    expect(wrapper.get('[data-testid="export-strength"]').text()).toBe('Strength: fair')
    await typeTwice(wrapper, 'harbour lights over the pearl river')
    expect(wrapper.get('[data-testid="export-strength"]').text()).toBe('Strength: strong')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('download')).toEqual([['harbour lights over the pearl river']])
  })

  it('offers a passphrase of seven words from the bundled list, and takes it when asked', async () => {
    const wrapper = mountDialog()
    await wrapper.get('[data-testid="export-protect"]').setValue(true)
    await wrapper.get('[data-testid="export-suggest"]').trigger('click')
    await waitFor(() => expect(wrapper.find('[data-testid="export-suggested"]').exists()).toBe(true))
    const suggested = (wrapper.get('[data-testid="export-suggested"]').element as HTMLInputElement).value
    expect(suggested.split(' ')).toHaveLength(7)
    for (const word of suggested.split(' ')) expect(EFF_SHORT_WORDS).toContain(word)
    await wrapper.get('[data-testid="export-use-suggested"]').trigger('click')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('download')).toEqual([[suggested]])
  })

  it('shows the time passed and Stop while the key is worked out', async () => {
    const wrapper = mountDialog()
    await wrapper.get('[data-testid="export-protect"]').setValue(true)
    await wrapper.setProps({ busy: true } as never)
    expect(wrapper.get('[data-testid="key-progress"]').text()).toContain('Working out the key from the passphrase… 0 s')
    await wrapper.get('[data-testid="key-stop"]').trigger('click')
    expect(wrapper.emitted('stop')).toHaveLength(1)
  })
})

describe('a part of the app that could not be loaded', () => {
  const assign = vi.fn()
  let hold: ReloadHold | null = null
  let stored = 0
  let removeGuard: (() => void) | null = null
  beforeEach(() => {
    staleAt.value = null
    hold = null
    stored = 0
    assign.mockReset()
    removeGuard = guardReload(async () => {
      stored += 1
      return hold
    })
    Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, pathname: '/cases/harbor-tools-2024', search: '', hash: '#offers', assign } })
  })
  afterEach(() => removeGuard?.())

  it('is recognized by the browsers’ messages for a failed dynamic import', () => {
    expect(isFailedImport(new TypeError('Failed to fetch dynamically imported module: http://x/assets/PrintView-1.js'))).toBe(true)
    expect(isFailedImport(new TypeError('error loading dynamically imported module'))).toBe(true)
    expect(isFailedImport(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isFailedImport(new Error('Invalid route'))).toBe(false)
  })

  it('found by the router: the edits are stored first, then a reload to the same place is offered', async () => {
    const { plugins, router } = appPlugins()
    const wrapper = mount(StaleVersion, { global: { plugins } })
    router.addRoute({ path: '/gone', name: 'gone', component: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Gone.js')) })
    await router.push('/gone').catch(() => undefined)
    await flushPromises()
    expect(staleAt.value).toBe('/cases/harbor-tools-2024#offers')
    await waitFor(() => expect(wrapper.find('[data-testid="stale-version-stored"]').exists()).toBe(true))
    expect(stored).toBe(1)
    expect(wrapper.text()).toContain('A newer version of the app is on the server.')
    await wrapper.get('[data-testid="stale-version-reload"]').trigger('click')
    await flushPromises()
    expect(stored).toBe(2)
    expect(assign).toHaveBeenCalledWith('/cases/harbor-tools-2024#offers')
  })

  it('holds the reload while a form is open, and says so', async () => {
    hold = 'openForm'
    const wrapper = mount(StaleVersion, { global: { plugins: appPlugins('zh-CN').plugins } })
    staleAt.value = '/cases/x'
    await waitFor(() => expect(wrapper.find('[data-testid="stale-version-hold"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="stale-version-hold"]').text()).toContain('仍有表单未完成')
    await wrapper.get('[data-testid="stale-version-reload"]').trigger('click')
    await flushPromises()
    expect(assign).not.toHaveBeenCalled()
  })
})
