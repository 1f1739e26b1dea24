import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, pgSchema, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

export const governanceSchema = pgSchema('governance');

/**
 * Byte-ordered text for keys: codes and ids are ASCII, so the "C" collation compares and sorts
 * them as bytes, which keeps the big primary keys cheap to compare and their order stable on
 * every engine (PGlite and PostgreSQL ship different ICU/libc collations).
 */
const keyText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text COLLATE "C"',
});

/**
 * Yearly indicators of one program offering (college × catalog program × year), as counts only:
 * every rate is computed from these with its numerator and denominator. One row per
 * offering-year; `province_code` leads the key (the distribution key, ARCHITECTURE.md), so one
 * province's rows are one contiguous key range — a rule run loads them with one range scan.
 * Destinations are stored at both snapshots (first ≈ 31 Aug, year end 31 Dec) as the six
 * categories that partition the graduates.
 */
export const offeringIndicators = governanceSchema.table(
  'offering_indicators',
  {
    provinceCode: keyText('province_code').notNull(),
    collegeId: keyText('college_id').notNull(),
    programCode: keyText('program_code').notNull(),
    year: smallint('year').notNull(),
    level: text('level').notNull(),
    /** The catalog version the program code was checked against at import. */
    catalogVersionId: text('catalog_version_id').notNull(),
    plannedPlaces: integer('planned_places').notNull(),
    entrants: integer('entrants').notNull(),
    enrollment: integer('enrollment').notNull(),
    graduates: integer('graduates').notNull(),
    firstContractJobs: integer('first_contract_jobs').notNull(),
    firstFlexibleJobs: integer('first_flexible_jobs').notNull(),
    firstSelfEmployed: integer('first_self_employed').notNull(),
    firstFurtherStudy: integer('first_further_study').notNull(),
    firstSeekingWork: integer('first_seeking_work').notNull(),
    firstNotSeeking: integer('first_not_seeking').notNull(),
    yearEndContractJobs: integer('year_end_contract_jobs').notNull(),
    yearEndFlexibleJobs: integer('year_end_flexible_jobs').notNull(),
    yearEndSelfEmployed: integer('year_end_self_employed').notNull(),
    yearEndFurtherStudy: integer('year_end_further_study').notNull(),
    yearEndSeekingWork: integer('year_end_seeking_work').notNull(),
    yearEndNotSeeking: integer('year_end_not_seeking').notNull(),
    relatedEmployed: integer('related_employed').notNull(),
    /** Median starting salary, CNY a month; null when nobody was employed. */
    startingSalaryMedian: integer('starting_salary_median'),
    fullTimeTeachers: integer('full_time_teachers').notNull(),
    externalTeachers: integer('external_teachers').notNull(),
    dualQualifiedTeachers: integer('dual_qualified_teachers').notNull(),
    /** Generated (demo / benchmark) data, never to be shown as real. */
    isGenerated: boolean('is_generated').notNull().default(false),
    /** The import batch that wrote the row (null for seeded data). */
    importId: text('import_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.collegeId, table.programCode, table.year] }),
    // per-province, per-year reads (dashboards, a year's benchmark ranks)
    index('offering_indicators_province_year_idx').on(table.provinceCode, table.year, table.programCode),
    // the accounting the import checks, kept by the database too: destinations partition the graduates
    check(
      'offering_indicators_first_partition',
      sql`${table.firstContractJobs} + ${table.firstFlexibleJobs} + ${table.firstSelfEmployed} + ${table.firstFurtherStudy} + ${table.firstSeekingWork} + ${table.firstNotSeeking} = ${table.graduates}`,
    ),
    check(
      'offering_indicators_year_end_partition',
      sql`${table.yearEndContractJobs} + ${table.yearEndFlexibleJobs} + ${table.yearEndSelfEmployed} + ${table.yearEndFurtherStudy} + ${table.yearEndSeekingWork} + ${table.yearEndNotSeeking} = ${table.graduates}`,
    ),
    check(
      'offering_indicators_non_negative',
      sql`least(${table.plannedPlaces}, ${table.entrants}, ${table.enrollment}, ${table.graduates}, ${table.firstContractJobs}, ${table.firstFlexibleJobs}, ${table.firstSelfEmployed}, ${table.firstFurtherStudy}, ${table.firstSeekingWork}, ${table.firstNotSeeking}, ${table.yearEndContractJobs}, ${table.yearEndFlexibleJobs}, ${table.yearEndSelfEmployed}, ${table.yearEndFurtherStudy}, ${table.yearEndSeekingWork}, ${table.yearEndNotSeeking}, ${table.relatedEmployed}, ${table.fullTimeTeachers}, ${table.externalTeachers}, ${table.dualQualifiedTeachers}, coalesce(${table.startingSalaryMedian}, 0)) >= 0`,
    ),
  ],
);

/** One committed indicator import: who, when, what it replaced (the rows carry `import_id`). */
export const indicatorImports = governanceSchema.table(
  'indicator_imports',
  {
    id: text('id').primaryKey(),
    /** The scope the importer acted in (college:… or province:…). */
    scope: text('scope').notNull(),
    fileName: text('file_name').notNull(),
    fingerprint: text('fingerprint').notNull(),
    rows: integer('rows').notNull(),
    /** Rows of the same college-years deleted before the insert. */
    replacedRows: integer('replaced_rows').notNull(),
    /** The provinces the rows belong to (a rule run re-evaluates just these). */
    provinceCodes: text('province_codes').array().notNull(),
    collegeIds: text('college_ids').array().notNull(),
    years: integer('years').array().notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('indicator_imports_imported_at_idx').on(table.importedAt)],
);
