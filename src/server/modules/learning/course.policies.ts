import { definePermissions } from '../../platform/authz/policy.js';

/**
 * Courses: teachers build and publish them; everyone signed in reads and takes what is published
 * for them; reviewers (college administrators over their college, national administrators) flag
 * open courses as fine courses; teachers and college administrators keep class rosters.
 */
export const coursePermissions = definePermissions('learning', {
  readCourses: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'student', 'enterprise', 'workshop_partner', 'auditor'],
  authorCourses: ['teacher'],
  flagFineCourses: ['national_admin', 'college_admin'],
  manageClasses: ['teacher', 'college_admin'],
});
