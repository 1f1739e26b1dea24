import type { PlatformDeps } from '../../../platform/context/platform-deps.js';
import type { LrsPermission } from '../../../../shared/contracts/lrs/clients.js';
import type { DelegatedRestriction } from '../domain/delegated-restriction.js';
import type { JsonObject } from '../domain/json.js';
import type { StatementAccess } from '../statements.repository.js';

/** What the LRS use cases need from the platform, plus the module's own settings. */
export type LrsDeps = Pick<PlatformDeps, 'config' | 'db' | 'engine' | 'authz' | 'audit' | 'events' | 'log' | 'now'> & {
  /** The account homePage of the authority the LRS sets on statements (clients and platform). */
  authorityHomePage: string;
  /** Activity id → digest of the definition this process stored recently: repeats need no upsert. */
  recentDefinitions: Map<string, string>;
};

/** Who is calling the LRS: an LRS client (HTTP Basic) or the platform itself (module API). */
export type LrsPrincipal = {
  clientId: string | null;
  name: string;
  scope: string;
  provinceCode: string | null;
  permissions: ReadonlySet<LrsPermission>;
  /** The authority the LRS records on statements this principal writes. */
  authority: JsonObject;
  /** Set for a delegated credential: it writes statements about one actor in one registration only. */
  restriction?: DelegatedRestriction;
};

export function authorityFor(deps: Pick<LrsDeps, 'authorityHomePage'>, name: string, accountName: string): JsonObject {
  return { objectType: 'Agent', name, account: { homePage: deps.authorityHomePage, name: accountName } };
}

/** Which statements a principal may read, or undefined when it may read none. */
export function readAccessOf(principal: LrsPrincipal): StatementAccess | undefined {
  if (principal.permissions.has('read-all')) {
    if (principal.scope === 'national') return { kind: 'all' };
    if (principal.scope.startsWith('province:')) return { kind: 'province', code: principal.scope.slice('province:'.length) };
    return { kind: 'scope', scope: principal.scope };
  }
  if (principal.permissions.has('read-own') && principal.clientId !== null) return { kind: 'client', clientId: principal.clientId };
  return undefined;
}

/** Does a stored statement fall inside an access rule? (the single-statement GET) */
export function isReadable(access: StatementAccess, row: { scope: string; provinceCode: string | null; clientId: string | null }): boolean {
  switch (access.kind) {
    case 'all':
      return true;
    case 'province':
      return row.provinceCode === access.code;
    case 'scope':
      return row.scope === access.scope;
    case 'client':
      return row.clientId === access.clientId;
  }
}

/** Where writes by a principal may void statements: the same rule as reading them all. */
export function writeAccessOf(principal: LrsPrincipal): StatementAccess {
  return readAccessOf({ ...principal, permissions: new Set(['read-all']) }) ?? { kind: 'scope', scope: principal.scope };
}
