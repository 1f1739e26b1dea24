import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { ReviewDecision } from '../../../../shared/contracts/learning/resources.js';
import { canReview, canSubmit } from '../domain/access.js';
import { learningPermissions } from '../policies.js';
import { findResource, updateResource } from '../resources.repository.js';
import { indexResource } from './index-resource.js';
import { asState, assertReadable, reachOf, requireUser, type LearningDeps } from './learning-deps.js';

/** Sends a draft (or a returned resource) to its providers' reviewers. */
export async function submitResource(deps: LearningDeps, actor: Actor, id: string): Promise<void> {
  requireUser(actor);
  const { reach } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  await deps.db.transaction(async (tx) => {
    const row = await findResource(tx, id, { forUpdate: true });
    if (!row) throw new AppError('RESOURCE_NOT_FOUND', { id });
    const state = asState(row);
    if (!canSubmit(state, reach)) {
      if (reach.userId === row.createdBy || reach.authorsProvider) throw new AppError('RESOURCE_NOT_SUBMITTABLE', { status: row.status });
      throw new AppError('SCOPE_DENIED', { action: learningPermissions.authorResources.name });
    }
    await updateResource(tx, id, { status: 'in_review', updatedAt: deps.now() });
    await deps.audit.record(tx, actor, { action: 'learning.resource.submitted', entityType: 'learning_resource', entityId: id, scope: row.ownerScope, details: { version: row.currentVersion } });
  });
}

/** A reviewer of one of the providers publishes the resource (into the search index) or returns it with a reason. */
export async function reviewResource(deps: LearningDeps, actor: Actor, id: string, decision: ReviewDecision): Promise<void> {
  const user = requireUser(actor);
  const initial = await findResource(deps.db, id);
  if (!initial) throw new AppError('RESOURCE_NOT_FOUND', { id });
  const reach = await reachOf(deps, actor, initial);
  await deps.db.transaction(async (tx) => {
    const row = await findResource(tx, id, { forUpdate: true });
    if (!row) throw new AppError('RESOURCE_NOT_FOUND', { id });
    if (!reach.reviewsProvider) throw new AppError('SCOPE_DENIED', { action: learningPermissions.reviewResources.name });
    if (row.status !== 'in_review') throw new AppError('RESOURCE_NOT_IN_REVIEW', { status: row.status });
    if (!canReview(asState(row), reach)) throw new AppError('REVIEW_OWN_RESOURCE');
    const now = deps.now();
    if (decision.decision === 'publish') {
      const published = { ...row, status: 'published', reviewedBy: user.displayName, reviewNote: null, publishedAt: now, updatedAt: now };
      await updateResource(tx, id, { status: published.status, reviewedBy: published.reviewedBy, reviewNote: null, publishedAt: now, updatedAt: now });
      await indexResource(deps, tx, published);
    } else {
      await updateResource(tx, id, { status: 'returned', reviewedBy: user.displayName, reviewNote: decision.reason, updatedAt: now });
    }
    await deps.audit.record(tx, actor, {
      action: decision.decision === 'publish' ? 'learning.resource.published' : 'learning.resource.returned',
      entityType: 'learning_resource',
      entityId: id,
      scope: row.ownerScope,
      details: { version: row.currentVersion, ...(decision.decision === 'return' ? { reason: decision.reason } : {}) },
    });
  });
}
