// @vitest-environment jsdom
// The exhausted-resources card: one sentence per signal, worded in the chosen
// language from the signal's facts, and always the note that it is a heuristic.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { isolate as u, summarizeCase, type CaseFile } from '@/domain'
import { allCatalogues, createAppI18n, type Locale } from '@/i18n'
import AssessmentCard from '@/components/AssessmentCard.vue'
import { exampleFile, rawKeysIn } from './helpers'

function mountCard(file: CaseFile, locale: Locale = 'en') {
  const summary = summarizeCase(file)
  const wrapper = mount(AssessmentCard, {
    props: { assessment: summary.assessment, currency: file.baseCurrency, parties: file.parties },
    global: { plugins: [createAppI18n(locale)] },
  })
  return { wrapper, summary }
}

/** harbor-tools with the seller's own flat sold in the latest offer. */
function sellerPropertyCase(): CaseFile {
  const file = structuredClone(exampleFile('harbor-tools'))
  file.properties.push({ id: 'shop', ownerId: 'zhang-wei', description: 'Shop unit', marketValue: '900000', encumbrances: '0', currency: 'CNY' })
  const offer = file.offers.find((o) => o.id === 'o3')
  if (offer?.from !== 'seller') throw new Error('o3 is a seller offer')
  offer.components.push({ partyId: 'zhang-wei', kind: 'property-sale', propertyId: 'shop', amount: '100000', currency: 'CNY' })
  return file
}

const cases: [string, () => CaseFile, string[]][] = [
  ['harbor-tools', () => exampleFile('harbor-tools'), ['FAMILY_EXTENDED', 'FAMILY_IMMEDIATE', 'FAMILY_PROPERTY', 'THIRD_PARTY_MAJORITY']],
  ['kowloon-vanished', () => exampleFile('kowloon-vanished'), ['CONCESSIONS_SHRINKING']],
  ['a seller selling own property', sellerPropertyCase, ['SELLER_PROPERTY']],
]

describe.each(['en', 'zh-CN'] as const)('the assessment card in %s', (locale) => {
  it.each(cases)('lists one sentence per signal of %s, and the caveat', (_name, make, codes) => {
    const { wrapper, summary } = mountCard(make(), locale)
    const signals = summary.assessment?.signals ?? []
    const items = wrapper.findAll('li[data-signal]')
    expect(items).toHaveLength(signals.length)
    expect(items.map((item) => item.attributes('data-signal'))).toEqual(signals.map((signal) => signal.code))
    for (const code of codes) expect(items.some((item) => item.attributes('data-signal') === code), code).toBe(true)
    const catalogue = allCatalogues()[locale]
    for (const item of items) {
      // A name, then a sentence with at least one amount in it.
      expect(item.text().length).toBeGreaterThan(20)
      expect(item.text()).toMatch(/\d/)
      expect(rawKeysIn(item.text(), catalogue)).toEqual([])
      expect(item.text()).not.toMatch(/\{\w+\}/)
    }
    expect(wrapper.get('.caveat').text()).toBe(catalogue.assessment && (catalogue.assessment as { caveat: string }).caveat)
    expect(wrapper.get('[data-testid="assessment"]').attributes('data-level')).toBe(summary.assessment?.level)
  })
})

describe('the assessment card', () => {
  it('names the payers and the mortgaged flat in the harbor-tools sentences', () => {
    const { wrapper } = mountCard(exampleFile('harbor-tools'))
    const text = wrapper.text()
    expect(text).toContain(`${u('Zhang Jun')} (father or mother)`)
    expect(text).toContain(`${u('Li Na')} (cousin)`)
    expect(text).toContain(`a mortgage loan on ${u('Two-bedroom flat')}, ${u('Yiwu, Zhejiang')}, $34,722.22`)
    expect(text).toContain('not legal or financial advice')
  })

  it('shows no signals, the not-indicated level and the caveat when there is no seller offer', () => {
    const wrapper = mount(AssessmentCard, {
      props: { assessment: null, currency: 'USD', parties: [] },
      global: { plugins: [createAppI18n('en')] },
    })
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.text()).toContain('No seller offer yet.')
    expect(wrapper.text()).toContain('not legal or financial advice')
    expect(wrapper.get('[data-testid="assessment"]').attributes('data-level')).toBe('not-indicated')
  })
})
