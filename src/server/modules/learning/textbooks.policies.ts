import { definePermissions } from '../../platform/authz/policy.js';

/**
 * Textbooks: everyone signed in reads what is published for them; teachers author and publish
 * their college's textbooks. Revision age is a management view (not for students, enterprises
 * or workshop partners); only national administrators set its targets. Teachers record their
 * training, the college administrator reviews it.
 */
export const textbookPermissions = definePermissions('learning', {
  readTextbooks: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'student', 'enterprise', 'workshop_partner', 'auditor'],
  authorTextbooks: ['teacher'],
  viewRevisionAge: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'auditor'],
  manageRevisionTargets: ['national_admin'],
  recordTraining: ['teacher'],
  reviewTraining: ['college_admin'],
});
