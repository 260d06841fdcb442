// @vitest-environment jsdom
// Both catalogues have the same keys, and no screen shows a raw catalogue key
// (`summary.lossTotal`) in either language.
import { waitFor } from '../support/waitFor'
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { RouterView } from 'vue-router'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { allCatalogues, LOCALES, type Locale } from '@/i18n'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import CaseListView from '@/views/cases/CaseListView.vue'
import { appPlugins, exampleText, leafKeys, rawKeysIn } from './helpers'

const HARBOR_ID = 'harbor-tools-2024'

afterEach(() => setRepository(null))
// Mounting whole views in jsdom takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

describe('the catalogues', () => {
  it('are searched for raw keys the way this test means', () => {
    const { en } = allCatalogues()
    expect(rawKeysIn('Loss summary.lossTotal and e.g. Zhejiang, relation.parent.', en)).toEqual(['summary.lossTotal', 'relation.parent'])
  })

  it('have exactly the same keys in English and Chinese', () => {
    const { en, 'zh-CN': zh } = allCatalogues()
    const enKeys = leafKeys(en).sort()
    const zhKeys = leafKeys(zh).sort()
    expect(zhKeys.filter((key) => !enKeys.includes(key)), 'only in zh-CN').toEqual([])
    expect(enKeys.filter((key) => !zhKeys.includes(key)), 'only in en').toEqual([])
  })

  it('have no empty message, and no Chinese placeholder the English message is not given', () => {
    const { en, 'zh-CN': zh } = allCatalogues()
    const at = (catalogue: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string
    for (const key of leafKeys(en)) {
      const english = at(en, key)
      const chinese = at(zh, key)
      expect(english.trim(), key).not.toBe('')
      expect(chinese.trim(), key).not.toBe('')
      const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()
      // A translation may leave a detail out (the JSON parser's English words), but a
      // placeholder the screen never fills would show as "{name}".
      expect(placeholders(english), key).toEqual(expect.arrayContaining(placeholders(chinese)))
      expect(chinese.split('|').length, `${key}: plural forms`).toBe(english.split('|').length)
    }
  })
})

async function mountList(locale: Locale): Promise<VueWrapper> {
  const app = appPlugins(locale)
  await app.repository.importText(exampleText('harbor-tools'))
  await app.repository.importText(exampleText('kowloon-vanished'))
  await app.repository.create('Blank', 'JPY')
  await app.router.push('/')
  await app.router.isReady()
  const wrapper = mount(CaseListView, { global: { plugins: app.plugins } })
  await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(3))
  return wrapper
}

async function mountWorkspace(locale: Locale) {
  const app = appPlugins(locale)
  await app.repository.importText(exampleText('harbor-tools'))
  await app.router.push(`/cases/${HARBOR_ID}`)
  await app.router.isReady()
  // Inside a RouterView, as in the app, so the view's route guards have their route.
  const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: app.plugins, stubs: { ChartCanvas: true } } })
  await waitFor(() => expect(wrapper.find('[data-testid="summary-panel"]').exists()).toBe(true))
  await flushPromises()
  return { wrapper, app }
}

/** Every text a person sees or hears: text nodes, and labels, titles and placeholders. */
function visibleText(wrapper: VueWrapper): string {
  const root = wrapper.element as HTMLElement
  const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
    ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  )
  const options = [...root.querySelectorAll('option')].map((option) => option.textContent ?? '')
  return [root.textContent ?? '', ...attributes, ...options].join('\n')
}

describe.each(LOCALES)('in %s, no raw key is shown', (locale) => {
  const catalogue = allCatalogues()[locale]

  it('on the case list', async () => {
    const wrapper = await mountList(locale)
    // Open every panel a user can open: the new-case form.
    await wrapper.get('[data-testid="new-case"]').trigger('click')
    expect(rawKeysIn(visibleText(wrapper), catalogue)).toEqual([])
  })

  it('in the workspace, with every editor open', async () => {
    const { wrapper } = await mountWorkspace(locale)
    expect(rawKeysIn(visibleText(wrapper), catalogue)).toEqual([])
    // The add forms of each list, and an offer's editor.
    for (const button of wrapper.findAll('[data-testid^="add-"]')) await button.trigger('click')
    await wrapper.get('[data-testid="offer-row"] .row-actions button').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('.add-form').length).toBeGreaterThan(5)
    // The offer editor is its own chunk, downloaded before the form opens.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="offer-editor"]').exists()).toBe(true))
    expect(rawKeysIn(visibleText(wrapper), catalogue)).toEqual([])
  })
})

describe('the workspace in Chinese', () => {
  it('shows the sections and the summary in Chinese', async () => {
    const { wrapper } = await mountWorkspace('zh-CN')
    const zh = allCatalogues()['zh-CN'] as { section: Record<string, string>; summary: Record<string, string> }
    for (const title of Object.values(zh.section)) expect(wrapper.text()).toContain(title)
    expect(wrapper.get('[data-testid="summary-panel"]').text()).toContain(zh.summary.lossTotal)
  })

  // Bug: the column headers of every list in the workspace are built once, with
  // t(), when the view is set up (the list columns' `label: t('party.name')`), so switching the language while a
  // case is open leaves them in the old language until the page is reloaded.
  it('translates the table headers when the language is switched with the case open', async () => {
    const { wrapper, app } = await mountWorkspace('en')
    app.i18n.global.locale.value = 'zh-CN'
    await flushPromises()
    const zh = allCatalogues()['zh-CN'] as { party: { name: string; role: string }; common: { description: string } }
    const headers = wrapper.findAll('#parties th').map((th) => th.text())
    expect(headers).toContain(zh.party.name)
    expect(headers).toContain(zh.party.role)
    expect(wrapper.findAll('#losses th').map((th) => th.text())).toContain(zh.common.description)
  })

  // Bug: the "In {currency}" column header is built once with the base currency the
  // case had when the view was set up (the amount columns,
  // `t('common.inBase', { currency: base.value })`), so after changing the base
  // currency the header names the old currency above amounts in the new one.
  it('names the new base currency above converted amounts after the base currency changes', async () => {
    const { wrapper } = await mountWorkspace('en')
    const workspace = useWorkspaceStore()
    // Every amount of harbor-tools is in USD or CNY: keep both rated against a new base, EUR.
    const issues = workspace.changeCase((current) => ({
      ...current,
      baseCurrency: 'EUR',
      fx: [
        { currency: 'USD', perBase: '1.08' },
        { currency: 'CNY', perBase: '7.8' },
      ],
    }))
    expect(issues).toBeNull()
    await flushPromises()
    const headers = wrapper.findAll('#losses th').map((th) => th.text())
    expect(headers).toContain('In EUR')
    expect(headers).not.toContain('In USD')
  })
})
