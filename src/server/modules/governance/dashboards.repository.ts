import { and, asc, desc, eq, inArray, max, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { dashboardCollegeYears, dashboardNationalProgramYears, dashboardProgramNames, dashboardProgramYears, dashboardProvinceYears, dashboardRefreshes } from './dashboards.tables.js';
import { offeringIndicators } from './indicators.tables.js';
import { warnings } from './warnings.tables.js';

/**
 * Dashboard reads over the summary tables (see dashboards-refresh.repository.ts), plus the two
 * small live reads: open warnings (their lifecycle changes between refreshes) and one college's
 * offerings. A view is the whole country, one province or one college.
 */
export type View = { level: 'national' } | { level: 'province'; provinceCode: string } | { level: 'college'; provinceCode: string; collegeId: string };

export type Figures = {
  offerings: number;
  plannedPlaces: number;
  entrants: number;
  enrollment: number;
  graduates: number;
  firstPlaced: number;
  yearEndPlaced: number;
  yearEndEmployed: number;
  relatedEmployed: number;
  isGenerated: boolean;
};

type SummaryTable = typeof dashboardProvinceYears | typeof dashboardCollegeYears | typeof dashboardProgramYears | typeof dashboardNationalProgramYears;

const figureSums = <T extends SummaryTable>(table: T) => ({
  offerings: sql<number>`coalesce(sum(${table.offerings}), 0)::int`,
  plannedPlaces: sql<number>`coalesce(sum(${table.plannedPlaces}), 0)::int`,
  entrants: sql<number>`coalesce(sum(${table.entrants}), 0)::int`,
  enrollment: sql<number>`coalesce(sum(${table.enrollment}), 0)::int`,
  graduates: sql<number>`coalesce(sum(${table.graduates}), 0)::int`,
  firstPlaced: sql<number>`coalesce(sum(${table.firstPlaced}), 0)::int`,
  yearEndPlaced: sql<number>`coalesce(sum(${table.yearEndPlaced}), 0)::int`,
  yearEndEmployed: sql<number>`coalesce(sum(${table.yearEndEmployed}), 0)::int`,
  relatedEmployed: sql<number>`coalesce(sum(${table.relatedEmployed}), 0)::int`,
  isGenerated: sql<boolean>`coalesce(bool_or(${table.isGenerated}), false)`,
});

export type SummaryFilter = { view: View; year?: number | undefined; level?: string | undefined };

function provinceWhere(filter: SummaryFilter, table: typeof dashboardProvinceYears | typeof dashboardProgramYears | typeof dashboardNationalProgramYears): SQL[] {
  return [
    filter.view.level === 'national' || !('provinceCode' in table) ? undefined : eq(table.provinceCode, filter.view.provinceCode),
    filter.year === undefined ? undefined : eq(table.year, filter.year),
    filter.level === undefined ? undefined : eq(table.level, filter.level),
  ].filter((c): c is SQL => c !== undefined);
}

function collegeWhere(filter: SummaryFilter): SQL[] {
  const view = filter.view;
  return [
    view.level === 'national' ? undefined : eq(dashboardCollegeYears.provinceCode, view.provinceCode),
    view.level === 'college' ? eq(dashboardCollegeYears.collegeId, view.collegeId) : undefined,
    filter.year === undefined ? undefined : eq(dashboardCollegeYears.year, filter.year),
    filter.level === undefined ? undefined : eq(dashboardCollegeYears.level, filter.level),
  ].filter((c): c is SQL => c !== undefined);
}

/** Years with data in the view, ascending. */
export async function summaryYears(db: DbOrTx, filter: SummaryFilter): Promise<number[]> {
  const rows =
    filter.view.level === 'college'
      ? await db.selectDistinct({ year: dashboardCollegeYears.year }).from(dashboardCollegeYears).where(and(...collegeWhere({ ...filter, year: undefined }))).orderBy(asc(dashboardCollegeYears.year))
      : await db.selectDistinct({ year: dashboardProvinceYears.year }).from(dashboardProvinceYears).where(and(...provinceWhere({ ...filter, year: undefined }, dashboardProvinceYears))).orderBy(asc(dashboardProvinceYears.year));
  return rows.map((r) => r.year);
}

/** Figures per province (with its colleges per level summed), for the map and the national breakdown. */
export async function figuresByProvince(db: DbOrTx, filter: SummaryFilter) {
  return db
    .select({ provinceCode: dashboardProvinceYears.provinceCode, colleges: sql<number>`coalesce(sum(${dashboardProvinceYears.colleges}), 0)::int`, ...figureSums(dashboardProvinceYears) })
    .from(dashboardProvinceYears)
    .where(and(...provinceWhere(filter, dashboardProvinceYears)))
    .groupBy(dashboardProvinceYears.provinceCode)
    .orderBy(asc(dashboardProvinceYears.provinceCode));
}

/** Figures per year of the view (trends). A college view reads its college's rows. */
export async function figuresByYear(db: DbOrTx, filter: SummaryFilter) {
  if (filter.view.level === 'college') {
    return db
      .select({ year: dashboardCollegeYears.year, colleges: sql<number>`count(distinct ${dashboardCollegeYears.collegeId})::int`, ...figureSums(dashboardCollegeYears) })
      .from(dashboardCollegeYears)
      .where(and(...collegeWhere(filter)))
      .groupBy(dashboardCollegeYears.year)
      .orderBy(asc(dashboardCollegeYears.year));
  }
  return db
    .select({ year: dashboardProvinceYears.year, colleges: sql<number>`coalesce(sum(${dashboardProvinceYears.colleges}), 0)::int`, ...figureSums(dashboardProvinceYears) })
    .from(dashboardProvinceYears)
    .where(and(...provinceWhere(filter, dashboardProvinceYears)))
    .groupBy(dashboardProvinceYears.year)
    .orderBy(asc(dashboardProvinceYears.year));
}

/** Figures per college of the view (a province's colleges, or the one college). */
export async function figuresByCollege(db: DbOrTx, filter: SummaryFilter) {
  return db
    .select({ provinceCode: dashboardCollegeYears.provinceCode, collegeId: dashboardCollegeYears.collegeId, ...figureSums(dashboardCollegeYears) })
    .from(dashboardCollegeYears)
    .where(and(...collegeWhere(filter)))
    .groupBy(dashboardCollegeYears.provinceCode, dashboardCollegeYears.collegeId)
    .orderBy(asc(dashboardCollegeYears.collegeId));
}

/** Colleges per province and level (repetition-rate denominators). */
export async function collegesByProvinceLevel(db: DbOrTx, filter: SummaryFilter) {
  return db
    .select({ provinceCode: dashboardProvinceYears.provinceCode, level: dashboardProvinceYears.level, colleges: dashboardProvinceYears.colleges })
    .from(dashboardProvinceYears)
    .where(and(...provinceWhere(filter, dashboardProvinceYears)));
}

const programSums = (table: typeof dashboardProgramYears | typeof dashboardNationalProgramYears) => ({
  ...figureSums(table),
  recordedOfferings: sql<number>`coalesce(sum(${table.recordedOfferings}), 0)::int`,
  addedOfferings: sql<number>`coalesce(sum(${table.addedOfferings}), 0)::int`,
  closedOfferings: sql<number>`coalesce(sum(${table.closedOfferings}), 0)::int`,
});

/** The per-program summary a view's totals per program come from: the national roll-up for the country. */
const programTable = (view: View) => (view.level === 'national' ? dashboardNationalProgramYears : dashboardProgramYears);

/** Figures per program (summed over the view's provinces), or per program × province, most offerings first. */
export async function figuresByProgram(db: DbOrTx, filter: SummaryFilter, options: { perProvince: boolean; limit?: number | undefined }) {
  const where = and(...provinceWhere(filter, dashboardProgramYears));
  const table = programTable(filter.view);
  const query = options.perProvince
    ? db
        .select({ provinceCode: dashboardProgramYears.provinceCode, programCode: dashboardProgramYears.programCode, level: max(dashboardProgramYears.level), ...programSums(dashboardProgramYears) })
        .from(dashboardProgramYears)
        .where(where)
        .groupBy(dashboardProgramYears.provinceCode, dashboardProgramYears.programCode)
        .orderBy(desc(sql`sum(${dashboardProgramYears.offerings})`), asc(dashboardProgramYears.programCode), asc(dashboardProgramYears.provinceCode))
    : db
        .select({ provinceCode: sql<string | null>`null`, programCode: table.programCode, level: max(table.level), ...programSums(table) })
        .from(table)
        .where(and(...provinceWhere(filter, table)))
        .groupBy(table.programCode)
        .orderBy(desc(sql`sum(${table.offerings})`), asc(table.programCode));
  return options.limit === undefined ? query : query.limit(options.limit);
}

/** Program totals restricted to some provinces (structural deviation compares only provinces with industry data). */
export async function graduatesByProgram(db: DbOrTx, provinces: readonly string[], year: number, level: string | undefined) {
  if (provinces.length === 0) return [];
  return db
    .select({ programCode: dashboardProgramYears.programCode, graduates: sql<number>`coalesce(sum(${dashboardProgramYears.graduates}), 0)::int`, isGenerated: sql<boolean>`coalesce(bool_or(${dashboardProgramYears.isGenerated}), false)` })
    .from(dashboardProgramYears)
    .where(and(inArray(dashboardProgramYears.provinceCode, [...provinces]), eq(dashboardProgramYears.year, year), level ? eq(dashboardProgramYears.level, level) : undefined))
    .groupBy(dashboardProgramYears.programCode);
}

/** One college's offerings in a year, straight from the indicators (a college has tens of rows). */
export async function collegeOfferingRows(db: DbOrTx, provinceCode: string, collegeId: string, year: number, level: string | undefined) {
  return db
    .select()
    .from(offeringIndicators)
    .where(and(eq(offeringIndicators.provinceCode, provinceCode), eq(offeringIndicators.collegeId, collegeId), eq(offeringIndicators.year, year), level ? eq(offeringIndicators.level, level) : undefined))
    .orderBy(asc(offeringIndicators.programCode));
}

export type WarningGroup = 'province' | 'college' | 'program' | 'none';

/** Open warnings of the view by severity, grouped by province, college or program (warnings are read live). */
export async function openWarningCounts(db: DbOrTx, view: View, groupBy: WarningGroup) {
  const key =
    groupBy === 'province' ? warnings.provinceCode : groupBy === 'college' ? sql<string | null>`${warnings.collegeId}` : groupBy === 'program' ? sql<string | null>`${warnings.programCode}` : sql<string>`''`;
  const rows = await db
    .select({ key: sql<string | null>`${key}`, severity: warnings.severity, count: sql<number>`count(*)::int` })
    .from(warnings)
    .where(
      and(
        ne(warnings.status, 'closed'),
        view.level === 'national' ? undefined : eq(warnings.provinceCode, view.provinceCode),
        view.level === 'college' ? eq(warnings.collegeId, view.collegeId) : undefined,
      ),
    )
    .groupBy(sql`1`, warnings.severity);
  return rows;
}

export async function lastRefresh(db: DbOrTx, view: View): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(dashboardRefreshes.refreshedAt) })
    .from(dashboardRefreshes)
    .where(view.level === 'national' ? undefined : eq(dashboardRefreshes.provinceCode, view.provinceCode));
  return row?.at ?? null;
}

