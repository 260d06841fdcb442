// Never lose an edit on the way out: write pending edits when the page is hidden
// or closed, ask before leaving a case whose last edit could not be stored, and hold
// a reload to a new version of the app while a form is open or an edit is not stored.
import { onBeforeUnmount, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave } from 'vue-router'
import { guardReload, type ReloadHold } from '@/stores/reloadGuard'
import { useWorkspaceStore } from '@/stores/workspace'

export function useLeaveGuard(): { mayLeave: () => Promise<boolean> } {
  const { t } = useI18n()
  const workspace = useWorkspaceStore()

  function warnBeforeUnload(event: BeforeUnloadEvent) {
    if (workspace.hasUnsavedChanges) {
      void workspace.flush()
      event.preventDefault()
    }
  }
  // Phones often close a hidden page without `beforeunload`: write pending edits when it is hidden.
  function flushWhenHidden() {
    if (document.visibilityState === 'hidden') void workspace.flush()
  }
  /** A record being added, or a value the form refused, lives only in its open form until it is saved or closed. */
  async function reloadHold(): Promise<ReloadHold | null> {
    if (document.querySelector('form[data-holds-input]')) return 'openForm'
    await workspace.flush()
    return workspace.hasUnsavedChanges ? 'unsaved' : null
  }
  let stopGuarding: (() => void) | null = null
  onMounted(() => {
    window.addEventListener('beforeunload', warnBeforeUnload)
    document.addEventListener('visibilitychange', flushWhenHidden)
    stopGuarding = guardReload(reloadHold)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', warnBeforeUnload)
    document.removeEventListener('visibilitychange', flushWhenHidden)
    stopGuarding?.()
  })
  async function mayLeave(): Promise<boolean> {
    await workspace.flush()
    // An edit that could not be stored is only on this screen: leaving would lose it.
    return workspace.hasUnsavedChanges ? window.confirm(t('workspace.leaveUnsaved')) : true
  }
  onBeforeRouteLeave(mayLeave)
  return { mayLeave }
}
