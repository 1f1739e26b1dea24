import { definePermissions } from '../../platform/authz/policy.js';

export const institutionsPermissions = definePermissions('institutions', {
  readColleges: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'auditor'],
  manageColleges: ['national_admin', 'province_admin'],
  /** Import college lists: national administrators anywhere, province administrators only inside their province. */
  importColleges: ['national_admin', 'province_admin'],
  /** The Double High Plan is a national programme: only national administrators record membership. */
  manageDoubleHigh: ['national_admin'],
});
