import { useMemo } from 'react';
import type { Role } from '../../shared/contracts/platform/roles.js';
import { useMe } from '../modules/auth/index.js';
import { webModules } from './modules.js';
import type { VisibleNav } from './nav-context.js';
import { canAccess, type NavItem } from './web-module.js';

const allNavItems: readonly NavItem[] = webModules
  .flatMap((module) => module.navItems)
  .slice()
  .sort((a, b) => a.order - b.order);

/** The nav items the signed-in user may see: an item shows when they hold any of its roles. */
export function useVisibleNav(): VisibleNav {
  const { data: me } = useMe();
  return useMemo(() => {
    const heldRoles = new Set<Role>((me?.assignments ?? []).map((assignment) => assignment.role));
    const visible = me ? allNavItems.filter((item) => canAccess(item.roles, heldRoles)) : [];
    return {
      main: visible.filter((item) => item.placement === 'main'),
      user: visible.filter((item) => item.placement === 'user'),
      heldRoles,
    };
  }, [me]);
}
