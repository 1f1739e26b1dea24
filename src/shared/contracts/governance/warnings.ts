import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';
import { findingFactSchema, localizedTextSchema, ruleActionSchema, severitySchema } from './findings.js';
import { codeSchema, reasonSchema, textSchema } from './filings.js';

/**
 * Warnings (预警): issued by a rule run (from a RuleFinding) or by hand → the college responds
 * with a plan → the province accepts (closed) or escalates → the national level closes.
 */
export const warningStatusSchema = z.enum(['issued', 'responded', 'escalated', 'closed']);
export type WarningStatus = z.infer<typeof warningStatusSchema>;
export const warningStatuses = warningStatusSchema.options;

export const warningActionSchema = z.enum(['respond', 'accept', 'escalate', 'close']);
export type WarningAction = z.infer<typeof warningActionSchema>;

export const warningSourceSchema = z.enum(['rule', 'manual']);

export const warningSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  /** Null for a warning on a program within a region (no single college). */
  collegeId: z.string().nullable(),
  /** The college's name from the institutions list (`en` falls back to the Chinese name). */
  collegeName: localizedTextSchema.nullable(),
  programCode: z.string().nullable(),
  offeringId: z.string().nullable(),
  regionCode: z.string().nullable(),
  subjectKind: z.enum(['offering', 'college', 'program-in-region']),
  severity: severitySchema,
  action: ruleActionSchema,
  source: warningSourceSchema,
  runId: z.string().nullable(),
  packId: z.string().nullable(),
  packVersion: z.string().nullable(),
  ruleId: z.string().nullable(),
  year: z.number().int(),
  fingerprint: z.string().nullable(),
  /** The rule's explanation (or the issuer's reason), as it was written. */
  summary: localizedTextSchema,
  /** The numbers and years behind a rule finding, as the rule engine counted them. */
  facts: z.array(findingFactSchema),
  status: warningStatusSchema,
  /** A hand-issued warning's reason. */
  reason: z.string().nullable(),
  responsePlan: z.string().nullable(),
  responseDueDate: z.string().nullable(),
  respondedAt: z.string().nullable(),
  /** The latest escalation or closing note. */
  lastNote: z.string().nullable(),
  issuedAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  availableActions: z.array(warningActionSchema),
});
export type Warning = z.infer<typeof warningSchema>;
export const warningPageSchema = pageSchema(warningSchema);

export const listWarningsQuerySchema = pageQuerySchema.extend({
  status: warningStatusSchema.optional(),
  open: z.enum(['true', 'false']).optional().describe('true: not closed; false: closed'),
  severity: severitySchema.optional(),
  source: warningSourceSchema.optional(),
  province: z.string().regex(/^\d{2}0000$/).optional(),
  college: codeSchema.optional(),
  program: codeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListWarningsQuery = z.infer<typeof listWarningsQuerySchema>;

/** A warning issued by hand by a province or national administrator, about a college or one of its offerings. */
export const issueWarningRequestSchema = z.object({
  collegeId: codeSchema,
  programCode: codeSchema.optional(),
  year: z.number().int().min(2000).max(2100),
  severity: severitySchema,
  action: ruleActionSchema,
  reason: reasonSchema,
});
export type IssueWarningRequest = z.infer<typeof issueWarningRequestSchema>;

export const respondWarningRequestSchema = z.object({
  plan: textSchema(10, 8000).describe('What the college will do'),
  dueDate: z.iso.date().describe('When the plan will be carried out (YYYY-MM-DD)'),
});
export type RespondWarningRequest = z.infer<typeof respondWarningRequestSchema>;
export const acceptWarningRequestSchema = z.object({ note: textSchema(0, 2000).optional() });
export const escalateWarningRequestSchema = z.object({ reason: reasonSchema });
export const closeWarningRequestSchema = z.object({ reason: reasonSchema });
export type WarningActionRequest = { note?: string | undefined; reason?: string | undefined; plan?: string | undefined; dueDate?: string | undefined };

export const warningIdParamSchema = z.object({ id: z.uuid() });

const severityCountsSchema = z.object({ notice: z.number().int(), yellow: z.number().int(), red: z.number().int() });
const statusCountsSchema = z.object({ issued: z.number().int(), responded: z.number().int(), escalated: z.number().int(), closed: z.number().int() });

/** Warning counts within the caller's scope: what every dashboard shows. */
export const warningCountsSchema = z.object({
  total: z.number().int(),
  /** Not closed. */
  open: z.number().int(),
  /** Open warnings by severity. */
  openBySeverity: severityCountsSchema,
  byStatus: statusCountsSchema,
  cells: z.array(z.object({ severity: severitySchema, status: warningStatusSchema, count: z.number().int() })),
});
export type WarningCounts = z.infer<typeof warningCountsSchema>;
export const warningCountsQuerySchema = z.object({
  province: z.string().regex(/^\d{2}0000$/).optional(),
  college: codeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type WarningCountsQuery = z.infer<typeof warningCountsQuerySchema>;
