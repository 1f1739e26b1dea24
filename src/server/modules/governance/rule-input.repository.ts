import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { PACKED_ROW_FIELDS, parseIntegerList } from './domain/rules/index.js';

/**
 * What a rule run reads of one province, in ONE statement (one snapshot, one round trip), moving
 * only what the rule engine uses:
 * - per offering with filed statuses, the summary its span is computed from (first and last
 *   enrollable year, withdrawn years, the latest row's catalog version; one text record each)
 *   instead of every yearly status row;
 * - per offering with indicators in the years asked for, its key, latest level, first catalog
 *   version and row count (one text record each, see parseRecords), and separately all its yearly rows as
 *   plain integers with the destination sums the rules use already added up, comma-separated,
 *   read into one Int32Array per province by a one-pass parser — no per-row strings, objects or
 *   JavaScript numbers (the former one JSON array per offering with its numbers cost ~0.3 s of
 *   parsing and as much garbage collection per national run).
 * Both parts walk the primary keys in key order, so the groups come out of the index already
 * sorted and every "latest"/"earliest" is the last/first element of an unordered array_agg — no
 * sort, neither of the province's rows nor inside a group. The planner on its own prefers a
 * bitmap scan and an (external-merge) sort here; measured at national scale (PostgreSQL 15, the
 * busiest province, backend CPU) this statement costs ~40 % of the previous one's.
 */

/** Per offering with status rows: [collegeId, programCode, first enrollable year | null, last enrollable year | null, withdrawn years | null, catalog version of the latest row]. */
export type StatusSummaryTuple = [string, string, number | null, number | null, number[] | null, string];

/** The order of the numbers in each yearly row (the rule engine's packed-row layout). */
export const RULE_ROW_FIELDS = PACKED_ROW_FIELDS;

/** One offering with indicator rows in the years asked for. */
export type ReportedOffering = {
  collegeId: string;
  programCode: string;
  /** Level of the latest row. */
  level: string;
  /** Catalog version of the earliest row. */
  catalogVersionId: string;
  /** Its rows in year order are rows firstRow … firstRow + rowCount − 1 of `ProvinceRuleData.numbers`. */
  firstRow: number;
  rowCount: number;
};

export type ProvinceRuleData = {
  statuses: StatusSummaryTuple[];
  /** In (college, program) order. */
  reported: ReportedOffering[];
  /** Every reported row's numbers, RULE_ROW_FIELDS.length a row, offering after offering. */
  numbers: Int32Array;
};

const placed = (prefix: 'first' | 'year_end') => `${prefix}_contract_jobs + ${prefix}_flexible_jobs + ${prefix}_self_employed + ${prefix}_further_study`;
const rowNumbers = sql.raw(`concat_ws(',', year, planned_places, entrants, enrollment, graduates, ${placed('first')}, ${placed('year_end')},
  year_end_contract_jobs + year_end_flexible_jobs + year_end_self_employed, related_employed, full_time_teachers, external_teachers, dual_qualified_teachers)`);

/**
 * Records of fields as the statement sends them: fields separated by U+001F (unit separator),
 * records by U+001E (record separator) — cheaper for PostgreSQL to build than one JSON array per
 * offering (json_build_array types each argument on every call). A field holding either
 * character would shift the others, so every record must have exactly `width` fields.
 */
function parseRecords(text: string, width: number): string[][] {
  return text.split('\u001e').map((record) => {
    const fields = record.split('\u001f');
    if (fields.length !== width) throw new Error(`rule input: a record of ${fields.length} fields, ${width} expected: ${JSON.stringify(record.slice(0, 200))}`);
    return fields;
  });
}

const yearOrNull = (field: string) => (field === '' ? null : Number(field));

/** The status part: per offering college, program, first and last enrollable year ('' = none), catalog version, withdrawn years ('' = none, else comma-separated). */
export function parseStatuses(text: string | null): StatusSummaryTuple[] {
  if (!text) return [];
  return parseRecords(text, 6).map(([collegeId, programCode, first, last, catalogVersionId, withdrawn]) => [
    collegeId!, programCode!, yearOrNull(first!), yearOrNull(last!), withdrawn === '' ? null : withdrawn!.split(',').map(Number), catalogVersionId!,
  ]);
}

/**
 * The reported part: `keys`, per offering college, program, level, catalog version and row count,
 * then U+0001, then every row's numbers comma-separated in the same order.
 */
export function parseReported(text: string | null): { reported: ReportedOffering[]; numbers: Int32Array } {
  if (!text) return { reported: [], numbers: new Int32Array(0) };
  const cut = text.indexOf('\u0001');
  if (cut < 0) throw new Error('rule input: the reported part has no numbers');
  let firstRow = 0;
  const reported = parseRecords(text.slice(0, cut), 5).map(([collegeId, programCode, level, catalogVersionId, count]) => {
    const rowCount = Number(count);
    const offering = { collegeId: collegeId!, programCode: programCode!, level: level!, catalogVersionId: catalogVersionId!, firstRow, rowCount };
    firstRow += rowCount;
    return offering;
  });
  return { reported, numbers: parseIntegerList(text.slice(cut + 1), firstRow * RULE_ROW_FIELDS.length) };
}

export async function loadProvinceRuleData(db: DbOrTx, provinceCode: string, years: { from: number; to: number }): Promise<ProvinceRuleData> {
  return db.transaction(async (tx) => {
    // key-order index scans instead of bitmap scan + sort (see above); no parallel workers for a 2-core machine's many provinces at once
    await tx.execute(sql`select set_config('enable_bitmapscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`);
    const result = await tx.execute<{ statuses: string | null; reported: string | null }>(sql`
      select
        (select string_agg(t, chr(30)) from (
           select concat_ws(chr(31), college_id, program_code,
             coalesce(min(year) filter (where status in ('recorded', 'approved'))::text, ''),
             coalesce(max(year) filter (where status in ('recorded', 'approved'))::text, ''),
             (array_agg(catalog_version_id))[count(*)],
             coalesce(array_to_string(array_agg(year) filter (where status = 'withdrawn'), ','), '')) as t
           from (select college_id, program_code, year, status, catalog_version_id from governance.offerings
                 where province_code = ${provinceCode} order by college_id, program_code, year) o
           group by college_id, program_code) s) as statuses,
        (select string_agg(concat_ws(chr(31), college_id, program_code, level, catalog_version_id, n), chr(30)) || chr(1) || string_agg(t, ',') from (
           select college_id, program_code, (array_agg(level))[count(*)] as level, (array_agg(catalog_version_id))[1] as catalog_version_id, count(*) as n,
             string_agg(${rowNumbers}, ',') as t
           from (select * from governance.offering_indicators
                 where province_code = ${provinceCode} and year between ${years.from} and ${years.to} order by college_id, program_code, year) r
           group by college_id, program_code) s) as reported`);
    const row = result.rows[0];
    return { statuses: parseStatuses(row?.statuses ?? null), ...parseReported(row?.reported ?? null) };
  });
}
