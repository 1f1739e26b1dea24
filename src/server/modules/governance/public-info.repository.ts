import { and, asc, eq, gt, gte, inArray, lte, max, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { dashboardProgramYears } from './dashboards.tables.js';
import { offeringIndicators } from './indicators.tables.js';

/**
 * Reads for the public information service and the open-data API. Offerings come from the
 * filings' offerings table (read only), "in force" meaning the latest row of the year asked or
 * before, and only recorded or approved ones are public. Figures come from the indicators.
 */
export type PublicOfferingRow = { provinceCode: string; collegeId: string; programCode: string; programName: string; status: string; isDemo: boolean; openedYear: number | null };
export type OfferingKey = { provinceCode: string; collegeId: string; programCode: string };

const enrollable = sql.raw(`('recorded', 'approved')`);

type RawOffering = { province_code: string; college_id: string; program_code: string; program_name: string; status: string; is_demo: boolean; opened_year: number | null };
const toOffering = (r: RawOffering): PublicOfferingRow => ({ provinceCode: r.province_code, collegeId: r.college_id, programCode: r.program_code, programName: r.program_name, status: r.status, isDemo: r.is_demo, openedYear: r.opened_year });

/** Recorded offerings in force, filtered, in (province, college, program) order after `after`. */
export async function listRecordedOfferings(
  db: DbOrTx,
  filter: { programCode?: string | undefined; provinceCode?: string | undefined; collegeId?: string | undefined; keys?: readonly OfferingKey[] | undefined; year?: number | undefined; after?: OfferingKey | undefined; limit: number },
): Promise<PublicOfferingRow[]> {
  const conditions: SQL[] = [sql`true`];
  if (filter.programCode) conditions.push(sql`program_code = ${filter.programCode}`);
  if (filter.provinceCode) conditions.push(sql`province_code = ${filter.provinceCode}`);
  if (filter.collegeId) conditions.push(sql`college_id = ${filter.collegeId}`);
  if (filter.year !== undefined) conditions.push(sql`year <= ${filter.year}`);
  if (filter.keys) {
    if (filter.keys.length === 0) return [];
    conditions.push(sql`(province_code, college_id, program_code) in (${sql.join(filter.keys.map((k) => sql`(${k.provinceCode}, ${k.collegeId}, ${k.programCode})`), sql`, `)})`);
  }
  const after = filter.after ? sql`and (o.province_code, o.college_id, o.program_code) > (${filter.after.provinceCode}, ${filter.after.collegeId}, ${filter.after.programCode})` : sql``;
  const result = await db.execute<RawOffering>(sql`
    select o.*, (select min(f.year) from governance.offerings f where f.province_code = o.province_code and f.college_id = o.college_id
      and f.program_code = o.program_code and f.status in ${enrollable})::int as opened_year
    from (
      select distinct on (province_code, college_id, program_code) province_code, college_id, program_code, program_name, status, is_demo
      from governance.offerings where ${sql.join(conditions, sql` and `)}
      order by province_code, college_id, program_code, year desc
    ) o
    where o.status in ${enrollable} ${after}
    order by o.province_code, o.college_id, o.program_code limit ${filter.limit}`);
  return result.rows.map(toOffering);
}

/** Every indicator row of these offerings up to `year`, for publishing (pooling needs earlier years). */
export async function indicatorSeries(db: DbOrTx, keys: readonly OfferingKey[], range: { from?: number | undefined; to?: number | undefined } = {}) {
  if (keys.length === 0) return [];
  return db
    .select()
    .from(offeringIndicators)
    .where(
      and(
        sql`(${offeringIndicators.provinceCode}, ${offeringIndicators.collegeId}, ${offeringIndicators.programCode}) in (${sql.join(keys.map((k) => sql`(${k.provinceCode}, ${k.collegeId}, ${k.programCode})`), sql`, `)})`,
        range.from === undefined ? undefined : gte(offeringIndicators.year, range.from),
        range.to === undefined ? undefined : lte(offeringIndicators.year, range.to),
      ),
    )
    .orderBy(asc(offeringIndicators.provinceCode), asc(offeringIndicators.collegeId), asc(offeringIndicators.programCode), asc(offeringIndicators.year));
}

/** Offering-years of one year with indicators, in key order after `after` (open data). */
export async function indicatorKeysOfYear(db: DbOrTx, filter: { year: number; provinceCode?: string | undefined; programCode?: string | undefined; collegeId?: string | undefined; level?: string | undefined; after?: OfferingKey | undefined; limit: number }): Promise<OfferingKey[]> {
  const after = filter.after;
  return db
    .select({ provinceCode: offeringIndicators.provinceCode, collegeId: offeringIndicators.collegeId, programCode: offeringIndicators.programCode })
    .from(offeringIndicators)
    .where(
      and(
        eq(offeringIndicators.year, filter.year),
        filter.provinceCode ? eq(offeringIndicators.provinceCode, filter.provinceCode) : undefined,
        filter.programCode ? eq(offeringIndicators.programCode, filter.programCode) : undefined,
        filter.collegeId ? eq(offeringIndicators.collegeId, filter.collegeId) : undefined,
        filter.level ? eq(offeringIndicators.level, filter.level) : undefined,
        after ? sql`(${offeringIndicators.provinceCode}, ${offeringIndicators.collegeId}, ${offeringIndicators.programCode}) > (${after.provinceCode}, ${after.collegeId}, ${after.programCode})` : undefined,
      ),
    )
    .orderBy(asc(offeringIndicators.provinceCode), asc(offeringIndicators.collegeId), asc(offeringIndicators.programCode))
    .limit(filter.limit);
}

/** Programs with recorded offerings in the latest summarized year of each province (or one province). */
export async function recordedProgramCounts(db: DbOrTx, provinceCode: string | undefined) {
  const latest = db
    .select({ provinceCode: dashboardProgramYears.provinceCode, year: max(dashboardProgramYears.year).as('latest_year') })
    .from(dashboardProgramYears)
    .where(provinceCode ? eq(dashboardProgramYears.provinceCode, provinceCode) : undefined)
    .groupBy(dashboardProgramYears.provinceCode)
    .as('latest');
  return db
    .select({
      programCode: dashboardProgramYears.programCode,
      level: max(dashboardProgramYears.level),
      colleges: sql<number>`sum(${dashboardProgramYears.recordedOfferings})::int`,
      isGenerated: sql<boolean>`bool_or(${dashboardProgramYears.isGenerated})`,
    })
    .from(dashboardProgramYears)
    .innerJoin(latest, and(eq(latest.provinceCode, dashboardProgramYears.provinceCode), eq(latest.year, dashboardProgramYears.year)))
    .where(gt(dashboardProgramYears.recordedOfferings, 0))
    .groupBy(dashboardProgramYears.programCode)
    .orderBy(asc(dashboardProgramYears.programCode));
}

/** Program × province summaries over a range of years (open data, pooled per program). */
export async function programYearRows(db: DbOrTx, filter: { from: number; to: number; provinceCode?: string | undefined; level?: string | undefined; programCodes?: readonly string[] | undefined }) {
  return db
    .select()
    .from(dashboardProgramYears)
    .where(
      and(
        gte(dashboardProgramYears.year, filter.from),
        lte(dashboardProgramYears.year, filter.to),
        filter.provinceCode ? eq(dashboardProgramYears.provinceCode, filter.provinceCode) : undefined,
        filter.level ? eq(dashboardProgramYears.level, filter.level) : undefined,
        filter.programCodes ? inArray(dashboardProgramYears.programCode, [...filter.programCodes]) : undefined,
      ),
    )
    .orderBy(asc(dashboardProgramYears.provinceCode), asc(dashboardProgramYears.programCode), asc(dashboardProgramYears.year));
}

/** The latest year with indicators (any province, or one). */
export async function latestIndicatorYear(db: DbOrTx, provinceCode: string | undefined): Promise<number | undefined> {
  const [row] = await db
    .select({ year: max(dashboardProgramYears.year) })
    .from(dashboardProgramYears)
    .where(and(gt(dashboardProgramYears.offerings, 0), provinceCode ? eq(dashboardProgramYears.provinceCode, provinceCode) : undefined));
  return row?.year ?? undefined;
}
