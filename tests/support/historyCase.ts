// The small case the history's tests share (changes, chronology, the panel): two parties,
// a rate, and seller offer o3 of two parts paid by them; optionally the buyer's demand d1.
import { parseCaseFile, type CaseFile } from '@/domain'

export function historyCase(options: { secondPart: string; demand?: boolean }): CaseFile {
  return parseCaseFile({
    format: 'restitution-case',
    version: 1,
    id: 'case-1',
    title: 'Harbor Tools v. Huaxin',
    baseCurrency: 'USD',
    fx: [{ currency: 'CNY', perBase: '7.2' }],
    parties: [
      { id: 'p1', name: 'Zhang Wei', role: 'seller' },
      { id: 'p2', name: 'Zhang Jun', role: 'family', relation: 'father' },
    ],
    offers: [
      {
        id: 'o3',
        date: '2026-12-01',
        from: 'seller',
        status: 'open',
        components: [
          { partyId: 'p1', kind: 'cash', amount: '100000', currency: 'CNY' },
          { partyId: 'p2', kind: 'cash', amount: options.secondPart, currency: 'CNY' },
        ],
      },
      ...(options.demand ? [{ id: 'd1', date: '2026-12-02', from: 'buyer', status: 'open', amount: '85000', currency: 'USD' }] : []),
    ],
  })
}
