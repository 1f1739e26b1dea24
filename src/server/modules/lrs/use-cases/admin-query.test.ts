import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../db/open-db.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { describeEachEngine, openTestDatabase } from '../../../testing/test-db.js';
import { lrsAdminErrors } from '../admin.errors.js';
import { runAdminQuery } from './admin-query.js';

describeEachEngine('administrators’ queries', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database.close());

  it(engine === 'postgres' ? 'refuses a query past its budget as LRS_QUERY_TOO_BROAD' : 'completes a slow query when embedded', async () => {
    const outcome = await runAdminQuery(database, (tx) => tx.execute(sql`select pg_sleep(0.3)`), { budgetMs: 50 }).then(
      () => 'completed',
      (error: unknown) => (error instanceof AppError ? `${error.code} ${String(error.params.seconds)}` : String(error)),
    );
    expect(outcome).toBe(engine === 'postgres' ? 'LRS_QUERY_TOO_BROAD 1' : 'completed');
  });

  it('turns a time zone the database does not know into a validation error on timeZone', async () => {
    const error: unknown = await runAdminQuery(database, (tx) => tx.execute(sql`select now() at time zone 'Mars/Olympus'`), { timeZone: 'Mars/Olympus' }).catch(
      (caught: unknown) => caught,
    );
    expect(error instanceof AppError ? [error.code, error.fieldIssues[0]?.field] : error).toEqual(['VALIDATION_FAILED', 'timeZone']);
  });

  it('passes other database errors through', async () => {
    const error: unknown = await runAdminQuery(database, (tx) => tx.execute(sql`select * from lrs.no_such_table`)).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(AppError);
  });

  it('explains the refusal in both languages', () => {
    expect(lrsAdminErrors.LRS_QUERY_TOO_BROAD.messages.en).toContain('{seconds}');
    expect(lrsAdminErrors.LRS_QUERY_TOO_BROAD.messages['zh-CN']).toContain('{seconds}');
  });
});
