// A protected file (a case or a backup) waiting for its passphrase: the prompt's state, and
// opening it. A wrong passphrase keeps the prompt with the reason, so it can be typed again;
// the right one hands the opened text on, as the file would have been read unprotected.
import { ref, shallowRef } from 'vue'
import type { CaseFileIssue } from '@/domain/issues'
import type { Envelope } from '@/persistence/encryption'
import { useCaseListStore } from '@/stores/caseList'

export interface LockedFile {
  envelope: Envelope
  /** Why the last passphrase did not open it (null: none tried yet). */
  issues: CaseFileIssue[] | null
}

export function useLockedFile<L extends LockedFile>(proceed: (text: string, was: L) => Promise<void>) {
  const store = useCaseListStore()
  const locked = shallowRef<L | null>(null)
  const unlocking = ref(false)

  async function unlock(passphrase: string) {
    const current = locked.value
    if (!current || unlocking.value) return
    unlocking.value = true
    try {
      const opened = await store.unlock(current.envelope, passphrase)
      if ('issues' in opened) {
        locked.value = { ...current, issues: opened.issues }
        return
      }
      locked.value = null
      await proceed(opened.text, current)
    } finally {
      unlocking.value = false
    }
  }

  return { locked, unlocking, unlock }
}
