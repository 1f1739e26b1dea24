import { definePermissions } from '../../platform/authz/policy.js';

export const lrsPermissions = definePermissions('lrs', {
  /** Create, list and revoke LRS clients within one's scope. */
  manageClients: ['national_admin', 'province_admin', 'college_admin'],
  /** Write learning records through the module API (the platform's own learner events). */
  writeStatements: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'student'],
});
