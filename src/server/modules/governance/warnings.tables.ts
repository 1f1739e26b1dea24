import { sql } from 'drizzle-orm';
import { index, jsonb, pgSchema, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';

const governance = pgSchema('governance');

/** Warnings issued by rule runs or by hand, and their lifecycle. */
export const warnings = governance.table(
  'warnings',
  {
    provinceCode: text('province_code').notNull(),
    id: uuid('id').notNull(),
    collegeId: text('college_id'),
    programCode: text('program_code'),
    offeringId: text('offering_id'),
    regionCode: text('region_code'),
    subjectKind: text('subject_kind').notNull(),
    severity: text('severity').notNull(),
    action: text('action').notNull(),
    source: text('source').notNull(),
    runId: text('run_id'),
    packId: text('pack_id'),
    packVersion: text('pack_version'),
    ruleId: text('rule_id'),
    year: smallint('year').notNull(),
    fingerprint: text('fingerprint'),
    summary: jsonb('summary').notNull(),
    facts: jsonb('facts').notNull().default([]),
    status: text('status').notNull(),
    reason: text('reason'),
    responsePlan: text('response_plan'),
    responseDueDate: date('response_due_date', { mode: 'string' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    lastNote: text('last_note'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.id] }),
    uniqueIndex('warnings_id_idx').on(table.id),
    index('warnings_college_idx').on(table.collegeId, table.status),
    index('warnings_status_idx').on(table.provinceCode, table.status, table.severity),
    // an open warning is never issued twice for the same finding
    uniqueIndex('warnings_open_fingerprint_idx').on(table.fingerprint).where(sql`status <> 'closed' and fingerprint is not null`),
  ],
);

/** In-app notifications, one row per recipient scope (college:…, province:…, national). */
export const notifications = governance.table(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    recipientScope: text('recipient_scope').notNull(),
    kind: text('kind').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    title: jsonb('title').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('notifications_recipient_idx').on(table.recipientScope, table.createdAt)],
);

/** Who has read which notification (read state is per user, not per scope). */
export const notificationReads = governance.table(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    readerId: text('reader_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.notificationId, table.readerId] })],
);
