// A rate being typed, either way round: what it reads as (src/domain/rates), and whether a
// warning about it has been answered. The rate editor, the record form and the prompt share it.
import { computed, ref } from 'vue'
import { readRate, type RateDirection } from '@/domain'

export interface RateDraft {
  text: string
  direction: RateDirection
}

export function useRateDraft(base: () => string, currency: () => string, initial = '') {
  const draft = ref<RateDraft>({ text: initial, direction: 'perBase' })
  const reading = computed(() => readRate(draft.value.text, draft.value.direction, base(), currency()))
  const warning = computed(() => (reading.value.ok ? reading.value.warning : null))
  /** The rate the user chose to keep as typed despite the warning. */
  const kept = ref<string | null>(null)
  /** A warning is showing that the user has not answered for this very rate. */
  const unanswered = computed(() => reading.value.ok && warning.value !== null && kept.value !== reading.value.perBase)
  function keep() {
    if (reading.value.ok) kept.value = reading.value.perBase
  }
  function reset(text: string) {
    draft.value = { text, direction: 'perBase' }
  }
  return { draft, reading, warning, unanswered, keep, reset }
}
