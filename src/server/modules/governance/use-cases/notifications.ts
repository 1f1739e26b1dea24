import { actorId, type Actor } from '../../../platform/authz/actor.js';
import { requireAuthenticated } from '../../../platform/authz/policy.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeTimeCursor, encodeTimeCursor } from '../governance-scope.js';
import type { NotificationPage } from '../../../../shared/contracts/governance/notifications.js';
import { countUnreadNotifications, findNotification, listNotifications, listUnreadNotificationIds, markNotificationsRead } from '../notifications.repository.js';
import { governancePermissions } from '../policies.js';
import { userRecipientScope } from '../notifications.api.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { presentNotification } from './present.js';

/**
 * The scopes whose notifications the actor reads: a user's own (`user:<id>`: the outcomes of their
 * comments) and the scopes of its roles that grant `readNotifications` (a province administrator
 * reads the province's, not each college's).
 */
function recipientScopes(deps: GovernanceDeps, actor: Actor): string[] {
  requireAuthenticated(actor);
  if (actor.kind === 'system') return ['national'];
  if (actor.kind !== 'user') {
    // an API client reads only what its roles grant: SCOPE_DENIED when none does
    deps.authz.scopeFilter(actor, governancePermissions.readNotifications);
  }
  const roleScopes = actor.assignments.filter((a) => governancePermissions.readNotifications.roles.includes(a.role)).map((a) => a.scope);
  return [...new Set([...roleScopes, ...(actor.kind === 'user' ? [userRecipientScope(actor.userId)] : [])])];
}

export async function listMyNotifications(deps: GovernanceDeps, actor: Actor, query: { unread: 'true' | 'false'; cursor?: string | undefined; limit: number }): Promise<NotificationPage> {
  const scopes = recipientScopes(deps, actor);
  const readerId = actorId(actor);
  const cursor = decodeTimeCursor(query.cursor);
  const rows = await listNotifications(deps.db, {
    scopes, readerId, isUnreadOnly: query.unread === 'true',
    before: cursor ? { createdAt: cursor.at, id: cursor.id } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentNotification),
    nextCursor: rows.length > query.limit && last ? encodeTimeCursor(last.createdAt, last.id) : null,
    unreadCount: await countUnreadNotifications(deps.db, scopes, readerId),
  };
}

/** Marks one notification read for the caller; it must be addressed to one of the caller's scopes. */
export async function markNotificationRead(deps: GovernanceDeps, actor: Actor, id: string): Promise<{ marked: number }> {
  const scopes = recipientScopes(deps, actor);
  const notification = await findNotification(deps.db, id);
  if (!notification) throw new AppError('NOTIFICATION_NOT_FOUND', { id });
  if (!scopes.includes(notification.recipientScope)) throw new AppError('SCOPE_DENIED', { action: governancePermissions.readNotifications.name });
  return markRead(deps, actor, [id], notification.recipientScope);
}

export async function markAllNotificationsRead(deps: GovernanceDeps, actor: Actor): Promise<{ marked: number }> {
  const scopes = recipientScopes(deps, actor);
  const ids = await listUnreadNotificationIds(deps.db, scopes, actorId(actor));
  return markRead(deps, actor, ids, scopes[0] ?? 'national');
}

/** Read markers are the caller's own state, but still a write: audited with the ids marked. */
async function markRead(deps: GovernanceDeps, actor: Actor, ids: string[], scope: string): Promise<{ marked: number }> {
  if (ids.length === 0) return { marked: 0 };
  return deps.db.transaction(async (tx) => {
    const marked = await markNotificationsRead(tx, ids, actorId(actor), deps.now());
    await deps.audit.record(tx, actor, { action: 'governance.notifications.read', entityType: 'governance-notification', entityId: ids.length === 1 ? (ids[0] ?? '') : `${ids.length} notifications`, scope, details: { marked, ids: ids.slice(0, 100) } });
    return { marked };
  });
}
