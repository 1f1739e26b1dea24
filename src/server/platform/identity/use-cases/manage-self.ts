import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../authz/actor.js';
import type { ChangePasswordRequest, Me, UpdateMeRequest } from '../../../../shared/contracts/platform/auth.js';
import { hashPassword, verifyPassword } from '../domain/password.js';
import { findUserById, updateUserRow, type UserWithAssignments } from '../identity.repository.js';
import { presentAssignments, type IdentityDeps } from './identity-deps.js';

export async function presentMe(deps: IdentityDeps, user: UserWithAssignments, csrfToken: string): Promise<Me> {
  const locale = user.locale === 'en' ? 'en' : 'zh-CN';
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    locale,
    isDemo: user.isDemo,
    assignments: await presentAssignments(deps, user.assignments, locale),
    csrfToken,
  };
}

function requireUser(actor: Actor): Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return actor;
}

export async function updateMe(deps: IdentityDeps, actor: Actor, request: UpdateMeRequest, csrfToken: string): Promise<Me> {
  const user = requireUser(actor);
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, user.userId, {
      ...(request.displayName !== undefined ? { displayName: request.displayName } : {}),
      ...(request.locale !== undefined ? { locale: request.locale } : {}),
    });
    await deps.audit.record(tx, actor, { action: 'user.self.update', entityType: 'user', entityId: user.userId, scope: `user:${user.userId}`, details: request });
  });
  const updated = await findUserById(deps.db, user.userId);
  if (!updated) throw new AppError('USER_NOT_FOUND', { id: user.userId });
  return presentMe(deps, updated, csrfToken);
}

export async function changeOwnPassword(deps: IdentityDeps, actor: Actor, request: ChangePasswordRequest): Promise<void> {
  const self = requireUser(actor);
  const user = await findUserById(deps.db, self.userId);
  if (!user) throw new AppError('USER_NOT_FOUND', { id: self.userId });
  if (!(await verifyPassword(request.currentPassword, user.passwordHash))) throw new AppError('WRONG_CURRENT_PASSWORD');
  const passwordHash = await hashPassword(request.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, user.id, { passwordHash });
    await deps.audit.record(tx, actor, { action: 'user.password.change', entityType: 'user', entityId: user.id, scope: `user:${user.id}` });
  });
}
