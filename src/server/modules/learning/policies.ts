import { definePermissions } from '../../platform/authz/policy.js';

/**
 * Resources: everyone signed in reads what is published for them (students included); teachers
 * and enterprise users author (a co-built resource has one of each as providers); college
 * administrators and enterprise users review their own providers' submissions, national
 * administrators any.
 */
export const learningPermissions = definePermissions('learning', {
  readResources: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'student', 'enterprise', 'workshop_partner', 'auditor'],
  authorResources: ['teacher', 'enterprise'],
  reviewResources: ['national_admin', 'college_admin', 'enterprise'],
});
