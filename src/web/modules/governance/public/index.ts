import type { WebModule } from '../../../app/web-module.js';

/** The public information service for students and parents: no sign-in, outside the signed-in shell. */
export const publicInfoModule: WebModule = {
  id: 'governance-public',
  navItems: [],
  routes: [],
  publicRoutes: [
    { path: '/public', load: async () => (await import('./pages/public-home-page.js')).PublicHomePage },
    { path: '/public/programs/:code', load: async () => (await import('./pages/public-program-page.js')).PublicProgramPage },
    { path: '/public/offerings/:id', load: async () => (await import('./pages/public-offering-page.js')).PublicOfferingPage },
    { path: '/public/compare', load: async () => (await import('./pages/public-compare-page.js')).PublicComparePage },
  ],
};
