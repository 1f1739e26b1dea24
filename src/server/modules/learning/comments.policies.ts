import { definePermissions } from '../../platform/authz/policy.js';

/**
 * Comments: whoever may read a published resource may comment on it (the resource's own reading
 * rules decide). Moderators are the reviewers of the resource's providers (college
 * administrators, enterprise users) and national administrators, as for resource review; only
 * national administrators change the platform's comment settings (blocked terms, limits).
 */
export const commentPermissions = definePermissions('learning', {
  moderateComments: ['national_admin', 'college_admin', 'enterprise'],
  manageCommentSettings: ['national_admin'],
});
