import { boolean, index, pgSchema, text } from 'drizzle-orm/pg-core';

export const institutionsSchema = pgSchema('institutions');

/** GB/T 2260 administrative divisions: province, prefecture and county codes (6 digits). */
export const regions = institutionsSchema.table(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    provinceCode: text('province_code').notNull(),
  },
  (table) => [index('regions_parent_idx').on(table.parentCode), index('regions_province_idx').on(table.provinceCode)],
);

/** Colleges and schools. `id` is the MOE institution code for real institutions. */
export const colleges = institutionsSchema.table(
  'colleges',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    provinceCode: text('province_code').notNull(),
    regionCode: text('region_code').notNull(),
    level: text('level').notNull(),
    ownership: text('ownership').notNull(),
    authority: text('authority'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [index('colleges_province_idx').on(table.provinceCode), index('colleges_name_idx').on(table.name)],
);
