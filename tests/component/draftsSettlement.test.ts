// @vitest-environment jsdom
// The settlement section with the drafts' fields: the addressee, its case number and the
// charge are kept in the agreement's block, and a recorded satisfaction the figures contradict
// is flagged, the drafts following the figures.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { caseTracker } from '@/domain'
import type { Locale } from '@/i18n'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import CriminalSection from '@/views/workspace/criminal/CriminalSection.vue'
import { criminalExampleText } from '../support/examples'
import { waitFor } from '../support/waitFor'
import { appPlugins, fieldIn } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
const mounted: VueWrapper[] = []
let store: ReturnType<typeof useWorkspaceStore>
afterEach(async () => {
  await store?.flush()
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  store?.$reset()
  setRepository(null)
})

async function openSettlement(locale: Locale = 'en'): Promise<VueWrapper> {
  const app = appPlugins(locale)
  const { id } = await app.repository.importText(criminalExampleText('jinhua-three-payers'))
  const workspace = useWorkspaceStore()
  store = workspace
  await workspace.open(id)
  const Harness = defineComponent({ setup: () => () => (workspace.caseView ? h(CriminalSection, { part: 'settlement', view: workspace.caseView, today: '2026-12-02' }) : null) })
  const wrapper = mount(Harness, { global: { plugins: app.plugins }, attachTo: document.body })
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}

describe('the drafts’ fields in the settlement section', () => {
  it('keeps the addressee and the charge in the agreement', async () => {
    const wrapper = await openSettlement()
    await fieldIn(wrapper, 'Addressed to (the authority)').setValue('金华市婺城区人民检察院')
    await fieldIn(wrapper, 'Charge').setValue('合同诈骗罪')
    await waitFor(() => expect(caseTracker(store.file!).settlement?.agreement).toMatchObject({ authority: '金华市婺城区人民检察院', charge: '合同诈骗罪', caseNumber: '婺公（经）立字〔2026〕1041号' }))
  })

  it('says when the figures contradict the recorded satisfaction, in both languages', async () => {
    expect((await openSettlement()).get('[data-testid="satisfaction-figures"]').text()).toContain('The drafts follow the figures')
  })

  it('in Chinese, the draft links name the documents without 中英文', async () => {
    const wrapper = await openSettlement('zh-CN')
    expect(wrapper.get('[data-testid="satisfaction-figures"]').text()).toBe('按数额应为：部分弥补损失。草稿按数额表述。')
    expect(wrapper.get('[data-testid="draft-agreement"]').text()).toBe('退赔协议（草稿）')
  })
})
