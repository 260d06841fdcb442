// @vitest-environment jsdom
// Team sync on screen (issue 23): the status line says each state in words (both languages), the
// conflict card shows both versions with the differing fields marked and sends the choice, the
// settings page asks for every field and says sync is off without settings, and a reader's case
// page refuses every edit.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import SyncStatusLine from '@/views/sync/SyncStatusLine.vue'
import SyncConflicts from '@/views/sync/SyncConflicts.vue'
import SyncView from '@/views/sync/SyncView.vue'
import { useSyncStore, type SyncConflict, type SyncStatus } from '@/stores/syncStore'
import { useWorkspaceStore } from '@/stores/workspace'
import { SYNC_SETTINGS_KEY } from '@/persistence/syncSettings'
import { conflictRows } from '@/sync/conflictRows'
import { WeakTeamPassphraseError } from '@/sync/keys'
import { englishWords, withoutIsolates } from '@/domain'
import { appPlugins, exampleFile } from './helpers'

afterEach(() => {
  localStorage.clear()
  vi.useRealTimers()
})

function statusText(status: SyncStatus, locale: 'en' | 'zh-CN' = 'en'): string {
  const { plugins } = appPlugins(locale)
  const sync = useSyncStore()
  sync.status = status
  return mount(SyncStatusLine, { global: { plugins } }).get('[data-testid="sync-status"]').text()
}

describe('the sync status line', () => {
  it.each<[SyncStatus, string, string]>([
    [{ state: 'synced', at: Date.now() - 2 * 60_000 }, 'Synced · 2 min. ago', '已同步 · 2分钟前'],
    [{ state: 'synced', at: Date.now() }, 'Synced · just now', '已同步 · 刚刚'],
    [{ state: 'offline', waiting: 3 }, 'Offline — 3 changes waiting', '离线——3项更改待发送'],
    [{ state: 'offline', waiting: 1 }, 'Offline — 1 change waiting', '离线——1项更改待发送'],
    [{ state: 'unreachable', reason: 'HTTP 503', waiting: 0 }, 'Can’t reach the server: HTTP 503', '无法连接服务器：HTTP 503'],
    [{ state: 'wrongPassphrase' }, 'Wrong team passphrase: nothing was read or changed.', '团队口令错误：未读取或更改任何内容。'],
    [{ state: 'refused', reason: '401' }, 'The server refused the user name or password.', '服务器拒绝了该用户名或密码。'],
    [{ state: 'otherTab' }, 'Sync runs in another tab of this browser.', '同步正在本浏览器的另一个标签页中运行。'],
  ])('%j', (status, english, chinese) => {
    expect(statusText(status)).toBe(english)
    expect(statusText(status, 'zh-CN')).toBe(chinese)
  })
})

const conflict: SyncConflict = {
  caseId: 'harbor-tools-2024',
  caseTitle: 'Harbor Tools',
  key: 'costs/k1',
  list: 'costs',
  recordId: 'k1',
  kind: 'edit-edit',
  versions: [
    { record: { caseId: 'harbor-tools-2024', list: 'costs', recordId: 'k1', order: 'a0', record: { id: 'k1', amount: '8000', currency: 'USD', description: 'Retainer' } }, author: 'Li Na', here: true },
    { record: { caseId: 'harbor-tools-2024', list: 'costs', recordId: 'k1', order: 'a0', record: { id: 'k1', amount: '9000', currency: 'USD', description: 'Retainer' } }, author: 'Wang Fang', here: false },
  ],
}

/** Offer o2 of the Harbor Tools example, its first part's amount changed differently on two devices. */
function offerConflict(): SyncConflict {
  const o2 = exampleFile('harbor-tools').offers.find((offer) => offer.id === 'o2')!
  return {
    caseId: 'harbor-tools-2024',
    caseTitle: 'Harbor Tools',
    key: 'offers/o2',
    list: 'offers',
    recordId: 'o2',
    kind: 'edit-edit',
    versions: ['210000', '220000'].map((amount, i) => {
      const record = structuredClone(o2) as typeof o2 & { components: { amount: string }[] }
      record.components[0]!.amount = amount
      return { record: { caseId: 'harbor-tools-2024', list: 'offers', recordId: 'o2', order: 'a2', record }, author: i === 0 ? 'Li Na' : 'Wang Fang', here: i === 0 }
    }),
  }
}

