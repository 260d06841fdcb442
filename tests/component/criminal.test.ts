// @vitest-environment jsdom
// The criminal-case sections of the workspace: what they show from the worked example,
// and edits through the store (validated, kept in the tracker block, undoable).
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { caseTracker, componentTracker, isolate as u } from '@/domain'
import type { Locale } from '@/i18n'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import CriminalSection from '@/views/workspace/criminal/CriminalSection.vue'
import type { CriminalSectionId } from '@/views/workspace/sections'
import { criminalExampleText } from '../support/examples'
import { waitFor } from '../support/waitFor'
import { appPlugins, fieldError, fieldIn } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
const mounted: VueWrapper[] = []
afterEach(async () => {
  // A pending save is written now, into this test's database, not the next one's.
  await store?.flush()
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  store?.$reset()
  setRepository(null)
})

async function openSection(part: CriminalSectionId, options: { locale?: Locale; today?: string; text?: string } = {}): Promise<VueWrapper> {
  const app = appPlugins(options.locale ?? 'en')
  const { id } = await app.repository.importText(options.text ?? criminalExampleText())
  const workspace = useWorkspaceStore()
  store = workspace
  await workspace.open(id)
  const today = options.today ?? '2024-06-01'
  const Harness = defineComponent({ setup: () => () => (workspace.caseView ? h(CriminalSection, { part, view: workspace.caseView, today }) : null) })
  const wrapper = mount(Harness, { global: { plugins: app.plugins }, attachTo: document.body })
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}
// The store of the case on screen (the active Pinia can change between tests' async work).
let store: ReturnType<typeof useWorkspaceStore>
const tracker = () => caseTracker(store.file!)

describe('procedure and deadlines', () => {
  it('lists each deadline with the event kind it follows and its last day, and says it is not legal advice', async () => {
    const wrapper = await openSection('procedure')
    const deadlines = wrapper.findAll('[data-testid="deadline"]').map((d) => [d.attributes('data-kind'), d.attributes('data-due'), d.attributes('data-state')])
    expect(deadlines).toEqual([
      ['arrest-approved', '2024-07-10', 'open'],
      ['report-submitted', '2024-04-15', 'met'],
      ['detention-extended', '2024-05-05', 'met'],
      ['arrest-requested', '2024-05-11', 'met'],
    ])
    expect(wrapper.get('[data-kind="arrest-approved"] [data-testid="deadline-state"]').text()).toBe('39 days left')
    expect(wrapper.get('[data-testid="legal-notice"]').text()).toContain('Not legal advice; verify current law and local standards.')
    expect(wrapper.get('[data-testid="leverage-window"]').attributes('data-open')).toBe('false')
  })

  it('records an event through the store; the deadline follows, and a delete can be undone', async () => {
    const wrapper = await openSection('procedure')
    await wrapper.get('[data-testid="add-event"]').trigger('click')
    const form = wrapper.get('.tracker-list .add-form')
    await fieldIn(form, 'Event').setValue('referred-for-prosecution')
    await fieldIn(form, 'Date').setValue('2024-07-08')
    await form.get('button.primary').trigger('click')
    await flushPromises()
    expect(tracker().procedure?.at(-1)).toMatchObject({ kind: 'referred-for-prosecution', date: '2024-07-08' })
    await waitFor(() => expect(wrapper.find('[data-testid="deadline"][data-kind="referred-for-prosecution"]').attributes('data-due')).toBe('2024-08-08'))
    expect(wrapper.get('[data-testid="deadline"][data-kind="arrest-approved"]').attributes('data-state')).toBe('met')

    const row = wrapper.findAll('[data-testid="event-row"]').at(-1)!
    await row.get('button.danger').trigger('click')
    await flushPromises()
    expect(tracker().procedure).toHaveLength(6)
    await wrapper.get('[data-testid="undo-remove"]').trigger('click')
    await flushPromises()
    expect(tracker().procedure).toHaveLength(7)
  })

  it('refuses an impossible date at the field, in Chinese too, and keeps nothing', async () => {
    const wrapper = await openSection('procedure', { locale: 'zh-CN' })
    await wrapper.get('[data-testid="add-event"]').trigger('click')
    const form = wrapper.get('.tracker-list .add-form')
    const date = fieldIn(form, '日期')
    await date.setValue('2024-02-30')
    await form.get('button.primary').trigger('click')
    expect(fieldError(date)).toBe('2024-02-30不是真实存在的日期。')
    expect(tracker().procedure).toHaveLength(6)
  })
})

