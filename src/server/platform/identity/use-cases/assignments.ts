import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../authz/actor.js';
import { parseScope } from '../../authz/scope.js';
import type { RoleAssignment } from '../../../../shared/contracts/platform/roles.js';
import { canGrantAny, canManageAll, isScopeKindAllowed } from '../domain/grant-rules.js';
import type { StoredAssignment } from '../identity.repository.js';
import { scopeContainsWith, type IdentityDeps } from './identity-deps.js';

/**
 * Checks that the actor may grant each assignment and that each scope exists;
 * returns them with the province each lies in (stored for scope-filtered listings).
 */
export async function checkGrantable(deps: IdentityDeps, actor: Actor, assignments: RoleAssignment[]): Promise<StoredAssignment[]> {
  const unique = [...new Map(assignments.map((a) => [`${a.role} ${a.scope}`, a])).values()];
  const result: StoredAssignment[] = [];
  for (const assignment of unique) {
    if (!isScopeKindAllowed(assignment)) {
      throw new AppError('ROLE_SCOPE_MISMATCH', { role: assignment.role, scope: assignment.scope });
    }
    if (!(await deps.institutions.scopeExists(assignment.scope))) {
      throw new AppError('SCOPE_NOT_FOUND', { scope: assignment.scope });
    }
    if (actor.kind !== 'system') {
      const granters = actor.kind === 'anonymous' ? [] : actor.assignments;
      if (!(await canGrantAny(granters, assignment, scopeContainsWith(deps)))) {
        throw new AppError('ROLE_NOT_GRANTABLE', { role: assignment.role, scope: assignment.scope });
      }
    }
    result.push({ ...assignment, provinceCode: await provinceOf(deps, assignment.scope) });
  }
  return result;
}

async function provinceOf(deps: IdentityDeps, scope: string): Promise<string | null> {
  const parsed = parseScope(scope);
  if (parsed.kind === 'province') return parsed.code;
  if (parsed.kind === 'college') return (await deps.institutions.directory.provinceOfCollege(parsed.id)) ?? null;
  return null;
}

/** Throws SCOPE_DENIED unless the actor could have granted every role the target holds. */
export async function assertCanManage(deps: IdentityDeps, actor: Actor, targetAssignments: RoleAssignment[], action: string) {
  if (actor.kind === 'system') return;
  const granters = actor.kind === 'anonymous' ? [] : actor.assignments;
  if (!(await canManageAll(granters, targetAssignments, scopeContainsWith(deps)))) {
    throw new AppError('SCOPE_DENIED', { action });
  }
}

/** The scope an audit row about this user is filed under: its first assignment's scope. */
export function userAuditScope(assignments: RoleAssignment[]): string {
  return assignments[0]?.scope ?? 'national';
}
