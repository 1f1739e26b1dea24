import { definePermissions } from '../authz/policy.js';

export const auditPermissions = definePermissions('audit', {
  readLog: ['auditor'],
  verifyChain: ['auditor'],
});
