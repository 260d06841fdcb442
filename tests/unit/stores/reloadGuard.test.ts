// What holds a reload to a new version of the app: every guard is asked (each stores what it
// can first), the first hold found is said, a failing guard holds, and a removed guard is not asked.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { guardReload, reloadHold } from '@/stores/reloadGuard'

const removals: (() => void)[] = []
afterEach(() => removals.splice(0).forEach((remove) => remove()))
const add = (guard: Parameters<typeof guardReload>[0]) => removals.push(guardReload(guard))

describe('reloadHold', () => {
  it('is null with no guard, or when no guard holds', async () => {
    expect(await reloadHold()).toBeNull()
    add(async () => null)
    expect(await reloadHold()).toBeNull()
  })

  it('asks every guard, even after one holds, so each stores its pending edit', async () => {
    const stored = vi.fn(async () => null)
    add(async () => 'openForm')
    add(stored)
    expect(await reloadHold()).toBe('openForm')
    expect(stored).toHaveBeenCalledTimes(1)
  })

  it('holds when a guard fails: a save that threw is not known to be stored', async () => {
    add(async () => {
      throw new Error('IndexedDB refused the write')
    })
    expect(await reloadHold()).toBe('unsaved')
  })

  it('stops asking a guard once it is taken away', async () => {
    const remove = guardReload(async () => 'unsaved')
    expect(await reloadHold()).toBe('unsaved')
    remove()
    expect(await reloadHold()).toBeNull()
  })
})
