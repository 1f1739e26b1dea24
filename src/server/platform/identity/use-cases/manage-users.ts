import { AppError } from '../../errors/app-error.js';
import { requireAuthenticated } from '../../authz/policy.js';
import type { Actor } from '../../authz/actor.js';
import type {
  CreateUserRequest,
  ListUsersQuery,
  ResetPasswordRequest,
  SetAssignmentsRequest,
  UpdateUserRequest,
  User,
} from '../../../../shared/contracts/platform/users.js';
import { decodeCursor, toPage } from '../../paging.js';
import { hashPassword } from '../domain/password.js';
import {
  deleteSessionsOfUser,
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  replaceAssignments,
  updateUserRow,
  type UserWithAssignments,
} from '../identity.repository.js';
import { identityPermissions } from '../policies.js';
import { assertCanManage, checkGrantable, userAuditScope } from './assignments.js';
import { presentUser, type IdentityDeps } from './identity-deps.js';

export async function listUsersInScope(deps: IdentityDeps, actor: Actor, query: ListUsersQuery) {
  const filter = deps.authz.scopeFilter(actor, identityPermissions.readUsers);
  const rows = await listUsers(deps.db, {
    filter,
    q: query.q,
    role: query.role,
    scope: query.scope,
    status: query.status,
    afterUsername: decodeCursor<string>(query.cursor, 'string'),
    limit: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (row) => row.username);
  return { items: await Promise.all(page.items.map((u) => presentUser(deps, u, actor.locale))), nextCursor: page.nextCursor };
}

/** Loads a user the actor may see: one holding at least one role inside the actor's scope. */
async function loadVisibleUser(deps: IdentityDeps, actor: Actor, id: string): Promise<UserWithAssignments> {
  requireAuthenticated(actor);
  const user = await findUserById(deps.db, id);
  if (!user) throw new AppError('USER_NOT_FOUND', { id });
  let isVisible = false;
  for (const assignment of user.assignments) {
    if (await deps.authz.can(actor, identityPermissions.readUsers, assignment.scope)) isVisible = true;
  }
  if (actor.kind === 'user' && actor.userId === id) isVisible = true;
  if (!isVisible) throw new AppError('SCOPE_DENIED', { action: identityPermissions.readUsers.name });
  return user;
}

export async function getUser(deps: IdentityDeps, actor: Actor, id: string): Promise<User> {
  return presentUser(deps, await loadVisibleUser(deps, actor, id), actor.locale);
}

export async function createUser(deps: IdentityDeps, actor: Actor, request: CreateUserRequest): Promise<User> {
  requireAuthenticated(actor);
  deps.authz.scopeFilter(actor, identityPermissions.manageUsers);
  const assignments = await checkGrantable(deps, actor, request.assignments);
  if (await findUserByUsername(deps.db, request.username)) throw new AppError('USERNAME_TAKEN', { username: request.username });
  const passwordHash = await hashPassword(request.password);
  const user = await deps.db.transaction(async (tx) => {
    const created = await insertUser(
      tx,
      {
        username: request.username,
        displayName: request.displayName,
        email: request.email ?? null,
        passwordHash,
        locale: request.locale,
        createdBy: actor.kind === 'user' ? actor.userId : null,
      },
      assignments,
    );
    await deps.audit.record(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: created.id,
      scope: userAuditScope(assignments),
      details: { username: created.username, displayName: created.displayName, assignments: request.assignments },
    });
    return created;
  });
  return presentUser(deps, user, actor.locale);
}

export async function updateUser(deps: IdentityDeps, actor: Actor, id: string, request: UpdateUserRequest): Promise<User> {
  const user = await loadVisibleUser(deps, actor, id);
  await assertCanManage(deps, actor, user.assignments, identityPermissions.manageUsers.name);
  if (request.status === 'disabled' && actor.kind === 'user' && actor.userId === id) throw new AppError('CANNOT_DISABLE_SELF');
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, id, {
      ...(request.displayName !== undefined ? { displayName: request.displayName } : {}),
      ...(request.email !== undefined ? { email: request.email } : {}),
      ...(request.locale !== undefined ? { locale: request.locale } : {}),
      ...(request.status !== undefined ? { status: request.status } : {}),
    });
    if (request.status === 'disabled') await deleteSessionsOfUser(tx, id);
    await deps.audit.record(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      scope: userAuditScope(user.assignments),
      details: request,
    });
  });
  return getUser(deps, actor, id);
}

export async function setUserAssignments(deps: IdentityDeps, actor: Actor, id: string, request: SetAssignmentsRequest): Promise<User> {
  const user = await loadVisibleUser(deps, actor, id);
  await assertCanManage(deps, actor, user.assignments, identityPermissions.manageUsers.name);
  const assignments = await checkGrantable(deps, actor, request.assignments);
  await deps.db.transaction(async (tx) => {
    await replaceAssignments(tx, id, assignments);
    await deps.audit.record(tx, actor, {
      action: 'user.assignments.set',
      entityType: 'user',
      entityId: id,
      scope: userAuditScope(assignments),
      details: { before: user.assignments.map(({ role, scope }) => ({ role, scope })), after: request.assignments },
    });
  });
  return getUser(deps, actor, id);
}

export async function resetUserPassword(deps: IdentityDeps, actor: Actor, id: string, request: ResetPasswordRequest): Promise<void> {
  const user = await loadVisibleUser(deps, actor, id);
  await assertCanManage(deps, actor, user.assignments, identityPermissions.manageUsers.name);
  const passwordHash = await hashPassword(request.password);
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, id, { passwordHash, failedLoginCount: 0, lockedUntil: null });
    await deleteSessionsOfUser(tx, id);
    await deps.audit.record(tx, actor, { action: 'user.password.reset', entityType: 'user', entityId: id, scope: userAuditScope(user.assignments) });
  });
}
