import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { notificationReads, notifications } from './warnings.tables.js';
import { isPresent } from './governance-scope.js';

export type NotificationInsert = typeof notifications.$inferInsert;
export type NotificationWithRead = typeof notifications.$inferSelect & { readAt: Date | null };

export async function insertNotifications(db: DbOrTx, rows: readonly NotificationInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(notifications).values([...rows]);
}

export type NotificationQuery = {
  scopes: readonly string[];
  readerId: string;
  isUnreadOnly: boolean;
  before?: { createdAt: Date; id: string } | undefined;
  limit: number;
};

/** Notifications addressed to any of `scopes`, newest first, with this reader's read time. */
export async function listNotifications(db: DbOrTx, query: NotificationQuery): Promise<NotificationWithRead[]> {
  if (query.scopes.length === 0) return [];
  const conditions: SQL[] = [
    inArray(notifications.recipientScope, [...query.scopes]),
    query.isUnreadOnly ? isNull(notificationReads.readAt) : undefined,
    query.before ? or(lt(notifications.createdAt, query.before.createdAt), and(eq(notifications.createdAt, query.before.createdAt), lt(notifications.id, query.before.id))) : undefined,
  ].filter(isPresent);
  const rows = await db
    .select({ notification: notifications, readAt: notificationReads.readAt })
    .from(notifications)
    .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.readerId, query.readerId)))
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit);
  return rows.map((r) => ({ ...r.notification, readAt: r.readAt }));
}

export async function countUnreadNotifications(db: DbOrTx, scopes: readonly string[], readerId: string): Promise<number> {
  if (scopes.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.readerId, readerId)))
    .where(and(inArray(notifications.recipientScope, [...scopes]), isNull(notificationReads.readAt)));
  return row?.count ?? 0;
}

export async function findNotification(db: DbOrTx, id: string) {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

/** Marks notifications read for one reader (already read ones keep their first read time). Returns how many were newly marked. */
export async function markNotificationsRead(db: DbOrTx, ids: readonly string[], readerId: string, at: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const inserted = await db
    .insert(notificationReads)
    .values(ids.map((notificationId) => ({ notificationId, readerId, readAt: at })))
    .onConflictDoNothing()
    .returning({ id: notificationReads.notificationId });
  return inserted.length;
}

/** Ids of every unread notification addressed to the scopes. */
export async function listUnreadNotificationIds(db: DbOrTx, scopes: readonly string[], readerId: string): Promise<string[]> {
  if (scopes.length === 0) return [];
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.readerId, readerId)))
    .where(and(inArray(notifications.recipientScope, [...scopes]), isNull(notificationReads.readAt)));
  return rows.map((r) => r.id);
}
