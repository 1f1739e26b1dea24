import type { Actor } from '../../authz/actor.js';
import { requireAuthenticated } from '../../authz/policy.js';
import { parseScope } from '../../authz/scope.js';
import { roleScopeKinds, type Role } from '../../../../shared/contracts/platform/roles.js';
import { grantableRoles } from '../domain/grant-rules.js';
import type { IdentityDeps } from './identity-deps.js';
import { identityPermissions } from '../policies.js';

/** The scopes at which the actor may grant `role`: what a role picker offers. */
export async function listAssignableScopes(deps: IdentityDeps, actor: Actor, role: Role, q: string | undefined) {
  requireAuthenticated(actor);
  deps.authz.scopeFilter(actor, identityPermissions.manageUsers);
  const granters = actor.kind === 'system' ? [{ role: 'national_admin' as const, scope: 'national' }] : actor.assignments;
  const within = { provinces: [] as string[] | 'all', colleges: [] as string[] | 'all', isNational: false };
  for (const granter of granters) {
    if (!grantableRoles[granter.role]?.includes(role)) continue;
    const scope = parseScope(granter.scope);
    if (scope.kind === 'national') {
      within.provinces = 'all';
      within.colleges = 'all';
      within.isNational = true;
    } else if (scope.kind === 'province' && within.provinces !== 'all') within.provinces.push(scope.code);
    else if (scope.kind === 'college' && within.colleges !== 'all') within.colleges.push(scope.id);
  }
  const items: { scope: string; label: string }[] = [];
  const isEnglish = actor.locale === 'en';
  for (const kind of roleScopeKinds[role]) {
    if (kind === 'national' && within.isNational) items.push({ scope: 'national', label: isEnglish ? 'National' : '全国' });
    if (kind === 'self' && within.isNational) items.push({ scope: 'self', label: isEnglish ? 'Self (individual learner)' : '个人（社会学习者）' });
    if (kind === 'province' && (within.provinces === 'all' || within.provinces.length > 0)) {
      items.push(...(await deps.institutions.searchScopes('province', { provinces: within.provinces, colleges: [] }, q)));
    }
    if (kind === 'college' && (within.provinces === 'all' || within.provinces.length > 0 || within.colleges === 'all' || within.colleges.length > 0)) {
      items.push(...(await deps.institutions.searchScopes('college', { provinces: within.provinces, colleges: within.colleges }, q)));
    }
  }
  return { items };
}
