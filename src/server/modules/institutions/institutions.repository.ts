import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { RegionRecord } from './domain/gbt2260.js';
import { colleges, regions } from './institutions.tables.js';

export type CollegeRow = typeof colleges.$inferSelect;

export async function countRegions(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(regions);
  return row?.count ?? 0;
}

export async function upsertRegions(db: DbOrTx, records: RegionRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    await db
      .insert(regions)
      .values(records.slice(i, i + 500))
      .onConflictDoUpdate({
        target: regions.code,
        set: { name: sql`excluded.name`, level: sql`excluded.level`, parentCode: sql`excluded.parent_code`, provinceCode: sql`excluded.province_code` },
      });
  }
}

export async function listRegions(db: DbOrTx, level: string | undefined, parent: string | undefined) {
  const conditions = [level ? eq(regions.level, level) : undefined, parent ? eq(regions.parentCode, parent) : undefined].filter(
    (c): c is SQL => c !== undefined,
  );
  return db
    .select()
    .from(regions)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(regions.code));
}

export async function findRegion(db: DbOrTx, code: string) {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row;
}

export async function findCollege(db: DbOrTx, id: string): Promise<CollegeRow | undefined> {
  const [row] = await db.select().from(colleges).where(eq(colleges.id, id));
  return row;
}

export async function findColleges(db: DbOrTx, ids: string[]): Promise<CollegeRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(colleges).where(inArray(colleges.id, ids));
}

export async function upsertColleges(db: DbOrTx, rows: (typeof colleges.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(colleges)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: colleges.id,
        set: {
          name: sql`excluded.name`,
          nameEn: sql`excluded.name_en`,
          provinceCode: sql`excluded.province_code`,
          regionCode: sql`excluded.region_code`,
          level: sql`excluded.level`,
          ownership: sql`excluded.ownership`,
          authority: sql`excluded.authority`,
          isDemo: sql`excluded.is_demo`,
        },
      });
  }
}

export type CollegeListQuery = {
  provinces: string[] | 'all';
  collegeIds: string[] | 'all';
  province?: string | undefined;
  q?: string | undefined;
  afterId?: string | undefined;
  limit: number;
};

export async function listColleges(db: DbOrTx, query: CollegeListQuery): Promise<CollegeRow[]> {
  const scopeParts: SQL[] = [];
  if (query.provinces !== 'all' && query.provinces.length > 0) scopeParts.push(inArray(colleges.provinceCode, query.provinces));
  if (query.collegeIds !== 'all' && query.collegeIds.length > 0) scopeParts.push(inArray(colleges.id, query.collegeIds));
  const isUnrestricted = query.provinces === 'all' || query.collegeIds === 'all';
  const escaped = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const conditions = [
    isUnrestricted ? undefined : scopeParts.length > 0 ? or(...scopeParts) : sql`false`,
    query.province ? eq(colleges.provinceCode, query.province) : undefined,
    escaped ? or(ilike(colleges.name, `%${escaped}%`), ilike(colleges.id, `%${escaped}%`)) : undefined,
    query.afterId ? gt(colleges.id, query.afterId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select()
    .from(colleges)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(colleges.id))
    .limit(query.limit);
}
