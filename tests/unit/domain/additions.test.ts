// The contract's additions of 2026-12-06: a buyer demand stated in several currencies (`parts`),
// one payment from several payers (`payers`), and the relations that say who exactly.
import { describe, expect, it } from 'vitest'
import { buildCaseView, criminalView, demandParts, draftLines, englishWords, isolate, memoModel, paymentSchedule, paymentShares, parseCaseFile, statedAmountsText, summarizeCase, type BuyerDemand, type Payment } from '@/domain'
import { byCurrency } from '@/domain/view/caseView'
import { example } from '../../support/examples'
import { fullCase, issuesOf, pathsOf, type Json } from './helpers'

const FULL = fullCase()
const english = englishWords()
const demandIndex = 1
const withDemand = (demand: Json): Json => {
  const copy = structuredClone(FULL)
  const offers = copy.offers as Json[]
  offers[demandIndex] = { id: 'd1', date: '2024-05-04', from: 'buyer', status: 'open', ...demand }
  return copy
}
const withPayment = (payment: Json): Json => {
  const copy = structuredClone(FULL)
  copy.payments = [{ id: 'r1', date: '2024-06-01', currency: 'CNY', offerId: 'o1', ...payment }]
  return copy
}
const messages = (input: Json) => issuesOf(input).map((issue) => `${issue.path}: ${issue.message}`)

describe('a buyer demand in several currencies (parts)', () => {
  const parts = [
    { amount: '50000', currency: 'USD', note: 'the payments' },
    { amount: '8000', currency: 'CNY' },
  ]

  it('is accepted, kept as written, and totals each part converted on its own', () => {
    const file = parseCaseFile(withDemand({ parts }))
    const demand = file.offers[demandIndex] as BuyerDemand
    expect(demand.parts).toEqual(parts)
    expect(demand.amount).toBeUndefined()
    expect(summarizeCase(file).offers.find((offer) => offer.id === 'd1')!.total.toFixed()).toBe('51000')
  })

  it('reads as its parts, and a one-amount demand as one part', () => {
    expect(demandParts(parseCaseFile(withDemand({ parts })).offers[demandIndex] as BuyerDemand)).toEqual(parts)
    expect(demandParts(parseCaseFile(FULL).offers[demandIndex] as BuyerDemand)).toEqual([{ amount: '55000', currency: 'USD' }])
  })

  it('shows each part with its amount in base in the case view', () => {
    const file = parseCaseFile(withDemand({ parts }))
    const row = buildCaseView(file, summarizeCase(file)).offerById.get('d1')!
    expect(row.demand?.map((part) => [part.amount.toFixed(), part.currency, part.inBase.toFixed()])).toEqual([
      ['50000', 'USD', '50000'],
      ['8000', 'CNY', '1000'],
    ])
  })

  it.each([
    ['parts and an amount', { parts, amount: '1', currency: 'USD' }, ['offers[1].parts', 'offers[1].amount', 'offers[1].currency']],
    ['parts and a currency', { parts, currency: 'USD' }, ['offers[1].parts', 'offers[1].currency']],
    ['neither parts nor an amount', {}, ['offers[1].amount']],
    ['an amount without a currency', { amount: '1' }, ['offers[1].currency']],
    ['a currency without an amount', { currency: 'USD' }, ['offers[1].amount']],
    ['an empty list of parts', { parts: [] }, ['offers[1].parts']],
    ['a part without a currency', { parts: [{ amount: '5' }] }, ['offers[1].parts[0].currency']],
    ['a part with a zero amount', { parts: [{ amount: '0', currency: 'USD' }] }, ['offers[1].parts[0].amount']],
    ['a part in a currency without a rate', { parts: [{ amount: '5', currency: 'EUR' }] }, ['offers[1].parts[0].currency']],
    ['a part with an unknown key', { parts: [{ amount: '5', currency: 'USD', partyId: 'p1' }] }, ['offers[1].parts[0].partyId']],
    ['components', { amount: '1', currency: 'USD', components: [] }, ['offers[1].components']],
  ])('with %s is refused where the problem is', (_name, demand, paths) => {
    expect(pathsOf(withDemand(demand)).sort()).toEqual([...paths].sort())
  })

  it('says to keep one of the two forms', () => {
    expect(messages(withDemand({ parts, amount: '1', currency: 'USD' }))).toContain(
      'offers[1].parts: A buyer demand has either an amount and a currency, or parts: not both. Keep one.',
    )
    expect(messages(withDemand({}))).toEqual(['offers[1].amount: A buyer demand needs an amount and a currency, or parts (one amount for each currency).'])
  })

  it('is refused in a seller offer, which has components', () => {
    const copy = structuredClone(FULL)
    ;(copy.offers as Json[])[0]!.parts = parts
    expect(pathsOf(copy)).toEqual(['offers[0].parts'])
  })
})

