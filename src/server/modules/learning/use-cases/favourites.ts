import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { findResource, ratingSummaries, setFavourite, upsertRating } from '../resources.repository.js';
import { setSearchRating } from '../search.repository.js';
import { assertReadable, requireUser, type LearningDeps } from './learning-deps.js';
import { recordLearnerEvent } from './learner-events.js';

/** Adds or removes a favourite of a resource the user can see; records favourited / unfavourited. */
export async function changeFavourite(deps: LearningDeps, actor: Actor, id: string, isFavourite: boolean): Promise<{ isFavourite: boolean }> {
  const user = requireUser(actor);
  const { row } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  const isChanged = await deps.db.transaction(async (tx) => {
    const changed = await setFavourite(tx, id, user.userId, isFavourite, deps.now());
    if (changed) {
      await deps.audit.record(tx, actor, { action: isFavourite ? 'learning.favourite.added' : 'learning.favourite.removed', entityType: 'learning_resource', entityId: id, scope: `user:${user.userId}` });
    }
    return changed;
  });
  if (isChanged && row.status === 'published') await recordLearnerEvent(deps, actor, isFavourite ? 'favourited' : 'unfavourited', row, row.currentVersion);
  return { isFavourite };
}

/** One rating per user (1–5 stars, changeable) of a published resource; the index keeps the average for sorting. */
export async function rateResource(deps: LearningDeps, actor: Actor, id: string, stars: number): Promise<{ average: number | null; count: number }> {
  const user = requireUser(actor);
  const { row } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  if (row.status !== 'published') throw new AppError('RESOURCE_NOT_FOUND', { id });
  return deps.db.transaction(async (tx) => {
    await upsertRating(tx, id, user.userId, stars, deps.now());
    const summary = (await ratingSummaries(tx, [id])).get(id) ?? { average: null, count: 0 };
    await setSearchRating(tx, 'resource', id, summary.average);
    await deps.audit.record(tx, actor, { action: 'learning.resource.rated', entityType: 'learning_resource', entityId: id, scope: `user:${user.userId}`, details: { stars } });
    return summary;
  });
}
