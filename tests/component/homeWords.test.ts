// @vitest-environment jsdom
// The app's first script carries only the English of the shell and the case list
// (HOME_WORDS, src/i18n/messages.ts; the build splits English in build/precompileMessages.ts):
// every key the home page's code names is among them, and the case list, with its panels
// open, shows no raw key when English is only that part.
import { waitFor } from '../support/waitFor'
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { splitCatalogue } from '../../build/splitCatalogue'
import { allCatalogues } from '@/i18n'
import { HOME_WORDS } from '@/i18n/messages'
import { setRepository } from '@/stores/loadRepository'
import CaseListView from '@/views/cases/CaseListView.vue'
import { appPlugins, exampleText, rawKeysIn } from './helpers'

const SRC = resolve(import.meta.dirname, '../../src')

afterEach(() => setRepository(null))
vi.setConfig({ testTimeout: 30_000 })

/** The files of src/main.ts's static imports, followed through (not `import type`, not `import()`). */
function homePageFiles(): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    const code = file.endsWith('.vue') ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n') : text
    for (const match of code.matchAll(/^(?:import|export)(\s+type)?\s[\s\S]*?\sfrom\s+'([^']+)'/gm)) {
      const [, typeOnly, specifier] = match
      if (typeOnly || !specifier || !(specifier.startsWith('@/') || specifier.startsWith('.'))) continue
      const base = specifier.startsWith('@/') ? resolve(SRC, specifier.slice(2)) : resolve(dirname(file), specifier)
      const found = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => /\.(ts|vue)$/.test(candidate) && exists(candidate))
      if (found) visit(found)
    }
  }
  visit(resolve(SRC, 'main.ts'))
  return [...seen]
}

function exists(file: string): boolean {
  try {
    readFileSync(file)
    return true
  } catch {
    return false
  }
}

const covered = (key: string) => HOME_WORDS.some((path) => key === path || key.startsWith(`${path}.`))

describe('the English the app starts with', () => {
  it('holds every key the home page’s code names', () => {
    const files = homePageFiles()
    // The walk reaches the case list and what it imports, and stops at the lazy pages.
    expect(files.some((file) => file.endsWith('CaseTable.vue'))).toBe(true)
    expect(files.some((file) => file.endsWith('CaseWorkspaceView.vue'))).toBe(false)
    const keys = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bte?\(\s*['`]([a-zA-Z][\w-]*\.[^'`$]*)/g)].map((match) => `${match[1]}`.replace(/\.$/, '')),
    )
    expect(keys.length).toBeGreaterThan(50)
    expect(keys.filter((key) => !covered(key))).toEqual([])
    // useProblemText words a problem's parameters by these prefixes.
    for (const prefix of ['problem', 'problemWhat', 'kind', 'role']) expect(covered(`${prefix}.x`), prefix).toBe(true)
  })

  it('is enough for the case list with its panels open and a failed import', async () => {
    const whole = allCatalogues().en
    const [home] = splitCatalogue(whole as never, HOME_WORDS)
    const app = appPlugins('en')
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: home }, missingWarn: false, fallbackWarn: false })
    await app.repository.importText(exampleText('harbor-tools'))
    await app.repository.create('Blank', 'JPY')
    await app.router.push('/')
    await app.router.isReady()
    const wrapper: VueWrapper = mount(CaseListView, { global: { plugins: [app.pinia, i18n, app.router] } })
    await waitFor(() => expect(wrapper.findAll('[data-testid="case-row"]')).toHaveLength(2))
    await wrapper.get('[data-testid="new-case"]').trigger('click')
    await wrapper.get('[data-testid="backup"]').trigger('click')
    const input = wrapper.get('[data-testid="import-input"]')
    const bad = exampleText('harbor-tools').replace('"27000.00"', '"27,000.00"')
    Object.defineProperty(input.element, 'files', { value: [new File([bad], 'bad.json')], configurable: true })
    await input.trigger('change')
    await flushPromises()
    await waitFor(() => expect(wrapper.find('[data-testid="import-errors"]').exists()).toBe(true))
    const text = [wrapper.text(), ...wrapper.findAll('[aria-label], [placeholder]').flatMap((element) => [element.attributes('aria-label') ?? '', element.attributes('placeholder') ?? ''])].join('\n')
    expect(rawKeysIn(text, whole)).toEqual([])
  })
})