describe('where to report and the triage', () => {
  it('names the police of both places, in words (not placeholders)', async () => {
    const wrapper = await openSection('reporting')
    const police = wrapper.findAll('[data-testid="police"]').map((li) => li.text())
    expect(police[0]).toContain(`The public security bureau of ${u('Futian')}, ${u('Shenzhen')}, ${u('Guangdong')} (county or district level)`)
    expect(police[1]).toContain(`${u('Yiwu')}, ${u('Jinhua')}, ${u('Zhejiang')}`)
    expect(police[1]).toContain('Art. 8')
    expect(wrapper.get('[data-testid="triage-result"]').attributes('data-result')).toBe('fraud')
  })

  it('a ticked sign changes the reading; a Hong Kong registration brings the Hong Kong routes and law', async () => {
    const wrapper = await openSection('reporting', { locale: 'zh-CN' })
    const box = fieldIn(wrapper.get('.triage'), '所发货物仅为不符合规格')
    await box.setValue(true)
    await flushPromises()
    expect(tracker().triage?.signs).toEqual(['junk', 'fake-address', 'settle-amicably', 'spec-mismatch'])
    expect(wrapper.get('[data-testid="triage-result"]').attributes('data-result')).toBe('mixed')
    await fieldIn(wrapper.get('[data-testid="place-registered"]'), '所在地区').setValue('hong-kong')
    await flushPromises()
    expect(tracker().reporting?.registered).toEqual({ region: 'hong-kong', district: 'Futian', address: 'Room 1203, Huaxin Building, Futian District' })
    expect(wrapper.get('[data-testid="hong-kong-routes"]').text()).toContain('18222')
    expect(wrapper.get('[data-testid="hong-kong-law"]').text()).toContain('香港没有谅解书机制')
  })
})

describe('settlement documents', () => {
  it('warns that the pardon is planned before the money it relies on has come in', async () => {
    const wrapper = await openSection('settlement')
    const check = wrapper.get('[data-testid="pardon-check"]')
    expect(check.attributes('data-state')).toBe('early')
    expect(check.text()).toContain('only $62,500.00 of the $69,444.44 it relies on had been received by then ($6,944.44 short)')
    expect(wrapper.get('[data-testid="satisfaction"]').text()).toBe('In partial satisfaction of the loss')
    const parts = wrapper.findAll('[data-testid="scheduled-part"]')
    expect(parts[1]!.text()).toContain(`mortgage loan on ${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}`)
    expect(parts[1]!.text()).toContain('which secures the lender, not the buyer')
    expect(parts[1]!.text()).toContain('Mortgage registered in the buyer’s favour')
  })

  it('signing after the cousin’s money would clear it; removing the security marks the part unsecured', async () => {
    const wrapper = await openSection('settlement')
    const pardon = wrapper.findAll('.record-editor').at(-1)!
    await fieldIn(pardon, 'Status').setValue('signed')
    await fieldIn(pardon, 'Signed on').setValue('2024-06-28')
    await flushPromises()
    expect(tracker().settlement?.pardon).toMatchObject({ status: 'signed', signedOn: '2024-06-28' })
    expect(wrapper.get('[data-testid="pardon-check"]').text()).toContain('the pardon is dated Jun 28, 2024')

    await wrapper.findAll('[data-testid="edit-security"]')[0]!.trigger('click')
    await wrapper.get('.schedule .add-form button.danger').trigger('click')
    await flushPromises()
    const o3 = store.file!.offers.find((offer) => offer.id === 'o3')!
    expect(o3.from === 'seller' && componentTracker(o3.components[1]!).security).toBeUndefined()
    expect(wrapper.findAll('[data-testid="scheduled-part"]')[1]!.attributes('data-unsecured')).toBe('true')
    expect(wrapper.findAll('[data-testid="scheduled-part"]')[1]!.text()).toContain('Nothing secures this part for the buyer')
  })

  it('reads the agreement’s amount as people type it, a currency typed with it choosing the currency', async () => {
    const wrapper = await openSection('settlement')
    const agreement = wrapper.findAll('.record-editor')[0]!
    await fieldIn(agreement, 'Amount (when not the offer’s total)').setValue('CNY 480,000')
    await flushPromises()
    expect(tracker().settlement?.agreement).toMatchObject({ amount: '480000', currency: 'CNY' })
    expect(wrapper.get('[data-testid="agreement-amount"]').text()).toBe('CNY 480,000.00')
  })

  it('a Hong Kong case gets no pardon model', async () => {
    const raw = JSON.parse(criminalExampleText())
    raw.extra.tracker.reporting.registered = { region: 'hong-kong', district: 'Kwun Tong' }
    const wrapper = await openSection('settlement', { text: JSON.stringify(raw) })
    expect(wrapper.find('[data-testid="pardon-check"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="no-pardon-hong-kong"]').text()).toContain('Hong Kong has no pardon-letter mechanism')
  })
})

