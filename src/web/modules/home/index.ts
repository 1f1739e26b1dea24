import { HomeOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { WebModule } from '../../app/web-module.js';

/** The landing page every signed-in user sees. */
export const homeModule: WebModule = {
  id: 'home',
  navItems: [
    {
      key: 'home',
      path: '/',
      icon: createElement(HomeOutlined),
      labelKey: 'nav.home',
      roles: 'signed-in',
      order: 0,
      placement: 'main',
    },
  ],
  routes: [{ path: '/', roles: 'signed-in', load: async () => (await import('./pages/home-page.js')).HomePage }],
};
