import type { Comment, CommentSettings } from '../../../../shared/contracts/learning/comments.js';
import type { DbOrTx } from '../../../db/open-db.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { findCommentSettings, type CommentRow } from '../comments.repository.js';
import { canDeleteComment, canEditComment, canReplyTo, canReportComment, defaultCommentSettings, isVisibleTo, type CommentState, type StoredCommentStatus } from '../domain/comment-rules.js';

const moderationOutcomes = ['approved', 'removed'] as const;
const storedStatuses: readonly StoredCommentStatus[] = ['published', 'held', 'hidden', 'removed', 'deleted'];

function isStoredStatus(value: string): value is StoredCommentStatus {
  return (storedStatuses as readonly string[]).includes(value);
}

/** The lifecycle fields of a row, typed for the rules. */
export function commentStateOf(row: CommentRow): CommentState {
  if (!isStoredStatus(row.status)) throw new Error(`learning.comments: unknown status ${row.status}`);
  return { status: row.status, authorId: row.authorId, parentId: row.parentId, openReports: row.openReports, flaggedAt: row.flaggedAt };
}

/** The platform's settings, or the defaults when no national administrator has set them. */
export async function loadCommentSettings(db: DbOrTx): Promise<CommentSettings> {
  const row = await findCommentSettings(db);
  if (!row) return { ...defaultCommentSettings, updatedAt: null, updatedBy: null };
  return {
    blockedTerms: row.blockedTerms,
    reportThreshold: row.reportThreshold,
    commentsPerMinute: row.commentsPerMinute,
    commentsPerDay: row.commentsPerDay,
    reportsPerDay: row.reportsPerDay,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** Not found unless the viewer may see it (a hidden comment is as absent as a missing one). */
export function assertCommentVisible(row: CommentRow | undefined, viewerId: string, id: string): CommentRow {
  if (!row || !isVisibleTo(commentStateOf(row), viewerId)) throw new AppError('COMMENT_NOT_FOUND', { id });
  return row;
}

/**
 * A comment as one viewer sees it. What the viewer may not see becomes a placeholder with no
 * author and no body (kept only so that visible replies keep their thread); the moderator's
 * decision is shown to the author alone.
 */
export function presentComment(row: CommentRow, viewerId: string | undefined, reportedIds: ReadonlySet<string>): Comment {
  const state = commentStateOf(row);
  const base = { id: row.id, resourceId: row.resourceId, parentId: row.parentId, createdAt: row.createdAt.toISOString() };
  if (!isVisibleTo(state, viewerId) || state.status === 'deleted') {
    return { ...base, author: null, body: null, status: 'unavailable', isOwn: false, isEdited: false, moderation: null, hasReported: false, can: { edit: false, delete: false, report: false, reply: false } };
  }
  const isOwn = viewerId === row.authorId;
  const hasReported = reportedIds.has(row.id);
  const outcome = moderationOutcomes.find((value) => value === row.moderationOutcome);
  const moderation = isOwn && outcome && row.moderatedAt ? { outcome, reason: row.moderationReason, at: row.moderatedAt.toISOString() } : null;
  return {
    ...base,
    author: { id: row.authorId, name: row.authorName },
    body: row.body,
    status: state.status,
    isOwn,
    isEdited: row.editedAt !== null,
    moderation,
    hasReported,
    can: {
      edit: canEditComment(state, viewerId),
      delete: canDeleteComment(state, viewerId),
      report: canReportComment(state, viewerId) && !hasReported,
      reply: viewerId !== undefined && canReplyTo(state),
    },
  };
}

/** Line endings unified and runs of blank lines shortened (the contract already trimmed and refused control characters). */
export function normalizeCommentBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
