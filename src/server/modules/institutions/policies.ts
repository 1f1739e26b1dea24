import { definePermissions } from '../../platform/authz/policy.js';

export const institutionsPermissions = definePermissions('institutions', {
  readColleges: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'auditor'],
  manageColleges: ['national_admin', 'province_admin'],
});
