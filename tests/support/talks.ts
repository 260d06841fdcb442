// A case of plain talks for the projection's tests: the seller offers and the buyer demands
// given, alternating ten days apart from 2024-05-01, against a loss of USD 1,000,000.
import { buildCaseView, dayNumber, isoOfDay, parseCaseFile, summarizeCase, type CaseView } from '@/domain'

export const day = (after: number) => isoOfDay(dayNumber('2024-05-01') + after)

export function talks(offers: string[], demands: string[]): CaseView {
  const moves = [
    ...offers.map((amount, i) => ({ from: 'seller', status: 'rejected', date: day(10 * i), components: [{ partyId: 'sam', kind: 'cash', amount, currency: 'USD' }] })),
    ...demands.map((amount, i) => ({ from: 'buyer', status: 'countered', date: day(1 + 10 * i), amount, currency: 'USD' })),
  ].map((move, i) => ({ id: `m${i}`, ...move }))
  const file = parseCaseFile({
    format: 'restitution-case',
    version: 1,
    id: 'c',
    title: 'Buyer v. Seller',
    baseCurrency: 'USD',
    parties: [{ id: 'sam', name: 'Sam Seller', role: 'seller' }],
    losses: [{ id: 'l1', date: '2024-01-10', description: 'Wire', category: 'payment', amount: '1000000', currency: 'USD' }],
    offers: moves,
  })
  return buildCaseView(file, summarizeCase(file))
}