/** Program names as the offerings recorded them (for codes the catalog in force does not hold): the latest filed name in any province, from the summaries. */
export async function programNamesFromOfferings(db: DbOrTx, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([dashboardProgramNames.programCode], { programCode: dashboardProgramNames.programCode, programName: dashboardProgramNames.programName })
    .from(dashboardProgramNames)
    .where(inArray(dashboardProgramNames.programCode, [...new Set(codes)]))
    .orderBy(asc(dashboardProgramNames.programCode), desc(dashboardProgramNames.year));
  return new Map(rows.map((r) => [r.programCode, r.programName]));
}

/** Added and closed offerings per year of the view (from the offerings' lifecycle). */
export async function adjustmentsPerYear(db: DbOrTx, filter: SummaryFilter) {
  const table = programTable(filter.view);
  return db
    .select({
      year: table.year,
      added: sql<number>`coalesce(sum(${table.addedOfferings}), 0)::int`,
      closed: sql<number>`coalesce(sum(${table.closedOfferings}), 0)::int`,
    })
    .from(table)
    .where(and(...provinceWhere(filter, table)))
    .groupBy(table.year)
    .orderBy(asc(table.year));
}

/** One college's program changes in a year from its offerings: first recorded that year (added), withdrawn that year (closed). */
export async function collegeAdjustments(db: DbOrTx, provinceCode: string, collegeId: string, year: number): Promise<{ programCode: string; added: number; closed: number }[]> {
  const result = await db.execute<{ program_code: string; added: number; closed: number }>(sql`
    select program_code,
      (bool_or(year = ${year} and status in ('recorded', 'approved')) and min(year) = ${year}
        and ${year} > (select min(year) from governance.offerings where province_code = ${provinceCode}))::int as added,
      bool_or(year = ${year} and status = 'withdrawn')::int as closed
    from governance.offerings where province_code = ${provinceCode} and college_id = ${collegeId} and year <= ${year}
    group by program_code order by program_code`);
  return result.rows.map((r) => ({ programCode: r.program_code, added: r.added, closed: r.closed }));
}
