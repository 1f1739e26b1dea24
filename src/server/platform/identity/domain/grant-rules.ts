import { roleScopeKinds, scopeKind, type Role, type RoleAssignment } from '../../../../shared/contracts/platform/roles.js';

/** Which roles a holder of each administrative role may grant (within its own scope). */
export const grantableRoles: Partial<Record<Role, readonly Role[]>> = {
  national_admin: ['national_admin', 'province_admin', 'college_admin', 'teacher', 'student', 'enterprise', 'workshop_partner', 'auditor'],
  province_admin: ['province_admin', 'college_admin', 'teacher', 'student'],
  college_admin: ['college_admin', 'teacher', 'student'],
};

export function isScopeKindAllowed(assignment: RoleAssignment): boolean {
  return roleScopeKinds[assignment.role].includes(scopeKind(assignment.scope));
}

/**
 * May `granter` (one of the actor's assignments) grant `target`? The role must be
 * grantable by the granter's role, and the target scope must lie inside the
 * granter's scope (`contains` answers that, with the college → province directory).
 * Only a national administrator grants `self`-scoped roles.
 */
export async function canGrant(
  granter: RoleAssignment,
  target: RoleAssignment,
  contains: (outer: string, inner: string) => Promise<boolean>,
): Promise<boolean> {
  const roles = grantableRoles[granter.role];
  if (!roles || !roles.includes(target.role)) return false;
  if (!isScopeKindAllowed(target)) return false;
  if (target.scope === 'self') return granter.scope === 'national';
  return contains(granter.scope, target.scope);
}

export async function canGrantAny(
  granters: RoleAssignment[],
  target: RoleAssignment,
  contains: (outer: string, inner: string) => Promise<boolean>,
): Promise<boolean> {
  for (const granter of granters) {
    if (await canGrant(granter, target, contains)) return true;
  }
  return false;
}

/** An administrator manages a user only if it could have granted every role the user holds. */
export async function canManageAll(
  granters: RoleAssignment[],
  targets: RoleAssignment[],
  contains: (outer: string, inner: string) => Promise<boolean>,
): Promise<boolean> {
  for (const target of targets) {
    if (!(await canGrantAny(granters, target, contains))) return false;
  }
  return true;
}
