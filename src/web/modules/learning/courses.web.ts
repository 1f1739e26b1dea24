import type { ModuleRoute, NavItem } from '../../app/web-module.js';

/** The courses pages' navigation entries and routes, composed into the learning module in index.ts. */
export const coursesNavItems: readonly NavItem[] = [];
export const coursesRoutes: readonly ModuleRoute[] = [];
