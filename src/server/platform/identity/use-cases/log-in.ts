import { AppError } from '../../errors/app-error.js';
import type { LoginRequest } from '../../../../shared/contracts/platform/auth.js';
import { TIMING_DUMMY_HASH, verifyPassword } from '../domain/password.js';
import { findUserByUsername, insertSession, updateUserRow, type UserWithAssignments } from '../identity.repository.js';
import { hmacToken, newToken } from './session-tokens.js';
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, SESSION_HOURS, type IdentityDeps } from './identity-deps.js';
import type { Actor } from '../../authz/actor.js';

export type LoginResult = { user: UserWithAssignments; sessionToken: string; csrfToken: string; expiresAt: Date };

/**
 * Verifies the password, counts failures and locks the account for LOCKOUT_MINUTES
 * after LOCKOUT_THRESHOLD failures in a row; on success opens a session.
 */
export async function logIn(deps: IdentityDeps, request: LoginRequest, context: { ip: string }): Promise<LoginResult> {
  const username = request.username.toLowerCase();
  const user = await findUserByUsername(deps.db, username);
  const now = deps.now();
  if (!user) {
    await verifyPassword(request.password, TIMING_DUMMY_HASH);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('LOGIN_LOCKED', { until: formatUtc(user.lockedUntil) });
  }
  const isValid = await verifyPassword(request.password, user.passwordHash);
  const actor: Actor = { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName, locale: 'en', assignments: user.assignments };
  if (!isValid) {
    const failures = user.failedLoginCount + 1;
    const lockedUntil = failures >= LOCKOUT_THRESHOLD ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await deps.db.transaction(async (tx) => {
      await updateUserRow(tx, user.id, { failedLoginCount: lockedUntil ? 0 : failures, lockedUntil });
      if (lockedUntil) {
        await deps.audit.record(tx, actor, {
          action: 'auth.lockout',
          entityType: 'user',
          entityId: user.id,
          scope: `user:${user.id}`,
          details: { ip: context.ip, lockedUntil: lockedUntil.toISOString() },
        });
      }
    });
    if (lockedUntil) throw new AppError('LOGIN_LOCKED', { until: formatUtc(lockedUntil) });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') throw new AppError('ACCOUNT_DISABLED');

  const sessionToken = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, user.id, { failedLoginCount: 0, lockedUntil: null });
    await insertSession(tx, { tokenHash: hmacToken(deps.config.secret, sessionToken), userId: user.id, csrfToken, expiresAt });
    await deps.audit.record(tx, actor, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      scope: `user:${user.id}`,
      details: { ip: context.ip },
    });
  });
  return { user, sessionToken, csrfToken, expiresAt };
}

function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}
