// Where to report, fraud or breach, the legal context of the loss, the evidence checklist.
import { describe, expect, it } from 'vitest'
import {
  CONTRACT_FRAUD_FILING_THRESHOLD,
  Dec,
  FRAUD_TIERS,
  LEGAL_CHECKED_ON,
  LEGAL_DATA_VERSION,
  LEGAL_SOURCES,
  PERIODS,
  SENTENCE_REDUCTIONS,
  criminalView,
  evidenceView,
  legalContext,
  reportingGuidance,
  triageView,
  withCaseTracker,
  withFullChecklist,
  type Place,
} from '@/domain'
import { criminalExample, example } from '../../support/examples'

const mainland = (district: string, city = 'Shenzhen', province = 'Guangdong'): Place => ({ region: 'mainland', province, city, district })

describe('where to report', () => {
  it('the worked example: registered in Futian, doing business in Yiwu: either police may act', () => {
    const { view } = criminalExample()
    const guidance = criminalView(view, '2024-05-16').reporting
    expect(guidance.hongKong).toBe(false)
    expect(guidance.placesDiffer).toBe(true)
    expect(guidance.police.map((p) => [p.basis, p.place.district, p.needsDistrict])).toEqual([
      ['registered', 'Futian', false],
      ['business', 'Yiwu', false],
    ])
  })

  it('one police force when the places are the same (spelling and case aside)', () => {
    const guidance = reportingGuidance({ registered: mainland('Futian'), business: { ...mainland(' futian '), address: 'another street' } })
    expect(guidance.police).toHaveLength(1)
    expect(guidance.placesDiffer).toBe(false)
  })

  it('asks for the county or district when it is missing; knows nothing without a registration', () => {
    expect(reportingGuidance({ registered: { region: 'mainland', province: 'Guangdong' } }).police[0]?.needsDistrict).toBe(true)
    expect(reportingGuidance(undefined)).toMatchObject({ unknown: true, police: [], hongKong: false })
  })

  it('a Hong Kong company goes to the Hong Kong police; a mainland place of business adds the police there', () => {
    const guidance = reportingGuidance({ registered: { region: 'hong-kong', district: 'Kowloon' }, business: mainland('Bao’an') })
    expect(guidance.hongKong).toBe(true)
    expect(guidance.police.map((p) => [p.basis, p.place.region, p.needsDistrict])).toEqual([
      ['registered', 'hong-kong', false],
      ['business', 'mainland', false],
    ])
  })
})

describe('fraud or breach of contract', () => {
  it.each([
    [['junk', 'vanished'], 'fraud'],
    // An offer to settle is no evidence of intent (the app's own reading): alone it points nowhere.
    [['settle-amicably'], 'undetermined'],
    [['settle-amicably', 'vanished'], 'fraud'],
    [['spec-mismatch'], 'breach'],
    [['spec-mismatch', 'newly-registered'], 'mixed'],
    [[], 'undetermined'],
  ] as const)('%j reads as %s', (signs, result) => {
    expect(triageView({ signs: [...signs] }).result).toBe(result)
  })

  it('names the offence considered; contract fraud can be charged to a company', () => {
    expect(triageView({ offence: 'contract-fraud' })).toMatchObject({ offence: 'contract-fraud', unitCrime: true })
    expect(triageView({ offence: 'fraud' })).toMatchObject({ offence: 'fraud', unitCrime: false })
  })
})

