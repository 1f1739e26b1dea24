import { AuditOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../../app/web-module.js';

export { filingsEn, filingsZhCN } from './filings.locale.js';

/** The administrators who sit at a filing desk: the college files, the province reviews, the nation approves. */
export const filingDeskRoles: readonly Role[] = ['national_admin', 'province_admin', 'college_admin'];

/** The yearly filing workflow college → province → nation, and each item's timeline. */
export const filingsModule: WebModule = {
  id: 'governance-filings',
  navItems: [
    {
      key: 'filings',
      path: '/filings',
      icon: createElement(AuditOutlined),
      labelKey: 'filings.nav.filings',
      hintKey: 'filings.nav.filingsHint',
      roles: filingDeskRoles,
      order: 300,
      placement: 'main',
    },
  ],
  routes: [
    { path: '/filings', roles: filingDeskRoles, load: async () => (await import('./pages/filings-page.js')).FilingsPage },
    { path: '/filings/items/:id', roles: filingDeskRoles, load: async () => (await import('./pages/filing-item-page.js')).FilingItemPage },
  ],
};
