import type { Actor } from '../../authz/actor.js';
import { AppError } from '../../errors/app-error.js';
import type { Locale } from '../../i18n/locale.js';
import { deleteSession, findApiKeyByPrefix, findSessionWithUser, touchApiKey, type UserWithAssignments } from '../identity.repository.js';
import { hmacToken } from './session-tokens.js';
import type { IdentityDeps } from './identity-deps.js';

export type SessionActor = { actor: Extract<Actor, { kind: 'user' }>; csrfToken: string; user: UserWithAssignments };

/** Resolves a session cookie to its user, or undefined when missing, expired or disabled. */
export async function authenticateSession(deps: IdentityDeps, sessionToken: string): Promise<SessionActor | undefined> {
  const tokenHash = hmacToken(deps.config.secret, sessionToken);
  const session = await findSessionWithUser(deps.db, tokenHash);
  if (!session) return undefined;
  if (session.expiresAt <= deps.now()) {
    await deleteSession(deps.db, tokenHash);
    return undefined;
  }
  const user = session.user;
  if (user.status !== 'active') return undefined;
  return {
    actor: {
      kind: 'user',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale === 'en' ? 'en' : 'zh-CN',
      assignments: user.assignments.map(({ role, scope }) => ({ role, scope })),
    },
    csrfToken: session.csrfToken,
    user,
  };
}

export const API_KEY_PATTERN = /^lbk_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,})$/;

/** Resolves `Authorization: Bearer lbk_<prefix>_<secret>`; throws INVALID_API_KEY when it does not check out. */
export async function authenticateApiKey(deps: IdentityDeps, presented: string, locale: Locale): Promise<Actor> {
  const match = API_KEY_PATTERN.exec(presented);
  if (!match) throw new AppError('INVALID_API_KEY');
  const key = await findApiKeyByPrefix(deps.db, match[1]!);
  const now = deps.now();
  if (!key || key.keyHash !== hmacToken(deps.config.secret, presented) || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) {
    throw new AppError('INVALID_API_KEY');
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) await touchApiKey(deps.db, key.id, now);
  return { kind: 'apiKey', apiKeyId: key.id, name: key.name, locale, assignments: key.assignments.map(({ role, scope }) => ({ role, scope })) };
}

export async function logOut(deps: IdentityDeps, sessionToken: string, actor: Actor): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, hmacToken(deps.config.secret, sessionToken));
    if (actor.kind === 'user') {
      await deps.audit.record(tx, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId, scope: `user:${actor.userId}` });
    }
  });
}
