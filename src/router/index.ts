import { createRouter, createWebHistory, type RouterHistory } from 'vue-router'
import CaseListView from '@/views/cases/CaseListView.vue'

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'cases', component: CaseListView },
      { path: '/cases/:id', name: 'case', component: () => import('@/views/workspace/CaseWorkspaceView.vue') },
      { path: '/cases/:id/print', name: 'print', component: () => import('@/views/print/PrintView.vue') },
      { path: '/cases/:id/draft/:doc', name: 'draft', component: () => import('@/views/print/DraftView.vue') },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior: (to) => (to.hash ? { el: to.hash, top: 16 } : { top: 0 }),
  })
}
