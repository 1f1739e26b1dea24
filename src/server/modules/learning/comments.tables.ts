import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { learningSchema } from './learning.tables.js';

/**
 * Comments on resources. `resource_id` (the resources' distribution key) leads the key, so a
 * resource's thread lives with the resource and every comment is addressed by
 * `(resource_id, id)`. `parent_id` is a top-level comment of the same resource (one level of
 * replies). The body is kept after the author deletes or a moderator removes a comment (the
 * record a platform must keep of what was posted); status decides who sees it.
 * `flagged_at` is set while a moderator's decision is pending (held by a blocked term, or with
 * open reports); the moderation queue reads its partial index.
 */
export const comments = learningSchema.table(
  'comments',
  {
    resourceId: uuid('resource_id').notNull(),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    /** published | held | hidden | removed | deleted */
    status: text('status').notNull(),
    matchedTerms: text('matched_terms').array().notNull(),
    openReports: integer('open_reports').notNull(),
    flaggedAt: timestamp('flagged_at', { withTimezone: true }),
    /** approved | removed: the last moderator's decision, shown to the author. */
    moderationOutcome: text('moderation_outcome'),
    moderationReason: text('moderation_reason'),
    moderatedBy: text('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.id] }),
    // the thread: top-level comments (parent null) newest first, replies oldest first
    index('comments_thread_idx').on(t.resourceId, t.parentId, t.createdAt, t.id),
    // rate limits and duplicate checks count one author's recent comments
    index('comments_author_idx').on(t.authorId, t.createdAt),
    index('comments_queue_idx').on(t.flaggedAt, t.id).where(sql`${t.flaggedAt} is not null`),
  ],
);

/** One report per user and comment; `resolved_at` is set when a moderator decides. */
export const commentReports = learningSchema.table(
  'comment_reports',
  {
    resourceId: uuid('resource_id').notNull(),
    commentId: uuid('comment_id').notNull(),
    reporterId: text('reporter_id').notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.commentId, t.reporterId] }), index('comment_reports_reporter_idx').on(t.reporterId, t.createdAt)],
);

/** The platform's comment settings: one row (`id` = 1); absent means the defaults of `domain/comment-rules.ts`. */
export const commentSettings = learningSchema.table('comment_settings', {
  id: smallint('id').primaryKey(),
  blockedTerms: text('blocked_terms').array().notNull(),
  reportThreshold: integer('report_threshold').notNull(),
  commentsPerMinute: integer('comments_per_minute').notNull(),
  commentsPerDay: integer('comments_per_day').notNull(),
  reportsPerDay: integer('reports_per_day').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
