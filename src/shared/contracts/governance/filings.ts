import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';
import { localizedTextSchema } from './findings.js';

/**
 * The yearly filing workflow (年度专业设置备案), college → province → nation. See
 * ../shared/reference/governance-rules.md, "Workflow (three levels)".
 */

/** A college id or program code: letters, digits, . _ - (at most 40). */
export const codeSchema = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, . _ - (at most 40)');
/** Free text: PostgreSQL text cannot hold NUL characters, so they are refused here, not by the database. */
export const textSchema = (min: number, max: number) => z.string().trim().min(min).max(max).refine((value) => !value.includes('\u0000'), 'must not contain NUL characters');

export const enrollmentYearSchema = z.coerce.number().int().min(2000).max(2100);
export const yearParamSchema = z.object({ year: enrollmentYearSchema });
export const cycleCollegeParamSchema = z.object({ year: enrollmentYearSchema, collegeId: codeSchema });

const instant = z.iso.datetime({ offset: true });

/** The deadlines of one enrollment year's cycle, set by national administrators. */
export const filingCycleSchema = z.object({
  year: z.number().int(),
  /** Colleges create, change and submit items until then. */
  collegeFilingClosesAt: z.string(),
  /** Controlled programs (medicine, police, justice, teaching …) must be submitted by then: 1 November of the year before. */
  controlledApplicationsCloseAt: z.string(),
  /** Provinces return, record and forward until then. */
  provinceReviewClosesAt: z.string(),
  /** Results are published in this window (January–April of the enrollment year); national decisions until its end. */
  resultsPublishFrom: z.string(),
  resultsPublishUntil: z.string(),
  /** Demo data: deadlines set relative to when the demo was created. */
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FilingCycle = z.infer<typeof filingCycleSchema>;
export const filingCycleListSchema = z.object({ items: z.array(filingCycleSchema) });

const deadlineFields = {
  collegeFilingClosesAt: instant.optional().describe('Default: 1 November of the year before, 24:00 Beijing time'),
  controlledApplicationsCloseAt: instant.optional().describe('Default: 1 November of the year before, 24:00 Beijing time'),
  provinceReviewClosesAt: instant.optional().describe('Default: 31 December of the year before, 24:00 Beijing time'),
  resultsPublishFrom: instant.optional().describe('Default: 1 January of the enrollment year'),
  resultsPublishUntil: instant.optional().describe('Default: 30 April of the enrollment year, 24:00 Beijing time'),
};
export const createFilingCycleRequestSchema = z.object({ year: z.number().int().min(2000).max(2100), ...deadlineFields });
export type CreateFilingCycleRequest = z.infer<typeof createFilingCycleRequestSchema>;
export const updateFilingCycleRequestSchema = z.object(deadlineFields);
export type UpdateFilingCycleRequest = z.infer<typeof updateFilingCycleRequestSchema>;

/** What the college asks for: a new offering, a change, a suspension or a withdrawal. */
export const filingKindSchema = z.enum(['new', 'adjusted', 'suspended', 'withdrawn']);
export type FilingKind = z.infer<typeof filingKindSchema>;

export const filingStatusSchema = z.enum(['draft', 'internal_review', 'submitted', 'returned', 'recorded', 'forwarded', 'approved', 'rejected']);
export type FilingStatus = z.infer<typeof filingStatusSchema>;
export const filingStatuses = filingStatusSchema.options;

/** Steps of the workflow; each is a POST /filing-items/:id/<action> (internal_review as internal-review). */
export const filingActionSchema = z.enum(['internal_review', 'submit', 'return', 'record', 'forward', 'approve', 'reject']);
export type FilingAction = z.infer<typeof filingActionSchema>;

/** Minimum length of a justification (industry demand research), in characters. */
export const JUSTIFICATION_MIN_LENGTH = 30;
export const REASON_MIN_LENGTH = 5;

export const justificationSchema = textSchema(JUSTIFICATION_MIN_LENGTH, 8000).describe('Industry demand research behind the request');
export const reasonSchema = textSchema(REASON_MIN_LENGTH, 2000);

export const filingItemSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  provinceCode: z.string(),
  collegeId: z.string(),
  /** The college's name from the institutions list (`en` falls back to the Chinese name); null when the college is not listed. */
  collegeName: localizedTextSchema.nullable(),
  programCode: z.string(),
  programName: z.string(),
  catalogVersionId: z.string(),
  kind: filingKindSchema,
  status: filingStatusSchema,
  justification: z.string(),
  /** What changes (for an adjustment), or notes. */
  details: z.string().nullable(),
  plannedPlaces: z.number().int().nullable(),
  /** Nationally controlled program: the province forwards it, the national level approves. */
  isControlled: z.boolean(),
  /** The sector regulator's opinion the province attached when forwarding. */
  regulatorOpinion: z.string().nullable(),
  /** The reason of the latest return or rejection. */
  lastReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  /** The actions the caller may take now (by role, scope, status and deadlines). */
  availableActions: z.array(filingActionSchema.or(z.literal('update'))),
});
export type FilingItem = z.infer<typeof filingItemSchema>;
export const filingItemPageSchema = pageSchema(filingItemSchema);

export const createFilingItemRequestSchema = z.object({
  collegeId: codeSchema,
  year: z.number().int().min(2000).max(2100),
  programCode: codeSchema,
  kind: filingKindSchema,
  justification: justificationSchema,
  details: textSchema(0, 4000).optional(),
  plannedPlaces: z.number().int().min(0).max(100000).optional(),
});
export type CreateFilingItemRequest = z.infer<typeof createFilingItemRequestSchema>;

export const updateFilingItemRequestSchema = z.object({
  kind: filingKindSchema.optional(),
  justification: justificationSchema.optional(),
  details: textSchema(0, 4000).nullable().optional(),
  plannedPlaces: z.number().int().min(0).max(100000).nullable().optional(),
});
export type UpdateFilingItemRequest = z.infer<typeof updateFilingItemRequestSchema>;

export const filingNoteRequestSchema = z.object({ note: textSchema(0, 2000).optional() });
export const returnFilingRequestSchema = z.object({ reason: reasonSchema });
export const forwardFilingRequestSchema = z.object({ regulatorOpinion: reasonSchema.describe('The sector regulator’s opinion'), note: textSchema(0, 2000).optional() });
export const rejectFilingRequestSchema = z.object({ reason: reasonSchema });
export type FilingActionRequest = { note?: string | undefined; reason?: string | undefined; regulatorOpinion?: string | undefined };

export const listFilingItemsQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  province: z.string().regex(/^\d{2}0000$/).optional(),
  college: codeSchema.optional(),
  status: filingStatusSchema.optional(),
  kind: filingKindSchema.optional(),
  controlled: z.enum(['true', 'false']).optional(),
});
export type ListFilingItemsQuery = z.infer<typeof listFilingItemsQuerySchema>;

export const itemIdParamSchema = z.object({ id: z.uuid() });

/** One step on a timeline: who did what, as which role, when, from which status to which, and why. */
export const timelineEventSchema = z.object({
  id: z.string(),
  entityType: z.enum(['filing-item', 'warning']),
  entityId: z.string(),
  collegeId: z.string().nullable(),
  programCode: z.string().nullable(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorId: z.string(),
  actorLabel: z.string(),
  role: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export const timelineSchema = z.object({ items: z.array(timelineEventSchema) });
