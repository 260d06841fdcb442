// A printout in a language the screen is not in: its words are downloaded first
// (failing that, English shows). `ready` is false while any of them is on its way.
import { ref, watch, type Ref } from 'vue'
import { useLocaleSwitch, type Locale } from '@/i18n'

export function useWordsReady(langs: Ref<Locale[]>): Ref<boolean> {
  const { ensure } = useLocaleSwitch()
  const ready = ref(false)
  watch(
    langs,
    async (list) => {
      ready.value = false
      await Promise.all(list.map(ensure)).catch(() => undefined)
      ready.value = true
    },
    { immediate: true },
  )
  return ready
}
