import { boolean, doublePrecision, index, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { governanceSchema } from './indicators.tables.js';

/**
 * Industry employment (and value added) per province × year × GB/T 4754-2017 industry section,
 * imported from statistical-yearbook tables: the demand side of the structural-deviation
 * dashboard. Small (31 × years × 20); the region leads the key like every governance table.
 */
export const industryEmployment = governanceSchema.table(
  'industry_employment',
  {
    regionCode: text('region_code').notNull(),
    year: smallint('year').notNull(),
    sectionCode: text('section_code').notNull(),
    /** The section's name as the file gave it (null: not given). */
    sectionName: text('section_name'),
    /** Persons employed. */
    employment: doublePrecision('employment').notNull(),
    /** Value added, 100 million CNY; null when the file had none. */
    valueAdded: doublePrecision('value_added'),
    source: text('source').notNull(),
    isSample: boolean('is_sample').notNull(),
    importId: text('import_id').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.regionCode, table.year, table.sectionCode] }), index('industry_employment_year_idx').on(table.year)],
);
