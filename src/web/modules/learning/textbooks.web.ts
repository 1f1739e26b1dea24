import type { ModuleRoute, NavItem } from '../../app/web-module.js';

/** The textbooks pages' navigation entries and routes, composed into the learning module in index.ts. */
export const textbooksNavItems: readonly NavItem[] = [];
export const textbooksRoutes: readonly ModuleRoute[] = [];
