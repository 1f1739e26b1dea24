import { z } from 'zod';

/**
 * Comments on published resources, with moderation (issue 4). Plain text only (the web renders
 * it as text, never as HTML), one level of replies. A comment holding a blocked term waits for a
 * moderator before anyone else sees it; enough reports hide it until a moderator decides.
 */
export const COMMENT_MAX_LENGTH = 2000;
export const REPORT_NOTE_MAX_LENGTH = 500;
export const MODERATION_REASON_MAX_LENGTH = 500;

/**
 * `published`: everyone who can see the resource sees it. `held`: a blocked term matched, only
 * the author sees it until a moderator approves it. `hidden`: reports reached the threshold,
 * only the author sees it until a moderator decides. `removed`: a moderator removed it; the
 * author sees the reason. `unavailable`: a placeholder for a comment others may not see that
 * still has visible replies (no body, no author). Deleted comments are never listed.
 */
export const commentStatusSchema = z.enum(['published', 'held', 'hidden', 'removed', 'unavailable']);
export type CommentStatus = z.infer<typeof commentStatusSchema>;

// control characters other than tab and newline are refused (they hide text and break layouts)
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export const commentBodySchema = z
  .string()
  .trim()
  .min(1)
  .max(COMMENT_MAX_LENGTH)
  .refine((value) => !controlCharacters.test(value), 'must not contain control characters');

export const createCommentSchema = z.object({
  body: commentBodySchema,
  /** Replies answer a top-level comment (one level only). */
  parentId: z.uuid().optional(),
});
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const updateCommentSchema = z.object({ body: commentBodySchema });

export const reportReasons = ['spam', 'abuse', 'off_topic', 'misinformation', 'other'] as const;
export const reportReasonSchema = z.enum(reportReasons);
export type ReportReason = z.infer<typeof reportReasonSchema>;

export const reportCommentSchema = z.object({ reason: reportReasonSchema, note: z.string().trim().max(REPORT_NOTE_MAX_LENGTH).optional() });
export type ReportCommentInput = z.infer<typeof reportCommentSchema>;

export const moderationDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('remove'), reason: z.string().trim().min(1).max(MODERATION_REASON_MAX_LENGTH) }),
]);
export type ModerationDecision = z.infer<typeof moderationDecisionSchema>;

export const commentParamSchema = z.object({ id: z.uuid(), commentId: z.uuid() });
export const commentListQuerySchema = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** What the author sees of a moderator's decision about their comment. */
export const commentModerationSchema = z.object({
  outcome: z.enum(['approved', 'removed']),
  reason: z.string().nullable(),
  at: z.iso.datetime(),
});

const commentFields = {
  id: z.uuid(),
  resourceId: z.uuid(),
  parentId: z.uuid().nullable(),
  /** Null for an `unavailable` placeholder. */
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Null for an `unavailable` placeholder. */
  body: z.string().nullable(),
  status: commentStatusSchema,
  isOwn: z.boolean(),
  isEdited: z.boolean(),
  createdAt: z.iso.datetime(),
  /** Only on the author's own comments. */
  moderation: commentModerationSchema.nullable(),
  hasReported: z.boolean(),
  can: z.object({ edit: z.boolean(), delete: z.boolean(), report: z.boolean(), reply: z.boolean() }),
};

export const commentSchema = z.object(commentFields);
export type Comment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.object({
  ...commentFields,
  /** The first replies, oldest first (see `replyCount` for how many the viewer may see). */
  replies: z.array(commentSchema),
  replyCount: z.number().int(),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const commentPageSchema = z.object({
  items: z.array(commentThreadSchema),
  nextCursor: z.string().nullable(),
  /** Published comments and replies on the resource (what everyone sees). */
  total: z.number().int(),
});
export type CommentPage = z.infer<typeof commentPageSchema>;

export const moderationQueueItemSchema = z.object({
  id: z.uuid(),
  resourceId: z.uuid(),
  resourceTitle: z.record(z.string(), z.string()),
  parentId: z.uuid().nullable(),
  author: z.object({ id: z.string(), name: z.string() }),
  body: z.string(),
  status: z.enum(['published', 'held', 'hidden']),
  /** Blocked terms found in the body (when held). */
  matchedTerms: z.array(z.string()),
  reports: z.object({
    count: z.number().int(),
    byReason: z.array(z.object({ reason: reportReasonSchema, count: z.number().int() })),
    /** Up to five reporters' notes, newest first. */
    notes: z.array(z.string()),
  }),
  createdAt: z.iso.datetime(),
  flaggedAt: z.iso.datetime(),
});
export type ModerationQueueItem = z.infer<typeof moderationQueueItemSchema>;

export const moderationQueueSchema = z.object({ items: z.array(moderationQueueItemSchema), nextCursor: z.string().nullable() });
export type ModerationQueue = z.infer<typeof moderationQueueSchema>;

export const moderationResultSchema = z.object({ id: z.uuid(), status: z.enum(['published', 'removed']), moderation: commentModerationSchema });

const blockedTermSchema = z.string().trim().min(1).max(50);

/** Platform-wide comment settings, set by national administrators (audited). */
export const commentSettingsInputSchema = z.object({
  /** Chinese and/or English words or phrases; a comment containing one is held for review. */
  blockedTerms: z.array(blockedTermSchema).max(2000),
  /** Open reports from this many users hide a comment until a moderator decides. */
  reportThreshold: z.number().int().min(1).max(100),
  commentsPerMinute: z.number().int().min(1).max(60),
  commentsPerDay: z.number().int().min(1).max(5000),
  reportsPerDay: z.number().int().min(1).max(1000),
});
export type CommentSettingsInput = z.infer<typeof commentSettingsInputSchema>;

export const commentSettingsSchema = commentSettingsInputSchema.extend({
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
});
export type CommentSettings = z.infer<typeof commentSettingsSchema>;
