// @vitest-environment jsdom
// The workspace: long negotiations are paginated, an edit updates the panel with one
// summary for the whole screen, and a bad value is refused at the field.
import { waitFor } from '../support/waitFor'
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { formatMoney, isolate as u } from '@/domain'
import { setRepository } from '@/stores/loadRepository'
import { useWorkspaceStore } from '@/stores/workspace'
import { generateCaseText } from '../support/generateCase'
import { exampleText, fieldError, fieldIn, FullRepository, openWorkspace } from './helpers'

// Every summary worked out, whichever summarizer works it out.
const summarized = vi.hoisted(() => ({ calls: 0 }))
vi.mock('@/domain', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain')>()
  const counted = <A extends unknown[], R>(run: (...args: A) => R) => (...args: A): R => {
    summarized.calls++
    return run(...args)
  }
  return { ...actual, summarizeCase: counted(actual.summarizeCase), createSummarizer: () => counted(actual.createSummarizer()), sharedSummarizer: counted(actual.sharedSummarizer) }
})

afterEach(() => {
  useWorkspaceStore().$reset()
  setRepository(null)
})

const openCase = openWorkspace

// Mounting a whole workspace in jsdom takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

const calls = () => summarized.calls

describe('a long negotiation', () => {
  it('shows at most 50 offers a page, computes one summary for the screen, and an edit updates the panel', async () => {
    const { wrapper } = await openCase(generateCaseText({ offers: 150, seed: 7 }))
    const workspace = useWorkspaceStore()
    expect(wrapper.findAll('[data-testid="offer-row"]')).toHaveLength(50)
    const pager = wrapper.get('#negotiation .pager')
    expect(pager.text()).toContain('Page 1 of 3 (150 rows)')

    // The latest offer is on the last page, in negotiation order.
    const latest = workspace.summary!.latestOffer!
    for (let page = 1; page < 3; page++) await wrapper.get('#negotiation .pager').findAll('button').at(-1)!.trigger('click')
    expect(wrapper.get('#negotiation .pager').text()).toContain('Page 3 of 3')
    expect(wrapper.findAll('[data-testid="offer-row"]').length).toBeLessThanOrEqual(50)
    const row = wrapper.get(`[data-testid="offer-row"][data-offer-id="${latest.id}"]`)

    const before = calls()
    await row.findAll('.row-actions button')[0]!.trigger('click')
    // The editor is its own chunk, downloaded before the form opens.
    const editor = await vi.waitFor(() => wrapper.get('[data-testid="offer-editor"]'))
    const amount = fieldIn(editor.findAll('[data-testid="offer-part"]')[0]!, 'Amount')
    const shownBefore = wrapper.get('[data-testid="latest-offer-total"]').text()
    expect(shownBefore).toBe(formatMoney(latest.total, 'USD', 'en'))
    await amount.setValue('1000000')
    await flushPromises()
    const edited = workspace.file!.offers.find((offer) => offer.id === latest.id)!
    expect(edited.from === 'seller' && edited.components[0]!.amount).toBe('1000000')
    const shownAfter = wrapper.get('[data-testid="latest-offer-total"]').text()
    expect(shownAfter).not.toBe(shownBefore)
    expect(shownAfter).toBe(formatMoney(workspace.summary!.latestOffer!.total, 'USD', 'en'))
    // One summary for the edit, not one per row, field or figure.
    expect(calls() - before).toBe(1)
    await workspace.flush()
    expect(workspace.saveState).toBe('saved')
  }, 30_000)
})

