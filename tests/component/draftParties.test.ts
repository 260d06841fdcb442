// @vitest-environment jsdom
// A party's Chinese name, ID number, company and unified social credit code, edited where the
// parties are: kept in the party's own block (extra.tracker), the credit code checked as typed.
import { describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { applyRecordChange, parseCaseFileText, partyTracker } from '@/domain'
import { createAppI18n } from '@/i18n'
import RecordEditor from '@/components/RecordEditor.vue'
import { parties } from '@/components/lists'
import { fieldError, fieldIn } from './helpers'
import { englishWords } from '@/domain'
import { criminalExample, criminalExampleText } from '../support/examples'

const { view } = criminalExample('jinhua-three-payers')
const fields = parties.fields({ view, words: englishWords(), today: '2026-12-02' })

function mountEditor(record: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') {
  return mount(RecordEditor, { props: { fields, record, mode: 'edit' }, global: { plugins: [createAppI18n(locale)] } })
}
const last = (wrapper: VueWrapper) => wrapper.emitted('commit')?.at(-1)?.[0] as Record<string, unknown> | undefined

describe('the party block in the parties form', () => {
  it('keeps a Chinese name and an ID number in extra.tracker, beside other extra keys', async () => {
    const wrapper = mountEditor({ id: 'p9', name: 'Shen Lei', role: 'seller', extra: { own: 'kept' } })
    await fieldIn(wrapper, 'Chinese name (printed in Chinese documents)').setValue('沈磊')
    await fieldIn(wrapper, 'ID number').setValue('330702198503150018')
    expect(last(wrapper)).toEqual({ id: 'p9', name: 'Shen Lei', role: 'seller', extra: { own: 'kept', tracker: { nameZh: '沈磊', idNumber: '330702198503150018' } } })
    // Emptied, the block goes; the other key stays.
    await fieldIn(wrapper, 'Chinese name (printed in Chinese documents)').setValue('')
    await fieldIn(wrapper, 'ID number').setValue('')
    expect(last(wrapper)).toEqual({ id: 'p9', name: 'Shen Lei', role: 'seller', extra: { own: 'kept' } })
  })

  it('checks a company’s credit code as typed, keeping the text, and commits a valid one', async () => {
    const wrapper = mountEditor({ id: 'p9', name: 'Jinhua Shenlei Trading', role: 'seller', extra: { tracker: { company: true } } })
    const code = fieldIn(wrapper, 'Unified social credit code')
    await code.setValue('91330702MA2D4K8Q1A')
    expect(fieldError(code)).toMatch(/should be P for the 17 before it, not A/)
    expect((code.element as HTMLInputElement).value).toBe('91330702MA2D4K8Q1A')
    expect(wrapper.emitted('commit')).toBeUndefined()
    await code.setValue('91330702MA2D4K8Q1P')
    expect(last(wrapper)).toMatchObject({ extra: { tracker: { company: true, creditCode: '91330702MA2D4K8Q1P' } } })
  })

  it('says it in Chinese', async () => {
    const wrapper = mountEditor({ id: 'p9', name: 'X', role: 'seller', extra: { tracker: { company: true } } }, 'zh-CN')
    const code = fieldIn(wrapper, '统一社会信用代码')
    await code.setValue('9133070')
    expect(fieldError(code)).toBe('统一社会信用代码为18位；此处为7位。')
  })

  it('an edit through the workspace keeps the block and refuses a wrong code at its path', () => {
    const file = parseCaseFileText(criminalExampleText('jinhua-three-payers'))
    const party = file.parties[0]!
    const next = applyRecordChange(file, { kind: 'replace', list: 'parties', index: 0, record: { ...party, extra: { tracker: { nameZh: '沈小磊' } } } })
    expect(partyTracker(next.parties[0]!)).toEqual({ nameZh: '沈小磊' })
    expect(() => applyRecordChange(file, { kind: 'replace', list: 'parties', index: 1, record: { ...file.parties[1]!, extra: { tracker: { company: true, creditCode: 'X' } } } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'parties[1].extra.tracker.creditCode' })] }),
    )
  })
})
