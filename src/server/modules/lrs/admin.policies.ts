import { definePermissions } from '../../platform/authz/policy.js';

/**
 * Reading learning records in the administration pages. Learning records are personal data:
 * only administrators, and only within their scope (a college administrator sees the
 * statements written by clients bound to the college, a province administrator those of the
 * province's colleges and province-level clients, a national administrator all).
 */
export const lrsAdminPermissions = definePermissions('lrs', {
  /** The statement browser and the per-course activity charts. */
  browseStatements: ['national_admin', 'province_admin', 'college_admin'],
});
