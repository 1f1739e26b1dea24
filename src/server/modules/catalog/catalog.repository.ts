import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { BuiltRevision, Snapshot, SnapshotCategory, SnapshotProgram } from './domain/catalog-draft.js';
import { categories, continuities, programClassifications, programs, revisions, versions } from './catalog.tables.js';

export type VersionRow = typeof versions.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;
export type RevisionRow = typeof revisions.$inferSelect;

const CHUNK = 500;
async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function listVersions(db: DbOrTx): Promise<VersionRow[]> {
  return db.select().from(versions).orderBy(asc(versions.year), asc(versions.createdAt));
}

export async function findVersion(db: DbOrTx, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(versions).where(eq(versions.id, id));
  return row;
}

export async function findVersionFollowing(db: DbOrTx, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(versions).where(eq(versions.previousVersionId, id)).limit(1);
  return row;
}

/** Programs per version and level. */
export async function countProgramsByVersion(db: DbOrTx): Promise<{ versionId: string; level: string; count: number }[]> {
  return db
    .select({ versionId: programs.versionId, level: programs.level, count: sql<number>`count(*)::int` })
    .from(programs)
    .groupBy(programs.versionId, programs.level);
}

const levelOf = (value: string): SnapshotProgram['level'] => (value === 'secondary' ? 'secondary' : value === 'undergraduate' ? 'undergraduate' : 'higher');

export async function loadSnapshot(db: DbOrTx, versionId: string): Promise<Snapshot> {
  // one query at a time: inside a transaction they share one connection
  const programRows = await db.select().from(programs).where(eq(programs.versionId, versionId));
  const categoryRows = await db.select().from(categories).where(eq(categories.versionId, versionId));
  const continuityRows = await db.select({ fromCode: continuities.fromCode, toCode: continuities.toCode }).from(continuities).where(eq(continuities.versionId, versionId));
  const classificationRows = await db
    .select({ programCode: programClassifications.programCode, setId: programClassifications.setId, itemCode: programClassifications.itemCode })
    .from(programClassifications)
    .where(eq(programClassifications.versionId, versionId));
  return {
    programs: new Map(programRows.map((p) => [p.code, { code: p.code, level: levelOf(p.level), majorCode: p.majorCode, categoryCode: p.categoryCode, name: p.name, nameEn: p.nameEn, notes: p.notes }])),
    categories: new Map(
      categoryRows.map((c): [string, SnapshotCategory] => [c.code, { code: c.code, level: levelOf(c.level), rank: c.rank === 'major' ? 'major' : 'category', parentCode: c.parentCode, name: c.name, nameEn: c.nameEn }]),
    ),
    continuities: continuityRows,
    classifications: classificationRows,
  };
}

/** Writes a version with its whole snapshot and change records (call inside a transaction). */
export async function insertVersion(db: DbOrTx, version: typeof versions.$inferInsert, snapshot: Snapshot, records: readonly BuiltRevision[]): Promise<void> {
  const versionId = version.id;
  await db.insert(versions).values(version);
  await insertChunked([...snapshot.categories.values()], (chunk) => db.insert(categories).values(chunk.map((c) => ({ ...c, versionId }))));
  await insertChunked([...snapshot.programs.values()], (chunk) => db.insert(programs).values(chunk.map((p) => ({ ...p, versionId }))));
  await insertChunked(snapshot.continuities, (chunk) => db.insert(continuities).values(chunk.map((c) => ({ ...c, versionId }))));
  await insertChunked(snapshot.classifications, (chunk) => db.insert(programClassifications).values(chunk.map((c) => ({ ...c, versionId }))));
  await insertChunked(records, (chunk) =>
    db.insert(revisions).values(
      chunk.map((r) => ({ versionId, level: r.level, kind: r.kind, predecessorCodes: r.predecessorCodes, successorCodes: r.successorCodes, note: r.note, isDerived: r.isDerived })),
    ),
  );
}

