import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseScope } from '../../../platform/authz/scope.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { LrsPermission } from '../../../../shared/contracts/lrs/clients.js';
import type { DelegatedRestriction } from '../domain/delegated-restriction.js';
import { findClientByKey, type ClientRow } from '../clients.repository.js';
import { authorityFor, type LrsDeps, type LrsPrincipal } from './lrs-deps.js';

/** Client secrets are random 256-bit values, so a keyed hash (not a slow KDF) protects them. */
export function hashClientSecret(serverSecret: string, secret: string): string {
  return createHmac('sha256', serverSecret).update(`lrs-client:${secret}`).digest('base64url');
}

// Basic credentials arrive on every request; caching the row keeps ingest off the clients table.
// A revocation takes effect here at once and in other processes within the TTL.
const CACHE_TTL_MS = 10_000;

export type ClientCache = Map<string, { row: ClientRow | undefined; expires: number }>;

/**
 * A short-lived credential another module grants (a simulation launch): HTTP Basic with a key
 * `<prefix><id>` and the credential as secret. The resolver checks it and names what it may write.
 */
export type DelegatedCredential = { name: string; scope: string; restriction: DelegatedRestriction };
export type DelegatedResolver = (key: string, secret: string) => Promise<DelegatedCredential | undefined>;
/** Key prefix → resolver. */
export type DelegatedResolvers = Map<string, DelegatedResolver>;

async function provinceOf(deps: Pick<LrsDeps, 'authz'>, scope: string): Promise<string | null> {
  const parsed = parseScope(scope);
  if (parsed.kind === 'province') return parsed.code;
  return parsed.kind === 'college' ? ((await deps.authz.directory.provinceOfCollege(parsed.id)) ?? null) : null;
}

async function authenticateDelegated(deps: Pick<LrsDeps, 'authorityHomePage' | 'authz'>, resolvers: DelegatedResolvers, key: string, secret: string): Promise<LrsPrincipal | undefined> {
  for (const [prefix, resolve] of resolvers) {
    if (!key.startsWith(prefix)) continue;
    const granted = await resolve(key, secret);
    if (!granted) throw new AppError('LRS_UNAUTHORIZED');
    return { clientId: null, name: granted.name, scope: granted.scope, provinceCode: await provinceOf(deps, granted.scope), permissions: new Set(['write']), authority: authorityFor(deps, granted.name, key), restriction: granted.restriction };
  }
  return undefined;
}

export function principalOf(deps: Pick<LrsDeps, 'authorityHomePage'>, row: ClientRow): LrsPrincipal {
  return {
    clientId: row.id,
    name: row.name,
    scope: row.scope,
    provinceCode: row.provinceCode,
    permissions: new Set(row.permissions.filter((p): p is LrsPermission => p === 'write' || p === 'read-own' || p === 'read-all')),
    authority: authorityFor(deps, row.name, row.key),
  };
}

function parseBasic(header: string | undefined): { key: string; secret: string } {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw new AppError('LRS_UNAUTHORIZED');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new AppError('LRS_UNAUTHORIZED');
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** Resolves HTTP Basic credentials to the LRS client they belong to, or throws 401. */
export async function authenticateClient(deps: LrsDeps, cache: ClientCache, authorization: string | undefined, delegated: DelegatedResolvers = new Map()): Promise<LrsPrincipal> {
  const { key, secret } = parseBasic(authorization);
  const delegatedPrincipal = await authenticateDelegated(deps, delegated, key, secret);
  if (delegatedPrincipal) return delegatedPrincipal;
  const now = Date.now();
  let entry = cache.get(key);
  if (!entry || entry.expires < now) {
    entry = { row: await findClientByKey(deps.db, key), expires: now + CACHE_TTL_MS };
    cache.set(key, entry);
    if (cache.size > 10_000) cache.delete(cache.keys().next().value ?? key);
  }
  const row = entry.row;
  const expected = Buffer.from(row?.secretHash ?? hashClientSecret(deps.config.secret, 'no-such-client'));
  const actual = Buffer.from(hashClientSecret(deps.config.secret, secret));
  const isMatch = expected.length === actual.length && timingSafeEqual(expected, actual);
  if (!row || !isMatch || row.revokedAt !== null) throw new AppError('LRS_UNAUTHORIZED');
  return principalOf(deps, row);
}
