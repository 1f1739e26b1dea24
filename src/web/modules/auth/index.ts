import { UserOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { WebModule } from '../../app/web-module.js';

export { authKeys, clearSession, fetchMe, useLogout, useMe } from './api/auth.api.js';
export { useSwitchLocale } from './hooks/use-switch-locale.js';

/** Sign-in and the signed-in user's own settings. */
export const authModule: WebModule = {
  id: 'auth',
  navItems: [
    {
      key: 'profile',
      path: '/profile',
      icon: createElement(UserOutlined),
      labelKey: 'nav.profile',
      hintKey: 'home.shortcutHints.profile',
      roles: 'signed-in',
      order: 900,
      placement: 'user',
    },
  ],
  routes: [
    {
      path: '/profile',
      roles: 'signed-in',
      load: async () => (await import('./pages/profile-page.js')).ProfilePage,
    },
  ],
};

/** The login page lives outside the signed-in shell, so the router imports it directly. */
export const loadLoginPage = async () => (await import('./pages/login-page.js')).LoginPage;
