import { createContext, useContext } from 'react';
import type { Role } from '../../shared/contracts/platform/roles.js';
import type { NavItem } from './web-module.js';

export type VisibleNav = {
  main: readonly NavItem[];
  user: readonly NavItem[];
  heldRoles: ReadonlySet<Role>;
};

const emptyNav: VisibleNav = { main: [], user: [], heldRoles: new Set() };

/**
 * The signed-in user's nav items, provided by the shell. Pages read it from
 * here rather than from the registry, so no module depends on the module list.
 */
export const VisibleNavContext = createContext<VisibleNav>(emptyNav);

export function useVisibleNavContext(): VisibleNav {
  return useContext(VisibleNavContext);
}
