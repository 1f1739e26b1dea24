import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { IndicatorListQuery } from '../../../../shared/contracts/governance/indicator-import.js';
import type { StoredIndicators } from '../../../../shared/contracts/governance/indicator-import.js';
import { listIndicators } from '../indicators.repository.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';

function decodeKeyCursor(cursor: string | undefined): { collegeId: string; programCode: string; year: number } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && Number.isInteger(parsed[2])) {
      return { collegeId: parsed[0], programCode: parsed[1], year: Number(parsed[2]) };
    }
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
}

const encodeKeyCursor = (row: StoredIndicators) => Buffer.from(JSON.stringify([row.collegeId, row.programCode, row.year]), 'utf8').toString('base64url');

/** Stored indicator rows the caller may see (its college, its province's colleges, or all), one page. */
export async function listStoredIndicators(deps: GovernanceDeps, actor: Actor, query: IndicatorListQuery): Promise<{ items: StoredIndicators[]; nextCursor: string | null }> {
  const scope = deps.authz.scopeFilter(actor, governancePermissions.readIndicators);
  const rows = await listIndicators(deps.db, {
    scope, collegeId: query.collegeId, provinceCode: query.provinceCode, programCode: query.programCode, year: query.year,
    after: decodeKeyCursor(query.cursor), limit: query.limit,
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeKeyCursor(last) : null };
}
