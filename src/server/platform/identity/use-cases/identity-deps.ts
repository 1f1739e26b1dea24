import type { PlatformDeps } from '../../context/platform-deps.js';
import { scopeContains } from '../../authz/scope.js';
import type { InstitutionsApi } from '../../../modules/institutions/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { AssignmentView } from '../../../../shared/contracts/platform/auth.js';
import type { User } from '../../../../shared/contracts/platform/users.js';
import type { RoleAssignment } from '../../../../shared/contracts/platform/roles.js';
import type { UserWithAssignments } from '../identity.repository.js';

export type IdentityDeps = PlatformDeps & { institutions: InstitutionsApi };

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 12;

export async function presentAssignments(
  deps: IdentityDeps,
  assignments: RoleAssignment[],
  locale: Locale,
): Promise<AssignmentView[]> {
  return Promise.all(
    assignments.map(async (a) => ({ role: a.role, scope: a.scope, scopeLabel: await deps.institutions.scopeLabel(a.scope, locale) })),
  );
}

export async function presentUser(deps: IdentityDeps, user: UserWithAssignments, locale: Locale): Promise<User> {
  const now = deps.now();
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    locale: user.locale === 'en' ? 'en' : 'zh-CN',
    status: user.status === 'disabled' ? 'disabled' : 'active',
    isDemo: user.isDemo,
    isLocked: user.lockedUntil !== null && user.lockedUntil > now,
    assignments: await presentAssignments(deps, user.assignments, locale),
    createdAt: user.createdAt.toISOString(),
  };
}

/** The contains-check the grant rules need, bound to the institutions directory. */
export function scopeContainsWith(deps: IdentityDeps) {
  return async (outer: string, inner: string): Promise<boolean> => {
    return scopeContains(outer, inner, deps.institutions.directory);
  };
}
