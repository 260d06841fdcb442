// @vitest-environment jsdom
// A typed amount is read once per keystroke (issue 21): the form reads it with the domain's
// readMoney and hands the reading to the check, the record, the field's "reads as" line and
// the currency it names, instead of each reading it again (it was read four times or more).
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'

const reads = vi.hoisted(() => ({ texts: [] as string[] }))
vi.mock('@/domain', async (original) => {
  const domain = await original<typeof import('@/domain')>()
  return {
    ...domain,
    readMoney: (text: string, context?: Parameters<typeof domain.readMoney>[1]) => {
      reads.texts.push(text)
      return domain.readMoney(text, context)
    },
  }
})

const { createAppI18n } = await import('@/i18n')
const { default: RecordEditor } = await import('@/components/RecordEditor.vue')
const { default: OfferEditor } = await import('@/components/OfferEditor.vue')
const { exampleFile, fieldIn, viewOf } = await import('./helpers')

beforeEach(() => {
  reads.texts = []
})
const times = (text: string) => reads.texts.filter((read) => read === text).length

describe('one reading per keystroke', () => {
  it('in a record form: the amount is read once, checked, kept and shown as read', async () => {
    const fields = [
      { key: 'amount', label: 'common.amount', type: 'positiveAmount', required: true, currencyKey: 'currency' },
      { key: 'currency', label: 'common.currency', type: 'select', required: true, options: () => [{ value: 'USD', label: 'USD' }, { value: 'CNY', label: 'CNY' }] },
    ] as const
    const wrapper = mount(RecordEditor, {
      props: { fields: [...fields], record: { id: 'k1', amount: '8000', currency: 'USD' }, mode: 'edit' },
      global: { plugins: [createAppI18n('en')] },
    })
    reads.texts = []
    await fieldIn(wrapper, 'Amount').setValue('27,000.5')
    expect(times('27,000.5')).toBe(1)
    expect(wrapper.emitted<[Record<string, unknown>]>('commit')?.at(-1)?.[0]).toMatchObject({ amount: '27000.5', currency: 'USD' })
    expect(wrapper.text()).toContain('$27,000.50')
  })

  it('in the offer form: a part’s amount is read once, and the currency it names is taken', async () => {
    const view = viewOf(exampleFile('harbor-tools'))
    const offer = view.file.offers.find((o) => o.id === 'o2')!
    const wrapper = mount(OfferEditor, { props: { offer, mode: 'edit', view }, global: { plugins: [createAppI18n('en')] } })
    const part = wrapper.findAll('[data-testid="offer-part"]')[0]!
    reads.texts = []
    await fieldIn(part, 'Amount').setValue('150,000')
    expect(times('150,000')).toBe(1)
    expect(wrapper.emitted<[{ components: { amount: string }[] }]>('commit')?.at(-1)?.[0].components[0]?.amount).toBe('150000')
    reads.texts = []
    await fieldIn(part, 'Amount').setValue('USD 2,400')
    // Read once as typed; once more only because the currency it names changed the field's context.
    expect(times('USD 2,400')).toBeLessThanOrEqual(2)
    expect(wrapper.emitted<[{ components: { amount: string; currency: string }[] }]>('commit')?.at(-1)?.[0].components[0]).toMatchObject({ amount: '2400', currency: 'USD' })
  })
})
