import { PartitionOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../../app/web-module.js';

const readers: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'auditor'];

/** Program offerings (college × catalog program × year) and the status in force each year. */
export const offeringsModule: WebModule = {
  id: 'governance-offerings',
  navItems: [
    {
      key: 'offerings',
      path: '/offerings',
      icon: createElement(PartitionOutlined),
      labelKey: 'filings.nav.offerings',
      hintKey: 'filings.nav.offeringsHint',
      roles: readers,
      order: 310,
      placement: 'main',
    },
  ],
  routes: [{ path: '/offerings', roles: readers, load: async () => (await import('./pages/offerings-page.js')).OfferingsPage }],
};
