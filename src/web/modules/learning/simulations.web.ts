import type { ModuleRoute, NavItem } from '../../app/web-module.js';

/** The simulations pages' navigation entries and routes, composed into the learning module in index.ts. */
export const simulationsNavItems: readonly NavItem[] = [];
export const simulationsRoutes: readonly ModuleRoute[] = [];