describe('a conflict', () => {
  it('lists each version’s fields, marks the ones that differ, and leaves out the bookkeeping', () => {
    const words = englishWords()
    expect(conflictRows(conflict, 0, words).map(({ field, value, differs }) => ({ field, value, differs }))).toEqual([
      { field: 'id', value: 'k1', differs: false },
      { field: 'amount', value: '8000', differs: true },
      { field: 'currency', value: 'USD', differs: false },
      { field: 'description', value: 'Retainer', differs: false },
    ])
    const deletion: SyncConflict = { ...conflict, kind: 'delete-edit', versions: [conflict.versions[0]!, { record: null, author: 'Wang Fang', here: false }] }
    expect(conflictRows(deletion, 0, words).every((row) => row.differs)).toBe(true)
  })

  it.each([
    [
      'en',
      'In “Harbor Tools”, Seller offer 2 (May 9, 2024) was changed on two devices.',
      ['id', 'date', 'status', 'type', 'answered move', 'side', 'part 1 payer', 'part 1 kind', 'part 1 amount', 'part 1 currency', 'part 2 payer', 'part 2 kind', 'part 2 amount', 'part 2 currency', 'part 2 note'],
      ['part 1 amount'],
      ['CNY 210,000.00', 'Zhang Wei (seller)', 'Zhang Jun (father or mother)'],
    ],
    [
      'zh-CN',
      '“Harbor Tools”案中，2024年5月9日的犯罪嫌疑人方报价2在两台设备上被修改。',
      ['编号', '日期', '状态', '类型', '回应对象', '提出方', '第1部分的付款人', '第1部分的方式', '第1部分的金额', '第1部分的币种', '第2部分的付款人', '第2部分的方式', '第2部分的金额', '第2部分的币种', '第2部分的备注'],
      ['第1部分的金额'],
      ['人民币210,000.00元', 'Zhang Wei（犯罪嫌疑人）', '现金'],
    ],
  ] as const)('names the record, its fields and its values as the history does (%s)', (locale, sentence, labels, differing, values) => {
    const { plugins } = appPlugins(locale)
    useSyncStore().conflicts = [offerConflict()]
    const wrapper = mount(SyncConflicts, { props: { caseId: 'harbor-tools-2024', file: exampleFile('harbor-tools') }, global: { plugins } })
    const plain = (text: string) => withoutIsolates(text)
    expect(plain(wrapper.get('[data-testid="sync-conflict"] p').text())).toBe(sentence)
    const mine = wrapper.findAll('[data-testid="sync-conflict-version"]')[0]!
    expect(mine.findAll('dt').map((dt) => plain(dt.text()))).toEqual(labels)
    expect(mine.findAll('dt.differs').map((dt) => plain(dt.text()))).toEqual(differing)
    const shown = mine.findAll('dd').map((dd) => plain(dd.text()))
    for (const value of values) expect(shown).toContain(value)
    // No raw path is shown; the markup still names each field by its path.
    expect(mine.text()).not.toContain('components[')
    expect(mine.get('dd[data-field="components[0].amount"]').classes()).toContain('differs')
  })

  it('names an offer by its id and date on the sync page, where the case is not at hand to number it', () => {
    const { plugins } = appPlugins()
    useSyncStore().conflicts = [offerConflict()]
    const wrapper = mount(SyncConflicts, { global: { plugins } })
    expect(withoutIsolates(wrapper.get('[data-testid="sync-conflict"] p').text())).toBe('In “Harbor Tools”, offer o2 (May 9, 2024) was changed on two devices.')
  })

  it('asks two base currencies as one question, each version with its rates, and hides the rates’ own questions', () => {
    const { plugins } = appPlugins()
    const head = (baseCurrency: string) => ({ format: 'restitution-case', version: 1, id: 'harbor-tools-2024', title: 'Harbor Tools', baseCurrency, settings: {} })
    const rate = (currency: string, perBase: string) => ({ caseId: 'harbor-tools-2024', list: 'fx', recordId: currency, order: 'a0', record: { currency, perBase } })
    const laptop = { author: 'Li Na', here: true, device: 'laptop-key' }
    const phone = { author: 'Wang Fang', here: false, device: 'phone-key' }
    useSyncStore().conflicts = [
      { caseId: 'harbor-tools-2024', caseTitle: 'Harbor Tools', key: 'case', list: null, recordId: null, kind: 'edit-edit', withRates: true, versions: [{ record: head('EUR'), ...laptop }, { record: head('CNY'), ...phone }] },
      { caseId: 'harbor-tools-2024', caseTitle: 'Harbor Tools', key: 'fx/USD', list: 'fx', recordId: 'USD', kind: 'edit-edit', followsBase: true, versions: [{ record: rate('USD', '1.11111111'), ...laptop }, { record: rate('USD', '0.13888889'), ...phone }] },
      { caseId: 'harbor-tools-2024', caseTitle: 'Harbor Tools', key: 'fx/CNY', list: 'fx', recordId: 'CNY', kind: 'delete-edit', followsBase: true, versions: [{ record: rate('CNY', '8'), ...laptop }, { record: null, ...phone }] },
    ]
    const wrapper = mount(SyncConflicts, { props: { caseId: 'harbor-tools-2024' }, global: { plugins } })
    expect(wrapper.findAll('[data-testid="sync-conflict"]')).toHaveLength(1)
    expect(wrapper.get('h2').text()).toBe('Changes to choose between (1)')
    expect(wrapper.get('[data-testid="sync-conflict"] p').text()).toContain('The version you keep comes with the exchange rates for its base')
    const [mine, theirs] = wrapper.findAll('[data-testid="sync-conflict-version"]')
    const row = (version: typeof mine, field: string) => withoutIsolates(version!.get(`dd[data-field="${field}"]`).text())
    expect([row(mine, 'baseCurrency'), row(mine, 'fx/USD'), row(mine, 'fx/CNY')]).toEqual(['EUR', '1 EUR = 1.11111111 USD', '1 EUR = 8 CNY'])
    expect([row(theirs, 'baseCurrency'), row(theirs, 'fx/USD'), row(theirs, 'fx/CNY')]).toEqual(['CNY', '1 CNY = 0.13888889 USD', '—'])
    expect(mine!.findAll('dt.differs').map((dt) => withoutIsolates(dt.text()))).toEqual(['base currency', 'rate USD', 'rate CNY'])
  })

  it('shows both versions side by side and sends the chosen one', async () => {
    const { plugins } = appPlugins()
    const sync = useSyncStore()
    sync.conflicts = [conflict]
    const resolve = vi.spyOn(sync, 'resolve').mockResolvedValue()
    const wrapper = mount(SyncConflicts, { props: { caseId: 'harbor-tools-2024' }, global: { plugins } })
    const versions = wrapper.findAll('[data-testid="sync-conflict-version"]')
    expect(versions.map((version) => version.get('h3').text())).toEqual(['This device by Li Na', 'Other device by Wang Fang'])
    expect(versions[1]!.get('dd.differs').text()).toBe('$9,000.00')
    await versions[1]!.get('[data-testid="sync-keep"]').trigger('click')
    expect(resolve).toHaveBeenCalledWith(conflict, 1)
    // Another case's conflicts are not shown on this case's page.
    expect(mount(SyncConflicts, { props: { caseId: 'other' }, global: { plugins } }).find('[data-testid="sync-conflict"]').exists()).toBe(false)
  })
})

