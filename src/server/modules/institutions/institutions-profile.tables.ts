import { primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { colleges, institutionsSchema } from './institutions.tables.js';

/**
 * College attributes beyond the core row: where a college came from (the MOE code and
 * the city as the source list wrote it) and its Double High Plan memberships.
 */
export const collegeProfiles = institutionsSchema.table('college_profiles', {
  collegeId: text('college_id')
    .primaryKey()
    .references(() => colleges.id, { onDelete: 'cascade' }),
  /** 学校标识码: 10 digits, for real institutions only. */
  moeCode: text('moe_code'),
  city: text('city'),
  /** prefecture | county | province: how the city was mapped to `colleges.region_code`. */
  regionMatch: text('region_match'),
  /** The source list's ownership text (公办, 民办, 中外合作办学 …). */
  sourceOwnership: text('source_ownership'),
  website: text('website'),
  /** File name of the import that last wrote the row. */
  source: text('source'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 双高计划: a flagship school or program group of one round, with its tier. */
export const doubleHighMemberships = institutionsSchema.table(
  'double_high_memberships',
  {
    collegeId: text('college_id')
      .notNull()
      .references(() => colleges.id, { onDelete: 'cascade' }),
    round: text('round').notNull(),
    kind: text('kind').notNull(),
    tier: text('tier'),
    /** '' for a school membership. */
    groupName: text('group_name').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.collegeId, table.round, table.kind, table.groupName] })],
);
