import { ApiOutlined, TeamOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../app/web-module.js';

const administrators: readonly Role[] = ['national_admin', 'province_admin', 'college_admin'];

/** Users, their role assignments, and API keys for machine clients. */
export const identityModule: WebModule = {
  id: 'identity',
  navItems: [
    {
      key: 'users',
      path: '/users',
      icon: createElement(TeamOutlined),
      labelKey: 'nav.users',
      hintKey: 'home.shortcutHints.users',
      roles: administrators,
      order: 100,
      placement: 'main',
    },
    {
      key: 'api-keys',
      path: '/api-keys',
      icon: createElement(ApiOutlined),
      labelKey: 'nav.apiKeys',
      hintKey: 'home.shortcutHints.apiKeys',
      roles: administrators,
      order: 110,
      placement: 'main',
    },
  ],
  routes: [
    { path: '/users', roles: administrators, load: async () => (await import('./pages/users-page.js')).UsersPage },
    { path: '/users/new', roles: administrators, load: async () => (await import('./pages/user-create-page.js')).UserCreatePage },
    { path: '/users/:id', roles: administrators, load: async () => (await import('./pages/user-edit-page.js')).UserEditPage },
    { path: '/api-keys', roles: administrators, load: async () => (await import('./pages/api-keys-page.js')).ApiKeysPage },
  ],
};
