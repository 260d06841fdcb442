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

  it('follow the domain’s rules: ticking final makes the type final and unticking gives the type back; a part added for another payer is cash', async () => {
    const wrapper = mountEditor(offer('o2'))
    await wrapper.get('[data-field="final"] input').setValue(true)
    expect(wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]).toMatchObject({ final: true, type: 'final' })
    await wrapper.get('[data-field="final"] input').setValue(false)
    expect(wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]?.type).toBe(offer('o2').type)
    await wrapper.get('[data-testid="add-part-by"]').setValue('li-na')
    const added = parts(wrapper).at(-1)!
    expect([(fieldIn(added, 'Who pays').element as HTMLSelectElement).value, (fieldIn(added, 'How').element as HTMLSelectElement).value]).toEqual(['li-na', 'cash'])
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

  it('keep "300." as typed when the case takes back the offer just kept, so 300.50 is not read as 3005', async () => {
    const wrapper = mountEditor(offer('o2'))
    const amount = () => fieldIn(parts(wrapper)[0]!, 'Amount')
    await amount().setValue('300.')
    const kept = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    // The store hands the offer back with its own key order.
    await wrapper.setProps({ offer: JSON.parse(JSON.stringify({ ...offer('o2'), components: kept?.from === 'seller' ? kept.components : [] })) as Offer } as never)
    expect((amount().element as HTMLInputElement).value).toBe('300.')
    await amount().setValue('300.50')
    const last = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(last?.from === 'seller' && last.components[0]?.amount).toBe('300.50')
  })

  it('keep a part removed from a recorded offer in sight, struck through, with Undo', async () => {
    const wrapper = mountEditor(offer('o3'))
    await parts(wrapper)[2]!.get('[data-testid="remove-part"]').trigger('click')
    const kept = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(kept?.from === 'seller' && kept.components).toHaveLength(2)
    await wrapper.setProps({ offer: kept } as never)
    expect(parts(wrapper)[2]!.find('[data-testid="removed-part"]').exists()).toBe(true)
    await parts(wrapper)[2]!.get('[data-testid="restore-part"]').trigger('click')
    const back = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(back?.from === 'seller' && back.components.map((part) => part.partyId)).toEqual(['zhang-wei', 'zhang-jun', 'li-na'])
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
  it('has one amount and its currency, and no payer or property', () => {
    const wrapper = mountEditor(offer('d1'))
    expect(parts(wrapper)).toHaveLength(1)
    expect((fieldIn(parts(wrapper)[0]!, 'Amount').element as HTMLInputElement).value).toBe('90085.50')
    expect(labels(wrapper.get('form'))).not.toContain('Property')
    expect(labels(wrapper.get('form'))).not.toContain('Who pays')
  })

  it('takes an amount in a second currency and is kept as parts; one amount stays the demand’s own', async () => {
    const wrapper = mountEditor(offer('d1'))
    await fieldIn(parts(wrapper)[0]!, 'Amount').setValue('86000')
    expect(wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]).toMatchObject({ amount: '86000', currency: 'USD' })
    await wrapper.get('[data-testid="add-part"]').trigger('click')
    expect((fieldIn(parts(wrapper)[1]!, 'Currency').element as HTMLSelectElement).value).toBe('CNY')
    await fieldIn(parts(wrapper)[1]!, 'Amount').setValue('CNY 9,500')
    const committed = wrapper.emitted<[Offer]>('commit')?.at(-1)?.[0]
    expect(committed).toMatchObject({ id: 'd1', from: 'buyer', parts: [{ amount: '86000', currency: 'USD' }, { amount: '9500', currency: 'CNY' }] })
    expect(committed).not.toHaveProperty('amount')
    expect(wrapper.get('[data-testid="offer-preview"]').text()).toContain('$87,319.44')
  })
})

