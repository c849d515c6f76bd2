import { createRouter, createWebHistory } from 'vue-router';
import { useSessionStore } from './stores/session';
import ChatView from './views/ChatView.vue';
import DetectionView from './views/DetectionView.vue';
import DiffusionView from './views/DiffusionView.vue';
import DocumentsView from './views/DocumentsView.vue';
import OverviewView from './views/OverviewView.vue';
import RunView from './views/RunView.vue';
import SignInView from './views/SignInView.vue';

export function createVigilRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'overview', component: OverviewView, meta: { title: 'Overview' } },
      { path: '/chat', name: 'chat', component: ChatView, meta: { title: 'Chat' } },
      { path: '/documents', name: 'documents', component: DocumentsView, meta: { title: 'Documents' } },
      { path: '/diffusion', name: 'diffusion', component: DiffusionView, meta: { title: 'Diffusion' } },
      { path: '/diffusion/runs/:id', name: 'run', component: RunView, props: true, meta: { title: 'Diffusion run' } },
      { path: '/detection', name: 'detection', component: DetectionView, meta: { title: 'Detection' } },
      { path: '/sign-in', name: 'sign-in', component: SignInView, meta: { public: true, title: 'Sign in' } },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  });
  router.beforeEach(async (to) => {
    const session = useSessionStore();
    if (!session.user && session.state === 'idle') await session.restore();
    if (!to.meta.public && !session.user) return { name: 'sign-in', query: { redirect: to.fullPath } };
    return true;
  });
  router.afterEach((to) => {
    document.title = `Vigil · ${String(to.meta.title ?? '')}`;
  });
  return router;
}
