import { z } from 'zod';
import { severitySchema } from './findings.js';

/**
 * A rule run: the active rule packs evaluated over one scope (national, or one province) for one
 * year. Provinces are evaluated independently (ranks and caps never cross a province); the
 * findings become warnings. The run record keeps who, when, which pack versions, and the counts.
 */

export const ruleRunScopeSchema = z.string().regex(/^(national|province:\d{2}0000)$/, 'national or province:<code such as 440000>');

export const startRuleRunRequestSchema = z.object({
  scope: ruleRunScopeSchema,
  year: z.number().int().min(2000).max(2100),
});
export type StartRuleRunRequest = z.infer<typeof startRuleRunRequestSchema>;

export const ruleRunStatusSchema = z.enum(['running', 'succeeded', 'failed']);
export const ruleRunTriggerSchema = z.enum(['manual', 'import', 'seed']);
export type RuleRunTrigger = z.infer<typeof ruleRunTriggerSchema>;

export const ruleRunPackSchema = z.object({ packId: z.string(), version: z.number().int(), label: z.string(), status: z.enum(['evaluated', 'not-in-effect']) });
export const ruleRunRuleCountSchema = z.object({
  packId: z.string(),
  ruleId: z.string(),
  evaluated: z.number().int(),
  fired: z.number().int(),
  /** Subjects with too little data for this rule: never pass or fail. */
  insufficient: z.number().int(),
  notApplicable: z.number().int(),
  bySeverity: z.record(severitySchema, z.number().int()),
});
export type RuleRunRuleCount = z.infer<typeof ruleRunRuleCountSchema>;

export const ruleRunSchema = z.object({
  id: z.uuid(),
  scope: z.string(),
  year: z.number().int(),
  status: ruleRunStatusSchema,
  trigger: ruleRunTriggerSchema,
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  provinces: z.array(z.string()),
  packs: z.array(ruleRunPackSchema),
  counts: z.array(ruleRunRuleCountSchema),
  offerings: z.number().int(),
  findings: z.number().int(),
  bySeverity: z.record(severitySchema, z.number().int()),
  insufficient: z.number().int(),
  /** Warnings the findings opened or refreshed; null when the warnings part was not reached. */
  warningsIssued: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type RuleRun = z.infer<typeof ruleRunSchema>;

export const ruleRunListQuerySchema = z.object({
  scope: ruleRunScopeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type RuleRunListQuery = z.infer<typeof ruleRunListQuerySchema>;

export const ruleRunPageSchema = z.object({ items: z.array(ruleRunSchema), nextCursor: z.string().nullable() });
