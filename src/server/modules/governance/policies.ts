import { definePermissions } from '../../platform/authz/policy.js';

/**
 * Who may do what in governance. A role grants a permission only inside its scope (a
 * province administrator in its province's colleges, a college administrator in its
 * college). Other parts of the module add their permissions to this table.
 */
export const governancePermissions = definePermissions('governance', {
  /** Offerings, filing items, timelines and warnings of a college. */
  readGovernance: ['national_admin', 'province_admin', 'college_admin', 'auditor'],
  /** Filing cycles and their deadlines are public to every administrator. */
  readFilingCycles: ['national_admin', 'province_admin', 'college_admin', 'auditor'],
  /** Set a year's filing cycle and its deadlines. */
  manageFilingCycles: ['national_admin'],
  /** Draft, change and submit the college's own filing items; respond to its warnings. */
  fileOfferings: ['college_admin'],
  /** Review a province's filings: record, return, forward controlled programs. */
  reviewFilings: ['province_admin'],
  /** Approve or reject nationally controlled programs. */
  approveControlled: ['national_admin'],
  /** Respond to a warning with a plan. */
  respondWarnings: ['college_admin'],
  /** Issue a warning by hand; accept or escalate a college's response. */
  superviseWarnings: ['national_admin', 'province_admin'],
  /** Close an escalated warning. */
  closeEscalatedWarnings: ['national_admin'],
  /** In-app notifications addressed to one of the caller's scopes. */
  readNotifications: ['national_admin', 'province_admin', 'college_admin'],
  /** Stored yearly indicators of offerings in the caller's scope. */
  readIndicators: ['national_admin', 'province_admin', 'college_admin', 'auditor'],
  /** Import indicators: a college its own, a province its colleges', national any. */
  importIndicators: ['national_admin', 'province_admin', 'college_admin'],
  /** Read rule packs and their versions (every administrator sees the rules they are measured by). */
  readRulePacks: ['national_admin', 'province_admin', 'college_admin', 'auditor'],
  /** Save and activate versions of the national packs (the level that owns them). */
  manageNationalRulePacks: ['national_admin'],
  /** Save and activate versions of a province's own packs: that province's administrators only. */
  manageProvinceRulePacks: ['province_admin'],
  /** Start a rule run over the caller's scope (national, or one province). */
  runRules: ['national_admin', 'province_admin'],
  /** Rule runs of the caller's provinces. */
  readRuleRuns: ['national_admin', 'province_admin', 'auditor'],
  /** Load generated (demo / benchmark) offerings and indicators: the system only, never a person. */
  loadGeneratedData: [],
  /** Dashboards and their exports, and industry employment figures: the caller's scope (national, its province, its college). */
  readDashboards: ['national_admin', 'province_admin', 'college_admin', 'auditor'],
  /** Import industry employment figures: national administrators for any province, a province administrator for its own. */
  importIndustryData: ['national_admin', 'province_admin'],
});
