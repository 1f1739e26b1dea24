import type { Tx } from '../../../db/open-db.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { isStatementTimeout, withQueryBudget } from '../admin-query.repository.js';
import type { LrsDeps } from './lrs-deps.js';

/** How long an administrators' page query may run on PostgreSQL before it is refused. */
export const ADMIN_QUERY_BUDGET_MS = 8_000;

/** PostgreSQL's "time zone not recognized" (its tz database can lack a zone the browser knows). */
function isUnknownTimeZone(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if ('code' in cause && cause.code === '22023' && /time zone/i.test(cause.message)) return true;
  }
  return false;
}

/**
 * Runs the queries of one administrators' page within the time budget; a query past it is
 * LRS_QUERY_TOO_BROAD, a time zone the database lacks a validation error on `timeZone`.
 */
export async function runAdminQuery<T>(
  deps: Pick<LrsDeps, 'db'>,
  run: (tx: Tx) => Promise<T>,
  options: { timeZone?: string; budgetMs?: number } = {},
): Promise<T> {
  const { timeZone, budgetMs = ADMIN_QUERY_BUDGET_MS } = options;
  try {
    return await withQueryBudget(deps.db, budgetMs, run);
  } catch (error) {
    if (isStatementTimeout(error)) throw new AppError('LRS_QUERY_TOO_BROAD', { seconds: Math.ceil(budgetMs / 1000) });
    if (timeZone !== undefined && isUnknownTimeZone(error)) {
      throw new AppError('VALIDATION_FAILED', { summary: `timeZone: ${timeZone}` }, [{ field: 'timeZone', code: 'unknown_time_zone', params: { timeZone } }]);
    }
    throw error;
  }
}
