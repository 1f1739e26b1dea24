import { and, asc, desc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { programClassifications, referenceItems, referenceSets } from './catalog.tables.js';

export type ReferenceSetRow = typeof referenceSets.$inferSelect;
export type ReferenceItemRow = typeof referenceItems.$inferSelect;

export async function listReferenceSets(db: DbOrTx, kind: string | undefined) {
  const rows = await db
    .select({ set: referenceSets, itemCount: sql<number>`(select count(*)::int from ${referenceItems} where ${referenceItems.setId} = ${referenceSets.id})` })
    .from(referenceSets)
    .where(kind ? eq(referenceSets.kind, kind) : undefined)
    .orderBy(asc(referenceSets.kind), desc(referenceSets.createdAt));
  return rows.map((r) => ({ ...r.set, itemCount: r.itemCount }));
}

export async function findReferenceSet(db: DbOrTx, id: string): Promise<ReferenceSetRow | undefined> {
  const [row] = await db.select().from(referenceSets).where(eq(referenceSets.id, id));
  return row;
}

/** The newest set of a kind: the default target of a classification column. */
export async function newestReferenceSet(db: DbOrTx, kind: string): Promise<ReferenceSetRow | undefined> {
  const [row] = await db
    .select()
    .from(referenceSets)
    .where(eq(referenceSets.kind, kind))
    .orderBy(desc(referenceSets.effectiveFrom), desc(referenceSets.createdAt))
    .limit(1);
  return row;
}

export async function referenceCodes(db: DbOrTx, setId: string): Promise<Set<string>> {
  const rows = await db.select({ code: referenceItems.code }).from(referenceItems).where(eq(referenceItems.setId, setId));
  return new Set(rows.map((r) => r.code));
}

export type ReferenceItemQuery = { setId: string; q?: string | undefined; tier?: string | undefined; region?: string | undefined; afterCode?: string | undefined; limit: number };

export async function listReferenceItems(db: DbOrTx, query: ReferenceItemQuery): Promise<ReferenceItemRow[]> {
  const escaped = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const conditions = [
    eq(referenceItems.setId, query.setId),
    escaped ? or(ilike(referenceItems.code, `%${escaped}%`), ilike(referenceItems.name, `%${escaped}%`), ilike(referenceItems.nameEn, `%${escaped}%`)) : undefined,
    query.tier ? eq(referenceItems.tier, query.tier) : undefined,
    query.region ? eq(referenceItems.regionCode, query.region) : undefined,
    query.afterCode ? gt(referenceItems.code, query.afterCode) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db.select().from(referenceItems).where(and(...conditions)).orderBy(asc(referenceItems.code)).limit(query.limit);
}

export async function insertReferenceSet(db: DbOrTx, set: typeof referenceSets.$inferInsert, items: readonly Omit<ReferenceItemRow, 'setId'>[]): Promise<void> {
  await db.insert(referenceSets).values(set);
  for (let i = 0; i < items.length; i += 500) {
    await db.insert(referenceItems).values(items.slice(i, i + 500).map((item) => ({ ...item, setId: set.id })));
  }
}

/** Classifications of programs, with the item names and the set's kind. */
export async function findProgramClassifications(db: DbOrTx, versionId: string, programCode: string) {
  return db
    .select({ setId: programClassifications.setId, itemCode: programClassifications.itemCode, kind: referenceSets.kind, name: referenceItems.name, tier: referenceItems.tier, regionCode: referenceItems.regionCode })
    .from(programClassifications)
    .innerJoin(referenceSets, eq(referenceSets.id, programClassifications.setId))
    .leftJoin(referenceItems, and(eq(referenceItems.setId, programClassifications.setId), eq(referenceItems.code, programClassifications.itemCode)))
    .where(and(eq(programClassifications.versionId, versionId), eq(programClassifications.programCode, programCode)))
    .orderBy(asc(referenceSets.kind), asc(programClassifications.itemCode));
}

export async function findReferenceItems(db: DbOrTx, pairs: readonly { setId: string; itemCode: string }[]) {
  if (pairs.length === 0) return [];
  const setIds = [...new Set(pairs.map((p) => p.setId))];
  const rows = await db.select().from(referenceItems).where(inArray(referenceItems.setId, setIds));
  const wanted = new Set(pairs.map((p) => `${p.setId}|${p.itemCode}`));
  return rows.filter((r) => wanted.has(`${r.setId}|${r.code}`));
}

export async function replaceProgramClassifications(db: DbOrTx, versionId: string, programCode: string, items: readonly { setId: string; itemCode: string }[]): Promise<void> {
  await db.delete(programClassifications).where(and(eq(programClassifications.versionId, versionId), eq(programClassifications.programCode, programCode)));
  if (items.length > 0) await db.insert(programClassifications).values(items.map((i) => ({ ...i, versionId, programCode })));
}

/** Every classification of a version's programs, with item names and the set's kind (for dashboards). */
export async function listVersionClassifications(db: DbOrTx, versionId: string) {
  return db
    .select({ programCode: programClassifications.programCode, setId: programClassifications.setId, itemCode: programClassifications.itemCode, kind: referenceSets.kind, name: referenceItems.name, nameEn: referenceItems.nameEn, tier: referenceItems.tier, regionCode: referenceItems.regionCode })
    .from(programClassifications)
    .innerJoin(referenceSets, eq(referenceSets.id, programClassifications.setId))
    .leftJoin(referenceItems, and(eq(referenceItems.setId, programClassifications.setId), eq(referenceItems.code, programClassifications.itemCode)))
    .where(eq(programClassifications.versionId, versionId))
    .orderBy(asc(programClassifications.programCode), asc(programClassifications.setId), asc(programClassifications.itemCode));
}
