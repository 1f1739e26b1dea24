import { AlertOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../../app/web-module.js';

export { warningsEn, warningsZhCN } from './warnings.locale.js';

const readers: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'auditor'];

/** Warnings: issued by a rule run or by hand → the college's plan → the province's decision → closed. */
export const warningsModule: WebModule = {
  id: 'governance-warnings',
  navItems: [
    {
      key: 'warnings',
      path: '/warnings',
      icon: createElement(AlertOutlined),
      labelKey: 'warnings.nav.warnings',
      hintKey: 'warnings.nav.warningsHint',
      roles: readers,
      order: 320,
      placement: 'main',
    },
  ],
  routes: [
    { path: '/warnings', roles: readers, load: async () => (await import('./pages/warnings-page.js')).WarningsPage },
    { path: '/warnings/:id', roles: readers, load: async () => (await import('./pages/warning-page.js')).WarningPage },
  ],
};
