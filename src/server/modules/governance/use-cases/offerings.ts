import type { Actor } from '../../../platform/authz/actor.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { ListOfferingsQuery, Offering, OfferingStatus } from '../../../../shared/contracts/governance/offerings.js';
import { listOfferingsInForce, upsertOfferingYears } from '../offerings.repository.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { presentOffering } from './present.js';

const SEPARATOR = '\u001f';

/** Offerings in force (in `year`, or each one's latest status), scope-filtered, cursor-paged by province, college, program. */
export async function listOfferingsPage(deps: GovernanceDeps, actor: Actor, query: ListOfferingsQuery): Promise<{ items: Offering[]; nextCursor: string | null }> {
  const scope = deps.authz.scopeFilter(actor, governancePermissions.readGovernance);
  const cursor = decodeCursor<string>(query.cursor, 'string');
  const parts = cursor?.split(SEPARATOR);
  if (parts && (parts.length !== 3 || parts.some((p) => p.length === 0 || p.includes('\u0000')))) {
    throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
  }
  const after = parts ? (parts as [string, string, string]) : undefined;
  const rows = await listOfferingsInForce(deps.db, {
    scope, year: query.year, province: query.province, college: query.college, program: query.program, status: query.status,
    canEnroll: query.canEnroll === undefined ? undefined : query.canEnroll === 'true', after, limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => presentOffering(row, query.year)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.provinceCode, last.collegeId, last.programCode].join(SEPARATOR)) : null,
  };
}

export type BaselineOffering = {
  provinceCode: string;
  collegeId: string;
  programCode: string;
  programName: string;
  catalogVersionId: string;
  year: number;
  status: OfferingStatus;
  isDemo: boolean;
};

/**
 * Offerings that exist before any filing on the platform (an import of last year's MOE filing
 * results, the national-scale generator, a demo): recorded without a filing item, audited once.
 */
export async function recordBaselineOfferings(deps: GovernanceDeps, tx: DbOrTx, actor: Actor, rows: readonly BaselineOffering[], source: string): Promise<number> {
  await deps.authz.authorize(actor, governancePermissions.manageFilingCycles, 'national');
  await upsertOfferingYears(tx, rows.map((r) => ({ ...r, filingItemId: null })), deps.now());
  await deps.audit.record(tx, actor, {
    action: 'governance.offerings.baseline',
    entityType: 'governance-offerings',
    entityId: source,
    scope: 'national',
    details: { count: rows.length, provinces: [...new Set(rows.map((r) => r.provinceCode))], years: [...new Set(rows.map((r) => r.year))] },
  });
  return rows.length;
}
