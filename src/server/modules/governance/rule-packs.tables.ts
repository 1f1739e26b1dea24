import { boolean, date, index, integer, jsonb, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { governanceSchema } from './indicators.tables.js';

/**
 * Rule packs as versioned data. A pack is owned by one scope (`national`, `province:<code>`)
 * or is an international reference (read-only); each save adds a version and never edits an old
 * one. A version takes effect when it is active and its effective dates cover the evaluated year.
 */
export const rulePacks = governanceSchema.table('rule_packs', {
  id: text('id').primaryKey(),
  /** `national`, `province:<code>` or `international`. */
  ownerScope: text('owner_scope').notNull(),
  kind: text('kind').notNull(),
  isReadOnly: boolean('is_read_only').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const rulePackVersions = governanceSchema.table(
  'rule_pack_versions',
  {
    packId: text('pack_id')
      .notNull()
      .references(() => rulePacks.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … in the order they were saved. */
    number: integer('number').notNull(),
    /** The version label inside the pack document (e.g. `2022.1`). */
    label: text('label').notNull(),
    /** The pack document, as validated by the rule engine when it was saved. */
    definition: jsonb('definition').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    authority: text('authority'),
    source: text('source'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    effectiveTo: date('effective_to', { mode: 'string' }),
    isActive: boolean('is_active').notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.packId, table.number] }), index('rule_pack_versions_active_idx').on(table.isActive, table.packId)],
);
