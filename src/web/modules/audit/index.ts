import { AuditOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../app/web-module.js';

const auditors: readonly Role[] = ['auditor'];

/** The hash-chained audit log, for auditors. */
export const auditModule: WebModule = {
  id: 'audit',
  navItems: [
    {
      key: 'audit',
      path: '/audit',
      icon: createElement(AuditOutlined),
      labelKey: 'nav.audit',
      hintKey: 'home.shortcutHints.audit',
      roles: auditors,
      order: 800,
      placement: 'main',
    },
  ],
  routes: [{ path: '/audit', roles: auditors, load: async () => (await import('./pages/audit-log-page.js')).AuditLogPage }],
};
