import type { CommentSettings, CommentSettingsInput, ModerationDecision, ModerationQueue, ModerationQueueItem } from '../../../../shared/contracts/learning/comments.js';
import { reportReasonSchema } from '../../../../shared/contracts/learning/comments.js';
import type { Tx } from '../../../db/open-db.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import { commentPermissions } from '../comments.policies.js';
import { findComment, listModerationQueue, openReportsOf, resolveReports, saveCommentSettings, updateComment, type CommentReportRow, type CommentRow, type QueueCursor } from '../comments.repository.js';
import { decideModeration } from '../domain/comment-rules.js';
import { canonicalTerms } from '../domain/comment-terms.js';
import { findResource } from '../resources.repository.js';
import { authorNotice, replyNotice, sendCommentNotices, type CommentNoticeDraft } from './comment-notices.js';
import { commentStateOf, loadCommentSettings } from './comments-shared.js';
import { requireUser, type LearningDeps } from './learning-deps.js';

/** Reporters' notes shown per queued comment. */
const NOTES_SHOWN = 5;

function decodeQueueCursor(cursor: string | undefined): QueueCursor | undefined {
  const key = decodeCursor<string>(cursor, 'string');
  if (key === undefined) return undefined;
  const [time, id] = key.split('|');
  const flaggedAt = new Date(time ?? '');
  if (!id || Number.isNaN(flaggedAt.getTime())) throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
  return { flaggedAt, id };
}

function summarizeReports(reports: readonly CommentReportRow[]): ModerationQueueItem['reports'] {
  const byReason = new Map<string, number>();
  for (const report of reports) byReason.set(report.reason, (byReason.get(report.reason) ?? 0) + 1);
  return {
    count: reports.length,
    byReason: [...byReason].map(([reason, count]) => ({ reason: reportReasonSchema.parse(reason), count })).sort((a, b) => b.count - a.count),
    notes: reports.flatMap((report) => (report.note ? [report.note] : [])).slice(0, NOTES_SHOWN),
  };
}

/**
 * Held and reported comments on the resources whose providers the moderator reviews (national
 * administrators: all), the longest-waiting first. A moderator's own comments are left out: someone
 * else decides about them.
 */
export async function listModerationQueueFor(deps: LearningDeps, actor: Actor, query: { cursor?: string | undefined; limit: number }): Promise<ModerationQueue> {
  const user = requireUser(actor);
  const filter = deps.authz.scopeFilter(actor, commentPermissions.moderateComments);
  const rows = await listModerationQueue(deps.db, filter, decodeQueueCursor(query.cursor), query.limit);
  const page = rows.slice(0, query.limit);
  const reports = await openReportsOf(deps.db, page.map((row) => row.comment));
  const items: ModerationQueueItem[] = [];
  for (const { comment, resourceTitle } of page) {
    const state = commentStateOf(comment);
    if (comment.authorId === user.userId || comment.flaggedAt === null) continue;
    if (state.status !== 'published' && state.status !== 'held' && state.status !== 'hidden') continue;
    items.push({
      id: comment.id,
      resourceId: comment.resourceId,
      resourceTitle,
      parentId: comment.parentId,
      author: { id: comment.authorId, name: comment.authorName },
      body: comment.body,
      status: state.status,
      matchedTerms: comment.matchedTerms,
      reports: summarizeReports(reports.get(comment.id) ?? []),
      createdAt: comment.createdAt.toISOString(),
      flaggedAt: comment.flaggedAt.toISOString(),
    });
  }
  const last = page[page.length - 1]?.comment;
  return { items, nextCursor: rows.length > query.limit && last?.flaggedAt ? encodeCursor(`${last.flaggedAt.toISOString()}|${last.id}`) : null };
}

async function assertModerates(deps: LearningDeps, actor: Actor, providerScopes: readonly string[]): Promise<void> {
  for (const scope of providerScopes) if (await deps.authz.can(actor, commentPermissions.moderateComments, scope)) return;
  throw new AppError('SCOPE_DENIED', { action: commentPermissions.moderateComments.name });
}

/**
 * A moderator of the resource approves a waiting comment (published again, its open reports
 * resolved) or removes any comment with a reason the author sees. Audited with the reason and
 * what the moderator saw (status, matched terms, open reports).
 */
