import { describe, expect, it, vi } from 'vitest'
import { checkPersistentStorage, requestPersistentStorage } from '@/persistence'

describe('persistent storage', () => {
  it('is unsupported where the browser has no storage manager', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported')
    expect(await requestPersistentStorage({})).toBe('unsupported')
    expect(await checkPersistentStorage(undefined)).toBe('unsupported')
    // Node has no navigator.storage: the default must not throw either.
    expect(await requestPersistentStorage()).toBe('unsupported')
  })

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => false)
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe('granted')
    expect(persist).not.toHaveBeenCalled()
  })

  it.each([
    [true, 'granted'],
    [false, 'denied'],
  ] as const)('asks, and reports the answer (%s → %s)', async (answer, state) => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => answer })).toBe(state)
  })

  it('counts a failure to ask as denied', async () => {
    const persist = async (): Promise<boolean> => {
      throw new Error('not allowed')
    }
    expect(await requestPersistentStorage({ persist })).toBe('denied')
  })

  it('checks without asking', async () => {
    const persist = vi.fn(async () => true)
    expect(await checkPersistentStorage({ persisted: async () => false, persist })).toBe('denied')
    expect(await checkPersistentStorage({ persisted: async () => true, persist })).toBe('granted')
    expect(persist).not.toHaveBeenCalled()
  })
})
