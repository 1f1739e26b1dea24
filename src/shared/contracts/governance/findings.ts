import { z } from 'zod';

/**
 * What a rule-pack evaluation produces: one finding per rule that fired on one subject.
 * The governance rule engine (`modules/governance/domain/rules/`) emits these; the warnings
 * use cases turn findings into warnings (deduplicated by `fingerprint`), and the web shows the
 * explanation as it is. See ../shared/reference/governance-rules.md.
 */

export const severitySchema = z.enum(['notice', 'yellow', 'red']);
export type Severity = z.infer<typeof severitySchema>;

/** What a rule asks the owner of the subject to do. */
export const ruleActionSchema = z.enum([
  'review', // look at it; no sanction
  'cut_plan', // reduce next year's enrollment plan
  'cap_plan', // next plan capped (e.g. at last year's employed count)
  'enroll_alternate_years', // enroll every other year
  'suspend_enrollment', // stop enrolling (temporarily)
  'stop_enrollment', // stop enrolling
  'withdraw', // withdraw the offering
  'no_new_offerings', // no new offerings of the program in the region / at the college
  'cuts_only', // the program may only shrink in the region
  'tight_control', // new offerings need strict justification
  'national_approval', // needs national approval (controlled program)
  'loss_of_eligibility', // international packs: loses funding eligibility
]);
export type RuleAction = z.infer<typeof ruleActionSchema>;

export const localizedTextSchema = z.object({ 'zh-CN': z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** What a finding is about. Every subject carries its province (the distribution key). */
export const findingSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offering'), provinceCode: z.string(), collegeId: z.string(), programCode: z.string(), offeringId: z.string() }),
  z.object({ kind: z.literal('college'), provinceCode: z.string(), collegeId: z.string() }),
  /** A program within a region (a province, or a prefecture given by `regionCode`). */
  z.object({ kind: z.literal('program-in-region'), provinceCode: z.string(), regionCode: z.string(), programCode: z.string() }),
]);
export type FindingSubject = z.infer<typeof findingSubjectSchema>;

/** One number behind a finding: the indicator, its year(s), numerator and denominator as counted. */
export const findingFactSchema = z.object({
  indicator: z.string(),
  /** The year the figure is for; null for a figure pooled over `years`. */
  year: z.number().int().nullable(),
  years: z.array(z.number().int()).optional(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** numerator ÷ denominator, or a count / rank; null when insufficient. */
  value: z.number().nullable(),
  /** The threshold or benchmark compared against, when there is one. */
  threshold: z.number().optional(),
  comparison: z.enum(['lt', 'lte', 'gt', 'gte', 'eq']).optional(),
  /** True when this fact met the rule's condition. */
  isMet: z.boolean(),
  /** For a rank benchmark: the offering's percentile within its region (0 = lowest). */
  percentile: z.number().optional(),
});
export type FindingFact = z.infer<typeof findingFactSchema>;

export const ruleFindingSchema = z.object({
  packId: z.string(),
  packVersion: z.string(),
  ruleId: z.string(),
  severity: severitySchema,
  action: ruleActionSchema,
  subject: findingSubjectSchema,
  /** The year evaluated (the last year of the rule's window). */
  year: z.number().int(),
  /** Human summary of why it fired, e.g. "去向落实率 2024 年 55.0%（22/40）、2025 年 58.0%… 连续两年低于 60%". */
  summary: localizedTextSchema,
  facts: z.array(findingFactSchema),
  /** Stable key: same pack, rule, subject and year → same fingerprint (warnings are deduplicated by it). */
  fingerprint: z.string(),
});
export type RuleFinding = z.infer<typeof ruleFindingSchema>;
