import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isStaleRevision, nextSeq, revisionOf, revisionVerdict, type Revision } from '@/sync/replay'

const at = (seq: number, historyHash = `h${seq}`): Revision => ({ seq, historyHash })

describe('the replay guard', () => {
  it.each([
    ['nothing applied yet', undefined, at(0), 'new', false],
    ['nothing applied yet, a later revision', undefined, at(9), 'new', false],
    ['the next revision', at(3), at(4), 'new', false],
    ['a revision some writes later', at(3), at(10), 'new', false],
    ['the applied revision again', at(3), at(3), 'same', false],
    ['an older revision (a replay)', at(3), at(2), 'older', true],
    ['the first revision replayed', at(3), at(0), 'older', true],
    ['an older revision claiming the applied hash', at(3), at(2, 'h3'), 'older', true],
    ['the same seq from another history (a fork)', at(3), at(3, 'other'), 'fork', true],
  ] as const)('%s: %s', (_what, applied, incoming, verdict, stale) => {
    expect(revisionVerdict(applied, incoming)).toBe(verdict)
    expect(isStaleRevision(applied, incoming)).toBe(stale)
  })

  it('refuses a seq that is not a whole number', () => {
    expect(() => isStaleRevision(at(1), at(-1))).toThrow()
    expect(() => isStaleRevision(at(1), at(1.5))).toThrow()
  })

  it('never lets a revision replace one with a higher seq, and always one with a lower', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.string(), fc.string(), (a, b, ha, hb) => {
        const stale = isStaleRevision(at(a, ha), at(b, hb))
        if (b < a) expect(stale).toBe(true)
        if (b > a) expect(stale).toBe(false)
        if (b === a) expect(stale).toBe(ha !== hb)
      }),
    )
  })

  it('numbers the next write above every revision it is based on', () => {
    expect(nextSeq()).toBe(0)
    expect(nextSeq(undefined)).toBe(0)
    expect(nextSeq(at(3))).toBe(4)
    expect(nextSeq(at(3), at(7), undefined)).toBe(8)
    // a resolved conflict is new to both sides
    for (const side of [at(3), at(7)]) expect(revisionVerdict(side, at(nextSeq(at(3), at(7)), 'resolution'))).toBe('new')
  })

  it('reads the revision of a case or record plaintext, and none of a history entry', () => {
    expect(revisionOf({ kind: 'record', caseId: 'c', seq: 4, author: 'a', device: 'd', body: { caseId: 'c', list: 'costs', recordId: 'k1', deleted: true, historyHash: 'hh' } })).toEqual({ seq: 4, historyHash: 'hh' })
    expect(revisionOf({ kind: 'history', caseId: 'c', seq: 0, author: 'a', device: 'd', body: {} })).toBeUndefined()
  })
})
