import type { PlatformDeps } from '../../../platform/context/platform-deps.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { CatalogApi } from '../../catalog/index.js';
import type { GovernanceApi } from '../../governance/index.js';
import type { InstitutionsApi } from '../../institutions/index.js';
import type { LrsApi } from '../../lrs/index.js';
import type { FileStore, UploadStaging } from '../storage/file-store.js';
import { audienceSchema, resourceStatusSchema } from '../../../../shared/contracts/learning/resources.js';
import { canEdit, canRead, canReview, canSubmit, type Reach, type ResourceState } from '../domain/access.js';
import { learningPermissions } from '../policies.js';
import type { ResourceRow } from '../resources.repository.js';

export type LearningDeps = PlatformDeps & {
  catalog: Pick<CatalogApi, 'listVersions' | 'findPrograms'>;
  institutions: Pick<InstitutionsApi, 'scopeLabel' | 'scopeExists'>;
  lrs: LrsApi;
  /** In-app notifications (the governance module's): comment outcomes to their authors. */
  notifications: Pick<GovernanceApi, 'notifyUsers'>;
  files: FileStore;
  staging: UploadStaging;
};

export type SignedInActor = Extract<Actor, { kind: 'user' | 'apiKey' | 'system' }>;

export function userIdOf(actor: Actor): string | undefined {
  return actor.kind === 'user' ? actor.userId : undefined;
}

/** The user behind a learning action; machine clients and the system do not learn or author. */
export function requireUser(actor: Actor): Extract<Actor, { kind: 'user' }> {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'user') throw new AppError('SCOPE_DENIED', { action: 'learning.userOnly' });
  return actor;
}

/** The scope the actor authors in: its first teacher or enterprise assignment. */
export function authorScopeOf(actor: Actor): string | undefined {
  if (actor.kind !== 'user' && actor.kind !== 'apiKey') return undefined;
  return actor.assignments.find((a) => learningPermissions.authorResources.roles.includes(a.role))?.scope;
}

async function reachesAny(deps: LearningDeps, actor: Actor, permission: keyof typeof learningPermissions, scopes: readonly string[]): Promise<boolean> {
  for (const scope of scopes) if (await deps.authz.can(actor, learningPermissions[permission], scope)) return true;
  return false;
}

/** How the actor stands to a resource's providers (co-authors are the providers other than the owner's). */
export async function reachOf(deps: LearningDeps, actor: Actor, row: Pick<ResourceRow, 'providerScopes' | 'ownerScope'>): Promise<Reach> {
  const partners = row.providerScopes.filter((scope) => scope !== row.ownerScope);
  return {
    userId: userIdOf(actor),
    readsProvider: await reachesAny(deps, actor, 'readResources', row.providerScopes),
    authorsProvider: await reachesAny(deps, actor, 'authorResources', partners),
    reviewsProvider: await reachesAny(deps, actor, 'reviewResources', row.providerScopes),
  };
}

/** Checks a loaded row: RESOURCE_NOT_FOUND when missing, SCOPE_DENIED to whoever may not see it. */
export async function assertReadable(deps: LearningDeps, actor: Actor, row: ResourceRow | undefined, id: string): Promise<{ row: ResourceRow; reach: Reach }> {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  // holding no reading role at all is a denial, not a missing resource
  deps.authz.scopeFilter(actor, learningPermissions.readResources);
  if (!row) throw new AppError('RESOURCE_NOT_FOUND', { id });
  const reach = await reachOf(deps, actor, row);
  // seen by nobody else: refused like any resource outside one's scope
  if (!canRead(asState(row), reach)) throw new AppError('SCOPE_DENIED', { action: learningPermissions.readResources.name });
  return { row, reach };
}

/** The lifecycle fields of a row, typed for the access rules. */
export function asState(row: Pick<ResourceRow, 'status' | 'audience' | 'createdBy'>): ResourceState {
  return { status: resourceStatusSchema.parse(row.status), audience: audienceSchema.parse(row.audience), createdBy: row.createdBy };
}

export function permissionsFor(row: ResourceRow, reach: Reach) {
  const state = asState(row);
  return { edit: canEdit(state, reach), submit: canSubmit(state, reach), review: canReview(state, reach) };
}
