import { randomUUID } from 'node:crypto';
import type { Comment, CommentPage, CreateCommentInput, ReportCommentInput } from '../../../../shared/contracts/learning/comments.js';
import type { Tx } from '../../../db/open-db.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import {
  countPublished,
  findComment,
  findReportedIds,
  hasRecentDuplicate,
  insertComment,
  insertReport,
  listReplies,
  listTopLevel,
  lockUserPosting,
  recentCommentActivity,
  recentReportActivity,
  resolveReports,
  updateComment,
  type CommentRow,
  type ThreadCursor,
} from '../comments.repository.js';
import { canDeleteComment, canEditComment, canReplyTo, secondsUntilAllowed, stateAfterEdit, stateAfterPost, stateAfterReport } from '../domain/comment-rules.js';
import { createTermMatcher } from '../domain/comment-terms.js';
import { findResource, type ResourceRow } from '../resources.repository.js';
import { authorNotice, replyNotice, sendCommentNotices } from './comment-notices.js';
import { assertCommentVisible, commentStateOf, loadCommentSettings, normalizeCommentBody, presentComment } from './comments-shared.js';
import { assertReadable, requireUser, userIdOf, type LearningDeps } from './learning-deps.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The same text by the same author on the same resource within this window is a double post. */
const DUPLICATE_WINDOW = 10 * MINUTE;
/** Replies shown under each comment of a page; the thread says how many there are in all. */
const REPLIES_PER_THREAD = 50;

const audit = (deps: LearningDeps, tx: Tx, actor: Actor, resource: Pick<ResourceRow, 'ownerScope'>, row: Pick<CommentRow, 'id' | 'resourceId'>, action: string, details: object = {}) =>
  deps.audit.record(tx, actor, { action: `learning.comment.${action}`, entityType: 'learning_comment', entityId: row.id, scope: resource.ownerScope, details: { resourceId: row.resourceId, ...details } });

async function readableResource(deps: LearningDeps, actor: Actor, resourceId: string): Promise<ResourceRow> {
  return (await assertReadable(deps, actor, await findResource(deps.db, resourceId), resourceId)).row;
}

