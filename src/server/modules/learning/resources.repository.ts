import { and, arrayOverlaps, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import { favourites, ratings, resources, resourceVersions } from './learning.tables.js';

export type ResourceRow = typeof resources.$inferSelect;
export type ResourceVersionRow = typeof resourceVersions.$inferSelect;

export async function insertResource(db: DbOrTx, row: ResourceRow, version: ResourceVersionRow): Promise<void> {
  await db.insert(resources).values(row);
  await db.insert(resourceVersions).values(version);
}

export async function findResource(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<ResourceRow | undefined> {
  const query = db.select().from(resources).where(eq(resources.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateResource(db: DbOrTx, id: string, patch: Partial<Omit<ResourceRow, 'id'>>): Promise<void> {
  await db.update(resources).set(patch).where(eq(resources.id, id));
}

export async function insertVersion(db: DbOrTx, version: ResourceVersionRow): Promise<void> {
  await db.insert(resourceVersions).values(version);
}

export async function listVersions(db: DbOrTx, resourceId: string): Promise<ResourceVersionRow[]> {
  return db.select().from(resourceVersions).where(eq(resourceVersions.resourceId, resourceId)).orderBy(desc(resourceVersions.version));
}

export async function findVersion(db: DbOrTx, resourceId: string, version: number): Promise<ResourceVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(resourceVersions)
    .where(and(eq(resourceVersions.resourceId, resourceId), eq(resourceVersions.version, version)));
  return row;
}

/** The newest version at or before `version` that has a file (metadata-only versions keep the file). */
export async function findFileVersion(db: DbOrTx, resourceId: string, version: number): Promise<ResourceVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(resourceVersions)
    .where(and(eq(resourceVersions.resourceId, resourceId), sql`${resourceVersions.version} <= ${version}`, sql`${resourceVersions.fileHash} is not null`))
    .orderBy(desc(resourceVersions.version))
    .limit(1);
  return row;
}

type Cursor = { updatedAt: Date; id: string } | undefined;
const before = (cursor: Cursor) =>
  cursor ? or(lt(resources.updatedAt, cursor.updatedAt), and(eq(resources.updatedAt, cursor.updatedAt), lt(resources.id, cursor.id))) : undefined;

/** The provider scopes (college:…, enterprise:…) a scoped filter reaches. */
const providerReach = (filter: ScopeFilter & { kind: 'scoped' }) => [...filter.colleges.map((id) => `college:${id}`), ...filter.enterprises.map((id) => `enterprise:${id}`)];

/**
 * An author's resources: those they created and the co-built ones naming a provider other than the
 * owner's that `coAuthoring` reaches (the authoring roles' filter: the co-authors of access.ts).
 * The co-authored part is not indexed (provider_scopes has a GIN index for submissions only).
 */
export async function listAuthoredBy(db: DbOrTx, userId: string, coAuthoring: ScopeFilter, cursor: Cursor, limit: number): Promise<ResourceRow[]> {
  const partners = sql`array_remove(${resources.providerScopes}, ${resources.ownerScope})`;
  const reach = coAuthoring.kind === 'all' ? [] : providerReach(coAuthoring);
  const coAuthored = coAuthoring.kind === 'all' ? sql`cardinality(${partners}) > 0` : reach.length > 0 ? sql`${partners} && ${sql.param(reach)}::text[]` : undefined;
  return db
    .select()
    .from(resources)
    .where(and(coAuthored ? or(eq(resources.createdBy, userId), coAuthored) : eq(resources.createdBy, userId), before(cursor)))
    .orderBy(desc(resources.updatedAt), desc(resources.id))
    .limit(limit + 1);
}

/** Submissions whose providers the reviewer reaches (national: all), oldest activity last. */
export async function listInReview(db: DbOrTx, filter: ScopeFilter, cursor: Cursor, limit: number): Promise<ResourceRow[]> {
  const reach = filter.kind === 'all' ? [] : providerReach(filter);
  if (filter.kind === 'scoped' && reach.length === 0) return [];
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.status, 'in_review'), filter.kind === 'all' ? undefined : arrayOverlaps(resources.providerScopes, reach), before(cursor)))
    .orderBy(desc(resources.updatedAt), desc(resources.id))
    .limit(limit + 1);
}

export async function listFavouriteResources(db: DbOrTx, userId: string, cursor: Cursor, limit: number): Promise<ResourceRow[]> {
  const rows = await db
    .select({ resource: resources })
    .from(favourites)
    .innerJoin(resources, eq(resources.id, favourites.resourceId))
    .where(and(eq(favourites.userId, userId), before(cursor)))
    .orderBy(desc(resources.updatedAt), desc(resources.id))
    .limit(limit + 1);
  return rows.map((row) => row.resource);
}

export async function setFavourite(db: DbOrTx, resourceId: string, userId: string, isFavourite: boolean, now: Date): Promise<boolean> {
  if (isFavourite) {
    const inserted = await db.insert(favourites).values({ resourceId, userId, createdAt: now }).onConflictDoNothing().returning({ id: favourites.resourceId });
    return inserted.length > 0;
  }
  const deleted = await db
    .delete(favourites)
    .where(and(eq(favourites.resourceId, resourceId), eq(favourites.userId, userId)))
    .returning({ id: favourites.resourceId });
  return deleted.length > 0;
}

export async function findFavouriteIds(db: DbOrTx, userId: string, resourceIds: readonly string[]): Promise<Set<string>> {
  if (resourceIds.length === 0) return new Set();
  const rows = await db
    .select({ id: favourites.resourceId })
    .from(favourites)
    .where(and(eq(favourites.userId, userId), sql`${favourites.resourceId} = any(${sql.param([...resourceIds])}::uuid[])`));
  return new Set(rows.map((row) => row.id));
}

export async function upsertRating(db: DbOrTx, resourceId: string, userId: string, stars: number, now: Date): Promise<void> {
  await db
    .insert(ratings)
    .values({ resourceId, userId, stars, updatedAt: now })
    .onConflictDoUpdate({ target: [ratings.resourceId, ratings.userId], set: { stars, updatedAt: now } });
}

/** The stars the user gave the resource, if they rated it. */
export async function findOwnRating(db: DbOrTx, resourceId: string, userId: string): Promise<number | null> {
  const [row] = await db.select({ stars: ratings.stars }).from(ratings).where(and(eq(ratings.resourceId, resourceId), eq(ratings.userId, userId)));
  return row?.stars ?? null;
}

export type RatingSummary = { average: number | null; count: number };

export async function ratingSummaries(db: DbOrTx, resourceIds: readonly string[]): Promise<Map<string, RatingSummary>> {
  const result = new Map<string, RatingSummary>();
  if (resourceIds.length === 0) return result;
  const rows = await db
    .select({ id: ratings.resourceId, average: sql<string | null>`avg(${ratings.stars})`, count: sql<number>`count(*)::int` })
    .from(ratings)
    .where(sql`${ratings.resourceId} = any(${sql.param([...resourceIds])}::uuid[])`)
    .groupBy(ratings.resourceId);
  for (const row of rows) result.set(row.id, { average: row.average === null ? null : Math.round(Number(row.average) * 10) / 10, count: row.count });
  return result;
}
