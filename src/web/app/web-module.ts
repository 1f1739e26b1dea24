import type { ParseKeys } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../../shared/contracts/platform/roles.js';

/** Who may see a nav item or open a route: any signed-in user, or holders of any listed role. */
export type Audience = 'signed-in' | readonly Role[];

/** One entry a module contributes to the navigation. */
export type NavItem = {
  key: string;
  path: string;
  icon: ReactNode;
  labelKey: ParseKeys;
  roles: Audience;
  /** Sort order in the menu; lower first. */
  order: number;
  /** `main` shows in the side menu, `user` only in the user menu. */
  placement: 'main' | 'user';
  /** A one-line hint for the home page shortcut card. */
  hintKey?: ParseKeys;
  /** Route patterns (`/learning/courses/:id/edit`) of pages under another item's path that select this item instead. */
  activeOn?: readonly string[];
};

/** A page a module contributes; loaded on demand so each page is its own chunk. */
export type ModuleRoute = {
  path: string;
  roles: Audience;
  load: () => Promise<ComponentType>;
};

/** A page anyone may open without signing in, drawn outside the signed-in shell (e.g. /public). */
export type PublicRoute = {
  path: string;
  load: () => Promise<ComponentType>;
};

/** What each front-end module hands to the shell. */
export type WebModule = {
  id: string;
  navItems: readonly NavItem[];
  routes: readonly ModuleRoute[];
  publicRoutes?: readonly PublicRoute[];
};

/** True when the user may see something meant for `audience`. */
export function canAccess(audience: Audience, heldRoles: ReadonlySet<Role>): boolean {
  if (audience === 'signed-in') return true;
  return audience.some((role) => heldRoles.has(role));
}