describe('deadlines moved by the official holiday calendar', () => {
  it('shows the counted last day in data-due, the moved one in data-moved, naming the holiday; custody never moves', async () => {
    const wrapper = await openSection('procedure')
    const procedure = [...(tracker().procedure ?? []), { id: 'j1', kind: 'judgment-received', date: '2024-09-27' }]
    store.changeCase((file) => ({ ...file, extra: { tracker: { ...(file.extra?.tracker as object), procedure } } }), 'test')
    await flushPromises()
    const appeal = wrapper.get('[data-testid="deadline"][data-period="defendant-appeal"]')
    expect([appeal.attributes('data-due'), appeal.attributes('data-moved')]).toEqual(['2024-10-07', '2024-10-08'])
    expect(appeal.get('[data-testid="deadline-holiday"]').text()).toContain('Falls on the National Day holiday: the period ends on Oct 8, 2024')
    expect(wrapper.get('[data-testid="deadline"][data-kind="arrest-approved"]').attributes('data-moved')).toBeUndefined()
    expect(wrapper.get('[data-testid="holiday-calendar"]').text()).toContain('2004–2026')
  })
})

describe('what a late arrest decision implies', () => {
  it('detention 2025-09-30, approval 2025-11-05: the request deadline is answered, and the 30-day extension is named on the deadline and the window', async () => {
    const wrapper = await openSection('procedure')
    const procedure = [
      { id: 'd1', kind: 'detained', date: '2025-09-30' },
      { id: 'a1', kind: 'arrest-approved', date: '2025-11-05' },
    ]
    store.changeCase((file) => ({ ...file, extra: { tracker: { ...(file.extra?.tracker as object), procedure } } }), 'test')
    await flushPromises()
    const request = wrapper.get('[data-testid="deadline"][data-period="arrest-request"]')
    expect([request.attributes('data-due'), request.attributes('data-state')]).toEqual(['2025-10-30', 'met'])
    expect(request.get('[data-testid="deadline-note"]').text()).toContain('the 30-day extension for roving, serial or gang suspects must have been used')
    const window = wrapper.get('[data-testid="leverage-window"]').text()
    expect(window).toContain('Up to 37 days of custody before the decision.')
    expect(window).toContain('must have been used')
  })
})

describe('the legal context', () => {
  it('contract fraud: its filing threshold only; fraud: the tiers, with the provincial figure choosable and checked', async () => {
    const wrapper = await openSection('legal')
    expect(wrapper.find('[data-testid="fraud-tiers"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="contract-fraud"]').text()).toContain('RMB 20,000')
    expect(wrapper.get('[data-testid="loss-rmb"]').text()).toContain('1 USD = 7.2 CNY')
    // The fraud amount leaves out the bank fee and the inspection: 90,000 USD × 7.2.
    expect(wrapper.get('[data-testid="fraud-amount"]').attributes('data-value')).toBe('648000')
    expect(wrapper.get('[data-testid="reductions"]').text()).toContain('may reduce the base sentence by up to 40%')

    store.changeCase((file) => ({ ...file, extra: { tracker: { ...(file.extra?.tracker as object), triage: { offence: 'fraud' } } } }), 'test')
    await flushPromises()
    expect(wrapper.findAll('[data-testid="tier"]').map((row) => row.attributes('data-status'))).toEqual(['reached', 'reached', 'reached'])
    expect(wrapper.find('[data-testid="contract-fraud"]').exists()).toBe(false)
    const figure = fieldIn(wrapper.get('[data-testid="fraud-tiers"]'), 'Its figure for “relatively large” (RMB 3,000-10,000)')
    await figure.setValue('12000')
    await flushPromises()
    expect(fieldError(figure)).toBe('A province sets this figure between RMB 3000 and RMB 10000; give a figure in that range.')
    expect(tracker().legal).toEqual({ province: 'Guangdong' })
  })
})

describe('the evidence checklist', () => {
  it('adds the rest of the source’s checklist as missing, and marks this project’s additions', async () => {
    const wrapper = await openSection('evidence')
    expect(wrapper.get('[data-testid="evidence-progress"]').text()).toBe('5 of 9 submitted; 1 missing.')
    await wrapper.get('[data-testid="fill-checklist"]').trigger('click')
    await flushPromises()
    expect(tracker().evidence?.items).toHaveLength(15)
    expect(wrapper.get('[data-testid="evidence-row"][data-item="chat-logs"]').text()).toContain('Added by this project, not in the source article')
    expect(wrapper.find('[data-testid="fill-checklist"]').exists()).toBe(false)
  })
})