describe('a move carried forward', () => {
  // harbor-tools as it stood before the third offer.
  beforeEach(() => {
    const file = exampleFile('harbor-tools')
    view = viewOf({ ...file, offers: file.offers.slice(0, 4), payments: [] })
  })
  const third = (): Offer => {
    const o2 = offer('o2')
    return { ...o2, id: 'o9', date: '2024-05-20', status: 'open', type: 'counter' } as Offer
  }

  it('shows the previous amounts as values kept, brings a changed one back in one click, and says which way it moved', async () => {
    const wrapper = mountEditor(third(), 'add')
    expect(parts(wrapper).map((part) => part.find('[data-testid="part-carried"]').exists())).toEqual([true, true])
    await fieldIn(parts(wrapper)[1]!, 'Amount').setValue('250000')
    expect(wrapper.get('[data-testid="offer-moved"]').text()).toContain('up $20,833.33 from Seller offer 2')
    expect(parts(wrapper)[1]!.get('[data-testid="same-as-before"]').text()).toBe('As before: CNY 100,000.00')
    await parts(wrapper)[1]!.get('[data-testid="same-as-before"]').trigger('click')
    expect((fieldIn(parts(wrapper)[1]!, 'Amount').element as HTMLInputElement).value).toBe('100000')
    expect(wrapper.get('[data-testid="offer-moved"]').text()).toContain('unchanged from Seller offer 2')
  })

  it('keeps a removed part in sight, struck through, with Undo, and does not record it', async () => {
    const wrapper = mountEditor(third(), 'add')
    await parts(wrapper)[1]!.get('[data-testid="remove-part"]').trigger('click')
    expect(parts(wrapper)[1]!.get('[data-testid="removed-part"]').text()).toContain('Zhang Jun\u2069 (father or mother) · cash · CNY 100,000.00')
    expect(wrapper.get('[data-testid="offer-moved"]').text()).toContain('down $13,888.89 from Seller offer 2')
    await parts(wrapper)[1]!.get('[data-testid="restore-part"]').trigger('click')
    expect(parts(wrapper)[1]!.find('[data-testid="removed-part"]').exists()).toBe(false)
    await parts(wrapper)[1]!.get('[data-testid="remove-part"]').trigger('click')
    await wrapper.get('form').trigger('submit')
    await wrapper.get('[data-testid="confirm-move"]').trigger('click')
    const committed = wrapper.emitted<[Offer]>('commit')?.[0]?.[0]
    expect(committed?.from === 'seller' && committed.components.map((part) => part.partyId)).toEqual(['zhang-wei'])
  })

  it('asks once before recording a lower final offer, naming by how much; a change asks again', async () => {
    const wrapper = mountEditor(third(), 'add')
    await fieldIn(parts(wrapper)[0]!, 'Amount').setValue('50000')
    await wrapper.get('[data-field="final"] input').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('commit')).toBeUndefined()
    expect(wrapper.get('[data-testid="move-warnings"]').text()).toContain('A final offer lower than Seller offer 2 by $20,833.33.')
    expect(wrapper.get('[data-testid="move-warnings"]').text()).toContain('Record anyway?')
    await fieldIn(parts(wrapper)[0]!, 'Amount').setValue('60000')
    expect(wrapper.find('[data-testid="confirm-move"]').exists()).toBe(false)
    await wrapper.get('form').trigger('submit')
    await wrapper.get('[data-testid="confirm-move"]').trigger('click')
    expect(wrapper.emitted<[Offer]>('commit')?.[0]?.[0]).toMatchObject({ final: true, type: 'final', components: [{ amount: '60000' }, { amount: '100000' }] })
  })

  it('shows its date in sight and flags a date before the side’s previous move', async () => {
    const wrapper = mountEditor(third(), 'add')
    const date = fieldIn(wrapper.get('.offer-editor__flags'), 'Date')
    expect((date.element as HTMLInputElement).value).toBe('2024-05-20')
    await date.setValue('2024-05-08')
    expect(wrapper.get('[data-testid="move-warnings"]').text()).toContain('Dated before Seller offer 2')
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
    // $5,000 after harbor-tools' third offer is a step back: asked once, then recorded.
    expect(wrapper.emitted('commit')).toBeUndefined()
    await wrapper.get('[data-testid="confirm-move"]').trigger('click')
    expect(wrapper.emitted<[Offer]>('commit')?.[0]?.[0]).toMatchObject({ id: 'o9', from: 'seller', components: [{ amount: '5000' }] })
  })
})
