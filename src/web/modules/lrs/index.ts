import { LineChartOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../app/web-module.js';

const administrators: readonly Role[] = ['national_admin', 'province_admin', 'college_admin'];

/** The Learning Record Store's administration: statements, course activity and xAPI clients (one menu entry, three tabs). */
export const lrsModule: WebModule = {
  id: 'lrs',
  navItems: [
    {
      key: 'lrs',
      path: '/lrs',
      icon: createElement(LineChartOutlined),
      labelKey: 'lrs.nav.title',
      hintKey: 'lrs.nav.hint',
      roles: administrators,
      order: 400,
      placement: 'main',
    },
  ],
  routes: [
    { path: '/lrs', roles: administrators, load: async () => (await import('./pages/lrs-statements-page.js')).LrsStatementsPage },
    { path: '/lrs/activity', roles: administrators, load: async () => (await import('./pages/lrs-activity-page.js')).LrsActivityPage },
    { path: '/lrs/clients', roles: administrators, load: async () => (await import('./pages/lrs-clients-page.js')).LrsClientsPage },
  ],
};
