import { definePermissions } from '../../platform/authz/policy.js';

/**
 * The catalog is public reference data: reading needs no permission. Writing it (imports,
 * reference data, classifications) is national: only national administrators.
 */
export const catalogPermissions = definePermissions('catalog', {
  manageCatalog: ['national_admin'],
});
