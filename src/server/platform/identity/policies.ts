import { definePermissions } from '../authz/policy.js';

export const identityPermissions = definePermissions('identity', {
  readUsers: ['national_admin', 'province_admin', 'college_admin'],
  manageUsers: ['national_admin', 'province_admin', 'college_admin'],
  manageApiKeys: ['national_admin', 'province_admin', 'college_admin'],
});
