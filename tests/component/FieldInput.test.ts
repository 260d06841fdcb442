// @vitest-environment jsdom
// A select's choices: a long list is drawn again only where a choice changed, and always shows
// the choices it was last given.
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import FieldInput from '@/components/FieldInput.vue'
import type { FieldSpec, SelectOption } from '@/components/fields'

const choices = (count: number, total = '100.00'): SelectOption[] =>
  Array.from({ length: count }, (_, i) => ({ value: `o${i}`, label: i === count - 1 ? `Offer ${i} · ${total}` : `Offer ${i}` }))
const spec = (options: SelectOption[]): FieldSpec => ({ key: 'offerId', label: 'criminal.settlement.offer', type: 'select', options: () => options })

function mountSelect(options: SelectOption[]) {
  return mount(FieldInput, { props: { spec: spec(options), modelValue: 'o1' }, global: { plugins: [createAppI18n('en')] } })
}
const shown = (wrapper: ReturnType<typeof mountSelect>) => wrapper.findAll('option').map((option) => [option.attributes('value'), option.text()])

describe('a select of many choices', () => {
  it('draws again only the choice whose label changed, keeping the others as they are', async () => {
    const wrapper = mountSelect(choices(300))
    const changed = new Set<Node>()
    const observer = new MutationObserver((records) => records.forEach((record) => changed.add(record.target)))
    observer.observe(wrapper.element, { subtree: true, attributes: true, childList: true, characterData: true })
    await wrapper.setProps({ spec: spec(choices(300, '137.00')) } as never)
    observer.disconnect()
    const last = wrapper.findAll('option').at(-1)!.element
    const options = [...changed].filter((node) => node.nodeName === 'OPTION' || node.parentNode?.nodeName === 'OPTION')
    expect(options.every((node) => node === last || node.parentNode === last)).toBe(true)
    expect(shown(wrapper).at(-1)).toEqual(['o299', 'Offer 299 · 137.00'])
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('o1')
  })

  it.each([
    ['a choice added', [...choices(5), { value: 'new', label: 'New offer' }]],
    ['a choice removed', choices(5).filter((option) => option.value !== 'o2')],
    ['the choices reordered', [...choices(5)].reverse()],
    ['a choice relabelled in the middle', choices(5).map((option) => (option.value === 'o2' ? { ...option, label: 'Renamed' } : option))],
    ['the same choices again, as new objects', choices(5)],
  ])('shows exactly the choices it is given after %s', async (_, next) => {
    const wrapper = mountSelect(choices(5))
    await wrapper.setProps({ spec: spec(next) } as never)
    await nextTick()
    expect(shown(wrapper)).toEqual([['', '—'], ...next.map((option) => [option.value, option.label])])
  })

  it('keeps its value shown, as written, when no choice has it any more (never "—" while it holds a value)', async () => {
    const wrapper = mountSelect(choices(5))
    await wrapper.setProps({ spec: spec([]) } as never)
    await nextTick()
    expect(shown(wrapper)).toEqual([['', '—'], ['o1', 'o1']])
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('o1')
  })
})

describe('a choice among very many (choiceOf)', () => {
  const many = choices(1000)
  const lazy = (): FieldSpec => ({ ...spec(many), choiceOf: (value) => many.find((option) => option.value === value) ?? null })
  const mountLazy = (modelValue: string) => mount(FieldInput, { props: { spec: lazy(), modelValue }, global: { plugins: [createAppI18n('en')] } })

  it.each([
    ['a chosen offer', 'o7', [['', '—'], ['o7', 'Offer 7']]],
    ['nothing chosen', '', [['', '—']]],
    // Not "—": the select holds a value, and shows it as written (the field's problem says it is gone).
    ['an offer that is gone', 'o-gone', [['', '—'], ['o-gone', 'o-gone']]],
  ])('shows only %s until the list is asked for', (_, value, expected) => {
    const wrapper = mountLazy(value)
    expect(shown(wrapper)).toEqual(expected)
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe(value)
  })

  it.each(['focus', 'pointerdown', 'mousedown'])('shows every choice, the chosen one still chosen, once the select gets %s', async (event) => {
    const wrapper = mountLazy('o7')
    await wrapper.find('select').trigger(event)
    expect(shown(wrapper)).toEqual([['', '—'], ...many.map((option) => [option.value, option.label])])
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('o7')
    await wrapper.find('select').setValue('o500')
    expect(wrapper.emitted('update:modelValue')).toEqual([['o500']])
  })
})
