// @vitest-environment jsdom
// What-if: a hypothetical offer through the same engine, saved only on request.
import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ref } from 'vue'
import { buildCaseView, parseCaseFile, summarizeCase, type CaseFile, type Offer, type SellerOffer } from '@/domain'
import { createAppI18n } from '@/i18n'
import WhatIfPanel from '@/components/analysis/WhatIfPanel.vue'
import { example } from '../../support/examples'

describe('the what-if panel', () => {
  /** The panel over a case that `addOffer` really changes, as the workspace store would. */
  function mountPanel(file: CaseFile = example('harbor-tools').file) {
    const current = ref(file)
    const viewOf = (f: CaseFile) => buildCaseView(f, summarizeCase(f))
    const added: Offer[] = []
    const addOffer = vi.fn((offer: Offer) => {
      added.push(offer)
      current.value = parseCaseFile({ ...current.value, offers: [...current.value.offers, offer] })
      void wrapper.setProps({ view: viewOf(current.value) } as Record<string, unknown>)
      return null
    })
    const wrapper = mount(WhatIfPanel, {
      props: { view: viewOf(file), today: '2024-05-21', addOffer },
      global: { plugins: [createAppI18n('en')] },
    })
    return { wrapper, addOffer, added }
  }
  const figure = (wrapper: ReturnType<typeof mountPanel>['wrapper'], id: string) => wrapper.find(`[data-testid="${id}"]`)

  it('follows every edit of the offer form and saves the offer only on request', async () => {
    const { wrapper, addOffer: add, added } = mountPanel()
    expect(figure(wrapper, 'whatif-total').text()).toBe('$69,444.44')

    const cousinAmount = wrapper.findAll('[data-testid="offer-part"]')[2]?.findAll('input[type="text"]')[0]
    await cousinAmount?.setValue('80000')
    expect(figure(wrapper, 'whatif-total').text()).toBe('$73,611.11')
    expect(figure(wrapper, 'whatif-total').attributes('data-value')).toBe('73611.11111111')
    expect(figure(wrapper, 'whatif-ratio').text()).toBe('81.41%')
    expect(figure(wrapper, 'whatif-gap').text()).toBe('$6,388.89')
    expect(figure(wrapper, 'whatif-change').text()).toBe('+$4,166.67')
    expect(wrapper.find('[data-testid="whatif-assessment"]').attributes('data-level')).toBe('likely')
    expect(add).not.toHaveBeenCalled()

    // An incomplete part: no figures, a word on what is missing.
    await cousinAmount?.setValue('')
    expect(figure(wrapper, 'whatif-incomplete').exists()).toBe(true)
    expect(figure(wrapper, 'whatif-total').exists()).toBe(false)

    await cousinAmount?.setValue('80000')
    await wrapper.find('[data-testid="save-offer"]').trigger('submit')
    await flushPromises()
    expect(add).toHaveBeenCalledTimes(1)
    const saved = added[0]
    expect(saved).toMatchObject({ id: 'o4', from: 'seller', status: 'open', date: '2024-05-21' })
    expect((saved as SellerOffer).components.map((c) => c.amount)).toEqual(['200000', '250000', '80000'])
    await flushPromises()
    expect(figure(wrapper, 'whatif-saved').text()).toContain('Added to the negotiation as Seller offer 4.')
    // The next draft is a fresh offer of the case as it now stands.
    await wrapper.findAll('[data-testid="offer-part"]')[2]?.findAll('input[type="text"]')[0]?.setValue('90000')
    expect(figure(wrapper, 'whatif-change').text()).toBe('+$1,388.89')
  })

  it('on a long negotiation, waits for a pause in the typing before computing', async () => {
    const { file } = example('harbor-tools')
    // 250 earlier demands before the real negotiation.
    const demands = Array.from({ length: 250 }, (_, i) => ({ id: `old${i}`, date: '2024-04-01', from: 'buyer' as const, status: 'rejected' as const, type: 'counter' as const, amount: '95000', currency: 'USD' }))
    const long = { ...file, offers: [...demands, ...file.offers] }
    vi.useFakeTimers()
    try {
      const { wrapper } = mountPanel(long)
      const cousinAmount = wrapper.findAll('[data-testid="offer-part"]')[2]?.findAll('input[type="text"]')[0]
      await cousinAmount?.setValue('80000')
      expect(figure(wrapper, 'whatif-total').text()).toBe('$69,444.44')
      await vi.advanceTimersByTimeAsync(300)
      expect(figure(wrapper, 'whatif-total').text()).toBe('$73,611.11')
    } finally {
      vi.useRealTimers()
    }
  })
})
