// One action at a time from a panel of the case list: a second press while one runs does nothing,
// and a failure goes to `failed` (the case list says it in words) instead of being lost.
import { ref } from 'vue'

export function useAttempt(failed: (error: unknown) => void, before?: () => void) {
  const busy = ref(false)
  async function attempt(action: () => Promise<void>): Promise<void> {
    if (busy.value) return
    busy.value = true
    before?.()
    try {
      await action()
    } catch (error) {
      failed(error)
    } finally {
      busy.value = false
    }
  }
  return { busy, attempt }
}
