// The order a history is read in: by time, then a save's entries as written, then by hash; the
// same for a filtered list, and for a chain too long to walk by recursion.
import { describe, expect, it } from 'vitest'
import { inHistoryOrder, type StoredEntry } from '@/domain/history'

const at = '2026-12-06T09:14:03.120Z'
function stored(hash: string, parents: string[], time = at): StoredEntry {
  return { hash, entry: { caseId: 'c', parents, at: time, author: 'Li Na', device: 'd', record: null, field: 'title', before: null, after: hash, sig: 's' } }
}

describe('inHistoryOrder', () => {
  it('orders by time first, then by place in the chain, then by hash', () => {
    const entries = [stored('m', ['k']), stored('k', []), stored('a', ['m']), stored('q', [], '2026-12-05T00:00:00.000Z'), stored('b', ['k'])]
    expect(inHistoryOrder(entries).map((e) => e.hash)).toEqual(['q', 'k', 'b', 'm', 'a'])
  })

  it('keeps a filtered list in the whole history’s order', () => {
    const all = [stored('z', []), stored('y', ['z']), stored('x', ['y'])]
    expect(inHistoryOrder([all[2]!, all[0]!], all).map((e) => e.hash)).toEqual(['z', 'x'])
  })

  it('walks a chain of 20,000 entries, and a cycle a forger could write, without failing', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => stored(`h${String(i).padStart(5, '0')}`, i === 0 ? [] : [`h${String(i - 1).padStart(5, '0')}`]))
    const ordered = inHistoryOrder([...chain].reverse())
    expect(ordered[0]!.hash).toBe('h00000')
    expect(ordered[19_999]!.hash).toBe('h19999')
    expect(inHistoryOrder([stored('a', ['b']), stored('b', ['a'])]).map((e) => e.hash).sort()).toEqual(['a', 'b'])
  })
})