describe('a payment from several payers (payers)', () => {
  const payers = [
    { partyId: 'p1', amount: '300000' },
    { partyId: 'p2', amount: '250000' },
  ]

  it('is accepted and read as each payer’s share', () => {
    const file = parseCaseFile(withPayment({ amount: '550000', payers }))
    expect(paymentShares(file.payments[0] as Payment)).toEqual(payers)
    expect(summarizeCase(file).receivedTotal.toFixed()).toBe('68750')
  })

  it('a payment with one party is one share of the whole amount', () => {
    expect(paymentShares(parseCaseFile(FULL).payments[0]!)).toEqual([{ partyId: 'p2', amount: '20000' }])
  })

  it.each([
    ['payers that do not add up', { amount: '550000.01', payers }, ['payments[0].payers']],
    ['payers and a party', { amount: '550000', payers, partyId: 'p1' }, ['payments[0].payers', 'payments[0].partyId']],
    ['a single payer', { amount: '300000', payers: [payers[0]] }, ['payments[0].payers']],
    ['a payer nobody knows', { amount: '550000', payers: [payers[0], { partyId: 'nobody', amount: '250000' }] }, ['payments[0].payers[1].partyId']],
    ['a payer without an amount', { amount: '550000', payers: [payers[0], { partyId: 'p2' }] }, ['payments[0].payers[1].amount']],
    ['a payer with a negative amount', { amount: '550000', payers: [payers[0], { partyId: 'p2', amount: '-250000' }] }, ['payments[0].payers[1].amount']],
    ['a payer with a currency of its own', { amount: '550000', payers: [payers[0], { ...payers[1], currency: 'CNY' }] }, ['payments[0].payers[1].currency']],
  ])('with %s is refused where the problem is', (_name, payment, paths) => {
    expect(pathsOf(withPayment(payment)).sort()).toEqual([...paths].sort())
  })

  it('says what the payers add up to', () => {
    expect(messages(withPayment({ amount: '550000.01', payers }))).toEqual([
      "payments[0].payers: The payers' amounts add up to 550000 CNY, but the payment is 550000.01 CNY: they must add up exactly.",
    ])
  })

  it('matches each payer’s share to that payer’s parts in the payments-due schedule', () => {
    // o1: p1 owes CNY 100,000 (due 2024-06-01), p2 owes CNY 200,000 by mortgage (due on acceptance).
    const copy = withPayment({ amount: '160000', payers: [{ partyId: 'p1', amount: '100000' }, { partyId: 'p2', amount: '60000' }] })
    ;(copy.offers as Json[])[0]!.status = 'accepted'
    const file = parseCaseFile(copy)
    const schedule = paymentSchedule(buildCaseView(file, summarizeCase(file)), '2024-12-31')!
    const byPayer = Object.fromEntries(schedule.rows.map((row) => [row.partyId, [row.paid.shown.toFixed(2), row.outstanding.shown.toFixed(2)]]))
    // Paid in CNY at 8 per USD: the seller's 100,000 settles his part; the father's 60,000 goes to his.
    expect(byPayer).toEqual({ p1: ['12500.00', '0.00'], p2: ['7500.00', '17500.00'] })
  })

  it('a share beyond its payer’s parts goes to the earliest open part of anyone', () => {
    const copy = withPayment({ amount: '160000', payers: [{ partyId: 'p1', amount: '140000' }, { partyId: 'p2', amount: '20000' }] })
    ;(copy.offers as Json[])[0]!.status = 'accepted'
    const file = parseCaseFile(copy)
    const schedule = paymentSchedule(buildCaseView(file, summarizeCase(file)), '2024-12-31')!
    const byPayer = Object.fromEntries(schedule.rows.map((row) => [row.partyId, row.paid.shown.toFixed(2)]))
    expect(byPayer).toEqual({ p1: '12500.00', p2: '7500.00' })
    expect(schedule.paid.shown.toFixed(2)).toBe('20000.00')
  })
})

describe('relations that say who exactly', () => {
  it.each(['father', 'mother', 'son', 'daughter', 'brother', 'sister', 'spouse', 'parent', 'child', 'sibling'])(
    '%s is immediate family',
    (relation) => {
      const copy = structuredClone(FULL)
      ;(copy.parties as Json[])[1]!.relation = relation
      const summary = summarizeCase(parseCaseFile(copy))
      const first = summary.offers.find((offer) => offer.id === 'o1')!
      expect(first.assessment?.signals.map((signal) => signal.code)).toContain('FAMILY_IMMEDIATE')
    },
  )

  it('an unknown relation is refused at its path', () => {
    const copy = structuredClone(FULL)
    ;(copy.parties as Json[])[1]!.relation = 'uncle'
    expect(pathsOf(copy)).toEqual(['parties[1].relation'])
  })
})

describe('a move’s amounts in the currencies it was stated in', () => {
  const { view } = example('rotterdam-parts')
  it.each([
    ['s3', 'CNY 950,000.00'],
    ['s2', 'CNY 550,000.00'],
    ['d1', '$186,000.00 + €9,500.00'],
    ['d2', null],
  ])('%s reads %s beside its base total', (id, text) => {
    expect(statedAmountsText(view.offerById.get(id)!.byCurrency, view.base, english)).toBe(text)
  })

  it('adds up the parts of each currency, in the order first named', () => {
    expect(byCurrency([
      { amount: '10', currency: 'CNY' },
      { amount: '5', currency: 'USD' },
      { amount: '2.5', currency: 'CNY' },
    ]).map((item) => `${item.currency} ${item.amount.toFixed()}`)).toEqual(['CNY 12.5', 'USD 5'])
  })
})

describe('a payment from several payers, on paper', () => {
  const { view } = example('rotterdam-parts')

  it('the memo names each payer with their share', () => {
    const [row] = memoModel(view, { asOf: '2026-02-01' }).payments.rows
    expect(row?.payers.map((payer) => [payer.party?.name, payer.share?.toFixed()])).toEqual([
      ['Shen Jianguo', '300000'],
      ['Xu Lanying', '250000'],
    ])
  })

  it('the pardon letter states each payer’s share, naming who paid', () => {
    const lines = draftLines('pardon', { view, criminal: criminalView(view, '2026-02-01'), buyer: 'Rotterdam Valves B.V.' }, english)
    const items = lines.filter((line) => line.kind === 'item').map((line) => line.text)
    expect(items).toEqual([
      expect.stringContaining(`RMB 300,000.00 paid by the suspect ${isolate('Shen Jianguo')}`),
      expect.stringContaining(`RMB 250,000.00 paid by ${isolate('Xu Lanying')} (mother of the suspect`),
    ])
  })
})
