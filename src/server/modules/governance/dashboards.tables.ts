import { boolean, index, integer, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { governanceSchema } from './indicators.tables.js';

/**
 * Dashboard summaries: the offering-year indicators and the offerings' lifecycle aggregated per
 * province, per college and per program, rewritten one province at a time after an indicator
 * import or a rule run (`refreshDashboardSummaries`). Dashboards read these instead of
 * aggregating ~600,000 offering-year rows per request. `province_code` leads every key.
 */

/** Counts every summary keeps: sums over the offering-years of the group. */
function figureColumns() {
  return {
    /** Offerings with indicators in the year. */
    offerings: integer('offerings').notNull(),
    plannedPlaces: integer('planned_places').notNull(),
    entrants: integer('entrants').notNull(),
    enrollment: integer('enrollment').notNull(),
    graduates: integer('graduates').notNull(),
    /** Destination-rate numerators (employed + further study) at the two snapshots; the denominator is `graduates`. */
    firstPlaced: integer('first_placed').notNull(),
    yearEndPlaced: integer('year_end_placed').notNull(),
    /** Employed at year end: the related-employment denominator. */
    yearEndEmployed: integer('year_end_employed').notNull(),
    relatedEmployed: integer('related_employed').notNull(),
    /** Any generated (demo / benchmark) row in the group. */
    isGenerated: boolean('is_generated').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  };
}

/** Per province × year × level: the map, the trends, the national overview. */
export const dashboardProvinceYears = governanceSchema.table(
  'dashboard_province_years',
  {
    provinceCode: text('province_code').notNull(),
    year: smallint('year').notNull(),
    level: text('level').notNull(),
    /** Colleges with an offering of this level with indicators in the year: the repetition-rate denominator. */
    colleges: integer('colleges').notNull(),
    ...figureColumns(),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.year, table.level] })],
);

/** Per province × college × year × level: a province's colleges (drill-down). */
export const dashboardCollegeYears = governanceSchema.table(
  'dashboard_college_years',
  {
    provinceCode: text('province_code').notNull(),
    collegeId: text('college_id').notNull(),
    year: smallint('year').notNull(),
    level: text('level').notNull(),
    ...figureColumns(),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.collegeId, table.year, table.level] })],
);

/**
 * Per province × program × year: saturation, alignment, structural deviation, adjustments, and the
 * public program search. Lifecycle counts come from the offerings (filings): offerings recorded
 * or approved in force that year, added (first enrolling that year), closed (withdrawn that year).
 * `level` is the program's level (from the indicators, else the catalog; null when neither knows it).
 */
export const dashboardProgramYears = governanceSchema.table(
  'dashboard_program_years',
  {
    provinceCode: text('province_code').notNull(),
    programCode: text('program_code').notNull(),
    year: smallint('year').notNull(),
    level: text('level'),
    recordedOfferings: integer('recorded_offerings').notNull(),
    addedOfferings: integer('added_offerings').notNull(),
    closedOfferings: integer('closed_offerings').notNull(),
    ...figureColumns(),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.programCode, table.year] }), index('dashboard_program_years_year_idx').on(table.year, table.programCode)],
);

/** When each province's summaries were last rewritten. */
export const dashboardRefreshes = governanceSchema.table('dashboard_refreshes', {
  provinceCode: text('province_code').primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  durationMs: integer('duration_ms').notNull(),
  programRows: integer('program_rows').notNull(),
});

/**
 * The country per program × year: `dashboard_program_years` summed over the provinces, rebuilt
 * after every refresh, so the national views read one row per program instead of aggregating
 * ~24,000 province rows a year per request. `level` is the highest level any province recorded
 * (as the per-request `max(level)` was).
 */
export const dashboardNationalProgramYears = governanceSchema.table(
  'dashboard_national_program_years',
  {
    year: smallint('year').notNull(),
    programCode: text('program_code').notNull(),
    level: text('level'),
    recordedOfferings: integer('recorded_offerings').notNull(),
    addedOfferings: integer('added_offerings').notNull(),
    closedOfferings: integer('closed_offerings').notNull(),
    ...figureColumns(),
  },
  (table) => [primaryKey({ columns: [table.year, table.programCode] })],
);

/**
 * Per province and program: the name its latest offering was filed with (for program codes the
 * catalog in force does not hold), rewritten with the province's other summaries, so naming
 * never scans the offerings.
 */
export const dashboardProgramNames = governanceSchema.table(
  'dashboard_program_names',
  {
    provinceCode: text('province_code').notNull(),
    programCode: text('program_code').notNull(),
    /** The year of the offering row the name comes from (the latest in the province). */
    year: smallint('year').notNull(),
    programName: text('program_name').notNull(),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.programCode] }), index('dashboard_program_names_program_idx').on(table.programCode, table.year)],
);
