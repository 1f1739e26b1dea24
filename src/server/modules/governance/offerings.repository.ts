import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { bulkInsert } from '../../db/bulk-insert.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import { enrollableStatuses, type OfferingStatus, type OfferingYearKey } from '../../../shared/contracts/governance/offerings.js';
import { offerings } from './filings.tables.js';
import { isPresent, scopeWhere } from './governance-scope.js';

export type OfferingRow = typeof offerings.$inferSelect;
export type OfferingWrite = Omit<typeof offerings.$inferInsert, 'updatedAt'>;

/** Sets an offering's status for one year (a filing decision or a baseline import). */
export async function upsertOfferingYears(db: DbOrTx, rows: readonly OfferingWrite[], now: Date): Promise<void> {
  await bulkInsert(db, offerings, rows.map((r) => ({ ...r, updatedAt: now })), { onConflictUpdate: ['provinceCode', 'collegeId', 'programCode', 'year'] });
}

/** The row in force for one offering in `year`: the latest row of that year or before. */
export async function findOfferingInForce(db: DbOrTx, collegeId: string, programCode: string, year: number): Promise<OfferingRow | undefined> {
  const [row] = await db
    .select()
    .from(offerings)
    .where(and(eq(offerings.collegeId, collegeId), eq(offerings.programCode, programCode), lte(offerings.year, year)))
    .orderBy(desc(offerings.year))
    .limit(1);
  return row;
}

const keyOf = (collegeId: string, programCode: string) => `${collegeId}\u0000${programCode}`;

/**
 * May each offering-year enroll? In the order asked. Reads every row of the colleges asked
 * about once (in chunks of 500 colleges), then decides in memory: one query per chunk, not one per key.
 */
export async function canEnrollMany(db: DbOrTx, keys: readonly OfferingYearKey[]): Promise<boolean[]> {
  if (keys.length === 0) return [];
  const colleges = [...new Set(keys.map((k) => k.collegeId))];
  const maxYear = Math.max(...keys.map((k) => k.year));
  const history = new Map<string, { year: number; status: string }[]>();
  for (let i = 0; i < colleges.length; i += 500) {
    const rows = await db
      .select({ collegeId: offerings.collegeId, programCode: offerings.programCode, year: offerings.year, status: offerings.status })
      .from(offerings)
      .where(and(inArray(offerings.collegeId, colleges.slice(i, i + 500)), lte(offerings.year, maxYear)));
    for (const row of rows) {
      const key = keyOf(row.collegeId, row.programCode);
      const list = history.get(key) ?? [];
      list.push({ year: row.year, status: row.status });
      history.set(key, list);
    }
  }
  return keys.map((k) => {
    let best: { year: number; status: string } | undefined;
    for (const entry of history.get(keyOf(k.collegeId, k.programCode)) ?? []) {
      if (entry.year <= k.year && (!best || entry.year > best.year)) best = entry;
    }
    return best !== undefined && (enrollableStatuses as readonly string[]).includes(best.status);
  });
}

export type OfferingListQuery = {
  scope: ScopeFilter;
  /** Status in force in this year; undefined: each offering's latest row. */
  year?: number | undefined;
  province?: string | undefined;
  college?: string | undefined;
  program?: string | undefined;
  status?: OfferingStatus | undefined;
  canEnroll?: boolean | undefined;
  after?: [string, string, string] | undefined;
  limit: number;
};

/** Offerings in force (one row each), ordered by province, college, program; `limit` rows after the cursor key. */
export async function listOfferingsInForce(db: DbOrTx, query: OfferingListQuery): Promise<OfferingRow[]> {
  const inner: SQL[] = [
    scopeWhere(query.scope, offerings.provinceCode, offerings.collegeId),
    query.year !== undefined ? lte(offerings.year, query.year) : undefined,
    query.province ? eq(offerings.provinceCode, query.province) : undefined,
    query.college ? eq(offerings.collegeId, query.college) : undefined,
    query.program ? eq(offerings.programCode, query.program) : undefined,
    query.after ? sql`(${offerings.provinceCode}, ${offerings.collegeId}, ${offerings.programCode}) > (${query.after[0]}, ${query.after[1]}, ${query.after[2]})` : undefined,
  ].filter(isPresent);
  const latest = db
    .selectDistinctOn([offerings.provinceCode, offerings.collegeId, offerings.programCode])
    .from(offerings)
    .where(and(...inner))
    .orderBy(asc(offerings.provinceCode), asc(offerings.collegeId), asc(offerings.programCode), desc(offerings.year))
    .as('latest');
  const outer: SQL[] = [
    query.status ? eq(latest.status, query.status) : undefined,
    query.canEnroll === true ? inArray(latest.status, [...enrollableStatuses]) : undefined,
    query.canEnroll === false ? sql`${latest.status} not in ('recorded', 'approved')` : undefined,
  ].filter(isPresent);
  return db
    .select()
    .from(latest)
    .where(outer.length > 0 ? and(...outer) : undefined)
    .orderBy(asc(latest.provinceCode), asc(latest.collegeId), asc(latest.programCode))
    .limit(query.limit);
}

/** Enrollable offerings in force in `year`: per college, or of one program in one province (for the caps). */
export async function countEnrollableInForce(db: DbOrTx, year: number, where: { collegeId: string } | { provinceCode: string; programCode: string }): Promise<number> {
  const base = 'collegeId' in where ? eq(offerings.collegeId, where.collegeId) : and(eq(offerings.provinceCode, where.provinceCode), eq(offerings.programCode, where.programCode));
  const latest = db
    .selectDistinctOn([offerings.collegeId, offerings.programCode], { status: offerings.status })
    .from(offerings)
    .where(and(base, lte(offerings.year, year)))
    .orderBy(asc(offerings.collegeId), asc(offerings.programCode), desc(offerings.year))
    .as('latest');
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(latest)
    .where(inArray(latest.status, [...enrollableStatuses]));
  return row?.count ?? 0;
}
