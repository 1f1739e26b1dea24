import { z } from 'zod';
import { localizedTextSchema } from './findings.js';
import { packIssueSchema, rulePackSchema } from './rule-packs.js';

/**
 * Rule packs as stored: each pack has an owner (national, a province, or an international
 * reference that nobody edits) and numbered versions; saving adds a version, never edits one.
 * A version takes effect in a year when it is active and its effective dates cover that year;
 * among several, the one that took effect last wins.
 */

export const rulePackKindSchema = z.enum(['national', 'province', 'international']);
export type RulePackKind = z.infer<typeof rulePackKindSchema>;

export const rulePackIdParamSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/) });
export const rulePackVersionParamSchema = rulePackIdParamSchema.extend({ number: z.coerce.number().int().min(1).max(1_000_000) });

export const rulePackVersionMetaSchema = z.object({
  packId: z.string(),
  /** 1, 2, 3 … in the order saved. */
  number: z.number().int(),
  /** The version label inside the document (e.g. 2022.1). */
  label: z.string(),
  title: localizedTextSchema,
  authority: localizedTextSchema,
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  isActive: z.boolean(),
  rules: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type RulePackVersionMeta = z.infer<typeof rulePackVersionMetaSchema>;

export const rulePackVersionSchema = rulePackVersionMetaSchema.extend({ definition: rulePackSchema });
export type RulePackVersion = z.infer<typeof rulePackVersionSchema>;

export const rulePackSummarySchema = z.object({
  id: z.string(),
  ownerScope: z.string(),
  kind: rulePackKindSchema,
  /** International packs are read-only references. */
  isReadOnly: z.boolean(),
  /** Whether the caller may save and activate versions. */
  isEditable: z.boolean(),
  latest: rulePackVersionMetaSchema,
  /** Active versions, newest effective date first. */
  active: z.array(rulePackVersionMetaSchema),
});
export type RulePackSummary = z.infer<typeof rulePackSummarySchema>;

export const rulePackListSchema = z.object({ items: z.array(rulePackSummarySchema) });

export const rulePackDetailSchema = rulePackSummarySchema.extend({ definition: rulePackSchema });
export type RulePackDetail = z.infer<typeof rulePackDetailSchema>;

export const rulePackVersionListSchema = z.object({ items: z.array(rulePackVersionMetaSchema) });

/** A new version: the whole pack document (checked by the rule engine), optionally activated at once. */
export const saveRulePackRequestSchema = z.object({
  pack: z.record(z.string(), z.unknown()).describe('The rule-pack document (see RulePack); every invalid path is reported'),
  activate: z.boolean().default(false),
});
export type SaveRulePackRequest = z.infer<typeof saveRulePackRequestSchema>;

/** The 400 answer to an invalid pack: problem details plus every issue with its path. */
export const rulePackInvalidSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(400),
  detail: z.string(),
  code: z.literal('RULE_PACK_INVALID'),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
  issues: z.array(packIssueSchema),
});
