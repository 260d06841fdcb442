// @vitest-environment jsdom
// The history panel (issue 23): the check line for a history that verifies and for one that
// does not (really tampered and really checked), the entries newest first, and the filters.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { withoutIsolates, type CaseFile } from '@/domain'
import type { DeviceRecord, FieldChange, HistoryCheck, StoredEntry } from '@/domain/history'
import { createAppI18n } from '@/i18n'
import { appendChanges, headsOf, verifyHistory } from '@/sync/history'
import HistoryPanel from '@/components/history/HistoryPanel.vue'
import { team, writer } from '../../unit/sync/history/team'
import { historyCase } from '../../support/historyCase'

const context: CaseFile = historyCase({ secondPart: '300000' })

const amount = (before: string, after: string): FieldChange => ({ record: { list: 'offers', id: 'o3' }, field: 'components[0].amount', before, after })

async function history() {
  const members = await team()
  const first = await appendChanges([], [{ record: null, field: 'title', before: 'Harbor v. Huaxin', after: 'Harbor Tools v. Huaxin' }], writer(members.laptop, '2026-12-05T08:00:00.000Z'))
  const second = await appendChanges(headsOf(first), [amount('250000', '280000')], writer(members.desk, '2026-12-06T09:14:03.120Z'))
  const third = await appendChanges(headsOf(second), [amount('280000', '300000')], writer(members.laptop, '2026-12-07T10:00:00.000Z'))
  return { ...members, entries: [...first, ...second, ...third] }
}

function mountPanel(props: { entries: StoredEntry[]; devices: DeviceRecord[]; check: HistoryCheck | null }, locale: 'en' | 'zh-CN' = 'en') {
  return mount(HistoryPanel, { props: { ...props, context, timeZone: 'UTC' }, global: { plugins: [createAppI18n(locale)] } })
}

const text = (wrapper: ReturnType<typeof mountPanel>, testid: string) => withoutIsolates(wrapper.get(`[data-testid="${testid}"]`).text()).replace(/\s+/g, ' ').trim()
const rows = (wrapper: ReturnType<typeof mountPanel>) => wrapper.findAll('[data-testid="history-row"]')