describe('editing harbor-tools', () => {
  it('refuses "27,5" (a decimal comma?) as a loss amount at the field, keeps the figures and stores nothing', async () => {
    const { wrapper, app, id } = await openCase(exampleText('harbor-tools'))
    const stored = await app.repository.get(id)
    await wrapper.get('#losses [data-testid="losses-row"] .row-actions button').trigger('click')
    const amount = fieldIn(wrapper.get('#losses .editor-row'), 'Amount')
    await amount.setValue('27,5')
    expect(fieldError(amount)).toMatch(/is the comma a decimal point/)
    expect(wrapper.get('[data-testid="loss-total"]').text()).toBe('$90,418.83')
    await useWorkspaceStore().flush()
    expect(await app.repository.get(id)).toEqual(stored)

    // Grouped as people write it, stored as the file writes it.
    await amount.setValue('28,000')
    await flushPromises()
    expect(wrapper.get('[data-testid="loss-total"]').text()).toBe('$91,418.83')
    await useWorkspaceStore().flush()
    expect((await app.repository.get(id))?.file.losses[0]?.amount).toBe('28000')
    expect(wrapper.get('[data-testid="save-status"]').attributes('data-state')).toBe('saved')
  })

  it('explains why a party an offer names cannot be deleted, and keeps it', async () => {
    const { wrapper } = await openCase(exampleText('harbor-tools'))
    const rows = wrapper.findAll('#parties [data-testid="parties-row"]')
    expect(rows).toHaveLength(4)
    await rows[1]!.findAll('.row-actions button')[1]!.trigger('click')
    expect(wrapper.get('#parties [role="alert"]').text()).toContain('That change was not made')
    expect(wrapper.findAll('#parties [data-testid="parties-row"]')).toHaveLength(4)
  })

  it('names the offers that still use a party it cannot delete, in words', async () => {
    const { wrapper } = await openCase(exampleText('harbor-tools'))
    const rows = wrapper.findAll('#parties [data-testid="parties-row"]')
    await rows[2]!.findAll('.row-actions button')[1]!.trigger('click') // Zhang Jun
    const alert = wrapper.get('#parties [role="alert"]').text()
    expect(alert).toContain(
      `still named in the property “${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}”, Seller offer 2 · May 9, 2024, Seller offer 3 · May 16, 2024, the payment of Jun 28, 2024`,
    )
    expect(alert).not.toContain('There is no party')
  })

  it('deletes a loss with one click and brings it back with Undo', async () => {
    const { wrapper } = await openCase(exampleText('harbor-tools'))
    const before = wrapper.get('[data-testid="loss-total"]').text()
    await wrapper.findAll('#losses [data-testid="losses-row"]')[1]!.findAll('.row-actions button')[1]!.trigger('click')
    expect(wrapper.findAll('#losses [data-testid="losses-row"]')).toHaveLength(3)
    expect(wrapper.get('[data-testid="loss-total"]').text()).not.toBe(before)
    await wrapper.get('#losses [data-testid="undo-remove"]').trigger('click')
    expect(wrapper.findAll('#losses [data-testid="losses-row"]')).toHaveLength(4)
    expect(wrapper.findAll('#losses [data-testid="losses-row"]')[1]!.text()).toContain('Balance before shipment')
    expect(wrapper.get('[data-testid="loss-total"]').text()).toBe(before)
  })

  it('shows a payer renamed, or the offer a payment is against moved, in the payments (their rows are drawn again only when what they show changed)', async () => {
    const { wrapper } = await openCase(exampleText('harbor-tools'))
    const workspace = useWorkspaceStore()
    const payment = workspace.file!.payments.find((record) => record.partyId && record.offerId)!
    const paymentRow = () => wrapper.get(`#payments [data-key="${payment.id}"]`).text()
    const party = workspace.file!.parties.find((record) => record.id === payment.partyId)!
    expect(paymentRow()).toContain(party.name)
    expect(workspace.replace('parties', party.id, { ...party, name: 'Renamed Payer' })).toBeNull()
    await flushPromises()
    expect(paymentRow()).toContain('Renamed Payer')
    const offer = workspace.file!.offers.find((record) => record.id === payment.offerId)!
    expect(workspace.replace('offers', offer.id, { ...offer, date: '2024-06-20' })).toBeNull()
    await flushPromises()
    expect(paymentRow()).toContain('Jun 20, 2024')
  })

  it('shows the relation of family members as immediate or extended', async () => {
    const { wrapper } = await openCase(exampleText('harbor-tools'))
    const text = wrapper.get('#parties').text()
    expect(text).toContain('father or mother (immediate family)')
    expect(text).toContain('cousin (extended family)')
  })
})

