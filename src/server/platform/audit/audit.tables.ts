import { bigint, index, integer, jsonb, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

/** Append-only and hash-chained: each row's hash covers its content and the previous row's hash. */
export const auditEntries = auditSchema.table(
  'entries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    scope: text('scope').notNull(),
    /** The province the entity belongs to, when it belongs to one: lets a province auditor filter. */
    provinceCode: text('province_code'),
    details: jsonb('details').notNull(),
    changeHash: text('change_hash').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('entries_entity_idx').on(table.entityType, table.entityId),
    index('entries_scope_idx').on(table.scope, table.seq),
    index('entries_province_idx').on(table.provinceCode, table.seq),
    index('entries_actor_idx').on(table.actorId, table.seq),
  ],
);

/** The chain's head, updated in the same transaction: deleting the newest rows shows up here. */
export const auditHead = auditSchema.table('head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
