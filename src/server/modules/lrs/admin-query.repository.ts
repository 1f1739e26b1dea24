import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/open-db.js';

/**
 * Runs administrators' read queries in one transaction with a statement timeout, so that a broad
 * query on a national-scale store is cancelled (SQLSTATE 57014) instead of loading the database.
 */
export async function withQueryBudget<T>(db: DbOrTx, milliseconds: number, run: (tx: Tx) => Promise<T>): Promise<T> {
  const budget = Math.max(1, Math.floor(milliseconds));
  return db.transaction(async (tx) => {
    // SET takes no bind parameters; the value is an integer computed here
    await tx.execute(sql.raw(`set local statement_timeout = ${budget}`));
    return run(tx);
  });
}

/** True for PostgreSQL's "canceling statement due to statement timeout". */
export function isStatementTimeout(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if ('code' in cause && cause.code === '57014') return true;
  }
  return false;
}
