import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { offerings } from './filings.tables.js';
import { ruleRuns } from './rule-runs.tables.js';

export type RuleRunRow = typeof ruleRuns.$inferSelect;

export async function insertRuleRun(db: DbOrTx, row: typeof ruleRuns.$inferInsert): Promise<void> {
  await db.insert(ruleRuns).values(row);
}

export async function updateRuleRun(db: DbOrTx, id: string, values: Partial<Omit<typeof ruleRuns.$inferInsert, 'id'>>): Promise<void> {
  await db.update(ruleRuns).set(values).where(eq(ruleRuns.id, id));
}

export async function findRuleRun(db: DbOrTx, id: string): Promise<RuleRunRow | undefined> {
  const [row] = await db.select().from(ruleRuns).where(eq(ruleRuns.id, id));
  return row;
}

export type RuleRunListFilter = {
  /** Scopes the caller may see: undefined = all. */
  visibleScopes: string[] | undefined;
  scope?: string | undefined;
  year?: number | undefined;
  before?: { startedAt: Date; id: string } | undefined;
  limit: number;
};

/** Runs newest first, one page (limit + 1 rows, for the cursor). */
export async function listRuleRuns(db: DbOrTx, filter: RuleRunListFilter): Promise<RuleRunRow[]> {
  const before = filter.before;
  const conditions = [
    filter.visibleScopes ? (filter.visibleScopes.length > 0 ? inArray(ruleRuns.scope, filter.visibleScopes) : sql`false`) : undefined,
    filter.scope ? eq(ruleRuns.scope, filter.scope) : undefined,
    filter.year ? eq(ruleRuns.year, filter.year) : undefined,
    before ? or(lt(ruleRuns.startedAt, before.startedAt), and(eq(ruleRuns.startedAt, before.startedAt), lt(ruleRuns.id, before.id))) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select()
    .from(ruleRuns)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(ruleRuns.startedAt), desc(ruleRuns.id))
    .limit(filter.limit + 1);
}

export type OfferingStatusRow = { collegeId: string; programCode: string; year: number; status: string; catalogVersionId: string };

/** Every offering status row of one province, in key order (one range scan of the offerings key). */
export async function loadProvinceOfferingStatuses(db: DbOrTx, provinceCode: string): Promise<OfferingStatusRow[]> {
  return db
    .select({ collegeId: offerings.collegeId, programCode: offerings.programCode, year: offerings.year, status: offerings.status, catalogVersionId: offerings.catalogVersionId })
    .from(offerings)
    .where(eq(offerings.provinceCode, provinceCode))
    .orderBy(asc(offerings.collegeId), asc(offerings.programCode), asc(offerings.year));
}
