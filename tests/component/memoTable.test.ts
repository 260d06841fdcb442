// @vitest-environment jsdom
// One column-driven memo table (issue 21): every schedule's table is MemoTable given its
// columns; headers in each language, figures at the end with their exact value, cells that
// add up to a footer total, cells with markup from slots, and no attribute a column lacks.
import { describe, expect, it } from 'vitest'
import { computed, defineComponent, h, provide } from 'vue'
import { mount } from '@vue/test-utils'
import { Dec, memoModel, type CaseView } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'
import { useWordsIn } from '@/i18n/format'
import MemoTable from '@/components/memo/MemoTable.vue'
import MemoLosses from '@/components/memo/MemoLosses.vue'
import MemoSchedule from '@/components/memo/MemoSchedule.vue'
import MemoNegotiation from '@/components/memo/MemoNegotiation.vue'
import MemoContributions from '@/components/memo/MemoContributions.vue'
import type { MemoColumn } from '@/components/memo/memoTable'
import { MEMO_WORDS, memoWords, type MemoContext } from '@/components/memo/memoWords'
import { example } from '../support/examples'

function host(render: (ctx: MemoContext) => ReturnType<typeof h>, view: CaseView, langs: Locale[] = ['en']) {
  const Host = defineComponent({
    setup() {
      const wordsIn = useWordsIn()
      const ctx: MemoContext = { view, memo: memoModel(view, { asOf: '2024-10-04' }), words: memoWords(langs, wordsIn), printedOn: '2024-10-04', buyer: '', preparedBy: '', preparedFor: '' }
      provide(MEMO_WORDS, computed(() => ctx.words))
      return () => render(ctx)
    },
  })
  return mount(Host, { global: { plugins: [createAppI18n('en')] } })
}

interface Row {
  id: string
  name: string
  amount: Dec
}
const rows: Row[] = [
  { id: 'a', name: 'First', amount: new Dec('10.004') },
  { id: 'b', name: 'Second', amount: new Dec('5') },
]
const columns: MemoColumn<Row>[] = [
  { name: 'name', label: 'memo.col.description' },
  { name: 'amount', label: 'memo.col.amount', num: true, adds: 'sum', exact: (row) => row.amount, text: (row) => row.amount.toFixed(2) },
]

describe('MemoTable', () => {
  it('draws the columns: stacked bilingual headers, text cells, slot cells, exact figures and a footer total', () => {
    const wrapper = host(
      () => h(MemoTable, { columns, rows, rowKey: (row: Row) => row.id, footer: [{ label: 'memo.col.total', span: 1, cells: [{ foot: 'sum', exact: new Dec('15.004'), text: '15.00' }] }] }, { name: ({ row }: { row: Row }) => h('em', row.name) }),
      example('harbor-tools').view,
      ['en', 'zh-CN'],
    )
    const table = wrapper.get('table.memo-table')
    expect(table.findAll('thead th').map((th) => [th.findAll('.bi--stack [lang]').map((part) => part.text()), th.attributes('scope'), th.classes()])).toEqual([
      [['Description', '说明'], 'col', []],
      [['Amount', '金额'], 'col', ['num']],
    ])
    const cells = table.findAll('tbody tr').map((tr) => tr.findAll('td'))
    expect(cells.map(([name, amount]) => [name!.html(), amount!.text(), amount!.attributes()])).toEqual([
      ['<td><em>First</em></td>', '10.00', { class: 'num', 'data-adds': 'sum', 'data-value': '10.00400000' }],
      ['<td><em>Second</em></td>', '5.00', { class: 'num', 'data-adds': 'sum', 'data-value': '5.00000000' }],
    ])
    const foot = table.get('tfoot tr')
    expect(foot.get('th').attributes()).toEqual({ scope: 'row' })
    expect(foot.get('td').attributes()).toEqual({ class: 'num', 'data-foot': 'sum', 'data-value': '15.00400000' })
    expect(foot.text()).toContain('15.00')
  })

  it('leaves out the footer when there is none', () => {
    const wrapper = host(() => h(MemoTable, { columns, rows, rowKey: (row: Row) => row.id }, { name: ({ row }: { row: Row }) => row.name }), example('harbor-tools').view)
    expect(wrapper.find('tfoot').exists()).toBe(false)
  })
})

describe('the schedules drawn by MemoTable', () => {
  it('losses: every in-base cell adds up to the footer total as shown', () => {
    const wrapper = host((ctx) => h(MemoLosses, { ctx }), example('harbor-tools').view)
    const adds = wrapper.findAll('[data-adds="losses"]')
    const total = wrapper.get('[data-foot="losses"]')
    const shown = (text: string) => new Dec(text.replace(/[^\d.-]/g, ''))
    expect(adds.length).toBeGreaterThan(0)
    expect(adds.reduce((sum, cell) => sum.plus(shown(cell.text())), new Dec(0)).toFixed(2)).toBe(shown(total.text()).toFixed(2))
    expect(wrapper.get('tfoot th').attributes('colspan')).toBe('4')
  })

  it('schedule: rows marked by column, totals footed, the overdue row classed', () => {
    const wrapper = host((ctx) => h(MemoSchedule, { ctx }), example('harbor-tools').view)
    const table = wrapper.get('[data-testid="memo-schedule"]')
    expect(table.classes()).toEqual(['memo-table', 'memo-table--schedule'])
    for (const col of ['amount', 'paid', 'outstanding']) expect(table.find(`tfoot [data-col="${col}"][data-foot="schedule-${col}"]`).exists()).toBe(true)
    expect(table.findAll('tbody tr').length).toBeGreaterThan(0)
  })

  it('negotiation: an empty movement keeps an empty data-value, a withdrawn move its class', () => {
    const wrapper = host((ctx) => h(MemoNegotiation, { ctx }), example('kowloon-vanished').view)
    const rows = wrapper.findAll('tbody tr')
    expect(rows[0]!.findAll('td').at(-1)!.attributes('data-value')).toBe('')
    expect(rows.some((tr) => tr.classes('withdrawn'))).toBe(true)
  })

  it('contributions: a body per group under its heading row; the payers foot to their group, the groups to the total', () => {
    const view = example('harbor-tools').view
    const wrapper = host((ctx) => h(MemoContributions, { ctx }), view)
    const groups = memoModel(view, { asOf: '2024-10-04' }).contributions!.groups
    expect(wrapper.findAll('tbody')).toHaveLength(groups.length)
    const shown = (text: string) => new Dec(text.replace(/[^\d.-]/g, ''))
    const add = (cells: { text(): string }[]) => cells.reduce((sum, cell) => sum.plus(shown(cell.text())), new Dec(0)).toFixed(2)
    for (const group of groups) {
      const head = wrapper.get(`tr.memo-group [data-foot="group-${group.group}"]`)
      expect(head.attributes('data-adds')).toBe('contributions')
      expect(add(wrapper.findAll(`[data-adds="group-${group.group}"]`))).toBe(shown(head.text()).toFixed(2))
    }
    expect(add(wrapper.findAll('[data-adds="contributions"]'))).toBe(shown(wrapper.get('[data-foot="contributions"]').text()).toFixed(2))
    expect(wrapper.findAll('tbody tr:not(.memo-group) td.memo-indent').length).toBe(groups.reduce((n, group) => n + group.members.length, 0))
  })
})
