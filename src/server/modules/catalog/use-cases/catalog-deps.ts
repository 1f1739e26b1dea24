import type { PlatformDeps } from '../../../platform/context/platform-deps.js';

export type CatalogDeps = Pick<PlatformDeps, 'db' | 'authz' | 'audit'>;
