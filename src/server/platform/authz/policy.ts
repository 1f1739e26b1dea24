import type { Role, Scope } from '../../../shared/contracts/platform/roles.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { parseScope, scopeContains, type ScopeDirectory } from './scope.js';

/** A permission names the roles that grant it. Modules declare theirs in `policies.ts`. */
export type Permission = { name: string; roles: readonly Role[] };

export function definePermissions<const T extends Record<string, readonly Role[]>>(
  module: string,
  table: T,
): { [K in keyof T]: Permission } {
  const result = {} as { [K in keyof T]: Permission };
  for (const key of Object.keys(table) as (keyof T)[]) {
    result[key] = { name: `${module}.${String(key)}`, roles: table[key] as readonly Role[] };
  }
  return result;
}

/**
 * Which data a listing may return to this actor: everything, or rows in the listed
 * provinces / colleges / enterprises. Repositories turn it into a WHERE clause.
 */
export type ScopeFilter =
  | { kind: 'all' }
  | { kind: 'scoped'; provinces: string[]; colleges: string[]; enterprises: string[]; selfUserId: string | undefined };

export type Authorizer = {
  /** Throws UNAUTHENTICATED or SCOPE_DENIED unless the actor may act on a resource in `scope`. */
  authorize(actor: Actor, permission: Permission, scope: Scope): Promise<void>;
  can(actor: Actor, permission: Permission, scope: Scope): Promise<boolean>;
  /** The rows a listing may show; throws if the actor holds no role granting the permission at all. */
  scopeFilter(actor: Actor, permission: Permission): ScopeFilter;
  directory: ScopeDirectory;
};

export function requireAuthenticated(actor: Actor): asserts actor is Exclude<Actor, { kind: 'anonymous' }> {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
}

export function createAuthorizer(directory: ScopeDirectory): Authorizer {
  async function can(actor: Actor, permission: Permission, scope: Scope): Promise<boolean> {
    if (actor.kind === 'system') return true;
    if (actor.kind === 'anonymous') return false;
    for (const assignment of actor.assignments) {
      if (!permission.roles.includes(assignment.role)) continue;
      if (assignment.scope === 'self') {
        if (actor.kind === 'user' && scope === `user:${actor.userId}`) return true;
        continue;
      }
      if (await scopeContains(assignment.scope, scope, directory)) return true;
    }
    return false;
  }

  return {
    directory,
    can,
    async authorize(actor, permission, scope) {
      requireAuthenticated(actor);
      if (!(await can(actor, permission, scope))) {
        throw new AppError('SCOPE_DENIED', { action: permission.name });
      }
    },
    scopeFilter(actor, permission) {
      requireAuthenticated(actor);
      if (actor.kind === 'system') return { kind: 'all' };
      const filter = { kind: 'scoped' as const, provinces: [] as string[], colleges: [] as string[], enterprises: [] as string[], selfUserId: undefined as string | undefined };
      let isGranted = false;
      for (const assignment of actor.assignments) {
        if (!permission.roles.includes(assignment.role)) continue;
        isGranted = true;
        const scope = parseScope(assignment.scope);
        if (scope.kind === 'national') return { kind: 'all' };
        if (scope.kind === 'province') filter.provinces.push(scope.code);
        if (scope.kind === 'college') filter.colleges.push(scope.id);
        if (scope.kind === 'enterprise') filter.enterprises.push(scope.id);
        if (scope.kind === 'self' && actor.kind === 'user') filter.selfUserId = actor.userId;
      }
      if (!isGranted) throw new AppError('SCOPE_DENIED', { action: permission.name });
      return filter;
    },
  };
}