describe('the history panel', () => {
  it('says the history is intact, with its counts, and lists the entries newest first', async () => {
    const { entries, devices } = await history()
    const check = await verifyHistory(entries, devices, [])
    const wrapper = mountPanel({ entries, devices, check })
    expect(text(wrapper, 'history-check')).toMatch(/^History intact: 3 entries, 3 devices/)
    expect(wrapper.get('[data-testid="history-check"]').attributes('data-state')).toBe('intact')
    expect(rows(wrapper).map((row) => row.attributes('data-hash'))).toEqual([entries[2]!.hash, entries[1]!.hash, entries[0]!.hash])
    const newest = withoutIsolates(rows(wrapper)[0]!.text()).replace(/\s+/g, ' ')
    expect(newest).toContain('7 Dec 2026 10:00')
    expect(newest).toContain('Li Na')
    expect(newest).toContain('office laptop')
    expect(newest).toContain('Seller offer 1 (Dec 1, 2026)')
    expect(newest).toContain('part 1 amount')
    expect(newest).toContain('CNY 280,000.00 → CNY 300,000.00')
    expect(wrapper.findAll('th[scope="col"]')).toHaveLength(6)
  })

  it('names the first failing entry and why: a tampered amount', async () => {
    const { entries, devices } = await history()
    const tampered = entries.map((stored, i) => (i === 1 ? { hash: stored.hash, entry: { ...stored.entry, after: '990000' } } : stored))
    const check = await verifyHistory(tampered, devices, [])
    expect(check.ok).toBe(false)
    const wrapper = mountPanel({ entries: tampered, devices, check })
    expect(text(wrapper, 'history-check')).toMatch(/^History check failed at the entry of 6 Dec 2026 09:14 by Zhang Wei: its contents do not match its hash/)
    expect(wrapper.get('[data-testid="history-check"]').attributes('data-state')).toBe('failed')
  })

  it('names an entry signed by an unknown key, in Chinese too', async () => {
    const { entries, devices, laptop, phone } = await history()
    // The desk's registration withheld: its entry is signed by a key the workspace does not know.
    const unknown = await verifyHistory(entries, [laptop.record, phone.record], [])
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown-key', hash: entries[1]!.hash })
    const en = mountPanel({ entries, devices, check: unknown })
    expect(text(en, 'history-check')).toMatch(/^History check failed at the entry of 6 Dec 2026 09:14 by Zhang Wei: signed by an unknown key/)
    const zh = mountPanel({ entries, devices, check: unknown }, 'zh-CN')
    expect(text(zh, 'history-check')).toMatch(/^历史记录校验未通过，问题记录为Zhang Wei于2026年12月6日 09:14所作的记录：由未知密钥签名/)
  })

  it('names a device whose registration does not verify when no entry fails', async () => {
    const { entries, devices, laptop, phone, desk } = await history()
    const check = await verifyHistory(entries.slice(0, 1), [laptop.record, phone.record, { ...desk.record, deviceName: 'renamed desk' }], [])
    expect(check).toMatchObject({ ok: false, entry: null, reason: 'device-registration', device: desk.fingerprint })
    const wrapper = mountPanel({ entries, devices, check })
    expect(text(wrapper, 'history-check')).toMatch(/^History check failed: the registration or revocation of the device desk does not verify/)
  })

  it('says it is checking while the check runs, and asks for a check again', async () => {
    const { entries, devices } = await history()
    const checking = mountPanel({ entries, devices, check: null })
    expect(text(checking, 'history-check')).toBe('Checking the history…')
    const wrapper = mountPanel({ entries, devices, check: await verifyHistory(entries, devices, []) })
    await wrapper.get('[data-testid="history-recheck"]').trigger('click')
    expect(wrapper.emitted('recheck')).toHaveLength(1)
    await rows(wrapper)[0]!.get('[data-testid="history-open-record"]').trigger('click')
    expect(wrapper.emitted('open-record')).toEqual([[{ list: 'offers', id: 'o3' }]])
  })

  it('filters by person, by record and by a range of days, each with its label', async () => {
    const { entries, devices } = await history()
    const wrapper = mountPanel({ entries, devices, check: await verifyHistory(entries, devices, []) })
    for (const testid of ['history-filter-person', 'history-filter-record', 'history-filter-from', 'history-filter-to']) {
      const id = wrapper.get(`[data-testid="${testid}"]`).attributes('id')
      expect(wrapper.find(`label[for="${id}"]`).exists(), testid).toBe(true)
    }
    await wrapper.get('[data-testid="history-filter-person"]').setValue('Zhang Wei')
    expect(rows(wrapper).map((row) => row.attributes('data-hash'))).toEqual([entries[1]!.hash])
    expect(text(wrapper, 'history-shown')).toBe('Showing 1 of 3 entries')
    await wrapper.get('[data-testid="history-filter-clear"]').trigger('click')
    expect(rows(wrapper)).toHaveLength(3)

    await wrapper.get('[data-testid="history-filter-record"]').setValue('case')
    expect(rows(wrapper).map((row) => row.attributes('data-hash'))).toEqual([entries[0]!.hash])
    await wrapper.get('[data-testid="history-filter-record"]').setValue('offers/o3')
    expect(rows(wrapper)).toHaveLength(2)
    await wrapper.get('[data-testid="history-filter-record"]').setValue('')

    await wrapper.get('[data-testid="history-filter-from"]').setValue('2026-12-06')
    expect(rows(wrapper)).toHaveLength(2)
    await wrapper.get('[data-testid="history-filter-to"]').setValue('2026-12-06')
    expect(rows(wrapper).map((row) => row.attributes('data-hash'))).toEqual([entries[1]!.hash])
    await wrapper.get('[data-testid="history-filter-to"]').setValue('2026-12-05')
    expect(rows(wrapper)).toHaveLength(0)
    expect(text(wrapper, 'history-none')).toBe('No entries match these filters.')
  })
})
