import { createRouter, createWebHistory, type RouterHistory } from 'vue-router'
import CaseListView from '@/views/cases/CaseListView.vue'
import { loadLocale } from '@/i18n'
import { currentPlace, isFailedImport, reportStale } from './staleVersion'

/**
 * A page other than the case list, with the whole of English: the app's first script
 * carries only the case list's words (src/i18n/messages.ts, HOME_WORDS), so the rest
 * comes with the page's code, before the page is shown.
 */
function withEnglish<T>(page: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([page(), loadLocale('en')]).then(([module]) => module)
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'cases', component: CaseListView },
      { path: '/cases/:id', name: 'case', component: withEnglish(() => import('@/views/workspace/CaseWorkspaceView.vue')) },
      { path: '/cases/:id/print', name: 'print', component: withEnglish(() => import('@/views/print/PrintView.vue')) },
      { path: '/cases/:id/draft/:doc', name: 'draft', component: withEnglish(() => import('@/views/print/DraftView.vue')) },
      { path: '/cases/:id/history', name: 'history', component: withEnglish(() => import('@/views/print/HistoryPrintView.vue')) },
      { path: '/sync', name: 'sync', component: withEnglish(() => import('@/views/sync/SyncView.vue')) },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior: (to) => (to.hash ? { el: to.hash, top: 16 } : { top: 0 }),
  })
  // A page of this version is no longer on the server (a newer version replaced it): offer to
  // reload where the user is, once the pending edits are stored (src/router/staleVersion.ts).
  router.onError((error) => {
    if (isFailedImport(error) && typeof window !== 'undefined') reportStale(currentPlace(window.location))
  })
  return router
}