describe('the legal context of the loss', () => {
  it('every figure carries its source and the data its version and checked-on date', () => {
    expect(LEGAL_DATA_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(LEGAL_CHECKED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const figure of [...FRAUD_TIERS, ...SENTENCE_REDUCTIONS, CONTRACT_FRAUD_FILING_THRESHOLD, ...Object.values(PERIODS)])
      expect(LEGAL_SOURCES[figure.source]).toBeTruthy()
    expect(CONTRACT_FRAUD_FILING_THRESHOLD.unconfirmed).toBe(true)
  })

  it('harbor-tools: the loss in RMB at the case’s rate (1 USD = 7.2 CNY)', () => {
    const { view } = example('harbor-tools')
    const context = legalContext(view.file, view.summary.lossTotal, undefined, undefined)
    // 90,085.50 USD + 2,400 CNY / 7.2 = 90,418.8333… USD; × 7.2 = 651,015.60 CNY
    expect(context.loss.rmb?.toFixed(2)).toBe('651015.60')
    // The fraud amount leaves out the bank fee (85.50 USD) and the inspection (2,400 CNY): 90,000 USD × 7.2.
    expect(context.fraud.rmb?.toFixed(2)).toBe('648000.00')
    expect(context.fraud.base.toFixed(2)).toBe('90000.00')
    expect(context.loss.rate?.perBase).toBe('7.2')
    expect(context.tiers?.map((row) => [row.tier, row.status])).toEqual([
      ['relatively-large', 'reached'],
      ['huge', 'reached'],
      ['especially-huge', 'reached'],
    ])
    expect(context.filingThreshold?.reached).toBe(true)
  })

  it.each([
    // the losses, the whole loss, the fraud amount (payments to the seller), then the threshold's and the tiers' verdicts on the fraud amount
    ['a payment under the threshold, fees over it', [['payment', '19000'], ['bank-fee', '500'], ['inspection', '1000']], '20500', '19000', false, ['reached', 'not-reached', 'not-reached']],
    ['two payments at the threshold', [['payment', '15000'], ['payment', '5000']], '20000', '20000', true, ['reached', 'not-reached', 'not-reached']],
    ['a payment under the huge range, costs over it', [['payment', '29000'], ['shipping', '2000']], '31000', '29000', true, ['reached', 'not-reached', 'not-reached']],
    ['costs alone', [['shipping', '40000'], ['other', '1000']], '41000', '0', false, ['not-reached', 'not-reached', 'not-reached']],
  ] as const)('the fraud amount, not the whole loss, meets the threshold and the tiers: %s', (_name, rows, whole, fraud, reached, tiers) => {
    const { view } = example('empty')
    const losses = rows.map(([category, amount], i) => ({ id: `l${i}`, date: '2024-01-10', description: 'x', category, amount, currency: 'CNY' }))
    const file = { ...view.file, baseCurrency: 'CNY', losses }
    const context = legalContext(file, new Dec(whole), undefined, undefined)
    expect(context.loss.rmb?.toFixed(0)).toBe(whole)
    expect(context.fraud.rmb?.toFixed(0)).toBe(fraud)
    expect(context.filingThreshold?.reached).toBe(reached)
    expect(context.tiers?.map((row) => row.status)).toEqual(tiers)
  })

  it('contract fraud: the filing threshold only, never the Art. 266 tiers', () => {
    const { view } = criminalExample()
    const context = criminalView(view, '2024-05-16').legal
    expect(context.offence).toBe('contract-fraud')
    expect(context.tiers).toBeNull()
    expect(context.filingThreshold?.amount.toFixed(0)).toBe('20000')
    expect(context.lowestTierRule).toBe(false)
    // harbor-tools-criminal: what the seller obtained, without the bank fee and the inspection.
    expect(context.loss.rmb?.toFixed(2)).toBe('651015.60')
    expect(context.fraud.rmb?.toFixed(2)).toBe('648000.00')
  })

  it('a figure within a range depends on the province until one is chosen; "and up" includes the figure', () => {
    // The tiers compare the payments to the seller, so each case holds one of the amount.
    const rmbCase = (amount: string) => {
      const { view } = example('empty')
      const losses = [{ id: 'l1', date: '2024-01-10', description: 'Wire to the seller', category: 'payment' as const, amount, currency: 'CNY' }]
      return { file: { ...view.file, baseCurrency: 'CNY', losses }, loss: new Dec(amount) }
    }
    const { file, loss } = rmbCase('5000')
    const ranges = legalContext(file, loss, { offence: 'fraud' }, undefined)
    expect(ranges.tiers?.[0]?.status).toBe('depends')
    expect(ranges.highestReached).toBeNull()
    expect(ranges.highestPossible).toBe('relatively-large')
    expect(ranges.lowestTierRule).toBe(true)
    expect(ranges.filingThreshold).toBeNull()
    const chongqing = legalContext(file, loss, { offence: 'fraud' }, { province: 'Chongqing', relativelyLarge: '5000', huge: '70000' })
    expect(chongqing.tiers?.map((row) => row.status)).toEqual(['reached', 'not-reached', 'not-reached'])
    const at = (amount: string) => rmbCase(amount)
    expect(legalContext(at('4999.99').file, at('4999.99').loss, { offence: 'fraud' }, { relativelyLarge: '5000' }).tiers?.[0]?.status).toBe('not-reached')
    expect(legalContext(at('2999').file, at('2999').loss, { offence: 'fraud' }, undefined).tiers?.[0]?.status).toBe('not-reached')
    expect(legalContext(at('100000').file, at('100000').loss, { offence: 'fraud' }, undefined).highestReached).toBe('huge')
  })

  it('without an RMB rate there is no RMB figure, and no tier is claimed', () => {
    const { view } = example('kowloon-vanished')
    const context = legalContext(view.file, view.summary.lossTotal, undefined, undefined)
    expect(context.loss.rmb).toBeNull()
    expect(context.tiers?.every((row) => row.status === 'not-reached')).toBe(true)
    expect(context.filingThreshold?.reached).toBeNull()
  })

  it('a Hong Kong registration makes a Hong Kong case', () => {
    const { view } = example('kowloon-vanished')
    const file = withCaseTracker(view.file, { reporting: { registered: { region: 'hong-kong', district: 'Kwun Tong' } } })
    expect(criminalView({ ...view, file }, '2024-10-01').hongKong).toBe(true)
    expect(criminalView(view, '2024-10-01').hongKong).toBe(false)
  })
})

describe('the evidence checklist', () => {
  it('counts items by step and marks where each item’s name comes from', () => {
    const { view } = criminalExample()
    const evidence = criminalView(view, '2024-05-16').evidence
    expect(evidence.counts).toEqual({ missing: 1, obtained: 1, authenticated: 1, translated: 1, submitted: 5 })
    expect(evidence.rows.find((row) => row.item.item === 'bank-records')?.origin).toBe('project')
    expect(evidence.rows.find((row) => row.item.item === 'power-of-attorney')?.origin).toBe('engagement')
    expect(evidence.rows.find((row) => row.item.item === 'emails')?.origin).toBe('article')
    expect(evidence.notListed).toEqual(['purchase-order', 'commercial-invoice', 'certificate-of-origin', 'packing-list', 'container-declarations', 'chat-logs'])
  })

  it('fills in the rest of the source’s checklist as missing, with fresh ids', () => {
    const full = withFullChecklist(undefined)
    expect(full.items).toHaveLength(15)
    expect(full.items?.every((item) => item.status === 'missing')).toBe(true)
    expect(new Set(full.items?.map((item) => item.id)).size).toBe(15)
    expect(evidenceView(withFullChecklist(full)).rows).toHaveLength(15)
  })
})
