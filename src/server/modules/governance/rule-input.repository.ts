import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';

/**
 * What a rule run reads of one province, in ONE statement (one snapshot, one round trip), moving
 * only what the rule engine uses:
 * - per offering with filed statuses, the summary its span is computed from (first and last
 *   enrollable year, withdrawn years, the latest row's catalog version) instead of every
 *   yearly status row;
 * - per offering with indicators in the years asked for, one JSON array: its key, latest level
 *   and first catalog version, then its yearly rows as plain integers with the destination sums
 *   the rules use already added up — one JSON.parse for the province, no per-row strings,
 *   objects or driver parsing.
 * Both parts walk the primary keys in key order, so the groups come out of the index already
 * sorted and every "latest"/"earliest" is the last/first element of an unordered array_agg — no
 * sort, neither of the province's rows nor inside a group. The planner on its own prefers a
 * bitmap scan and an (external-merge) sort here; measured at national scale (PostgreSQL 15, the
 * busiest province, backend CPU) this statement costs ~40 % of the previous one's.
 */

/** Per offering with status rows: [collegeId, programCode, first enrollable year | null, last enrollable year | null, withdrawn years | null, catalog version of the latest row]. */
export type StatusSummaryTuple = [string, string, number | null, number | null, number[] | null, string];

/** The order of the numbers in each yearly row. */
export const RULE_ROW_FIELDS = [
  'year', 'plannedPlaces', 'entrants', 'enrollment', 'graduates', 'placedFirst', 'placedYearEnd', 'employedYearEnd',
  'relatedEmployed', 'fullTimeTeachers', 'externalTeachers', 'dualQualifiedTeachers',
] as const;

/** One offering with indicator rows in the years asked for. */
export type ReportedOffering = {
  collegeId: string;
  programCode: string;
  /** Level of the latest row. */
  level: string;
  /** Catalog version of the earliest row. */
  catalogVersionId: string;
  /** Its rows in year order, RULE_ROW_FIELDS.length numbers each, one after another. */
  rows: number[];
};

export type ProvinceRuleData = {
  statuses: StatusSummaryTuple[];
  /** In (college, program) order. */
  reported: ReportedOffering[];
};

const placed = (prefix: 'first' | 'year_end') => `${prefix}_contract_jobs + ${prefix}_flexible_jobs + ${prefix}_self_employed + ${prefix}_further_study`;
const rowNumbers = sql.raw(`concat_ws(',', year, planned_places, entrants, enrollment, graduates, ${placed('first')}, ${placed('year_end')},
  year_end_contract_jobs + year_end_flexible_jobs + year_end_self_employed, related_employed, full_time_teachers, external_teachers, dual_qualified_teachers)`);

/** `[["college","program","level","catalog",1,2,3,…],…]`: per offering its key, then its rows' numbers. */
export function parseReported(text: string | null): ReportedOffering[] {
  if (!text) return [];
  const width = RULE_ROW_FIELDS.length;
  return (JSON.parse(text) as (string | number)[][]).map((group) => {
    const [collegeId, programCode, level, catalogVersionId] = group as [string, string, string, string];
    const rows = group.slice(4) as number[];
    if (rows.length % width !== 0) throw new Error(`rule input: ${rows.length} numbers for ${collegeId}:${programCode}`);
    return { collegeId, programCode, level, catalogVersionId, rows };
  });
}

export async function loadProvinceRuleData(db: DbOrTx, provinceCode: string, years: { from: number; to: number }): Promise<ProvinceRuleData> {
  return db.transaction(async (tx) => {
    // key-order index scans instead of bitmap scan + sort (see above); no parallel workers for a 2-core machine's many provinces at once
    await tx.execute(sql`select set_config('enable_bitmapscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`);
    const result = await tx.execute<{ statuses: string | null; reported: string | null }>(sql`
      select
        (select json_agg(t)::text from (
           select json_build_array(college_id, program_code,
             min(year) filter (where status in ('recorded', 'approved')),
             max(year) filter (where status in ('recorded', 'approved')),
             array_agg(year) filter (where status = 'withdrawn'),
             (array_agg(catalog_version_id))[count(*)]) as t
           from (select college_id, program_code, year, status, catalog_version_id from governance.offerings
                 where province_code = ${provinceCode} order by college_id, program_code, year) o
           group by college_id, program_code) s) as statuses,
        (select '[' || string_agg(t, ',') || ']' from (
           select left(json_build_array(college_id, program_code, (array_agg(level))[count(*)], (array_agg(catalog_version_id))[1])::text, -1) || ',' || string_agg(${rowNumbers}, ',') || ']' as t
           from (select * from governance.offering_indicators
                 where province_code = ${provinceCode} and year between ${years.from} and ${years.to} order by college_id, program_code, year) r
           group by college_id, program_code) s) as reported`);
    const row = result.rows[0];
    return {
      statuses: row?.statuses ? (JSON.parse(row.statuses) as StatusSummaryTuple[]) : [],
      reported: parseReported(row?.reported ?? null),
    };
  });
}
