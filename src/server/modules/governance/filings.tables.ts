import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgSchema, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const governance = pgSchema('governance');

/**
 * Program offerings: college × catalog program × year. A row per year in which a filing (or
 * a baseline import) set the status; later years without a row keep the latest status.
 * `province_code` leads the key (the distribution key).
 */
export const offerings = governance.table(
  'offerings',
  {
    provinceCode: text('province_code').notNull(),
    collegeId: text('college_id').notNull(),
    programCode: text('program_code').notNull(),
    year: smallint('year').notNull(),
    status: text('status').notNull(),
    programName: text('program_name').notNull(),
    catalogVersionId: text('catalog_version_id').notNull(),
    filingItemId: uuid('filing_item_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.collegeId, table.programCode, table.year] }),
    index('offerings_college_idx').on(table.collegeId, table.programCode, table.year),
    index('offerings_program_idx').on(table.provinceCode, table.programCode, table.year),
  ],
);

/** One enrollment year's filing cycle and its deadlines (set by national administrators). */
export const filingCycles = governance.table('filing_cycles', {
  year: smallint('year').primaryKey(),
  collegeFilingClosesAt: timestamp('college_filing_closes_at', { withTimezone: true }).notNull(),
  controlledApplicationsCloseAt: timestamp('controlled_applications_close_at', { withTimezone: true }).notNull(),
  provinceReviewClosesAt: timestamp('province_review_closes_at', { withTimezone: true }).notNull(),
  resultsPublishFrom: timestamp('results_publish_from', { withTimezone: true }).notNull(),
  resultsPublishUntil: timestamp('results_publish_until', { withTimezone: true }).notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A college's request for one program in one cycle: new, adjusted, suspended or withdrawn. */
export const filingItems = governance.table(
  'filing_items',
  {
    provinceCode: text('province_code').notNull(),
    id: uuid('id').notNull(),
    year: smallint('year').notNull(),
    collegeId: text('college_id').notNull(),
    programCode: text('program_code').notNull(),
    programName: text('program_name').notNull(),
    catalogVersionId: text('catalog_version_id').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    justification: text('justification').notNull(),
    details: text('details'),
    plannedPlaces: integer('planned_places'),
    isControlled: boolean('is_controlled').notNull(),
    regulatorOpinion: text('regulator_opinion'),
    lastReason: text('last_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.id] }),
    uniqueIndex('filing_items_id_idx').on(table.id),
    index('filing_items_college_idx').on(table.collegeId, table.year),
    // one open item per college, program and year: a second request must wait for the first
    uniqueIndex('filing_items_open_idx')
      .on(table.collegeId, table.programCode, table.year)
      .where(sql`status not in ('recorded', 'approved', 'rejected')`),
  ],
);

/** Every step of a filing item or a warning: the timelines, beside the audit log. */
export const timelineEvents = governance.table(
  'timeline_events',
  {
    provinceCode: text('province_code').notNull(),
    id: uuid('id').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    collegeId: text('college_id'),
    programCode: text('program_code'),
    year: smallint('year'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: text('actor_id').notNull(),
    actorLabel: text('actor_label').notNull(),
    role: text('role').notNull(),
    reason: text('reason'),
    details: jsonb('details').notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.id] }),
    index('timeline_entity_idx').on(table.entityId, table.at),
    index('timeline_college_idx').on(table.collegeId, table.year, table.at),
  ],
);
