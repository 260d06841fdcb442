// @vitest-environment jsdom
// A record form: a bad value is named at the field, in the file format's own words,
// and nothing is committed until every field can be kept.
import { describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import RecordEditor from '@/components/RecordEditor.vue'
import type { FieldSpec } from '@/components/fields'
import { fieldError, fieldIn } from './helpers'

const fields: FieldSpec[] = [
  { key: 'description', label: 'common.description', type: 'text', required: true, width: 'wide' },
  { key: 'amount', label: 'common.amount', type: 'positiveAmount', required: true },
  { key: 'date', label: 'common.date', type: 'date', required: true },
  { key: 'note', label: 'common.note', type: 'text' },
]
const record = { id: 'k1', description: 'Counsel', amount: '8000', date: '2024-04-20', currency: 'USD' }

function mountEditor(mode: 'add' | 'edit', start: Record<string, unknown> = record) {
  return mount(RecordEditor, { props: { fields, record: start, mode }, global: { plugins: [createAppI18n('en')] } })
}

const field = (wrapper: VueWrapper, label: string) => fieldIn(wrapper, label)
const errorOf = (wrapper: VueWrapper, label: string) => fieldError(fieldIn(wrapper, label))

describe('editing a record', () => {
  it.each([
    ['27,5', /is the comma a decimal point/],
    ['1,23,456', /not between thousands/],
    ['-5', /cannot be negative/],
    ['1e5', /without an exponent/],
    ['0', /greater than zero/],
    ['1234567890123456', /at most 15 digits before/],
    ['', /required/],
  ])('shows an error for the amount %j at the field and commits nothing', async (typed, message) => {
    const wrapper = mountEditor('edit')
    const amount = field(wrapper, 'Amount')
    await amount.setValue(typed)
    expect(errorOf(wrapper, 'Amount')).toMatch(message)
    expect(amount.attributes('aria-invalid')).toBe('true')
    expect(wrapper.emitted('commit')).toBeUndefined()
    // The text stays as typed, so the user can fix it.
    expect((amount.element as HTMLInputElement).value).toBe(typed)
  })

  it('commits each valid change at once, keeping every digit and the rest of the record', async () => {
    const wrapper = mountEditor('edit')
    await field(wrapper, 'Amount').setValue('1000.12345678')
    expect(errorOf(wrapper, 'Amount')).toBeNull()
    expect(wrapper.emitted('commit')).toEqual([[{ ...record, amount: '1000.12345678' }]])
    await field(wrapper, 'Note').setValue('paid by card')
    expect(wrapper.emitted('commit')?.[1]).toEqual([{ ...record, amount: '1000.12345678', note: 'paid by card' }])
  })

  it('does not commit while another field is invalid', async () => {
    const wrapper = mountEditor('edit')
    await field(wrapper, 'Date').setValue('2024-02-30')
    expect(errorOf(wrapper, 'Date')).toMatch(/not a real calendar date/)
    await field(wrapper, 'Amount').setValue('9000')
    expect(wrapper.emitted('commit')).toBeUndefined()
    await field(wrapper, 'Date').setValue('2024-02-29')
    expect(wrapper.emitted('commit')).toEqual([[{ ...record, amount: '9000', date: '2024-02-29' }]])
  })

  it('leaves an emptied optional field out of the record', async () => {
    const wrapper = mountEditor('edit', { ...record, note: 'old' })
    await field(wrapper, 'Note').setValue('')
    expect(wrapper.emitted('commit')).toEqual([[record]])
  })
})

describe('adding a record', () => {
  it('shows errors only once a field was left or Add was pressed, and adds only a valid record', async () => {
    const wrapper = mountEditor('add', { id: 'k2', description: '', amount: '', date: '2024-05-01', currency: 'USD' })
    expect(wrapper.findAll('.field-error')).toHaveLength(0)
    await field(wrapper, 'Amount').setValue('-5')
    expect(errorOf(wrapper, 'Amount')).toMatch(/cannot be negative/)
    await wrapper.get('form').trigger('submit')
    expect(errorOf(wrapper, 'Description')).toMatch(/required/)
    expect(wrapper.emitted('commit')).toBeUndefined()

    await field(wrapper, 'Description').setValue('Courier')
    await field(wrapper, 'Amount').setValue('5.5')
    expect(wrapper.emitted('commit')).toBeUndefined()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('commit')).toEqual([[{ id: 'k2', description: 'Courier', amount: '5.5', date: '2024-05-01', currency: 'USD' }]])
  })

  it('closes without committing on Cancel', async () => {
    const wrapper = mountEditor('add', { id: 'k2', description: '', amount: '', date: '2024-05-01', currency: 'USD' })
    await wrapper.findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(1)
    expect(wrapper.emitted('commit')).toBeUndefined()
  })
})
