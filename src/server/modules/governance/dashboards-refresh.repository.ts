import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { dashboardCollegeYears, dashboardNationalProgramYears, dashboardProgramNames, dashboardProgramYears, dashboardProvinceYears, dashboardRefreshes } from './dashboards.tables.js';

/**
 * Rewrites one province's dashboard summaries from its offering-year indicators and its
 * offerings' lifecycle (read only: those tables belong to the indicators and filings parts).
 * Three INSERT … SELECT statements over one province's key range, so the work is proportional to
 * the province, never to the country. Run it inside a transaction: readers see the old rows or
 * the new ones, never none.
 */

const placed = (prefix: 'first' | 'year_end') => `${prefix}_contract_jobs + ${prefix}_flexible_jobs + ${prefix}_self_employed + ${prefix}_further_study`;
const employed = 'year_end_contract_jobs + year_end_flexible_jobs + year_end_self_employed';
const enrollable = sql.raw(`('recorded', 'approved')`);

const figureColumns = sql.raw('offerings, planned_places, entrants, enrollment, graduates, first_placed, year_end_placed, year_end_employed, related_employed, is_generated');
/** The figure sums over offering-indicator rows, named like the summary columns. */
const indicatorSums = sql.raw(`count(*) as offerings, sum(planned_places) as planned_places, sum(entrants) as entrants, sum(enrollment) as enrollment,
  sum(graduates) as graduates, sum(${placed('first')}) as first_placed, sum(${placed('year_end')}) as year_end_placed,
  sum(${employed}) as year_end_employed, sum(related_employed) as related_employed, bool_or(is_generated) as is_generated`);
/** The same sums over summary rows. */
const summarySums = sql.raw(`sum(offerings), sum(planned_places), sum(entrants), sum(enrollment), sum(graduates),
  sum(first_placed), sum(year_end_placed), sum(year_end_employed), sum(related_employed), bool_or(is_generated)`);

export type RefreshCounts = { collegeRows: number; provinceRows: number; programRows: number };

export async function rewriteProvinceSummaries(db: DbOrTx, provinceCode: string, now: Date): Promise<RefreshCounts> {
  await db.delete(dashboardCollegeYears).where(eq(dashboardCollegeYears.provinceCode, provinceCode));
  await db.delete(dashboardProvinceYears).where(eq(dashboardProvinceYears.provinceCode, provinceCode));
  await db.delete(dashboardProgramYears).where(eq(dashboardProgramYears.provinceCode, provinceCode));
  await db.delete(dashboardProgramNames).where(eq(dashboardProgramNames.provinceCode, provinceCode));

  const colleges = await db.execute(sql`
    insert into governance.dashboard_college_years (province_code, college_id, year, level, ${figureColumns}, refreshed_at)
    select province_code, college_id, year, level, ${indicatorSums}, ${now}::timestamptz
    from governance.offering_indicators where province_code = ${provinceCode}
    group by province_code, college_id, year, level`);

  const provinces = await db.execute(sql`
    insert into governance.dashboard_province_years (province_code, year, level, colleges, ${figureColumns}, refreshed_at)
    select province_code, year, level, count(*), ${summarySums}, ${now}::timestamptz
    from governance.dashboard_college_years where province_code = ${provinceCode}
    group by province_code, year, level`);

  const programs = await db.execute(programSummarySql(provinceCode, now));

  await db.execute(sql`
    insert into governance.dashboard_program_names (province_code, program_code, year, program_name)
    select distinct on (program_code) province_code, program_code, year, program_name
    from governance.offerings where province_code = ${provinceCode} order by program_code, year desc`);
  return { collegeRows: colleges.rowCount ?? 0, provinceRows: provinces.rowCount ?? 0, programRows: programs.rowCount ?? 0 };
}

/**
 * Per program and year: the indicator sums, plus from the offerings (a row per year in which a
 * filing set the status; later years keep the latest status): offerings recorded or approved in
 * force that year, added (first recorded that year, after the province's first year of rows) and
 * closed (withdrawn that year).
 */
