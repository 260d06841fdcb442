// Shared by the component tests: the app's plugins (i18n, Pinia, a memory router)
// over a fresh database, and the worked examples as parsed cases.
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { expect } from 'vitest'
import { h, type Plugin } from 'vue'
import { createMemoryHistory, RouterView, type Router } from 'vue-router'
import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { buildCaseView, parseCaseFileText, summarizeCase, type CaseFile, type CaseView } from '@/domain'
import { exampleText } from '../support/examples'
import { CaseRepository, openCaseDatabase, StorageFullError, type CaseDatabase, type CaseRecord } from '@/persistence'
import { createAppI18n, type Locale } from '@/i18n'
import { createAppRouter } from '@/router'
import { setRepository } from '@/stores/loadRepository'
import { waitFor } from '../support/waitFor'

export { exampleText, expectedFigures } from '../support/examples'

export function exampleFile(name: string): CaseFile {
  return parseCaseFileText(exampleText(name))
}

/** The case view of a case file, as the workspace store builds it. */
export function viewOf(file: CaseFile): CaseView {
  return buildCaseView(file, summarizeCase(file))
}

/** A case in yen: no minor units, so no figure may show decimals. */
export function yenCase(): CaseFile {
  return parseCaseFileText(
    JSON.stringify({
      format: 'restitution-case',
      version: 1,
      id: 'yen-case',
      title: 'Osaka Precision v. Lucky Star',
      baseCurrency: 'JPY',
      fx: [{ currency: 'USD', perBase: '0.0067' }],
      parties: [
        { id: 's', name: 'Lucky Star', role: 'seller' },
        { id: 'm', name: 'Mother', role: 'family', relation: 'parent' },
      ],
      losses: [
        { id: 'l1', date: '2024-01-10', description: 'Deposit', category: 'payment', amount: '1234567.5', currency: 'JPY' },
        { id: 'l2', date: '2024-01-11', description: 'Wire fee', category: 'bank-fee', amount: '25.25', currency: 'USD' },
      ],
      offers: [
        { id: 'o1', date: '2024-02-01', from: 'seller', status: 'rejected', components: [{ partyId: 's', kind: 'cash', amount: '300000.4', currency: 'JPY' }] },
        { id: 'd1', date: '2024-02-02', from: 'buyer', status: 'countered', amount: '1000000.5', currency: 'JPY' },
        { id: 'o2', date: '2024-02-03', from: 'seller', status: 'open', components: [{ partyId: 'm', kind: 'cash', amount: '700000.6', currency: 'JPY' }] },
      ],
      payments: [{ id: 'r1', date: '2024-02-10', amount: '100000.5', currency: 'JPY' }],
      costs: [{ id: 'k1', date: '2024-01-20', description: 'Counsel', amount: '50000.5', currency: 'JPY' }],
    }),
  )
}

/** One second per call, from now, so updatedAt orders the saves. */
export function steppingClock(): () => Date {
  let tick = 0
  const start = Date.now()
  return () => new Date(start + 1000 * tick++)
}

export interface Plugins {
  pinia: Pinia
  i18n: ReturnType<typeof createAppI18n>
  router: Router
  repository: CaseRepository
  database: Promise<CaseDatabase>
  plugins: Plugin[]
}

/** Fresh Pinia, i18n in `locale`, a memory router and a repository over a new database. */
export function appPlugins(locale: Locale = 'en'): Plugins {
  const pinia = createPinia()
  setActivePinia(pinia)
  // jsdom has no scrolling; the router's scrollBehavior calls it on every navigation.
  if (typeof window !== 'undefined') window.scrollTo = (() => undefined) as typeof window.scrollTo
  const database = openCaseDatabase(`component-${Math.random().toString(36).slice(2)}`)
  const repository = new CaseRepository(database, { now: steppingClock() })
  setRepository(repository)
  const i18n = createAppI18n(locale)
  const router = createAppRouter(createMemoryHistory())
  return { pinia, i18n, router, repository, database, plugins: [pinia, i18n, router] }
}

/** Strings in `text` shaped like catalogue keys (`summary.lossTotal`) that are keys of `catalogue`. */
export function rawKeysIn(text: string, catalogue: Record<string, unknown>): string[] {
  const found = text.match(/\b[a-z]+\.[a-zA-Z]+(\.[a-zA-Z-]+)*\b/g) ?? []
  return [...new Set(found)].filter((candidate) => isKeyOf(catalogue, candidate))
}

export function isKeyOf(catalogue: Record<string, unknown>, key: string): boolean {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return true
}

/** Every leaf key of a nested catalogue: `summary.lossTotal`, `app.languages.zh-CN`. */
export function leafKeys(catalogue: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

/** The input, select or textarea of the field with this visible label (a required field's " *" ignored). */
export function fieldIn(scope: Pick<VueWrapper, 'findAll' | 'get'> | Pick<DOMWrapper<Element>, 'findAll' | 'get'>, label: string): Omit<DOMWrapper<Element>, 'exists'> {
  const element = scope.findAll('label').find((candidate) => candidate.text().replace(/\s*\*$/, '') === label)
  if (!element) throw new Error(`no field labelled ${label}`)
  return scope.get(`[id="${element.attributes('for')}"]`)
}

/** The error shown under a field, or null. */
export function fieldError(field: Pick<DOMWrapper<Element>, 'element'>): string | null {
  return field.element.closest('.field')?.querySelector('.field-error')?.textContent ?? null
}

/** A case imported and opened in the workspace through the app's router (charts stubbed: jsdom has no canvas). */
export async function openWorkspace(text: string): Promise<{ wrapper: VueWrapper; app: Plugins; id: string }> {
  const app = appPlugins('en')
  const { id } = await app.repository.importText(text)
  await app.router.push(`/cases/${id}`)
  await app.router.isReady()
  const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: app.plugins, stubs: { ChartCanvas: true } }, attachTo: document.body })
  await waitFor(() => expect(wrapper.find('[data-testid="summary-panel"]').exists()).toBe(true))
  await flushPromises()
  return { wrapper, app, id }
}

/** A repository over `database` whose every save fails as a full disk would. */
export class FullRepository extends CaseRepository {
  override save(): Promise<CaseRecord> {
    return Promise.reject(new StorageFullError())
  }
}
