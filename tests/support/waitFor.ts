// vi.waitFor with room for a loaded two-core CI machine: a screen that takes
// over a second to settle there is slow, not broken. (Speed is measured by the benchmark.)
import { vi } from 'vitest'

export function waitFor<T>(check: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}): Promise<T> {
  return vi.waitFor(check, { interval: 20, ...options, timeout: Math.max(options.timeout ?? 0, 10_000) })
}
