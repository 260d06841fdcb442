// @vitest-environment jsdom
// In the workspace: who still owes what under the accepted offer (overdue marked),
// and the matter fields counsel fills in for the client memo, kept with the case.
import { waitFor } from '../support/waitFor'
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { RouterView } from 'vue-router'
import { flushPromises, mount } from '@vue/test-utils'
import { caseTracker, isolate as u } from '@/domain'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import PaymentsDue from '@/components/PaymentsDue.vue'
import { createAppI18n } from '@/i18n'
import { appPlugins, exampleFile, exampleText, fieldError, fieldIn, viewOf } from './helpers'

afterEach(() => setRepository(null))
vi.setConfig({ testTimeout: 30_000 })

describe('the payments-due list', () => {
  const mountDue = (name: string, today: string, locale: 'en' | 'zh-CN' = 'en') =>
    mount(PaymentsDue, { props: { view: viewOf(exampleFile(name)), today }, global: { plugins: [createAppI18n(locale)] } })

  it('lists each part of the accepted offer with what is paid and outstanding, the cousin’s share overdue', () => {
    const wrapper = mountDue('harbor-tools', '2024-07-15')
    const rows = wrapper.findAll('[data-testid="due-row"]')
    expect(rows.map((row) => row.attributes('data-payer'))).toEqual(['zhang-wei', 'li-na', 'zhang-jun'])
    expect(rows.map((row) => row.get('[data-testid="due-outstanding"]').text())).toEqual(['$0.00', '$6,944.44', '$0.00'])
    expect(rows[1]!.get('[data-testid="overdue"]').text()).toBe('Overdue, 60 days')
    expect(rows[2]!.text()).toContain('Jun 30, 2024')
    expect(rows[2]!.text()).toContain('paid Jun 28, 2024')
    expect(wrapper.get('[data-testid="owing"]').text()).toContain(`${u('Li Na')} (cousin): $6,944.44 unpaid, due May 16, 2024.`)
    expect(wrapper.get('[data-testid="due-total-outstanding"]').text()).toBe('$6,944.44')
    expect(wrapper.get('[data-testid="due-total-outstanding"]').attributes('data-value')).toBe('6944.44666667')
  })

  it('shows the father’s mortgage money open but not overdue before 30 June', () => {
    const wrapper = mountDue('harbor-tools', '2024-06-01')
    const father = wrapper.get('[data-testid="due-row"][data-payer="zhang-jun"]')
    expect(father.get('[data-testid="due-outstanding"]').text()).toBe('$34,722.22')
    expect(father.find('[data-testid="overdue"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="owing"]').map((item) => item.text())).toEqual([
      expect.stringContaining(`${u('Li Na')} (cousin): $6,944.44 unpaid`),
      expect.stringContaining(`${u('Zhang Jun')} (father or mother): $34,722.22 unpaid, due Jun 30, 2024.`),
    ])
  })

  it('says nothing is due before an offer is accepted, in Chinese too', () => {
    expect(mountDue('kowloon-vanished', '2024-10-10').text()).toContain('No offer has been accepted: nothing is due yet.')
    expect(mountDue('kowloon-vanished', '2024-10-10', 'zh-CN').text()).toContain('尚无报价被接受，目前没有应付款项。')
  })
})

describe('the matter fields', () => {
  it('keep the reference, stage, comment, legend and sign-off in the case, undoably, and refuse a bad date', async () => {
    const app = appPlugins('en')
    const { id } = await app.repository.importText(exampleText('harbor-tools'))
    await app.router.push(`/cases/${id}`)
    await app.router.isReady()
    const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: app.plugins, stubs: { ChartCanvas: true } }, attachTo: document.body })
    await waitFor(() => expect(wrapper.find('[data-testid="matter-fields"]').exists()).toBe(true))
    const matter = wrapper.get('[data-testid="matter-fields"]')
    const workspace = useWorkspaceStore()

    await fieldIn(matter, 'Case reference').setValue('SZ-PSB-2024-117')
    await fieldIn(matter, 'Counsel’s comment').setValue('The cousin’s share is overdue.\nWe will write to her counsel.')
    await fieldIn(matter, 'Signed by').setValue('A. Counsel')
    await fieldIn(matter, 'Date signed').setValue('2024-07-15')
    await flushPromises()
    expect(caseTracker(workspace.file!)).toEqual({
      reference: 'SZ-PSB-2024-117',
      counselComment: 'The cousin’s share is overdue.\nWe will write to her counsel.',
      signOff: { name: 'A. Counsel', date: '2024-07-15' },
    })

    await fieldIn(matter, 'Date signed').setValue('2024-02-30')
    await flushPromises()
    expect(fieldError(fieldIn(matter, 'Date signed'))).toBeTruthy()
    expect(caseTracker(workspace.file!).signOff?.date).toBe('2024-07-15')

    workspace.undo()
    await flushPromises()
    expect(caseTracker(workspace.file!).signOff).toEqual({ name: 'A. Counsel' })
    wrapper.unmount()
    workspace.$reset()
  })
})