export async function moderateComment(deps: LearningDeps, actor: Actor, resourceId: string, id: string, decision: ModerationDecision) {
  const user = requireUser(actor);
  const resource = await findResource(deps.db, resourceId);
  if (!resource) throw new AppError('RESOURCE_NOT_FOUND', { id: resourceId });
  await assertModerates(deps, actor, resource.providerScopes);
  const now = deps.now();
  const { result, notices } = await deps.db.transaction(async (tx) => {
    const row = await findComment(tx, resourceId, id, { forUpdate: true });
    if (!row) throw new AppError('COMMENT_NOT_FOUND', { id });
    const outcome = decideModeration(commentStateOf(row), user.userId, decision);
    if (!outcome.ok) throw new AppError(outcome.error);
    await updateComment(tx, resourceId, id, {
      status: outcome.status,
      flaggedAt: null,
      openReports: 0,
      moderationOutcome: outcome.outcome,
      moderationReason: outcome.reason,
      moderatedBy: user.userId,
      moderatedAt: now,
    });
    await resolveReports(tx, resourceId, id, now);
    await deps.audit.record(tx, actor, {
      action: `learning.comment.${outcome.outcome}`,
      entityType: 'learning_comment',
      entityId: id,
      scope: resource.ownerScope,
      details: { resourceId, previousStatus: row.status, openReports: row.openReports, matchedTerms: row.matchedTerms, ...(outcome.reason ? { reason: outcome.reason } : {}) },
    });
    return {
      result: { id, status: outcome.status, moderation: { outcome: outcome.outcome, reason: outcome.reason, at: now.toISOString() } },
      notices: await moderationNotices(tx, row, outcome),
    };
  });
  await sendCommentNotices(deps, resource, notices);
  return result;
}

/**
 * Removal tells the author with the reason; approving a held or hidden comment releases it, and a
 * released reply now tells its parent's author. Approving a published comment (dismissing its
 * reports) changes nothing its author sees.
 */
async function moderationNotices(tx: Tx, row: CommentRow, outcome: { outcome: 'approved' | 'removed'; reason: string | null }): Promise<CommentNoticeDraft[]> {
  if (outcome.outcome === 'removed') return [authorNotice('comment_removed', row, outcome.reason)];
  if (row.status !== 'held' && row.status !== 'hidden') return [];
  const parent = row.parentId && row.status === 'held' ? await findComment(tx, row.resourceId, row.parentId) : undefined;
  return [authorNotice('comment_released', row), ...(parent ? replyNotice(parent, row) : [])];
}

/** Moderators read the settings (to know why a comment was held); national administrators change them. */
export async function readCommentSettings(deps: LearningDeps, actor: Actor): Promise<CommentSettings> {
  deps.authz.scopeFilter(actor, commentPermissions.moderateComments);
  return loadCommentSettings(deps.db);
}

/** Sets the platform's blocked terms (stored canonical: folded, unique, sorted) and limits; audited with the changes. */
export async function updateCommentSettings(deps: LearningDeps, actor: Actor, input: CommentSettingsInput): Promise<CommentSettings> {
  const user = requireUser(actor);
  await deps.authz.authorize(actor, commentPermissions.manageCommentSettings, 'national');
  const before = await loadCommentSettings(deps.db);
  const blockedTerms = canonicalTerms(input.blockedTerms);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await saveCommentSettings(tx, { ...input, blockedTerms, updatedAt: now, updatedBy: user.displayName });
    const added = blockedTerms.filter((term) => !before.blockedTerms.includes(term));
    const removed = before.blockedTerms.filter((term) => !blockedTerms.includes(term));
    await deps.audit.record(tx, actor, {
      action: 'learning.comment-settings.updated',
      entityType: 'learning_comment_settings',
      entityId: 'comment-settings',
      scope: 'national',
      details: { added, removed, reportThreshold: input.reportThreshold, commentsPerMinute: input.commentsPerMinute, commentsPerDay: input.commentsPerDay, reportsPerDay: input.reportsPerDay },
    });
  });
  return loadCommentSettings(deps.db);
}