export async function listCategories(db: DbOrTx, versionId: string, level: string | undefined) {
  const counts = db
    .select({ code: programs.categoryCode, major: programs.majorCode, count: sql<number>`count(*)::int`.as('count') })
    .from(programs)
    .where(eq(programs.versionId, versionId))
    .groupBy(programs.categoryCode, programs.majorCode)
    .as('counts');
  const rows = await db
    .select({ category: categories, categoryCount: sql<number>`coalesce(sum(${counts.count}), 0)::int` })
    .from(categories)
    .leftJoin(counts, or(eq(counts.code, categories.code), and(eq(counts.major, categories.code), eq(categories.rank, 'major'))))
    .where(and(eq(categories.versionId, versionId), level ? eq(categories.level, level) : undefined))
    .groupBy(categories.versionId, categories.code)
    .orderBy(asc(categories.code));
  return rows.map((r) => ({ ...r.category, programCount: r.categoryCount }));
}

export type ProgramListQuery = {
  versionId: string;
  level?: string | undefined;
  major?: string | undefined;
  category?: string | undefined;
  q?: string | undefined;
  classification?: { setId: string; itemCode: string } | undefined;
  afterCode?: string | undefined;
  limit: number;
};

export async function listPrograms(db: DbOrTx, query: ProgramListQuery): Promise<ProgramRow[]> {
  const escaped = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const classified = query.classification
    ? sql`exists (select 1 from ${programClassifications} pc where pc.version_id = ${programs.versionId} and pc.program_code = ${programs.code} and pc.set_id = ${query.classification.setId} and pc.item_code = ${query.classification.itemCode})`
    : undefined;
  const conditions = [
    eq(programs.versionId, query.versionId),
    query.level ? eq(programs.level, query.level) : undefined,
    query.major ? eq(programs.majorCode, query.major) : undefined,
    query.category ? eq(programs.categoryCode, query.category) : undefined,
    escaped ? or(ilike(programs.code, `%${escaped}%`), ilike(programs.name, `%${escaped}%`), ilike(programs.nameEn, `%${escaped}%`)) : undefined,
    classified,
    query.afterCode ? gt(programs.code, query.afterCode) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db.select().from(programs).where(and(...conditions)).orderBy(asc(programs.code)).limit(query.limit);
}

export async function findPrograms(db: DbOrTx, versionId: string, codes: readonly string[]): Promise<ProgramRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(programs).where(and(eq(programs.versionId, versionId), inArray(programs.code, [...codes])));
}

export async function findContinuities(db: DbOrTx, versionId: string, codes: readonly string[]) {
  if (codes.length === 0) return [];
  const list = [...codes];
  return db
    .select({ fromCode: continuities.fromCode, toCode: continuities.toCode })
    .from(continuities)
    .where(and(eq(continuities.versionId, versionId), or(inArray(continuities.fromCode, list), inArray(continuities.toCode, list))));
}

export async function findCategories(db: DbOrTx, versionId: string, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db.select().from(categories).where(and(eq(categories.versionId, versionId), inArray(categories.code, [...codes])));
}

export async function listRevisions(db: DbOrTx, versionIds: readonly string[], filter: { level?: string | undefined; kind?: string | undefined } = {}): Promise<RevisionRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .select()
    .from(revisions)
    .where(and(inArray(revisions.versionId, [...versionIds]), filter.level ? eq(revisions.level, filter.level) : undefined, filter.kind ? eq(revisions.kind, filter.kind) : undefined))
    .orderBy(asc(revisions.id));
}

export async function programCodesOf(db: DbOrTx, versionIds: readonly string[], level?: string): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(versionIds.map((id) => [id, new Set<string>()]));
  if (versionIds.length === 0) return result;
  const rows = await db
    .select({ versionId: programs.versionId, code: programs.code })
    .from(programs)
    .where(and(inArray(programs.versionId, [...versionIds]), level ? eq(programs.level, level) : undefined));
  for (const row of rows) result.get(row.versionId)?.add(row.code);
  return result;
}
