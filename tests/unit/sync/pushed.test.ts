// A write the server stored while its answer was lost is not waiting: the server is asked.
import { describe, expect, it } from 'vitest'
import { heldByServer } from '@/sync/pushed'

describe('heldByServer', () => {
  it('names the revisions the server holds, asking in slices of 500', async () => {
    const held = new Set(['a@1-x', 'c@2-y'])
    const asked: number[] = []
    const remote = {
      revsDiff: async (diff: Record<string, string[]>) => {
        asked.push(Object.keys(diff).length)
        return Object.fromEntries(Object.entries(diff).flatMap(([id, revs]) => (revs.some((rev) => !held.has(`${id}@${rev}`)) ? [[id, { missing: revs.filter((rev) => !held.has(`${id}@${rev}`)) }]] : [])))
      },
    }
    expect(await heldByServer(remote, [['a', '1-x'], ['b', '1-z'], ['c', '2-y']])).toEqual([['a', '1-x'], ['c', '2-y']])
    const many = Array.from({ length: 1201 }, (_, i) => [`d${i}`, '1-q'] as const)
    asked.length = 0
    expect(await heldByServer(remote, many)).toEqual([])
    expect(asked).toEqual([500, 500, 201])
  })

  it('names none when the server cannot be asked', async () => {
    expect(await heldByServer({ revsDiff: () => Promise.reject(new Error('offline')) }, [['a', '1-x']])).toEqual([])
  })
})
