// A protected file (a case or a backup) waiting for its passphrase: the prompt's state, and
// opening it. A wrong passphrase keeps the prompt with the reason, so it can be typed again;
// the right one hands the opened text on, as the file would have been read unprotected. While
// the key is derived the prompt can be stopped (`stop`): the prompt stays, nothing is opened.
import { ref, shallowRef } from 'vue'
import type { CaseFileIssue } from '@/domain/caseFile/issues'
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
  let controller: AbortController | null = null

  async function unlock(passphrase: string) {
    const current = locked.value
    if (!current || unlocking.value) return
    unlocking.value = true
    controller = new AbortController()
    try {
      const opened = await store.unlock(current.envelope, passphrase, controller.signal)
      if ('cancelled' in opened) return
      if ('issues' in opened) {
        locked.value = { ...current, issues: opened.issues }
        return
      }
      locked.value = null
      await proceed(opened.text, current)
    } finally {
      controller = null
      unlocking.value = false
    }
  }

  /** Stops deriving the key: the passphrase can be typed again, or the prompt closed. */
  function stop() {
    controller?.abort()
  }

  return { locked, unlocking, unlock, stop }
}
