// Whether the browser keeps the app's data for good: without that grant, a browser
// short of space may delete every stored case without asking. Asked at the first
// create, import, restore or save of a visit; shown on the case list.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { checkPersistentStorage, requestPersistentStorage, type PersistentStorageState } from '@/persistence/persistentStorage'

export type StorageGrant = 'unknown' | PersistentStorageState

export const useStorageStore = defineStore('storage', () => {
  const grant = ref<StorageGrant>('unknown')
  let asked: Promise<StorageGrant> | null = null

  /** Looks without asking (no prompt): for showing the state. */
  async function check(): Promise<StorageGrant> {
    const found = await checkPersistentStorage()
    // A request already under way has the better answer.
    if (!asked) grant.value = found
    return grant.value
  }

  /**
   * Asks once a visit, when the user first stores something. Never awaited by a write:
   * a prompt left unanswered must not hold anything up.
   */
  function request(): Promise<StorageGrant> {
    asked ??= requestPersistentStorage().then((found) => (grant.value = found))
    return asked
  }

  function $reset(): void {
    grant.value = 'unknown'
    asked = null
  }

  return { grant, check, request, $reset }
})