describe('the sync page', () => {
  it('says sync is off without settings, and asks for every field before it connects', async () => {
    const { plugins } = appPlugins()
    const sync = useSyncStore()
    const unlock = vi.spyOn(sync, 'unlock').mockResolvedValue()
    const wrapper = mount(SyncView, { global: { plugins } })
    expect(wrapper.get('[data-testid="sync-off"]').text()).toContain('no server is contacted')
    await wrapper.get('#sync-user').setValue('lina')
    await wrapper.get('[data-testid="sync-form"]').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('Fill in every field.')
    expect(unlock).not.toHaveBeenCalled()
    expect(localStorage.getItem(SYNC_SETTINGS_KEY)).toBeNull()

    for (const [id, value] of [['#sync-person', 'Li Na'], ['#sync-device', 'office laptop'], ['#sync-password', 'secret'], ['#sync-passphrase', 'copper lantern meadow quartz']])
      await wrapper.get(id!).setValue(value)
    await wrapper.get('[data-testid="sync-form"]').trigger('submit')
    await flushPromises()
    expect(unlock).toHaveBeenCalledWith({ password: 'secret', passphrase: 'copper lantern meadow quartz' })
    // The settings are kept; the password and the passphrase are not, anywhere.
    const stored = localStorage.getItem(SYNC_SETTINGS_KEY) ?? ''
    expect(JSON.parse(stored)).toMatchObject({ server: '/couchdb', database: 'restitution-team', user: 'lina', person: 'Li Na', deviceName: 'office laptop' })
    expect(stored).not.toContain('secret')
    expect(stored).not.toContain('copper')
    expect((wrapper.get('#sync-password').element as HTMLInputElement).value).toBe('')
  })
})

describe('a team passphrase refused when the team is set up', () => {
  it.each([
    ['en', 'The team passphrase was not accepted. Digits alone are guessed quickly. Use words.'],
    ['zh-CN', '团队口令未被接受。'],
  ] as const)('says why in words (%s), never a code', async (locale, expected) => {
    const { plugins } = appPlugins(locale)
    const sync = useSyncStore()
    vi.spyOn(sync, 'unlock').mockRejectedValue(new WeakTeamPassphraseError('digitsOnly'))
    const wrapper = mount(SyncView, { global: { plugins } })
    for (const [id, value] of [['#sync-user', 'lina'], ['#sync-person', 'Li Na'], ['#sync-device', 'laptop'], ['#sync-password', 'secret'], ['#sync-passphrase', '123456789012']])
      await wrapper.get(id!).setValue(value)
    await wrapper.get('[data-testid="sync-form"]').trigger('submit')
    await flushPromises()
    const alert = wrapper.get('[role="alert"]').text()
    expect(alert).toContain(expected)
    expect(alert).not.toContain('digitsOnly')
  })
})

describe('a reader’s case', () => {
  it('refuses every edit, and says why', async () => {
    appPlugins()
    const workspace = useWorkspaceStore()
    workspace.file = exampleFile('harbor-tools')
    workspace.readOnly = true
    const refused = workspace.changeCase((file) => ({ ...file, title: 'Changed' }), 'case')
    expect(refused?.[0]?.code).toBe('record.readOnly')
    expect(workspace.file.title).not.toBe('Changed')
    expect(workspace.add('costs', { id: 'k9', date: '2024-01-01', description: 'x', amount: '1', currency: 'USD' })?.[0]?.code).toBe('record.readOnly')
  })
})
