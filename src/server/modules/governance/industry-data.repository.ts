import { and, asc, count, eq, inArray, lte, max, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { industryEmployment } from './industry-data.tables.js';

export type IndustryEmploymentRow = typeof industryEmployment.$inferSelect;
export type IndustryEmploymentInsert = typeof industryEmployment.$inferInsert;
export type IndustryRegions = 'all' | readonly string[];

const inRegions = (regions: IndustryRegions): SQL | undefined => (regions === 'all' ? undefined : inArray(industryEmployment.regionCode, [...regions]));

export type IndustryListQuery = { regions: IndustryRegions; region?: string | undefined; year?: number | undefined; section?: string | undefined; after?: { regionCode: string; year: number; sectionCode: string } | undefined; limit: number };

/** Rows in (region, year, section) order after the cursor's key. */
export async function listIndustryEmployment(db: DbOrTx, query: IndustryListQuery): Promise<IndustryEmploymentRow[]> {
  if (query.regions !== 'all' && query.regions.length === 0) return [];
  const after = query.after;
  const conditions = [
    inRegions(query.regions),
    query.region ? eq(industryEmployment.regionCode, query.region) : undefined,
    query.year ? eq(industryEmployment.year, query.year) : undefined,
    query.section ? eq(industryEmployment.sectionCode, query.section) : undefined,
    after ? sql`(${industryEmployment.regionCode}, ${industryEmployment.year}, ${industryEmployment.sectionCode}) > (${after.regionCode}, ${after.year}, ${after.sectionCode})` : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select()
    .from(industryEmployment)
    .where(and(...conditions))
    .orderBy(asc(industryEmployment.regionCode), asc(industryEmployment.year), asc(industryEmployment.sectionCode))
    .limit(query.limit);
}

/** How many of these (region, year, section) keys already have a row. */
export async function countExistingIndustryKeys(db: DbOrTx, keys: readonly { regionCode: string; year: number; sectionCode: string }[]): Promise<number> {
  if (keys.length === 0) return 0;
  const regions = [...new Set(keys.map((k) => k.regionCode))];
  const rows = await db
    .select({ regionCode: industryEmployment.regionCode, year: industryEmployment.year, sectionCode: industryEmployment.sectionCode })
    .from(industryEmployment)
    .where(inArray(industryEmployment.regionCode, regions));
  const existing = new Set(rows.map((r) => `${r.regionCode}|${r.year}|${r.sectionCode}`));
  return keys.filter((k) => existing.has(`${k.regionCode}|${k.year}|${k.sectionCode}`)).length;
}

/** Writes the rows, replacing any with the same key. */
export async function upsertIndustryRows(db: DbOrTx, rows: readonly IndustryEmploymentInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(industryEmployment)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [industryEmployment.regionCode, industryEmployment.year, industryEmployment.sectionCode],
        set: {
          sectionName: sql`excluded.section_name`,
          employment: sql`excluded.employment`,
          valueAdded: sql`excluded.value_added`,
          source: sql`excluded.source`,
          isSample: sql`excluded.is_sample`,
          importId: sql`excluded.import_id`,
          importedAt: sql`excluded.imported_at`,
        },
      });
  }
}

/** The latest year at or before `year` with industry figures in every one of `regions` that has figures ('all': every region with figures). */
export async function latestIndustryYear(db: DbOrTx, regions: IndustryRegions, atOrBefore: number | undefined): Promise<number | undefined> {
  const [row] = await db
    .select({ year: max(industryEmployment.year) })
    .from(industryEmployment)
    .where(and(inRegions(regions), atOrBefore === undefined ? undefined : lte(industryEmployment.year, atOrBefore)));
  return row?.year ?? undefined;
}

export type IndustrySectionFigure = { sectionCode: string; sectionName: string | null; employment: number; valueAdded: number | null };

/** One year's figures summed per section over the regions, with the regions that had any, and their sources. */
export async function industryFigures(db: DbOrTx, regions: IndustryRegions, year: number) {
  const condition = and(inRegions(regions), eq(industryEmployment.year, year));
  const sections = await db
    .select({
      sectionCode: industryEmployment.sectionCode,
      sectionName: max(industryEmployment.sectionName),
      employment: sql<number>`sum(${industryEmployment.employment})::float8`,
      valueAdded: sql<number | null>`case when count(${industryEmployment.valueAdded}) = count(*) then sum(${industryEmployment.valueAdded})::float8 end`,
    })
    .from(industryEmployment)
    .where(condition)
    .groupBy(industryEmployment.sectionCode)
    .orderBy(asc(industryEmployment.sectionCode));
  const provenance = await db
    .select({ regionCode: industryEmployment.regionCode, source: industryEmployment.source, isSample: industryEmployment.isSample, rows: count() })
    .from(industryEmployment)
    .where(condition)
    .groupBy(industryEmployment.regionCode, industryEmployment.source, industryEmployment.isSample);
  return { sections: sections satisfies IndustrySectionFigure[], provenance };
}