function programSummarySql(p: string, now: Date) {
  return sql`
    insert into governance.dashboard_program_years (province_code, program_code, year, level, recorded_offerings, added_offerings, closed_offerings, ${figureColumns}, refreshed_at)
    with ind as (
      select program_code, year, max(level) as level, ${indicatorSums}
      from governance.offering_indicators where province_code = ${p} group by program_code, year
    ),
    years as (
      select distinct year from governance.offering_indicators where province_code = ${p}
      union select distinct year from governance.offerings where province_code = ${p}
    ),
    in_force as (
      select distinct on (o.college_id, o.program_code, y.year) y.year, o.program_code, o.status, o.is_demo
      from years y join governance.offerings o on o.province_code = ${p} and o.year <= y.year
      order by o.college_id, o.program_code, y.year, o.year desc
    ),
    recorded as (
      select program_code, year, count(*) filter (where status in ${enrollable}) as recorded, bool_or(is_demo) as is_demo
      from in_force group by program_code, year
    ),
    firsts as (
      select program_code, min(year) as year from governance.offerings
      where province_code = ${p} and status in ${enrollable} group by college_id, program_code
    ),
    added as (
      select program_code, year, count(*) as added from firsts
      where year > (select min(year) from governance.offerings where province_code = ${p}) group by program_code, year
    ),
    closed as (
      select program_code, year, count(*) as closed from governance.offerings
      where province_code = ${p} and status = 'withdrawn' group by program_code, year
    ),
    keys as (
      select program_code, year from ind union select program_code, year from recorded
      union select program_code, year from added union select program_code, year from closed
    )
    select ${p}, k.program_code, k.year, ind.level, coalesce(recorded.recorded, 0), coalesce(added.added, 0), coalesce(closed.closed, 0),
      coalesce(ind.offerings, 0), coalesce(ind.planned_places, 0), coalesce(ind.entrants, 0), coalesce(ind.enrollment, 0), coalesce(ind.graduates, 0),
      coalesce(ind.first_placed, 0), coalesce(ind.year_end_placed, 0), coalesce(ind.year_end_employed, 0), coalesce(ind.related_employed, 0),
      coalesce(ind.is_generated, false) or coalesce(recorded.is_demo, false), ${now}::timestamptz
    from keys k
    left join ind using (program_code, year)
    left join recorded using (program_code, year)
    left join added using (program_code, year)
    left join closed using (program_code, year)`;
}

/**
 * Rebuilds the national roll-up (per program × year, summed over every province's summary) from
 * the province summaries: one GROUP BY over them, after a refresh. The table lock orders two
 * concurrent rebuilds (each deletes and re-inserts every row); readers are not blocked.
 */
export async function rebuildNationalSummaries(db: DbOrTx, now: Date): Promise<number> {
  await db.execute(sql`lock table governance.dashboard_national_program_years in exclusive mode`);
  await db.delete(dashboardNationalProgramYears);
  const result = await db.execute(sql`
    insert into governance.dashboard_national_program_years (year, program_code, level, recorded_offerings, added_offerings, closed_offerings, ${figureColumns}, refreshed_at)
    select year, program_code, max(level), sum(recorded_offerings), sum(added_offerings), sum(closed_offerings), ${summarySums}, ${now}::timestamptz
    from governance.dashboard_program_years group by year, program_code`);
  return result.rowCount ?? 0;
}

/** Programs of the province whose level neither the indicators nor an earlier pass knew. */
export async function programsWithoutLevel(db: DbOrTx, provinceCode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ programCode: dashboardProgramYears.programCode })
    .from(dashboardProgramYears)
    .where(and(eq(dashboardProgramYears.provinceCode, provinceCode), isNull(dashboardProgramYears.level)));
  return rows.map((r) => r.programCode);
}

export async function setProgramLevels(db: DbOrTx, provinceCode: string, levels: ReadonlyMap<string, string>): Promise<void> {
  const byLevel = new Map<string, string[]>();
  for (const [code, level] of levels) byLevel.set(level, [...(byLevel.get(level) ?? []), code]);
  for (const [level, codes] of byLevel) {
    await db
      .update(dashboardProgramYears)
      .set({ level })
      .where(and(eq(dashboardProgramYears.provinceCode, provinceCode), inArray(dashboardProgramYears.programCode, codes)));
  }
}

export async function recordRefresh(db: DbOrTx, provinceCode: string, now: Date, durationMs: number, programRows: number): Promise<void> {
  await db
    .insert(dashboardRefreshes)
    .values({ provinceCode, refreshedAt: now, durationMs, programRows })
    .onConflictDoUpdate({ target: dashboardRefreshes.provinceCode, set: { refreshedAt: now, durationMs, programRows } });
}

/** Provinces with any indicators or offerings: what a full refresh covers. */
export async function provincesWithData(db: DbOrTx): Promise<string[]> {
  const result = await db.execute<{ province_code: string }>(sql`
    select province_code from (select distinct province_code from governance.offering_indicators
    union select distinct province_code from governance.offerings) p order by province_code`);
  return result.rows.map((r) => r.province_code);
}
