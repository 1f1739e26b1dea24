import type { PlatformDeps } from '../../platform/context/platform-deps.js';
import type { InstitutionsApi } from '../institutions/index.js';
import type { CatalogApi } from '../catalog/index.js';

/** What every governance use case receives: the platform plus the two modules it builds on. */
export type GovernanceDeps = PlatformDeps & {
  institutions: InstitutionsApi;
  catalog: CatalogApi;
};