function decodeThreadCursor(cursor: string | undefined): ThreadCursor | undefined {
  const key = decodeCursor<string>(cursor, 'string');
  if (key === undefined) return undefined;
  const [time, id] = key.split('|');
  const createdAt = new Date(time ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
  return { createdAt, id };
}

/** A resource's thread as the viewer sees it: top-level comments newest first, each with its first replies. */
export async function listComments(deps: LearningDeps, actor: Actor, resourceId: string, query: { cursor?: string | undefined; limit: number }): Promise<CommentPage> {
  await readableResource(deps, actor, resourceId);
  const viewerId = userIdOf(actor);
  const rows = await listTopLevel(deps.db, resourceId, viewerId, decodeThreadCursor(query.cursor), query.limit);
  const page = rows.slice(0, query.limit);
  const [replies, total] = await Promise.all([
    listReplies(deps.db, resourceId, page.map((row) => row.id), viewerId, REPLIES_PER_THREAD),
    countPublished(deps.db, resourceId),
  ]);
  const reportedIds = viewerId ? await findReportedIds(deps.db, resourceId, viewerId, [...page, ...replies.rows].map((row) => row.id)) : new Set<string>();
  const items = page.map((row) => ({
    ...presentComment(row, viewerId, reportedIds),
    replies: replies.rows.filter((reply) => reply.parentId === row.id).map((reply) => presentComment(reply, viewerId, reportedIds)),
    replyCount: replies.counts.get(row.id) ?? 0,
  }));
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.createdAt.toISOString()}|${last.id}`) : null, total };
}

async function assertPostingAllowed(deps: LearningDeps, tx: Tx, userId: string, limits: { commentsPerMinute: number; commentsPerDay: number }, now: Date): Promise<void> {
  await lockUserPosting(tx, userId);
  const minute = await recentCommentActivity(tx, userId, new Date(now.getTime() - MINUTE), limits.commentsPerMinute);
  const minuteWait = secondsUntilAllowed(minute, limits.commentsPerMinute, MINUTE, now);
  if (minuteWait > 0) throw new AppError('COMMENT_RATE_LIMITED', { max: limits.commentsPerMinute, seconds: minuteWait });
  const day = await recentCommentActivity(tx, userId, new Date(now.getTime() - DAY), limits.commentsPerDay);
  const dayWait = secondsUntilAllowed(day, limits.commentsPerDay, DAY, now);
  if (dayWait > 0) throw new AppError('COMMENT_DAILY_LIMIT', { max: limits.commentsPerDay, seconds: dayWait });
}

/**
 * A signed-in user who can see a published resource comments on it or replies to a published
 * top-level comment. Rate-limited per user (per minute and per day, counted in the database so
 * every process agrees); a body with a blocked term is held for a moderator.
 */
export async function postComment(deps: LearningDeps, actor: Actor, resourceId: string, input: CreateCommentInput): Promise<Comment> {
  const user = requireUser(actor);
  const resource = await readableResource(deps, actor, resourceId);
  if (resource.status !== 'published') throw new AppError('COMMENT_RESOURCE_NOT_PUBLISHED');
  const body = normalizeCommentBody(input.body);
  const settings = await loadCommentSettings(deps.db);
  const matchedTerms = createTermMatcher(settings.blockedTerms)(body);
  const now = deps.now();
  const row: CommentRow = {
    resourceId, id: randomUUID(), parentId: input.parentId ?? null, authorId: user.userId, authorName: user.displayName, body, matchedTerms, openReports: 0,
    ...stateAfterPost(matchedTerms, now), moderationOutcome: null, moderationReason: null, moderatedBy: null, moderatedAt: null, createdAt: now, editedAt: null,
  };
  const parent = await deps.db.transaction(async (tx) => {
    const parentRow = input.parentId === undefined ? undefined : await findComment(tx, resourceId, input.parentId);
    if (input.parentId !== undefined && (!parentRow || !canReplyTo(commentStateOf(parentRow)))) throw new AppError('COMMENT_REPLY_NOT_ALLOWED', {}, [{ field: 'parentId', code: 'reply_not_allowed' }]);
    await assertPostingAllowed(deps, tx, user.userId, settings, now);
    if (await hasRecentDuplicate(tx, resourceId, user.userId, body, new Date(now.getTime() - DUPLICATE_WINDOW))) throw new AppError('COMMENT_DUPLICATE', {}, [{ field: 'body', code: 'duplicate' }]);
    await insertComment(tx, row);
    await audit(deps, tx, actor, resource, row, row.status === 'held' ? 'held' : 'posted', { parentId: row.parentId, ...(matchedTerms.length > 0 ? { matchedTerms } : {}) });
    return parentRow;
  });
  // a held comment tells its author why nobody sees it; a published reply tells the parent's author
  await sendCommentNotices(deps, resource, row.status === 'held' ? [authorNotice('comment_held', row)] : parent ? replyNotice(parent, row) : []);
  return presentComment(row, user.userId, new Set());
}

/** The author changes the text; it is checked against the blocked terms again. */
export async function editComment(deps: LearningDeps, actor: Actor, resourceId: string, id: string, input: { body: string }): Promise<Comment> {
  const user = requireUser(actor);
  const resource = await readableResource(deps, actor, resourceId);
  const body = normalizeCommentBody(input.body);
  const settings = await loadCommentSettings(deps.db);
  const matchedTerms = createTermMatcher(settings.blockedTerms)(body);
  const now = deps.now();
  const { previous, updated, reported } = await deps.db.transaction(async (tx) => {
    const row = assertCommentVisible(await findComment(tx, resourceId, id, { forUpdate: true }), user.userId, id);
    const state = commentStateOf(row);
    if (row.authorId !== user.userId) throw new AppError('SCOPE_DENIED', { action: 'learning.editOwnComment' });
    const next = canEditComment(state, user.userId) ? stateAfterEdit(state, matchedTerms, now) : undefined;
    if (!next) throw new AppError('COMMENT_NOT_EDITABLE', { status: row.status });
    const changed: CommentRow = { ...row, ...next, body, matchedTerms, editedAt: now };
    await updateComment(tx, resourceId, id, { body, matchedTerms, status: next.status, flaggedAt: next.flaggedAt, editedAt: now });
    await audit(deps, tx, actor, resource, row, 'edited', { status: next.status, ...(matchedTerms.length > 0 ? { matchedTerms } : {}) });
    return { previous: row, updated: changed, reported: await findReportedIds(tx, resourceId, user.userId, [id]) };
  });
  if (updated.status === 'held' && previous.status !== 'held') await sendCommentNotices(deps, resource, [authorNotice('comment_held', updated)]);
  return presentComment(updated, user.userId, reported);
}

/** The author deletes a comment: nobody sees it any more (the record stays), it leaves the queue. */
export async function deleteComment(deps: LearningDeps, actor: Actor, resourceId: string, id: string): Promise<void> {
  const user = requireUser(actor);
  const resource = await readableResource(deps, actor, resourceId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const row = assertCommentVisible(await findComment(tx, resourceId, id, { forUpdate: true }), user.userId, id);
    if (!canDeleteComment(commentStateOf(row), user.userId)) throw new AppError('SCOPE_DENIED', { action: 'learning.deleteOwnComment' });
    await updateComment(tx, resourceId, id, { status: 'deleted', flaggedAt: null });
    await resolveReports(tx, resourceId, id, now);
    await audit(deps, tx, actor, resource, row, 'deleted', { previousStatus: row.status });
  });
}

/**
 * Any user who sees a comment (not their own) reports it, once. From the first open report the
 * comment is in the moderation queue; at the threshold it is hidden until a moderator decides.
 * Reports are limited per user and day, so one account cannot flood the queue.
 */
export async function reportComment(deps: LearningDeps, actor: Actor, resourceId: string, id: string, input: ReportCommentInput): Promise<{ isReported: true }> {
  const user = requireUser(actor);
  const resource = await readableResource(deps, actor, resourceId);
  const settings = await loadCommentSettings(deps.db);
  const now = deps.now();
  const hidden = await deps.db.transaction(async (tx) => {
    const row = assertCommentVisible(await findComment(tx, resourceId, id, { forUpdate: true }), user.userId, id);
    if (row.authorId === user.userId) throw new AppError('COMMENT_REPORT_NOT_ALLOWED');
    await lockUserPosting(tx, `report:${user.userId}`);
    const recent = await recentReportActivity(tx, user.userId, new Date(now.getTime() - DAY), settings.reportsPerDay);
    const wait = secondsUntilAllowed(recent, settings.reportsPerDay, DAY, now);
    if (wait > 0) throw new AppError('COMMENT_REPORT_RATE_LIMITED', { max: settings.reportsPerDay, seconds: wait });
    const isNew = await insertReport(tx, { resourceId, commentId: id, reporterId: user.userId, reason: input.reason, note: input.note ? input.note : null, createdAt: now, resolvedAt: null });
    if (!isNew) throw new AppError('COMMENT_ALREADY_REPORTED');
    const next = stateAfterReport(commentStateOf(row), settings.reportThreshold, now);
    await updateComment(tx, resourceId, id, next);
    await audit(deps, tx, actor, resource, row, 'reported', { reason: input.reason, openReports: next.openReports });
    const isJustHidden = next.status === 'hidden' && row.status !== 'hidden';
    if (isJustHidden) await audit(deps, tx, actor, resource, row, 'hidden', { openReports: next.openReports, threshold: settings.reportThreshold });
    return isJustHidden ? row : undefined;
  });
  if (hidden) await sendCommentNotices(deps, resource, [authorNotice('comment_hidden', hidden)]);
  return { isReported: true };
}
