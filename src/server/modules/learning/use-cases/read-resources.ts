import type { Actor } from '../../../platform/authz/actor.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import type { Resource, ResourceDetail } from '../../../../shared/contracts/learning/resources.js';
import { learningPermissions } from '../policies.js';
import {
  findFavouriteIds,
  findFileVersion,
  findOwnRating,
  findResource,
  listAuthoredBy,
  listFavouriteResources,
  listInReview,
  listVersions,
  ratingSummaries,
  type ResourceRow,
} from '../resources.repository.js';
import { canRead } from '../domain/access.js';
import { asState, assertReadable, reachOf, requireUser, userIdOf, type LearningDeps } from './learning-deps.js';
import { recordLearnerEvent } from './learner-events.js';
import { presentResource, presentVersions } from './present.js';

/** One resource with its version history, for a reader who may see it; records `viewed`. */
export async function getResourceDetail(deps: LearningDeps, actor: Actor, id: string, options: { recordView: boolean }): Promise<ResourceDetail> {
  const { row, reach } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  const userId = userIdOf(actor);
  const [versions, file, ratings, favouriteIds, myRating] = await Promise.all([
    listVersions(deps.db, id),
    findFileVersion(deps.db, id, row.currentVersion),
    ratingSummaries(deps.db, [id]),
    userId ? findFavouriteIds(deps.db, userId, [id]) : Promise.resolve(new Set<string>()),
    userId ? findOwnRating(deps.db, id, userId) : Promise.resolve(null),
  ]);
  const resource = await presentResource(deps, row, { reach, file, rating: ratings.get(id), isFavourite: favouriteIds.has(id), locale: actor.locale });
  if (options.recordView && row.status === 'published') await recordLearnerEvent(deps, actor, 'viewed', row, row.currentVersion);
  return { ...resource, versions: presentVersions(versions), myRating };
}

type Cursor = { updatedAt: Date; id: string };

function decodeListCursor(cursor: string | undefined): Cursor | undefined {
  const key = decodeCursor<string>(cursor, 'string');
  if (key === undefined) return undefined;
  const [time, id] = key.split('|');
  return time && id ? { updatedAt: new Date(time), id } : undefined;
}

/** Lists for the signed-in user: what I author (created or co-build), what waits for my review, my favourites. */
export async function listResources(deps: LearningDeps, actor: Actor, query: { view: 'mine' | 'review' | 'favourites'; cursor?: string | undefined; limit: number }): Promise<{ items: Resource[]; nextCursor: string | null }> {
  const user = requireUser(actor);
  const cursor = decodeListCursor(query.cursor);
  let rows: ResourceRow[];
  if (query.view === 'review') {
    rows = await listInReview(deps.db, deps.authz.scopeFilter(actor, learningPermissions.reviewResources), cursor, query.limit);
  } else if (query.view === 'mine') {
    rows = await listAuthoredBy(deps.db, user.userId, deps.authz.scopeFilter(actor, learningPermissions.authorResources), cursor, query.limit);
  } else {
    deps.authz.scopeFilter(actor, learningPermissions.readResources);
    rows = await listFavouriteResources(deps.db, user.userId, cursor, query.limit);
  }
  const page = rows.slice(0, query.limit);
  const ids = page.map((row) => row.id);
  const [ratings, favouriteIds] = await Promise.all([ratingSummaries(deps.db, ids), findFavouriteIds(deps.db, user.userId, ids)]);
  const items: Resource[] = [];
  for (const row of page) {
    const reach = await reachOf(deps, actor, row);
    // a favourite that was unpublished since is no longer shown
    if (query.view === 'favourites' && !canRead(asState(row), reach)) continue;
    const file = await findFileVersion(deps.db, row.id, row.currentVersion);
    items.push(await presentResource(deps, row, { reach, file, rating: ratings.get(row.id), isFavourite: favouriteIds.has(row.id), locale: actor.locale }));
  }
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.updatedAt.toISOString()}|${last.id}`) : null };
}