describe('another tab’s save while an editor is open', () => {
  // Bug: edits were addressed by list position, so a record inserted before the
  // one being edited (by another tab, then reloaded here) made the open editor
  // write into its neighbour.
  it('keeps the editor on its record, by id, after the case reloads', async () => {
    const { wrapper, app, id } = await openCase(exampleText('harbor-tools'))
    const workspace = useWorkspaceStore()
    await wrapper.findAll('#losses [data-testid="losses-row"]')[1]!.findAll('.row-actions button')[0]!.trigger('click') // balance
    // Another tab puts a loss first and saves.
    const stored = (await app.repository.get(id))!
    await app.repository.save(
      { ...stored.file, losses: [{ id: 'first', date: '2024-01-01', description: 'Earlier fee', category: 'other', amount: '10', currency: 'USD' }, ...stored.file.losses] },
      { expectedRevision: stored.revision },
    )
    await workspace.reloadFromStorage()
    await flushPromises()
    await fieldIn(wrapper.get('#losses .editor-row'), 'Amount').setValue('63500')
    expect(workspace.file?.losses.map((loss) => [loss.id, loss.amount])).toEqual([
      ['first', '10'],
      ['deposit', '27000.00'],
      ['balance', '63500'],
      ['wire-fees', '85.50'],
      ['inspection', '2400'],
    ])
  })

  it('says so when the record being edited was deleted elsewhere, and changes nothing', async () => {
    const { wrapper, app, id } = await openCase(exampleText('harbor-tools'))
    const workspace = useWorkspaceStore()
    await wrapper.findAll('#losses [data-testid="losses-row"]')[1]!.findAll('.row-actions button')[0]!.trigger('click') // balance
    const stored = (await app.repository.get(id))!
    await app.repository.save({ ...stored.file, losses: stored.file.losses.filter((loss) => loss.id !== 'balance') }, { expectedRevision: stored.revision })
    await workspace.reloadFromStorage()
    await flushPromises()
    expect(wrapper.get('[data-testid="record-gone"]').text()).toContain('no longer in the case')
    expect(workspace.file?.losses.map((loss) => loss.id)).toEqual(['deposit', 'wire-fees', 'inspection'])
  })
})

describe('leaving a case whose save failed', () => {
  // Bug: the route guard only flushes (src/views/workspace/CaseWorkspaceView.vue,
  // `onBeforeRouteLeave(() => workspace.flush())`), and flush() resolves after a
  // failed save too, so the user can open another case; workspace.open() then
  // replaces the file and the unsaved edit is gone without a word.
  it('does not drop the unsaved edit when another case is opened', async () => {
    const { wrapper, app, id } = await openCase(exampleText('harbor-tools'))
    const other = await app.repository.create('Another case', 'USD')
    setRepository(new FullRepository(app.database))
    await wrapper.get('#losses [data-testid="losses-row"] .row-actions button').trigger('click')
    await fieldIn(wrapper.get('#losses .editor-row'), 'Amount').setValue('28000')
    const workspace = useWorkspaceStore()
    await workspace.flush()
    expect(workspace.saveState).toBe('failed')
    expect(wrapper.get('[data-testid="save-status"]').attributes('data-state')).toBe('failed')

    // Asked whether to leave with the edit unsaved, the user stays.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
    await app.router.push(`/cases/${other.id}`).catch(() => undefined)
    await flushPromises()
    await waitFor(() => expect(workspace.loading).toBe(false))
    // Either the app kept the user on the case, or the edit is still somewhere.
    const stillHere = app.router.currentRoute.value.params.id === id && workspace.file?.losses[0]?.amount === '28000'
    const stored = (await app.repository.get(id))?.file.losses[0]?.amount === '28000'
    expect(stillHere || stored).toBe(true)
    expect(confirm).toHaveBeenCalledTimes(1)
    confirm.mockRestore()
  })
})
