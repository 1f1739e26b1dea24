import { BankOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../app/web-module.js';

const readers: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'auditor'];

/** Administrative regions (GB/T 2260) and the college directory. */
export const institutionsModule: WebModule = {
  id: 'institutions',
  navItems: [
    {
      key: 'institutions',
      path: '/institutions',
      icon: createElement(BankOutlined),
      labelKey: 'nav.institutions',
      hintKey: 'home.shortcutHints.institutions',
      roles: readers,
      order: 200,
      placement: 'main',
    },
  ],
  routes: [
    {
      path: '/institutions',
      roles: readers,
      load: async () => (await import('./pages/institutions-page.js')).InstitutionsPage,
    },
  ],
};
