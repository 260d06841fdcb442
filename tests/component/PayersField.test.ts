// @vitest-environment jsdom
// A payment from several payers in the payment form: split, typed as people type amounts,
// what is left to place in sight, and kept as the record's payers (no single payer then).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { englishWords, type Payment } from '@/domain'
import { createAppI18n } from '@/i18n'
import RecordEditor from '@/components/RecordEditor.vue'
import { payments } from '@/components/lists/payments'
import { exampleFile, viewOf } from './helpers'

const view = viewOf(exampleFile('rotterdam-parts'))
const fields = payments.fields({ view, words: englishWords(), today: '2026-02-01' })
const mountEditor = (record: Payment, mode: 'add' | 'edit') =>
  mount(RecordEditor, { props: { fields, record: record as unknown as Record<string, unknown>, mode }, global: { plugins: [createAppI18n('en')] } })

describe('the payers of a payment', () => {
  it('show each payer and share of a recorded payment, and keep a share as typed while it is kept', async () => {
    const wrapper = mountEditor(view.file.payments[0]!, 'edit')
    expect(wrapper.find('[data-field="partyId"]').exists()).toBe(false)
    const rows = wrapper.findAll('[data-testid="payer-row"]')
    expect(rows.map((row) => [(row.get('select').element as HTMLSelectElement).value, (row.get('input').element as HTMLInputElement).value])).toEqual([
      ['s', '300000'],
      ['m', '250000'],
    ])
    await rows[1]!.get('input').setValue('250,000.00')
    const kept = wrapper.emitted<[Record<string, unknown>]>('commit')?.at(-1)?.[0]
    expect(kept?.payers).toEqual([
      { partyId: 's', amount: '300000' },
      { partyId: 'm', amount: '250000.00' },
    ])
    await wrapper.setProps({ record: kept } as never)
    expect((wrapper.findAll('[data-testid="payer-row"]')[1]!.get('input').element as HTMLInputElement).value).toBe('250,000.00')
  })

  it('split a new payment among payers, say what is left to place, and record payers instead of one party', async () => {
    const wrapper = mountEditor({ id: 'p9', date: '2026-02-01', amount: '', currency: 'CNY', offerId: 's3' }, 'add')
    await wrapper.get('[data-field="amount"] input').setValue('CNY 400,000')
    await wrapper.get('[data-field="partyId"] select').setValue('f')
    await wrapper.get('[data-testid="split-payers"]').trigger('click')
    let rows = wrapper.findAll('[data-testid="payer-row"]')
    expect((rows[0]!.get('select').element as HTMLSelectElement).value).toBe('f')
    await rows[0]!.get('input').setValue('150,000')
    await rows[1]!.get('select').setValue('m')
    await rows[1]!.get('input').setValue('200000')
    expect(wrapper.get('[data-testid="payers-footing"]').text()).toBe('The payers add up to CNY 350,000.00 of CNY 400,000.00. CNY 50,000.00 still to place.')
    // Shares that do not add up are refused at the field before anything is kept.
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[data-field="payers"] .field-error').text()).toBe("The payers' amounts add up to 350000 CNY, but the payment is 400000 CNY: they must add up exactly.")
    expect(wrapper.emitted('commit')).toBeUndefined()
    await rows[1]!.get('input').setValue('250000')
    rows = wrapper.findAll('[data-testid="payer-row"]')
    expect(wrapper.get('[data-testid="payers-footing"]').text()).toBe('The payers add up to CNY 400,000.00 of CNY 400,000.00.')
    await wrapper.get('form').trigger('submit')
    const added = wrapper.emitted<[Record<string, unknown>]>('commit')?.[0]?.[0]
    expect(added).toMatchObject({ amount: '400000', currency: 'CNY', payers: [{ partyId: 'f', amount: '150000' }, { partyId: 'm', amount: '250000' }] })
    expect(added).not.toHaveProperty('partyId')
  })

  it('refuse a single payer row or a payer without a party at the field, and keep nothing', async () => {
    const wrapper = mountEditor({ id: 'p9', date: '2026-02-01', amount: '1000', currency: 'CNY' }, 'add')
    await wrapper.get('[data-testid="split-payers"]').trigger('click')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[data-field="payers"] .field-error').text()).toBe('This field is required.')
    expect(wrapper.emitted('commit')).toBeUndefined()
  })
})
