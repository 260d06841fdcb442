// @vitest-environment jsdom
// Working during a call, part by part: an amount shows what it reads as while it is
// typed and can carry its currency; a currency without a rate asks for the rate in
// place; the answer picker lists a screenful and finds the rest; the key signals say
// "agreed" once an offer is accepted; a new move answering an open one counters it,
// and one undo takes both back.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { RouterView } from 'vue-router'
import { flushPromises, mount } from '@vue/test-utils'
import { ID_PREFIXES, type FxRate, type Offer } from '@/domain'
import { createAppI18n } from '@/i18n'
import OfferEditor from '@/components/OfferEditor.vue'
import AnswerPicker from '@/components/offer/AnswerPicker.vue'
import KeySignals from '@/components/summary/KeySignals.vue'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { waitFor } from '../support/waitFor'
import { appPlugins, exampleFile, exampleText, fieldError, fieldIn, viewOf } from './helpers'

const i18n = () => createAppI18n('en')

afterEach(() => {
  setRepository(null)
})

describe('an amount as it is typed', () => {
  const view = viewOf(exampleFile('harbor-tools'))
  const demand = (): Offer => ({ id: 'd3', date: '2024-06-01', from: 'buyer', status: 'open', type: 'counter', amount: '', currency: 'USD' })

  it.each([
    ['27,000.00', '= $27,000.00', '27000.00', 'USD'],
    ['２７，０００', '= $27,000.00', '27000', 'USD'],
    [' CNY 2,400 ', '= CNY 2,400.00', '2400', 'CNY'],
    ['25万元', '= CNY 250,000.00', '250000', 'CNY'],
  ])('%j reads as %s and is kept as %s %s', async (typed, shown, amount, currency) => {
    const wrapper = mount(OfferEditor, { props: { offer: demand(), mode: 'add', view }, global: { plugins: [i18n()] } })
    await fieldIn(wrapper, 'Amount').setValue(typed)
    expect(wrapper.get('[data-testid="reads-as"]').text()).toBe(shown)
    expect((fieldIn(wrapper, 'Currency').element as HTMLSelectElement).value).toBe(currency)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted<[Offer]>('commit')?.[0]?.[0]).toMatchObject({ amount, currency })
  })

  it('refuses only what is ambiguous, with the reason, and records nothing', async () => {
    const wrapper = mount(OfferEditor, { props: { offer: demand(), mode: 'add', view }, global: { plugins: [i18n()] } })
    await fieldIn(wrapper, 'Amount').setValue('27,50')
    await wrapper.get('form').trigger('submit')
    expect(fieldError(fieldIn(wrapper, 'Amount'))).toMatch(/is the comma a decimal point/)
    expect(wrapper.emitted('commit')).toBeUndefined()
  })
})

describe('a currency without a rate', () => {
  it('asks for the rate in place, either way round, and records it as the case’s rate', async () => {
    const view = viewOf(exampleFile('harbor-tools'))
    const added: FxRate[] = []
    const addRate = vi.fn((rate: FxRate) => (added.push(rate), null))
    const offer: Offer = { id: 'd3', date: '2024-06-01', from: 'buyer', status: 'open', type: 'counter', amount: '', currency: 'USD' }
    const wrapper = mount(OfferEditor, { props: { offer, mode: 'add', view, addRate, today: '2024-06-01' }, global: { plugins: [i18n()] } })
    const currency = fieldIn(wrapper, 'Currency')
    // The case's own currencies first, then the common ones that need a rate; never the base twice.
    const options = currency.findAll('option').map((o) => o.text())
    expect(options.slice(0, 3)).toEqual(['USD', 'CNY', 'HKD (needs a rate)'])
    expect(options.filter((o) => o.startsWith('USD'))).toHaveLength(1)
    await currency.setValue('EUR')
    const prompt = wrapper.get('[data-testid="rate-prompt"]')
    expect(prompt.text()).toContain('EUR has no exchange rate in this case yet')
    expect(prompt.text()).toContain('1 USD =')
    await prompt.get('[data-testid="rate-direction-inBase"]').trigger('click')
    expect(prompt.text()).toContain('1 EUR =')
    await prompt.get('[data-testid="rate-value"]').setValue('1.08')
    await prompt.get('[data-testid="rate-source"]').setValue('ECB reference rate')
    await prompt.get('[data-testid="rate-save"]').trigger('click')
    expect(added).toEqual([{ currency: 'EUR', perBase: '0.92592593', asOf: '2024-06-01', source: 'ECB reference rate' }])
  })
})

describe('the answer picker', () => {
  it('lists the likely answers first, at most eight, and a search finds any other', async () => {
    const { file } = { file: exampleFile('harbor-tools') }
    const offers = Array.from({ length: 300 }, (_, i): Offer => ({ id: `x${i}`, date: '2024-04-01', from: 'buyer', status: 'rejected', type: 'counter', amount: String(95000 + i), currency: 'USD' }))
    const view = viewOf({ ...file, offers: [...offers, ...file.offers] })
    const wrapper = mount(AnswerPicker, { props: { view, side: 'seller', self: 'o9', modelValue: 'd2' }, global: { plugins: [i18n()] } })
    const options = () => wrapper.findAll('[data-testid="responds-to"] option').map((o) => o.text())
    expect(options()).toHaveLength(9) // "—" and eight moves
    expect(options()[1]).toBe('Buyer demand 302 · May 10, 2024 · $80,000.00')
    await wrapper.get('[data-testid="responds-to-search"]').setValue('95,123')
    expect(options()).toEqual(['—', 'Buyer demand 302 · May 10, 2024 · $80,000.00', 'Buyer demand 124 · Apr 1, 2024 · $95,123.00'])
    // A search that finds exactly one move chooses it.
    expect(wrapper.emitted<[string]>('update:modelValue')?.at(-1)).toEqual(['x123'])
  })
})

