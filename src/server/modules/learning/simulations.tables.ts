import { bigint, boolean, doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { learningSchema } from './learning.tables.js';

/** One file of an unpacked simulation package, stored in the file store under its hash. */
export type PackageFile = { path: string; hash: string; mimeType: string; size: number };

/**
 * Unpacked simulation packages, keyed by the hash of the uploaded zip (the version's file), so a
 * version's package is found from its file and an identical zip is unpacked once.
 */
export const simulationPackages = learningSchema.table('simulation_packages', {
  packageHash: text('package_hash').primaryKey(),
  entry: text('entry').notNull(),
  files: jsonb('files').$type<PackageFile[]>().notNull(),
  totalSize: bigint('total_size', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/**
 * Attempts at a simulation. The launch credential is stored only as its hash; it expires at
 * `expires_at` and stops accepting reports once the attempt is finished.
 */
export const simulationAttempts = learningSchema.table(
  'simulation_attempts',
  {
    id: uuid('id').primaryKey(),
    resourceId: uuid('resource_id').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    learnerId: text('learner_id').notNull(),
    learnerName: text('learner_name').notNull(),
    learnerScope: text('learner_scope').notNull(),
    courseId: text('course_id'),
    courseItemId: text('course_item_id'),
    registration: uuid('registration').notNull(),
    status: text('status').notNull(),
    progress: doublePrecision('progress').notNull(),
    scoreRaw: doublePrecision('score_raw'),
    scoreMin: doublePrecision('score_min'),
    scoreMax: doublePrecision('score_max'),
    success: boolean('success'),
    durationMs: bigint('duration_ms', { mode: 'number' }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('simulation_attempts_token_idx').on(t.tokenHash),
    index('simulation_attempts_learner_idx').on(t.learnerId, t.startedAt),
    index('simulation_attempts_resource_idx').on(t.resourceId, t.startedAt),
  ],
);
