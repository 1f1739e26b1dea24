import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors/app-error.js';
import { requireAuthenticated } from '../../authz/policy.js';
import type { Actor } from '../../authz/actor.js';
import type { ApiKey, CreateApiKeyRequest, CreatedApiKey } from '../../../../shared/contracts/platform/users.js';
import { decodeCursor, toPage } from '../../paging.js';
import { findApiKeyById, insertApiKey, listApiKeysCreatedBy, revokeApiKeyRow, type ApiKeyWithAssignments } from '../identity.repository.js';
import { identityPermissions } from '../policies.js';
import { assertCanManage, checkGrantable, userAuditScope } from './assignments.js';
import { hmacToken, newToken } from './session-tokens.js';
import { presentAssignments, type IdentityDeps } from './identity-deps.js';

async function presentApiKey(deps: IdentityDeps, key: ApiKeyWithAssignments, actor: Actor): Promise<ApiKey> {
  return {
    id: key.id,
    name: key.name,
    keyPrefix: key.keyPrefix,
    assignments: await presentAssignments(deps, key.assignments, actor.locale),
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}

function randomPrefix(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** An API key carries its own (role, scope) assignments, each grantable by its creator. */
export async function createApiKey(deps: IdentityDeps, actor: Actor, request: CreateApiKeyRequest): Promise<CreatedApiKey> {
  requireAuthenticated(actor);
  deps.authz.scopeFilter(actor, identityPermissions.manageApiKeys);
  if (actor.kind !== 'user' && actor.kind !== 'system') throw new AppError('SCOPE_DENIED', { action: identityPermissions.manageApiKeys.name });
  const assignments = await checkGrantable(deps, actor, request.assignments);
  const prefix = randomPrefix();
  const secret = `lbk_${prefix}_${newToken(32)}`;
  const key = await deps.db.transaction(async (tx) => {
    const created = await insertApiKey(
      tx,
      {
        name: request.name,
        keyPrefix: prefix,
        keyHash: hmacToken(deps.config.secret, secret),
        createdBy: actor.kind === 'user' ? actor.userId : '00000000-0000-0000-0000-000000000000',
        expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
      },
      assignments,
    );
    await deps.audit.record(tx, actor, {
      action: 'apikey.create',
      entityType: 'api_key',
      entityId: created.id,
      scope: userAuditScope(assignments),
      details: { name: request.name, assignments: request.assignments, expiresAt: request.expiresAt ?? null },
    });
    return created;
  });
  return { ...(await presentApiKey(deps, key, actor)), secret };
}

/** National administrators see every key; other administrators the keys they created. */
export async function listApiKeys(deps: IdentityDeps, actor: Actor, query: { cursor?: string | undefined; limit: number }) {
  const filter = deps.authz.scopeFilter(actor, identityPermissions.manageApiKeys);
  const createdBy = filter.kind === 'all' ? undefined : actor.kind === 'user' ? actor.userId : 'none';
  const rows = await listApiKeysCreatedBy(deps.db, createdBy, decodeCursor<string>(query.cursor, 'string'), query.limit + 1);
  const page = toPage(rows, query.limit, (row) => row.id);
  return { items: await Promise.all(page.items.map((k) => presentApiKey(deps, k, actor))), nextCursor: page.nextCursor };
}

export async function revokeApiKey(deps: IdentityDeps, actor: Actor, id: string): Promise<void> {
  requireAuthenticated(actor);
  deps.authz.scopeFilter(actor, identityPermissions.manageApiKeys);
  const key = await findApiKeyById(deps.db, id);
  if (!key) throw new AppError('API_KEY_NOT_FOUND', { id });
  await assertCanManage(deps, actor, key.assignments, identityPermissions.manageApiKeys.name);
  await deps.db.transaction(async (tx) => {
    await revokeApiKeyRow(tx, id, deps.now());
    await deps.audit.record(tx, actor, { action: 'apikey.revoke', entityType: 'api_key', entityId: id, scope: userAuditScope(key.assignments) });
  });
}