describe('the key signals', () => {
  it('show the agreed amount once an offer is accepted, and the gap while the talks are open', () => {
    const agreed = mount(KeySignals, { props: { view: viewOf(exampleFile('harbor-tools')), today: '2024-06-01' }, global: { plugins: [i18n()] } })
    expect(agreed.get('[data-testid="agreed-at"]').text()).toBe('$69,444.44')
    expect(agreed.find('[data-testid="gap"]').exists()).toBe(false)
    expect(agreed.get('[data-testid="key-ceiling"]').attributes('data-level')).toBe('likely')
    const open = mount(KeySignals, { props: { view: viewOf(exampleFile('kowloon-vanished')), today: '2024-10-05' }, global: { plugins: [i18n()] } })
    expect(open.get('[data-testid="gap"]').text()).toBe('HK$215,000.00')
    expect(open.get('[data-testid="latest-offer-status"]').text()).toBe('Expired')
    expect(open.get('[data-testid="outstanding"]').text()).toBe('HK$440,000.00')
  })
})

describe('recording a move in the workspace', () => {
  it('counters the open move it answers in the same edit; one undo takes both back', async () => {
    const app = appPlugins('en')
    const { id } = await app.repository.importText(exampleText('kowloon-vanished'))
    await app.router.push(`/cases/${id}`)
    await app.router.isReady()
    const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: app.plugins, stubs: { ChartCanvas: true } }, attachTo: document.body })
    await waitFor(() => expect(wrapper.find('[data-testid="summary-panel"]').exists()).toBe(true))
    const workspace = useWorkspaceStore()
    const status = (offerId: string) => workspace.file?.offers.find((o) => o.id === offerId)?.status

    await wrapper.get('[data-testid="new-seller-offer"]').trigger('click')
    await flushPromises()
    const form = wrapper.get('[data-testid="offer-editor"]')
    // The last offer is carried forward with its amounts; a part removed stays in sight, struck through, and is not recorded.
    expect(form.findAll('[data-testid="offer-part"]')).toHaveLength(2)
    expect((fieldIn(form.findAll('[data-testid="offer-part"]')[1]!, 'Amount').element as HTMLInputElement).value).toBe('60000')
    await fieldIn(form.findAll('[data-testid="offer-part"]')[0]!, 'Amount').setValue('HK$ 190,000')
    await form.findAll('[data-testid="offer-part"]')[1]!.get('[data-testid="remove-part"]').trigger('click')
    expect(form.findAll('[data-testid="removed-part"]')).toHaveLength(1)
    await form.trigger('submit')
    await flushPromises()
    const recorded = workspace.file?.offers.at(-1)
    expect(recorded).toMatchObject({ id: `${ID_PREFIXES.sellerOffers}1`, respondsTo: 'demand', status: 'open', components: [{ partyId: 'chan', amount: '190000', currency: 'HKD' }] })
    expect(status('demand')).toBe('countered')
    expect(wrapper.get('[data-testid="recorded-notice"]').text()).toContain('Buyer demand 1 is now marked countered.')

    await wrapper.get('[data-testid="undo-recorded"]').trigger('click')
    await flushPromises()
    expect(workspace.file?.offers.map((o) => o.id)).toEqual(['a', 'b', 'x', 'c', 'd', 'demand'])
    expect(status('demand')).toBe('open')

    // Accept and reject are one click on an open move's row.
    await wrapper.get('[data-offer-id="demand"] [data-testid="reject-offer"]').trigger('click')
    expect(status('demand')).toBe('rejected')
    useWorkspaceStore().$reset()
    wrapper.unmount()
  }, 30_000)
})

describe('a record edited into a currency without a rate', () => {
  it('is kept as soon as the rate asked for in place is recorded', async () => {
    const { ref } = await import('vue')
    const RecordEditor = (await import('@/components/RecordEditor.vue')).default
    const rated = ref<string[]>(['USD'])
    const addRate = (rate: FxRate) => {
      rated.value = [...rated.value, rate.currency]
      return null
    }
    const fields = [
      { key: 'amount', label: 'common.amount', type: 'positiveAmount' as const, required: true, currencyKey: 'currency' },
      {
        key: 'currency',
        label: 'common.currency',
        type: 'select' as const,
        required: true,
        options: () => [...rated.value, 'EUR'].filter((code, i, all) => all.indexOf(code) === i).map((code) => ({ value: code, label: code })),
        rate: { base: 'USD', rated: () => rated.value, add: addRate, today: '2024-06-01' },
      },
    ]
    const record = { id: 'k1', date: '2024-04-20', description: 'Counsel', amount: '8000', currency: 'USD' }
    const wrapper = mount(RecordEditor, { props: { fields, record, mode: 'edit' }, global: { plugins: [i18n()] } })
    await fieldIn(wrapper, 'Currency').setValue('EUR')
    expect(wrapper.emitted('commit')).toBeUndefined()
    await wrapper.get('[data-testid="rate-value"]').setValue('0.92')
    await wrapper.get('[data-testid="rate-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.emitted<[Record<string, unknown>]>('commit')?.at(-1)?.[0]).toEqual({ ...record, currency: 'EUR' })
  })
})
