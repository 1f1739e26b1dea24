import { randomBytes } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import { requireAuthenticated } from '../../../platform/authz/policy.js';
import { parseScope } from '../../../platform/authz/scope.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { CreateLrsClientRequest, CreatedLrsClient, ListLrsClientsQuery, LrsClient, LrsPermission } from '../../../../shared/contracts/lrs/clients.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import { findClientById, insertClient, listClients, revokeClientRow, type ClientRow } from '../clients.repository.js';
import { lrsPermissions } from '../policies.js';
import { hashClientSecret, type ClientCache } from './authenticate-client.js';
import type { LrsDeps } from './lrs-deps.js';

function presentClient(row: ClientRow): LrsClient {
  return {
    id: row.id,
    name: row.name,
    key: row.key,
    scope: row.scope,
    permissions: row.permissions.filter((p): p is LrsPermission => p === 'write' || p === 'read-own' || p === 'read-all'),
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The province a client's scope lies in, for scoped listings; throws when the scope is unknown. */
async function provinceOfScope(deps: LrsDeps, scope: string): Promise<string | null> {
  const parsed = parseScope(scope);
  if (parsed.kind === 'province') return parsed.code;
  if (parsed.kind !== 'college') return null;
  const province = await deps.authz.directory.provinceOfCollege(parsed.id);
  if (!province) throw new AppError('LRS_UNKNOWN_SCOPE', { scope });
  return province;
}

/** Creates a client bound to a scope inside the caller's; the secret is returned only now. */
export async function createClient(deps: LrsDeps, actor: Actor, request: CreateLrsClientRequest): Promise<CreatedLrsClient> {
  requireAuthenticated(actor);
  await deps.authz.authorize(actor, lrsPermissions.manageClients, request.scope);
  const provinceCode = await provinceOfScope(deps, request.scope);
  const key = `lrs_${randomBytes(12).toString('base64url')}`;
  const secret = randomBytes(32).toString('base64url');
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertClient(tx, {
      name: request.name,
      key,
      secretHash: hashClientSecret(deps.config.secret, secret),
      scope: request.scope,
      provinceCode,
      permissions: [...new Set(request.permissions)],
      createdBy: actor.kind === 'user' ? actor.userId : null,
    });
    await deps.audit.record(tx, actor, {
      action: 'lrs.client.create',
      entityType: 'lrs_client',
      entityId: created.id,
      scope: request.scope,
      details: { name: request.name, key, permissions: created.permissions },
    });
    return created;
  });
  return { ...presentClient(row), secret };
}

export async function listClientsInScope(deps: LrsDeps, actor: Actor, query: ListLrsClientsQuery) {
  const filter = deps.authz.scopeFilter(actor, lrsPermissions.manageClients);
  const cursor = decodeCursor<string>(query.cursor, 'string');
  const rows = await listClients(deps.db, filter, { cursor, limit: query.limit + 1, isRevokedIncluded: query.includeRevoked === 'true' });
  const page = toPage(rows, query.limit, (row) => row.id);
  return { items: page.items.map(presentClient), nextCursor: page.nextCursor };
}

/** Revokes a client at once in this process (others within the credential cache TTL). */
export async function revokeClient(deps: LrsDeps, cache: ClientCache, actor: Actor, id: string): Promise<void> {
  requireAuthenticated(actor);
  const row = await findClientById(deps.db, id);
  if (!row) throw new AppError('LRS_CLIENT_NOT_FOUND', { id });
  await deps.authz.authorize(actor, lrsPermissions.manageClients, row.scope);
  await deps.db.transaction(async (tx) => {
    await revokeClientRow(tx, id, deps.now());
    await deps.audit.record(tx, actor, { action: 'lrs.client.revoke', entityType: 'lrs_client', entityId: id, scope: row.scope });
  });
  cache.delete(row.key);
}
