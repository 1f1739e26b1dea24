import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { placedOf, employedOf, type OfferingYearIndicators } from '../../src/shared/contracts/governance/indicators.js';
import type { GeneratedWorld } from '../generator/generate.js';

/**
 * The governance benchmark's same-run reference: the indicator aggregation behind the default
 * rule packs — per-offering windows over the years and per-region ranks and counts — as one
 * DuckDB query over the same rows. It answers counts per condition, which the benchmark also
 * uses to cross-check Luban's findings where a pack's rule is exactly one of these conditions.
 */
export type ReferenceCounts = Record<string, number>;

export type DuckReference = {
  /** Runs the whole aggregation for evaluation year `year` (one province, or all); returns counts per condition. */
  evaluate(year: number, provinceCode?: string): Promise<ReferenceCounts>;
  close(): void;
};

const TABLE = `create table oy (
  province integer not null, college varchar not null, program varchar not null, level varchar not null,
  opened integer not null, year integer not null, planned integer not null, entrants integer not null,
  enrollment integer not null, graduates integer not null, placed_first integer not null, placed_ye integer not null,
  employed_ye integer not null, related integer not null, ft_teachers integer not null, ext_teachers integer not null,
  dual integer not null)`;

/** One pass of windows per offering, one ranking pass per (province, year), GROUP BYs for counts. */
const QUERY = `
with rates as (
  select *,
    case when graduates >= 30 then placed_first::double / graduates end as rate_first,
    case when graduates >= 30 then placed_ye::double / graduates end as rate_ye
  from oy where year between $year - 2 and $year and ($province = 0 or province = $province)
), windows as (
  select *,
    lag(rate_ye, 1) over w as rate_ye_1, lag(year, 1) over w as year_1,
    lag(rate_ye, 2) over w as rate_ye_2, lag(year, 2) over w as year_2,
    lag(entrants, 1) over w as entrants_1, lag(entrants, 2) over w as entrants_2
  from rates
  window w as (partition by college, program order by year)
), ranked as (
  select *, percent_rank() over (partition by province, year order by rate_first) as pct_first
  from windows where rate_first is not null
), bottom as (
  select college, program from ranked
  where pct_first < 0.1 and year in ($year, $year - 1)
  group by college, program having count(*) = 2
), current_year as (
  select * from windows where year = $year
), saturation as (
  select province, program, count(*) as offerings from current_year group by province, program
), per_college as (
  select college, count(*) as offerings, count(*) filter (where opened = $year) as new_programs, sum(enrollment) as enrollment
  from current_year group by college
)
select
  (select count(*) from current_year where rate_ye < 0.6 and rate_ye_1 < 0.6 and year_1 = $year - 1) as below60_two_years,
  (select count(*) from current_year where level <> 'secondary' and rate_ye < 0.6 and rate_ye_1 < 0.6 and year_1 = $year - 1) as national_below60_two_years,
  (select count(*) from current_year where rate_ye < 0.6 and rate_ye_1 < 0.6 and rate_ye_2 < 0.6 and year_1 = $year - 1 and year_2 = $year - 2) as below60_three_years,
  (select count(*) from current_year where rate_ye < 0.3 or (rate_ye < 0.4 and rate_ye_1 < 0.4 and year_1 = $year - 1)) as tianjin_stop,
  (select count(*) from current_year where entrants = 0 and entrants_1 = 0 and entrants_2 = 0 and year_1 = $year - 1 and year_2 = $year - 2) as no_entrants_three_years,
  (select count(*) from bottom) as bottom10_two_years,
  (select count(*) from saturation where offerings > 20) as programs_over_20,
  (select count(*) from saturation where offerings > 15) as programs_over_15,
  (select count(*) from saturation where offerings > 10) as programs_over_10,
  (select count(*) from per_college where offerings > 40) as colleges_over_40,
  (select count(*) from per_college where new_programs > 5) as colleges_new_over_5,
  (select count(*) from per_college where offerings > enrollment / 300.0) as colleges_programs_over_enrollment_300,
  (select count(*) from current_year where level = 'undergraduate' and ft_teachers + 0.5 * ext_teachers > 0
     and enrollment / (ft_teachers + 0.5 * ext_teachers) > 18) as undergraduate_ratio_over_18
`;

async function load(connection: DuckDBConnection, world: GeneratedWorld, rows: readonly OfferingYearIndicators[]): Promise<void> {
  await connection.run(TABLE);
  const opened = new Map(world.offerings.map((o) => [o.id, o.openedYear]));
  const appender = await connection.createAppender('oy');
  for (const row of rows) {
    appender.appendInteger(Number(row.provinceCode));
    appender.appendVarchar(row.collegeId);
    appender.appendVarchar(row.programCode);
    appender.appendVarchar(row.level);
    appender.appendInteger(opened.get(row.offeringId) ?? row.year);
    appender.appendInteger(row.year);
    appender.appendInteger(row.plannedPlaces);
    appender.appendInteger(row.entrants);
    appender.appendInteger(row.enrollment);
    appender.appendInteger(row.graduates);
    appender.appendInteger(placedOf(row.destinationFirst));
    appender.appendInteger(placedOf(row.destinationYearEnd));
    appender.appendInteger(employedOf(row.destinationYearEnd));
    appender.appendInteger(row.relatedEmployed);
    appender.appendInteger(row.fullTimeTeachers);
    appender.appendInteger(row.externalTeachers);
    appender.appendInteger(row.dualQualifiedTeachers);
    appender.endRow();
  }
  appender.closeSync();
}

/** An in-memory DuckDB holding the same rows as the Luban database (loading is not timed). */
export async function createDuckReference(world: GeneratedWorld, rows: readonly OfferingYearIndicators[]): Promise<DuckReference> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await load(connection, world, rows);
  return {
    async evaluate(year, provinceCode) {
      const sql = QUERY.replaceAll('$year', String(Math.trunc(year))).replaceAll('$province', String(provinceCode ? Number(provinceCode) : 0));
      const result = await connection.runAndReadAll(sql);
      const [row] = result.getRowObjectsJS();
      const counts: ReferenceCounts = {};
      for (const [key, value] of Object.entries(row ?? {})) counts[key] = Number(value);
      return counts;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
