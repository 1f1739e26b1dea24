import { and, arrayContains, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { resources } from './learning.tables.js';
import { simulationAttempts, simulationPackages } from './simulations.tables.js';

export type PackageRow = typeof simulationPackages.$inferSelect;
export type AttemptRow = typeof simulationAttempts.$inferSelect;
export type { PackageFile } from './simulations.tables.js';

/** Stores an unpacked package once per zip hash (an identical zip uploaded again keeps the first). */
export async function insertPackage(db: DbOrTx, row: PackageRow): Promise<void> {
  await db.insert(simulationPackages).values(row).onConflictDoNothing();
}

export async function findPackage(db: DbOrTx, packageHash: string): Promise<PackageRow | undefined> {
  const [row] = await db.select().from(simulationPackages).where(eq(simulationPackages.packageHash, packageHash));
  return row;
}

export async function findPackageHashes(db: DbOrTx, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.select({ hash: simulationPackages.packageHash }).from(simulationPackages).where(inArray(simulationPackages.packageHash, [...hashes]));
  return new Set(rows.map((row) => row.hash));
}

export async function insertAttempt(db: DbOrTx, row: AttemptRow): Promise<void> {
  await db.insert(simulationAttempts).values(row);
}

export async function findAttempt(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<AttemptRow | undefined> {
  const query = db.select().from(simulationAttempts).where(eq(simulationAttempts.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findAttemptByToken(db: DbOrTx, tokenHash: string): Promise<AttemptRow | undefined> {
  const [row] = await db.select().from(simulationAttempts).where(eq(simulationAttempts.tokenHash, tokenHash));
  return row;
}

export async function updateAttempt(db: DbOrTx, id: string, patch: Partial<Omit<AttemptRow, 'id'>>): Promise<void> {
  await db.update(simulationAttempts).set(patch).where(eq(simulationAttempts.id, id));
}

export async function listLearnerAttempts(db: DbOrTx, learnerId: string, options: { resourceId?: string | undefined; limit: number }): Promise<AttemptRow[]> {
  return db
    .select()
    .from(simulationAttempts)
    .where(and(eq(simulationAttempts.learnerId, learnerId), options.resourceId ? eq(simulationAttempts.resourceId, options.resourceId) : undefined))
    .orderBy(desc(simulationAttempts.startedAt))
    .limit(options.limit);
}

export async function listResourceAttempts(db: DbOrTx, resourceId: string, limit: number): Promise<AttemptRow[]> {
  return db.select().from(simulationAttempts).where(eq(simulationAttempts.resourceId, resourceId)).orderBy(desc(simulationAttempts.startedAt)).limit(limit);
}

export type AttemptTotals = { attempts: number; learners: number; completed: number; passed: number; failed: number; averageScaled: number | null; averageDurationMs: number | null };

export async function summarizeAttempts(db: DbOrTx, resourceId: string): Promise<AttemptTotals> {
  const scaled = sql`(${simulationAttempts.scoreRaw} - ${simulationAttempts.scoreMin}) / nullif(${simulationAttempts.scoreMax} - ${simulationAttempts.scoreMin}, 0)`;
  const [row] = await db
    .select({
      attempts: sql<number>`count(*)::int`,
      learners: sql<number>`count(distinct ${simulationAttempts.learnerId})::int`,
      completed: sql<number>`count(*) filter (where ${simulationAttempts.finishedAt} is not null)::int`,
      passed: sql<number>`count(*) filter (where ${simulationAttempts.status} = 'passed')::int`,
      failed: sql<number>`count(*) filter (where ${simulationAttempts.status} = 'failed')::int`,
      averageScaled: sql<number | null>`avg(${scaled})::float8`,
      averageDurationMs: sql<number | null>`avg(${simulationAttempts.durationMs}) filter (where ${simulationAttempts.finishedAt} is not null)::float8`,
    })
    .from(simulationAttempts)
    .where(eq(simulationAttempts.resourceId, resourceId));
  return row ?? { attempts: 0, learners: 0, completed: 0, passed: 0, failed: 0, averageScaled: null, averageDurationMs: null };
}

export type ResourceRowForCatalogue = typeof resources.$inferSelect;

/** Published simulations, newest first, narrowed by the catalogue's filters (visibility is checked by the caller). */
export async function listPublishedSimulations(db: DbOrTx, filter: { q?: string | undefined; level?: string | undefined; language?: string | undefined; program?: string | undefined }, limit: number): Promise<ResourceRowForCatalogue[]> {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select()
    .from(resources)
    .where(
      and(
        eq(resources.type, 'virtual_simulation'),
        eq(resources.status, 'published'),
        filter.level ? eq(resources.level, filter.level) : undefined,
        filter.language ? eq(resources.language, filter.language) : undefined,
        filter.program ? arrayContains(resources.programCodes, [filter.program]) : undefined,
        pattern ? or(ilike(sql`${resources.title}::text`, pattern), ilike(sql`${resources.description}::text`, pattern), ilike(sql`array_to_string(${resources.knowledgePoints}, ' ')`, pattern)) : undefined,
      ),
    )
    .orderBy(desc(resources.publishedAt), desc(resources.id))
    .limit(limit);
}
