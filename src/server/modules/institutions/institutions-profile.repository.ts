import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { RegionRecord } from './domain/gbt2260.js';
import { colleges, regions } from './institutions.tables.js';
import { collegeProfiles, doubleHighMemberships } from './institutions-profile.tables.js';

export type CollegeProfileRow = typeof collegeProfiles.$inferSelect;
export type DoubleHighRow = typeof doubleHighMemberships.$inferSelect;

export async function loadAllRegions(db: DbOrTx): Promise<RegionRecord[]> {
  const rows = await db.select().from(regions);
  return rows.map((r) => ({ ...r, level: r.level === 'province' ? 'province' : r.level === 'prefecture' ? 'prefecture' : 'county' }));
}

/** id → province of the colleges that already exist among `ids`. */
export async function findCollegeProvinces(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .select({ id: colleges.id, provinceCode: colleges.provinceCode })
      .from(colleges)
      .where(inArray(colleges.id, ids.slice(i, i + 1000)));
    for (const row of rows) result.set(row.id, row.provinceCode);
  }
  return result;
}

export async function upsertCollegeProfiles(db: DbOrTx, rows: (typeof collegeProfiles.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(collegeProfiles)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: collegeProfiles.collegeId,
        set: {
          moeCode: sql`excluded.moe_code`,
          city: sql`excluded.city`,
          regionMatch: sql`excluded.region_match`,
          sourceOwnership: sql`excluded.source_ownership`,
          website: sql`excluded.website`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export async function findCollegeProfile(db: DbOrTx, collegeId: string) {
  const [profile] = await db.select().from(collegeProfiles).where(eq(collegeProfiles.collegeId, collegeId));
  const memberships = await db.select().from(doubleHighMemberships).where(eq(doubleHighMemberships.collegeId, collegeId));
  return { profile, memberships };
}

export async function replaceDoubleHigh(db: DbOrTx, collegeId: string, rows: Omit<DoubleHighRow, 'collegeId'>[]): Promise<void> {
  await db.delete(doubleHighMemberships).where(eq(doubleHighMemberships.collegeId, collegeId));
  if (rows.length > 0) await db.insert(doubleHighMemberships).values(rows.map((r) => ({ ...r, collegeId })));
}

export async function countCollegesByLevel(db: DbOrTx): Promise<Record<string, number>> {
  const rows = await db.select({ level: colleges.level, count: sql<number>`count(*)::int` }).from(colleges).groupBy(colleges.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.count]));
}
