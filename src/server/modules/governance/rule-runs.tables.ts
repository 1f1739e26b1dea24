import { index, integer, jsonb, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { governanceSchema } from './indicators.tables.js';

/**
 * One evaluation of the active rule packs over a scope (national or one province) and year:
 * who started it and when, which packs at which versions, and what came out (findings per rule
 * and severity, insufficient-data counts, warnings issued). Findings themselves become warnings.
 */
export const ruleRuns = governanceSchema.table(
  'rule_runs',
  {
    id: text('id').primaryKey(),
    /** `national` or `province:<code>`. */
    scope: text('scope').notNull(),
    year: smallint('year').notNull(),
    /** `running`, `succeeded` or `failed`. */
    status: text('status').notNull(),
    /** `manual`, `import` (re-run after an indicator import) or `seed`. */
    trigger: text('trigger').notNull(),
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
    provinceCodes: text('province_codes').array().notNull(),
    /** [{ packId, version, label }] */
    packs: jsonb('packs').notNull(),
    /** [{ packId, ruleId, severity, findings }] */
    counts: jsonb('counts').notNull(),
    /** [{ packId, ruleId, insufficient }] */
    insufficient: jsonb('insufficient').notNull(),
    offerings: integer('offerings').notNull().default(0),
    findings: integer('findings').notNull().default(0),
    warningsIssued: integer('warnings_issued'),
    error: text('error'),
  },
  (table) => [index('rule_runs_started_at_idx').on(table.startedAt), index('rule_runs_scope_year_idx').on(table.scope, table.year)],
);
