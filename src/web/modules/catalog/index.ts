import { BookOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../app/web-module.js';

const readers: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'auditor'];
const importers: readonly Role[] = ['national_admin'];

/** The program catalog: versions, the level → major category → category → program tree, revisions, amplitude, imports. */
export const catalogModule: WebModule = {
  id: 'catalog',
  navItems: [
    {
      key: 'catalog',
      path: '/catalog',
      icon: createElement(BookOutlined),
      labelKey: 'catalog.nav',
      hintKey: 'catalog.navHint',
      roles: readers,
      order: 150,
      placement: 'main',
    },
  ],
  routes: [
    { path: '/catalog', roles: readers, load: async () => (await import('./pages/catalog-versions-page.js')).CatalogVersionsPage },
    { path: '/catalog/follow', roles: readers, load: async () => (await import('./pages/follow-code-page.js')).FollowCodePage },
    { path: '/catalog/import', roles: importers, load: async () => (await import('./pages/catalog-import-page.js')).CatalogImportPage },
    { path: '/catalog/versions/:versionId', roles: readers, load: async () => (await import('./pages/catalog-version-page.js')).CatalogVersionPage },
    {
      path: '/catalog/versions/:versionId/programs/:code',
      roles: readers,
      load: async () => (await import('./pages/program-page.js')).ProgramPage,
    },
  ],
};
