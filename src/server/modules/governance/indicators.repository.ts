import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { bulkInsert } from '../../db/bulk-insert.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import type { OfferingLevel, OfferingYearIndicators } from '../../../shared/contracts/governance/indicators.js';
import { indicatorImports, offeringIndicators } from './indicators.tables.js';

/** One stored offering-year: the contract's row plus where it came from. */
export type IndicatorRecord = OfferingYearIndicators & { catalogVersionId: string; isGenerated: boolean };

type Insert = typeof offeringIndicators.$inferInsert;
type Row = typeof offeringIndicators.$inferSelect;

export const offeringIdOf = (collegeId: string, programCode: string) => `${collegeId}:${programCode}`;

function toInsert(record: IndicatorRecord, importId: string | null): Insert {
  const f = record.destinationFirst;
  const y = record.destinationYearEnd;
  return {
    provinceCode: record.provinceCode, collegeId: record.collegeId, programCode: record.programCode, year: record.year,
    level: record.level, catalogVersionId: record.catalogVersionId,
    plannedPlaces: record.plannedPlaces, entrants: record.entrants, enrollment: record.enrollment, graduates: record.graduates,
    firstContractJobs: f.contractJobs, firstFlexibleJobs: f.flexibleJobs, firstSelfEmployed: f.selfEmployed,
    firstFurtherStudy: f.furtherStudy, firstSeekingWork: f.seekingWork, firstNotSeeking: f.notSeeking,
    yearEndContractJobs: y.contractJobs, yearEndFlexibleJobs: y.flexibleJobs, yearEndSelfEmployed: y.selfEmployed,
    yearEndFurtherStudy: y.furtherStudy, yearEndSeekingWork: y.seekingWork, yearEndNotSeeking: y.notSeeking,
    relatedEmployed: record.relatedEmployed, startingSalaryMedian: record.startingSalaryMedian,
    fullTimeTeachers: record.fullTimeTeachers, externalTeachers: record.externalTeachers, dualQualifiedTeachers: record.dualQualifiedTeachers,
    isGenerated: record.isGenerated, importId,
  };
}

function toRecord(row: Row): IndicatorRecord {
  return {
    offeringId: offeringIdOf(row.collegeId, row.programCode),
    provinceCode: row.provinceCode, collegeId: row.collegeId, programCode: row.programCode, level: row.level as OfferingLevel, year: row.year,
    plannedPlaces: row.plannedPlaces, entrants: row.entrants, enrollment: row.enrollment, graduates: row.graduates,
    destinationFirst: {
      contractJobs: row.firstContractJobs, flexibleJobs: row.firstFlexibleJobs, selfEmployed: row.firstSelfEmployed,
      furtherStudy: row.firstFurtherStudy, seekingWork: row.firstSeekingWork, notSeeking: row.firstNotSeeking,
    },
    destinationYearEnd: {
      contractJobs: row.yearEndContractJobs, flexibleJobs: row.yearEndFlexibleJobs, selfEmployed: row.yearEndSelfEmployed,
      furtherStudy: row.yearEndFurtherStudy, seekingWork: row.yearEndSeekingWork, notSeeking: row.yearEndNotSeeking,
    },
    relatedEmployed: row.relatedEmployed, startingSalaryMedian: row.startingSalaryMedian,
    fullTimeTeachers: row.fullTimeTeachers, externalTeachers: row.externalTeachers, dualQualifiedTeachers: row.dualQualifiedTeachers,
    catalogVersionId: row.catalogVersionId, isGenerated: row.isGenerated,
  };
}

/** Inserts rows (they must not exist yet), in batches of one JSON parameter each (see bulkInsert). */
export async function insertIndicators(db: DbOrTx, records: readonly IndicatorRecord[], importId: string | null): Promise<void> {
  await bulkInsert(db, offeringIndicators, records.map((r) => toInsert(r, importId)));
}

export type CollegeYear = { provinceCode: string; collegeId: string; year: number };

function collegeYearCondition(pairs: readonly CollegeYear[]): SQL | undefined {
  if (pairs.length === 0) return undefined;
  return or(...pairs.map((p) => and(eq(offeringIndicators.provinceCode, p.provinceCode), eq(offeringIndicators.collegeId, p.collegeId), eq(offeringIndicators.year, p.year))));
}

/** How many stored rows the given college-years hold. */
export async function countCollegeYears(db: DbOrTx, pairs: readonly CollegeYear[]): Promise<number> {
  const condition = collegeYearCondition(pairs);
  if (!condition) return 0;
  const [row] = await db.select({ n: count() }).from(offeringIndicators).where(condition);
  return row?.n ?? 0;
}

/** Deletes the rows of the given college-years; returns how many went. */
export async function deleteCollegeYears(db: DbOrTx, pairs: readonly CollegeYear[]): Promise<number> {
  const condition = collegeYearCondition(pairs);
  if (!condition) return 0;
  const deleted = await db.delete(offeringIndicators).where(condition).returning({ year: offeringIndicators.year });
  return deleted.length;
}

export async function insertIndicatorImport(db: DbOrTx, record: typeof indicatorImports.$inferInsert): Promise<void> {
  await db.insert(indicatorImports).values(record);
}

