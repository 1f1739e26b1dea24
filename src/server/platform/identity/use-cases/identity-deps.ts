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

// Scope names (provinces, colleges) change rarely; a short-lived cache saves a query per
// assignment on every /me and user listing.
const LABEL_TTL_MS = 60_000;
const labelCache = new Map<string, { label: string; until: number }>();

async function cachedScopeLabel(deps: IdentityDeps, scope: string, locale: Locale): Promise<string> {
  const key = `${locale} ${scope}`;
  const now = Date.now();
  const hit = labelCache.get(key);
  if (hit && hit.until > now) return hit.label;
  const label = await deps.institutions.scopeLabel(scope, locale);
  if (labelCache.size > 10_000) labelCache.clear();
  labelCache.set(key, { label, until: now + LABEL_TTL_MS });
  return label;
}

export async function presentAssignments(
  deps: IdentityDeps,
  assignments: RoleAssignment[],
  locale: Locale,
): Promise<AssignmentView[]> {
  return Promise.all(assignments.map(async (a) => ({ role: a.role, scope: a.scope, scopeLabel: await cachedScopeLabel(deps, a.scope, locale) })));
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
