// @vitest-environment jsdom
// The offer form: a seller offer's parts ask for a property only when the part is a
// mortgage or a property sale; bad amounts are named at the field and not committed.
import { beforeEach, describe, expect, it } from 'vitest'
import { mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import type { CaseView, Offer } from '@/domain'
import { createAppI18n } from '@/i18n'
import OfferEditor from '@/components/OfferEditor.vue'
import { exampleFile, fieldError, fieldIn, viewOf } from './helpers'

let view: CaseView
beforeEach(() => {
  view = viewOf(exampleFile('harbor-tools'))
})

function offer(id: string): Offer {
  const found = view.file.offers.find((o) => o.id === id)
  if (!found) throw new Error(id)
  return found
}

function mountEditor(start: Offer, mode: 'add' | 'edit' = 'edit') {
  return mount(OfferEditor, { props: { offer: start, mode, view }, global: { plugins: [createAppI18n('en')] } })
}

const parts = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="offer-part"]')
const labels = (scope: Pick<DOMWrapper<Element>, 'findAll'>) => scope.findAll('label').map((label) => label.text().replace(/\s*\*$/, ''))

describe('the parts of a seller offer', () => {
  it('show the property field only for a mortgage or a property sale', async () => {
    const wrapper = mountEditor(offer('o1'))
    expect(parts(wrapper)).toHaveLength(1)
    expect(labels(parts(wrapper)[0]!)).not.toContain('Property')
    for (const [kind, shown] of [
      ['mortgage', true],
      ['installments', false],
      ['property-sale', true],
      ['other', false],
      ['cash', false],
    ] as const) {
      await fieldIn(parts(wrapper)[0]!, 'How').setValue(kind)
      expect(labels(parts(wrapper)[0]!).includes('Property'), kind).toBe(shown)
    }
  })

  it('show the property of the harbor-tools mortgage part, and not of its cash parts', () => {
    const wrapper = mountEditor(offer('o3'))
    const [cash, mortgage, cousin] = parts(wrapper)
    expect(labels(cash!)).not.toContain('Property')
    expect(labels(mortgage!)).toContain('Property')
    expect((fieldIn(mortgage!, 'Property').element as HTMLSelectElement).value).toBe('yiwu-flat')
    expect(labels(cousin!)).not.toContain('Property')
  })

  it('offer the only property for a mortgage, and commit it with that property', async () => {
    const wrapper = mountEditor(offer('o1'))
    await fieldIn(parts(wrapper)[0]!, 'How').setValue('mortgage')
    expect((fieldIn(parts(wrapper)[0]!, 'Property').element as HTMLSelectElement).value).toBe('yiwu-flat')
    const committed = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(committed?.from === 'seller' && committed.components[0]).toMatchObject({ partyId: 'huaxin', kind: 'mortgage', propertyId: 'yiwu-flat', amount: '100000' })
  })

  it('drop the property when a part is no longer a mortgage', async () => {
    const wrapper = mountEditor(offer('o3'))
    await fieldIn(parts(wrapper)[1]!, 'How').setValue('cash')
    const committed = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(committed?.from === 'seller' && committed.components[1]).toEqual({ partyId: 'zhang-jun', kind: 'cash', amount: '250000', currency: 'CNY', dueDate: '2024-06-30' })
  })

  it.each([['27,5'], ['-5'], ['$5 CNY']])('refuse the amount %j at the field and commit nothing', async (typed) => {
    const wrapper = mountEditor(offer('o1'))
    const amount = fieldIn(parts(wrapper)[0]!, 'Amount')
    await amount.setValue(typed)
    expect(fieldError(amount)).toBeTruthy()
    expect(wrapper.emitted('commit')).toBeUndefined()
  })

  it('commit a valid amount with every digit', async () => {
    const wrapper = mountEditor(offer('o1'))
    await fieldIn(parts(wrapper)[0]!, 'Amount').setValue('100000.00000001')
    const committed = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(committed?.from === 'seller' && committed.components[0]?.amount).toBe('100000.00000001')
    expect(committed).toMatchObject({ id: 'o1', date: '2024-05-03', status: 'rejected', type: 'initial' })
  })
})

describe('a buyer demand', () => {
  it('has an amount and a currency, and no parts', () => {
    const wrapper = mountEditor(offer('d1'))
    expect(parts(wrapper)).toHaveLength(0)
    expect((fieldIn(wrapper, 'Amount').element as HTMLInputElement).value).toBe('90085.50')
    expect(labels(wrapper.get('form'))).not.toContain('Property')
  })
})

describe('adding an offer', () => {
  it('shows no errors until Add is pressed, then names the missing amount', async () => {
    const draft: Offer = { id: 'o9', date: '2024-06-01', from: 'seller', status: 'open', type: 'counter', components: [{ partyId: 'zhang-wei', kind: 'cash', amount: '', currency: 'USD' }] }
    const wrapper = mountEditor(draft, 'add')
    expect(wrapper.findAll('.field-error')).toHaveLength(0)
    await wrapper.get('form').trigger('submit')
    expect(fieldError(fieldIn(parts(wrapper)[0]!, 'Amount'))).toMatch(/required/)
    expect(wrapper.emitted('commit')).toBeUndefined()
    await fieldIn(parts(wrapper)[0]!, 'Amount').setValue('5000')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted<[Offer]>('commit')?.[0]?.[0]).toMatchObject({ id: 'o9', from: 'seller', components: [{ amount: '5000' }] })
  })
})
