import { DashboardOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../../app/web-module.js';

const viewers: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'auditor'];

/** Governance dashboards: the China map, drill-down national → province → college → offering, and the analysis charts. */
export const dashboardsModule: WebModule = {
  id: 'governance-dashboards',
  navItems: [
    {
      key: 'dashboards',
      path: '/dashboards',
      icon: createElement(DashboardOutlined),
      labelKey: 'dashboards.nav',
      hintKey: 'dashboards.navHint',
      roles: viewers,
      order: 120,
      placement: 'main',
    },
  ],
  routes: [{ path: '/dashboards', roles: viewers, load: async () => (await import('./pages/dashboard-page.js')).DashboardPage }],
};
