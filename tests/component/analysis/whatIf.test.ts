// @vitest-environment jsdom
// What-if: a hypothetical offer through the same engine, saved only on request.
import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { Dec, summarizeCase, type CaseFile, type Offer, type SellerOffer } from '@/domain'
import { createAppI18n } from '@/i18n'
import { useWorkspaceStore } from '@/stores/workspace'
import WhatIfPanel from '@/components/analysis/WhatIfPanel.vue'
import { startingDraft, whatIf } from '@/components/analysis/whatIf'
import { example } from './fixtures'

const fixed = (value: Dec | null | undefined) => value?.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8) ?? null

/** o3 of harbor-tools with the cousin paying 80,000 CNY instead of 50,000. */
function moreFromTheCousin(file: CaseFile): SellerOffer {
  const o3 = file.offers.find((o) => o.id === 'o3') as SellerOffer
  return {
    id: 'w1',
    date: '2024-05-20',
    from: 'seller',
    status: 'open',
    type: 'counter',
    components: o3.components.map((c) => (c.partyId === 'li-na' ? { ...c, amount: '80000' } : c)),
  }
}

describe('whatIf', () => {
  const { file, summary } = example('harbor-tools')

  it('computes the draft’s total, share of loss, gap to the latest demand and assessment with the engine, storing nothing', () => {
    const before = JSON.stringify(file)
    const result = whatIf(file, summary, moreFromTheCousin(file))
    if (!result.ok) throw new Error('expected a valid what-if')
    // 200,000 + 250,000 + 80,000 CNY at 7.2 = 73,611.11 USD.
    expect(fixed(result.offer.total)).toBe('73611.11111111')
    expect(fixed(result.offer.ratio)).toBe(fixed(new Dec('530000').div('7.2').div(summary.lossTotal)))
    expect(fixed(result.gapToDemand)).toBe('6388.88888889')
    expect(fixed(result.changeFromLatest)).toBe('4166.66666667')
    expect(fixed(result.offer.concession)).toBe('4166.66666667')
    expect(result.offer.assessment?.level).toBe('likely')
    expect(result.offer.assessment?.signals.map((s) => s.code).sort()).toEqual([
      'CONCESSIONS_SHRINKING',
      'FAMILY_EXTENDED',
      'FAMILY_IMMEDIATE',
      'FAMILY_PROPERTY',
      'THIRD_PARTY_MAJORITY',
    ])
    // The same figures as if the offer had been recorded.
    const recorded = summarizeCase({ ...file, offers: [...file.offers, moreFromTheCousin(file)] })
    expect(fixed(recorded.latestOffer?.total)).toBe(fixed(result.offer.total))
    expect(JSON.stringify(file)).toBe(before)
  })

  it('returns the engine’s problems for a draft the case could not take', () => {
    const draft = { ...moreFromTheCousin(file), components: [{ partyId: 'nobody', kind: 'cash', amount: '10', currency: 'USD' }] } as Offer
    const result = whatIf(file, summary, draft)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(`offers[${file.offers.length}].components[0].partyId`)
  })

  it('starts from the latest offer’s parts, dated today, with a fresh id', () => {
    const draft = startingDraft(file, summary)
    expect(draft.id).toBe('o4')
    expect(draft.from).toBe('seller')
    expect(draft.respondsTo).toBe('d2')
    expect(draft.from === 'seller' && draft.components.map((c) => [c.partyId, c.kind, c.amount])).toEqual([
      ['zhang-wei', 'cash', '200000'],
      ['zhang-jun', 'mortgage', '250000'],
      ['li-na', 'cash', '50000'],
    ])
  })
})

describe('the what-if panel', () => {
  function mountPanel(file: CaseFile = example('harbor-tools').file) {
    const pinia = createPinia()
    setActivePinia(pinia)
    const workspace = useWorkspaceStore()
    workspace.file = file
    const wrapper = mount(WhatIfPanel, {
      props: { file, summary: workspace.summary! },
      global: { plugins: [pinia, createAppI18n('en')] },
    })
    return { wrapper, workspace }
  }
  const figure = (wrapper: ReturnType<typeof mountPanel>['wrapper'], id: string) => wrapper.find(`[data-testid="${id}"]`)

  it('follows every edit of the offer form and saves the offer only on request', async () => {
    const { wrapper, workspace } = mountPanel()
    const add = vi.spyOn(workspace, 'add').mockReturnValue(null)
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
    const [list, saved] = add.mock.calls[0] ?? []
    expect(list).toBe('offers')
    expect(saved).toMatchObject({ id: 'o4', from: 'seller', status: 'open' })
    expect((saved as SellerOffer).components.map((c) => c.amount)).toEqual(['200000', '250000', '80000'])
    expect(figure(wrapper, 'whatif-saved').text()).toContain('Added to the negotiation as o4.')
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
