// @vitest-environment jsdom
// The criminal-case sections in Chinese, as a PRC lawyer reads them (issues 19, 22): citations
// in Chinese numerals with the full title, the wording fixes on screen, no stray spaces, no
// Arabic article number, no ¥ / US$, no ISO date, and "unconfirmed" only as a note.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { tidyChinese } from '@/domain'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import CriminalSection from '@/views/workspace/criminal/CriminalSection.vue'
import type { CriminalSectionId } from '@/views/workspace/sections'
import { criminalExampleText } from '../support/examples'
import { appPlugins } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
const mounted: VueWrapper[] = []
let store: ReturnType<typeof useWorkspaceStore> | undefined
afterEach(async () => {
  await store?.flush()
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  store?.$reset()
  setRepository(null)
})

async function openChinese(part: CriminalSectionId): Promise<VueWrapper> {
  const app = appPlugins('zh-CN')
  const { id } = await app.repository.importText(criminalExampleText())
  const workspace = useWorkspaceStore()
  store = workspace
  await workspace.open(id)
  const Harness = defineComponent({ setup: () => () => (workspace.caseView ? h(CriminalSection, { part, view: workspace.caseView, today: '2024-06-01' }) : null) })
  const wrapper = mount(Harness, { global: { plugins: app.plugins }, attachTo: document.body })
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}

/** The texts a reader sees, paragraph by paragraph (not the form's own inputs). */
const paragraphs = (wrapper: VueWrapper, selector: string) => wrapper.findAll(selector).map((node) => node.text())

/** The app's own texts follow the conventions (the cells of a list hold what the user typed, as typed). */
function expectChineseConventions(wrapper: VueWrapper, selector = 'p, li, td, th, h3, legend, label, option') {
  for (const text of paragraphs(wrapper, selector)) {
    expect(text).toBe(tidyChinese(text))
    expect(text).not.toMatch(/第\s*[0-9]+\s*条(?!.*章)|¥|US\$|€|\d{4}-\d{2}-\d{2}|卖方|买方|来源文章|\d\s*天/)
  }
}

describe('the criminal sections in Chinese', () => {
  it('procedure: each deadline cites its source in full, in Chinese numerals', async () => {
    const wrapper = await openChinese('procedure')
    const investigation = wrapper.get('[data-testid="deadline"][data-period="investigation-custody"]')
    expect(investigation.get('.deadline__source').text()).toBe('依据：《中华人民共和国刑事诉讼法》（2018年修正）第一百五十六条、第一百五十八条至第一百六十条')
    expect(wrapper.get('[data-testid="event-row"][data-kind="detention-extended"]').text()).toContain('延长提请批准逮捕期限（一至四日）')
    expect(wrapper.text()).toContain('（《中华人民共和国刑事诉讼法》（2018年修正）第一百零五条）')
    expectChineseConventions(wrapper)
  })

  it('legal context: the rate in words, the unconfirmed article number as a note beside the figure', async () => {
    const wrapper = await openChinese('legal')
    expect(wrapper.get('[data-testid="loss-rmb"]').text()).toContain('按本案汇率（1美元兑人民币7.2元')
    const threshold = wrapper.get('[data-testid="contract-fraud"]')
    expect(threshold.text()).toContain('立案追诉标准：人民币20,000元')
    expect(threshold.get('[data-testid="unconfirmed-article"]').text()).toBe('条文序号未经核实')
    expect(wrapper.get('[data-testid="reconciliation"]').text()).toContain('并且可能判处三年有期徒刑以下刑罚的案件（上述条件须同时具备）')
    expect(wrapper.text()).toContain('（《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（法释〔2021〕1号）第一百七十六条）')
    expect(wrapper.get('[data-testid="reductions"]').text()).toContain('可以减少基准刑的40%以下')
    expectChineseConventions(wrapper)
  })

  it('where to report: formal help, the offer to settle recorded apart and not counted as a sign of fraud', async () => {
    const wrapper = await openChinese('reporting')
    expect(wrapper.text()).toContain('报案应当及时，宜在数日内提出，以防涉案款项被转移、挥霍（德恒律师事务所文章）。')
    expect(wrapper.get('[data-testid="settle-offer"]').text()).toContain('不将其视为诈骗迹象')
    expect(wrapper.get('[data-testid="triage-result"]').text()).not.toContain('友好协商解决”（')
    expect(wrapper.text()).toContain('涉嫌罪名')
    expectChineseConventions(wrapper)
  })

  it('evidence: the source named, no 买方', async () => {
    const wrapper = await openChinese('evidence')
    expect(wrapper.text()).toContain('被害单位文件的认证方式')
    expectChineseConventions(wrapper, 'p, li, th, h3, legend, label, option')
  })
})
