import { boolean, date, index, integer, pgSchema, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const catalogSchema = pgSchema('catalog');

/**
 * Catalog versions: an edition (the 2021 catalog) and its yearly supplements, chained by
 * `previous_version_id`. Each version holds a full snapshot of its programs, so "the catalog
 * in force in year Y" is one version, and change records say how it differs from the previous one.
 */
export const versions = catalogSchema.table('versions', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  kind: text('kind').notNull(),
  year: integer('year').notNull(),
  editionId: text('edition_id').notNull(),
  previousVersionId: text('previous_version_id'),
  source: text('source'),
  authority: text('authority'),
  effectiveFrom: date('effective_from', { mode: 'string' }),
  isSample: boolean('is_sample').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 专业大类 (rank major) and 专业类 (rank category) of one level in one version. */
export const categories = catalogSchema.table(
  'categories',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    level: text('level').notNull(),
    rank: text('rank').notNull(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
  },
  (table) => [primaryKey({ columns: [table.versionId, table.code] })],
);

export const programs = catalogSchema.table(
  'programs',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    level: text('level').notNull(),
    majorCode: text('major_code').notNull(),
    categoryCode: text('category_code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    notes: text('notes'),
  },
  (table) => [primaryKey({ columns: [table.versionId, table.code] }), index('programs_category_idx').on(table.versionId, table.categoryCode)],
);

/** 接续专业: a program leads on to one of a higher level (secondary → higher, higher → undergraduate …). */
export const continuities = catalogSchema.table(
  'continuities',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    fromCode: text('from_code').notNull(),
    toCode: text('to_code').notNull(),
  },
  (table) => [primaryKey({ columns: [table.versionId, table.fromCode, table.toCode] }), index('continuities_to_idx').on(table.versionId, table.toCode)],
);

/** Change records: how a version differs from its previous one. */
export const revisions = catalogSchema.table(
  'revisions',
  {
    id: serial('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    kind: text('kind').notNull(),
    predecessorCodes: text('predecessor_codes').array().notNull(),
    successorCodes: text('successor_codes').array().notNull(),
    note: text('note'),
    isDerived: boolean('is_derived').notNull().default(false),
  },
  (table) => [index('revisions_version_idx').on(table.versionId)],
);

/** Versioned reference data: industry sections, ISCED-F fields, alignment-tier industries, key chains. */
export const referenceSets = catalogSchema.table('reference_sets', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  version: text('version').notNull(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  authority: text('authority'),
  source: text('source'),
  effectiveFrom: date('effective_from', { mode: 'string' }),
  isSample: boolean('is_sample').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const referenceItems = catalogSchema.table(
  'reference_items',
  {
    setId: text('set_id')
      .notNull()
      .references(() => referenceSets.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    parentCode: text('parent_code'),
    rank: text('rank'),
    tier: text('tier'),
    regionCode: text('region_code'),
  },
  (table) => [primaryKey({ columns: [table.setId, table.code] })],
);

/** A program (in one version) attached to a reference item. */
export const programClassifications = catalogSchema.table(
  'program_classifications',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    programCode: text('program_code').notNull(),
    setId: text('set_id')
      .notNull()
      .references(() => referenceSets.id, { onDelete: 'cascade' }),
    itemCode: text('item_code').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.versionId, table.programCode, table.setId, table.itemCode] }),
    index('program_classifications_item_idx').on(table.setId, table.itemCode),
  ],
);
