// "Today" as the user's own calendar has it, kept current: a screen left open past
// midnight (or on a laptop that slept) moves on to the new day.
import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue'
import { localDate } from '@/domain'

export function useToday(now: () => Date = () => new Date()): Readonly<Ref<string>> {
  const today = ref(localDate(now()))
  let timer: ReturnType<typeof setTimeout> | null = null
  const refresh = () => {
    today.value = localDate(now())
    schedule()
  }
  function schedule() {
    if (timer) clearTimeout(timer)
    const current = now()
    const nextMidnight = new Date(current.getFullYear(), current.getMonth(), current.getDate() + 1)
    timer = setTimeout(refresh, Math.max(1000, nextMidnight.getTime() - current.getTime() + 1000))
  }
  schedule()
  // Timers do not run while a computer sleeps: look at the clock again when the page is seen.
  const onVisible = () => {
    if (document.visibilityState === 'visible') refresh()
  }
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible)
  if (getCurrentScope())
    onScopeDispose(() => {
      if (timer) clearTimeout(timer)
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible)
    })
  return readonly(today)
}