/** Every stored row of one province (optionally only some years), in key order: one range scan. */
/** The columns a rule run reads, in the order of `fromTuple`. */
const TUPLE_COLUMNS = [
  'college_id', 'program_code', 'level', 'year', 'planned_places', 'entrants', 'enrollment', 'graduates',
  'first_contract_jobs', 'first_flexible_jobs', 'first_self_employed', 'first_further_study', 'first_seeking_work', 'first_not_seeking',
  'year_end_contract_jobs', 'year_end_flexible_jobs', 'year_end_self_employed', 'year_end_further_study', 'year_end_seeking_work', 'year_end_not_seeking',
  'related_employed', 'starting_salary_median', 'full_time_teachers', 'external_teachers', 'dual_qualified_teachers', 'catalog_version_id', 'is_generated',
] as const;

type Tuple = [string, string, string, ...(number | string | boolean | null)[]];

function fromTuple(provinceCode: string, t: Tuple): IndicatorRecord {
  const n = (i: number) => t[i] as number;
  return {
    offeringId: offeringIdOf(t[0], t[1]), provinceCode, collegeId: t[0], programCode: t[1], level: t[2] as OfferingLevel, year: n(3),
    plannedPlaces: n(4), entrants: n(5), enrollment: n(6), graduates: n(7),
    destinationFirst: { contractJobs: n(8), flexibleJobs: n(9), selfEmployed: n(10), furtherStudy: n(11), seekingWork: n(12), notSeeking: n(13) },
    destinationYearEnd: { contractJobs: n(14), flexibleJobs: n(15), selfEmployed: n(16), furtherStudy: n(17), seekingWork: n(18), notSeeking: n(19) },
    relatedEmployed: n(20), startingSalaryMedian: t[21] as number | null,
    fullTimeTeachers: n(22), externalTeachers: n(23), dualQualifiedTeachers: n(24),
    catalogVersionId: t[25] as string, isGenerated: t[26] as boolean,
  };
}

/**
 * One province's rows (optionally of a year range), in (college, program, year) order. A rule
 * run reads tens of thousands of rows per province: they come as ONE JSON array of arrays and
 * go through the native JSON parser, instead of a driver row object per row with a parser call
 * per cell and an ORM mapping (measured: that per-row path was most of a province's load time).
 */
export async function loadProvinceIndicators(db: DbOrTx, provinceCode: string, years?: { from: number; to: number }): Promise<IndicatorRecord[]> {
  const range = years ? sql` and year between ${years.from} and ${years.to}` : sql``;
  const columns = sql.raw(TUPLE_COLUMNS.join(', '));
  const result = await db.execute<{ rows: string | null }>(
    sql`select json_agg(json_build_array(${columns}) order by college_id, program_code, year)::text as rows from ${offeringIndicators} where province_code = ${provinceCode}${range}`,
  );
  const text = result.rows[0]?.rows;
  if (!text) return [];
  return (JSON.parse(text) as Tuple[]).map((t) => fromTuple(provinceCode, t));
}

/** Provinces that hold indicator rows. */
export async function listIndicatorProvinces(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ provinceCode: offeringIndicators.provinceCode }).from(offeringIndicators).orderBy(asc(offeringIndicators.provinceCode));
  return rows.map((r) => r.provinceCode);
}

export type IndicatorListFilter = {
  scope: ScopeFilter;
  collegeId?: string | undefined;
  provinceCode?: string | undefined;
  programCode?: string | undefined;
  year?: number | undefined;
  /** Key of the last row of the previous page. */
  after?: { collegeId: string; programCode: string; year: number } | undefined;
  limit: number;
};

function scopeCondition(scope: ScopeFilter): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const parts = [
    scope.provinces.length > 0 ? inArray(offeringIndicators.provinceCode, scope.provinces) : undefined,
    scope.colleges.length > 0 ? inArray(offeringIndicators.collegeId, scope.colleges) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return parts.length === 0 ? sql`false` : or(...parts);
}

/** Stored rows the caller may see, in key order, one page (limit + 1 rows, for the cursor). */
export async function listIndicators(db: DbOrTx, filter: IndicatorListFilter): Promise<IndicatorRecord[]> {
  const after = filter.after;
  const conditions = [
    scopeCondition(filter.scope),
    filter.provinceCode ? eq(offeringIndicators.provinceCode, filter.provinceCode) : undefined,
    filter.collegeId ? eq(offeringIndicators.collegeId, filter.collegeId) : undefined,
    filter.programCode ? eq(offeringIndicators.programCode, filter.programCode) : undefined,
    filter.year ? eq(offeringIndicators.year, filter.year) : undefined,
    after
      ? sql`(${offeringIndicators.collegeId}, ${offeringIndicators.programCode}, ${offeringIndicators.year}) > (${after.collegeId}, ${after.programCode}, ${after.year})`
      : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await db
    .select()
    .from(offeringIndicators)
    .where(and(...conditions))
    .orderBy(asc(offeringIndicators.collegeId), asc(offeringIndicators.programCode), asc(offeringIndicators.year))
    .limit(filter.limit + 1);
  return rows.map(toRecord);
}

/** Whether any indicator row exists (the demo seed runs once). */
export async function hasIndicators(db: DbOrTx): Promise<boolean> {
  const rows = await db.select({ year: offeringIndicators.year }).from(offeringIndicators).limit(1);
  return rows.length > 0;
}

