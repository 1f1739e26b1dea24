import { and, arrayOverlaps, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import { commentReports, comments, commentSettings } from './comments.tables.js';
import type { RecentActivity } from './domain/comment-rules.js';
import { resources } from './learning.tables.js';

export type CommentRow = typeof comments.$inferSelect;
export type CommentReportRow = typeof commentReports.$inferSelect;
export type CommentSettingsRow = typeof commentSettings.$inferSelect;

/** Every query names the resource first: comments are distributed with their resource. */
const key = (resourceId: string, id: string) => and(eq(comments.resourceId, resourceId), eq(comments.id, id));

/** What a viewer may see: published comments, and their own unless deleted. */
function visibleTo(viewerId: string | undefined): SQL {
  const published = eq(comments.status, 'published');
  if (viewerId === undefined) return published;
  return or(published, and(eq(comments.authorId, viewerId), ne(comments.status, 'deleted')))!;
}

export async function findComment(db: DbOrTx, resourceId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<CommentRow | undefined> {
  const query = db.select().from(comments).where(key(resourceId, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertComment(db: DbOrTx, row: CommentRow): Promise<void> {
  await db.insert(comments).values(row);
}

export async function updateComment(db: DbOrTx, resourceId: string, id: string, patch: Partial<Omit<CommentRow, 'resourceId' | 'id'>>): Promise<void> {
  await db.update(comments).set(patch).where(key(resourceId, id));
}

/**
 * Serializes one user's posting (a transaction-scoped advisory lock), so that parallel requests
 * cannot all pass the rate-limit count before any of them has inserted.
 */
export async function lockUserPosting(tx: DbOrTx, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`learning.comments:${userId}`}, 0))`);
}

/** The newest `max` comments of one author since `since` (every status counts, deleted ones too). */
export async function recentCommentActivity(db: DbOrTx, authorId: string, since: Date, max: number): Promise<RecentActivity> {
  const rows = await db
    .select({ createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.authorId, authorId), gt(comments.createdAt, since)))
    .orderBy(desc(comments.createdAt))
    .limit(max);
  return { count: rows.length, oldestAt: rows[rows.length - 1]?.createdAt ?? null };
}

export async function hasRecentDuplicate(db: DbOrTx, resourceId: string, authorId: string, body: string, since: Date): Promise<boolean> {
  const rows = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorId, authorId), gt(comments.createdAt, since), eq(comments.resourceId, resourceId), eq(comments.body, body), ne(comments.status, 'deleted')))
    .limit(1);
  return rows.length > 0;
}

export type ThreadCursor = { createdAt: Date; id: string };

/**
 * One page of top-level comments, newest first: those the viewer may see, and those they may
 * not that still have replies they may see (shown as placeholders).
 */
export async function listTopLevel(db: DbOrTx, resourceId: string, viewerId: string | undefined, cursor: ThreadCursor | undefined, limit: number): Promise<CommentRow[]> {
  const replyVisible = sql`exists (select 1 from learning.comments r where r.resource_id = ${comments.resourceId} and r.parent_id = ${comments.id} and r.status = 'published')`;
  const before = cursor ? or(lt(comments.createdAt, cursor.createdAt), and(eq(comments.createdAt, cursor.createdAt), lt(comments.id, cursor.id))) : undefined;
  return db
    .select()
    .from(comments)
    .where(and(eq(comments.resourceId, resourceId), isNull(comments.parentId), or(visibleTo(viewerId), replyVisible), before))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit + 1);
}

/** The first `perParent` replies the viewer may see under each parent, oldest first, and how many there are. */
export async function listReplies(db: DbOrTx, resourceId: string, parentIds: readonly string[], viewerId: string | undefined, perParent: number): Promise<{ rows: CommentRow[]; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  if (parentIds.length === 0) return { rows: [], counts };
  const where = and(eq(comments.resourceId, resourceId), inArray(comments.parentId, [...parentIds]), visibleTo(viewerId));
  const ranked = db
    .select({ id: comments.id, position: sql<number>`row_number() over (partition by ${comments.parentId} order by ${comments.createdAt}, ${comments.id})`.as('position') })
    .from(comments)
    .where(where)
    .as('ranked');
  const [rows, counted] = await Promise.all([
    db
      .select({ comment: comments })
      .from(comments)
      .innerJoin(ranked, eq(ranked.id, comments.id))
      .where(and(eq(comments.resourceId, resourceId), sql`${ranked.position} <= ${perParent}`))
      .orderBy(asc(comments.createdAt), asc(comments.id)),
    db.select({ parentId: comments.parentId, count: sql<number>`count(*)::int` }).from(comments).where(where).groupBy(comments.parentId),
  ]);
  for (const row of counted) if (row.parentId) counts.set(row.parentId, row.count);
  return { rows: rows.map((row) => row.comment), counts };
}

export async function countPublished(db: DbOrTx, resourceId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(comments).where(and(eq(comments.resourceId, resourceId), eq(comments.status, 'published')));
  return row?.count ?? 0;
}

export async function findReportedIds(db: DbOrTx, resourceId: string, reporterId: string, commentIds: readonly string[]): Promise<Set<string>> {
  if (commentIds.length === 0) return new Set();
  const rows = await db
    .select({ id: commentReports.commentId })
    .from(commentReports)
    .where(and(eq(commentReports.resourceId, resourceId), eq(commentReports.reporterId, reporterId), inArray(commentReports.commentId, [...commentIds])));
  return new Set(rows.map((row) => row.id));
}

/** False when this user had already reported the comment. */
export async function insertReport(db: DbOrTx, row: CommentReportRow): Promise<boolean> {
  const inserted = await db.insert(commentReports).values(row).onConflictDoNothing().returning({ id: commentReports.commentId });
  return inserted.length > 0;
}

export async function recentReportActivity(db: DbOrTx, reporterId: string, since: Date, max: number): Promise<RecentActivity> {
  const rows = await db
    .select({ createdAt: commentReports.createdAt })
    .from(commentReports)
    .where(and(eq(commentReports.reporterId, reporterId), gt(commentReports.createdAt, since)))
    .orderBy(desc(commentReports.createdAt))
    .limit(max);
  return { count: rows.length, oldestAt: rows[rows.length - 1]?.createdAt ?? null };
}

export async function resolveReports(db: DbOrTx, resourceId: string, commentId: string, now: Date): Promise<void> {
  await db
    .update(commentReports)
    .set({ resolvedAt: now })
    .where(and(eq(commentReports.resourceId, resourceId), eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)));
}

export type QueueRow = { comment: CommentRow; resourceTitle: Record<string, string> };
export type QueueCursor = { flaggedAt: Date; id: string };

/** Comments waiting for a decision on resources whose providers the moderator reaches, oldest first. */
export async function listModerationQueue(db: DbOrTx, filter: ScopeFilter, cursor: QueueCursor | undefined, limit: number): Promise<QueueRow[]> {
  const reach = filter.kind === 'all' ? [] : [...filter.colleges.map((id) => `college:${id}`), ...filter.enterprises.map((id) => `enterprise:${id}`)];
  if (filter.kind === 'scoped' && reach.length === 0) return [];
  const after = cursor ? or(gt(comments.flaggedAt, cursor.flaggedAt), and(eq(comments.flaggedAt, cursor.flaggedAt), gt(comments.id, cursor.id))) : undefined;
  return db
    .select({ comment: comments, resourceTitle: resources.title })
    .from(comments)
    .innerJoin(resources, eq(resources.id, comments.resourceId))
    .where(and(isNotNull(comments.flaggedAt), filter.kind === 'all' ? undefined : arrayOverlaps(resources.providerScopes, reach), after))
    .orderBy(asc(comments.flaggedAt), asc(comments.id))
    .limit(limit + 1);
}

/** Open reports of the listed comments: count per reason and the newest notes. */
export async function openReportsOf(db: DbOrTx, keys: readonly { resourceId: string; id: string }[]): Promise<Map<string, CommentReportRow[]>> {
  const result = new Map<string, CommentReportRow[]>();
  if (keys.length === 0) return result;
  const rows = await db
    .select()
    .from(commentReports)
    .where(
      and(
        inArray(commentReports.resourceId, [...new Set(keys.map((k) => k.resourceId))]),
        inArray(commentReports.commentId, keys.map((k) => k.id)),
        isNull(commentReports.resolvedAt),
      ),
    )
    .orderBy(desc(commentReports.createdAt));
  for (const row of rows) result.set(row.commentId, [...(result.get(row.commentId) ?? []), row]);
  return result;
}

export async function findCommentSettings(db: DbOrTx): Promise<CommentSettingsRow | undefined> {
  const [row] = await db.select().from(commentSettings).where(eq(commentSettings.id, 1));
  return row;
}

export async function saveCommentSettings(db: DbOrTx, row: Omit<CommentSettingsRow, 'id'>): Promise<void> {
  await db
    .insert(commentSettings)
    .values({ id: 1, ...row })
    .onConflictDoUpdate({ target: commentSettings.id, set: row });
}
