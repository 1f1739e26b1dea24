import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/open-db.js';
import { describeEachEngine, openTestDatabase } from '../../testing/test-db.js';
import { isStatementTimeout, withQueryBudget } from './admin-query.repository.js';

describeEachEngine('administrators’ query budget', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database.close());

  // PGlite runs in one thread without timers for statement_timeout: the budget binds on PostgreSQL,
  // where stores are large enough to need it; an embedded store completes the query.
  it(engine === 'postgres' ? 'cancels a query that runs past its budget' : 'completes a slow query (no budget when embedded)', async () => {
    const slow = await withQueryBudget(database.db, 50, (tx) => tx.execute(sql`select pg_sleep(0.3)`)).catch((error: unknown) => error);
    expect(isStatementTimeout(slow)).toBe(engine === 'postgres');
  });

  it('lets a quick query through and ends the budget with its transaction', async () => {
    const quick = await withQueryBudget(database.db, 5_000, (tx) => tx.execute<{ n: number }>(sql`select 1 as n`));
    expect(quick.rows[0]?.n).toBe(1);
    const after = await database.db.execute<{ statement_timeout: string }>(sql`show statement_timeout`);
    expect(after.rows[0]?.statement_timeout).toBe('0');
  });
});
