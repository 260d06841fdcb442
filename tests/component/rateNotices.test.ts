// @vitest-environment jsdom
// A case opened with a rate more than 3 times away from the reference shows the rate
// editor's warning, with the fix (the rate turned round) and a way to keep it as it is.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { exampleText, openWorkspace } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  useWorkspaceStore().$reset()
  setRepository(null)
})

/** harbor-tools with its CNY rate entered the wrong way round (1 CNY = 0.1389 USD typed as 1 USD = 0.1389 CNY). */
const backwards = (perBase = '0.1389') => {
  const file = JSON.parse(exampleText('harbor-tools'))
  return JSON.stringify({ ...file, fx: [{ ...file.fx[0], perBase }] })
}

describe('a case opened with a rate far from the reference', () => {
  it('shows the warning with what it compared, and the fix turns the rate round (one undo takes it back)', async () => {
    const { wrapper } = await openWorkspace(backwards())
    const notice = wrapper.get('[data-testid="case-rate-warning"]')
    expect(notice.text()).toContain('The CNY rate of this case may be the wrong way round.')
    expect(notice.get('[data-testid="rate-compared"]').text()).toBe(
      '1 USD = 0.1389 CNY is about 52 times lower than the reference rate 1 USD ≈ 7.279 CNY (European Central Bank euro reference rates of Feb 28, 2025).',
    )
    expect(notice.text()).toContain('Taken the other way round it is 1 USD = 7.1994 CNY')
    await notice.get('[data-testid="rate-fix"]').trigger('click')
    await flushPromises()
    const workspace = useWorkspaceStore()
    expect(workspace.file?.fx).toEqual([{ currency: 'CNY', perBase: '7.19942405', asOf: '2024-05-02', source: 'bank mid-rate quote' }])
    expect(wrapper.find('[data-testid="case-rate-warning"]').exists()).toBe(false)
    workspace.undo()
    await flushPromises()
    expect(wrapper.find('[data-testid="case-rate-warning"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('keeps the rate as it is when asked to, and says nothing of a rate that fits', async () => {
    const { wrapper } = await openWorkspace(backwards())
    await wrapper.get('[data-testid="case-rate-warning"] [data-testid="rate-keep"]').trigger('click')
    expect(wrapper.find('[data-testid="case-rate-warning"]').exists()).toBe(false)
    expect(useWorkspaceStore().file?.fx[0]?.perBase).toBe('0.1389')
    wrapper.unmount()
    useWorkspaceStore().$reset()
    setRepository(null)
    const fine = await openWorkspace(exampleText('harbor-tools'))
    expect(fine.wrapper.find('[data-testid="case-rate-warning"]').exists()).toBe(false)
    fine.wrapper.unmount()
  })
})
