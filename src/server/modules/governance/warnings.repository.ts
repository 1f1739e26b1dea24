import { and, desc, eq, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import type { Severity } from '../../../shared/contracts/governance/findings.js';
import type { WarningCounts, WarningStatus } from '../../../shared/contracts/governance/warnings.js';
import { warnings } from './warnings.tables.js';
import { isPresent, scopeWhere } from './governance-scope.js';

export type WarningRow = typeof warnings.$inferSelect;
export type WarningInsert = typeof warnings.$inferInsert;

/**
 * Inserts warnings; a row whose fingerprint already has an open warning is skipped (the partial
 * unique index decides, so two runs at once cannot both issue it). Returns the rows inserted.
 */
export async function insertWarnings(db: DbOrTx, rows: readonly WarningInsert[]): Promise<WarningRow[]> {
  const inserted: WarningRow[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = await db
      .insert(warnings)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: warnings.fingerprint, where: sql`status <> 'closed' and fingerprint is not null` })
      .returning();
    inserted.push(...chunk);
  }
  return inserted;
}

/** Fingerprints among `fingerprints` that have an open warning. */
export async function findOpenFingerprints(db: DbOrTx, fingerprints: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < fingerprints.length; i += 1000) {
    const rows = await db
      .select({ fingerprint: warnings.fingerprint })
      .from(warnings)
      .where(and(inArray(warnings.fingerprint, fingerprints.slice(i, i + 1000)), ne(warnings.status, 'closed')));
    for (const row of rows) if (row.fingerprint) found.add(row.fingerprint);
  }
  return found;
}

export async function findWarning(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<WarningRow | undefined> {
  const query = db.select().from(warnings).where(eq(warnings.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateWarning(db: DbOrTx, warning: Pick<WarningRow, 'provinceCode' | 'id'>, set: Partial<Omit<WarningRow, 'provinceCode' | 'id'>>): Promise<WarningRow> {
  const [row] = await db
    .update(warnings)
    .set(set)
    .where(and(eq(warnings.provinceCode, warning.provinceCode), eq(warnings.id, warning.id)))
    .returning();
  if (!row) throw new Error(`warning ${warning.id} vanished`);
  return row;
}

export type WarningFilters = {
  province?: string | undefined;
  college?: string | undefined;
  program?: string | undefined;
  year?: number | undefined;
  status?: WarningStatus | undefined;
  isOpen?: boolean | undefined;
  severity?: Severity | undefined;
  source?: 'rule' | 'manual' | undefined;
};

function filterConditions(scope: ScopeFilter, filters: WarningFilters): SQL[] {
  return [
    scopeWhere(scope, warnings.provinceCode, warnings.collegeId),
    filters.province ? eq(warnings.provinceCode, filters.province) : undefined,
    filters.college ? eq(warnings.collegeId, filters.college) : undefined,
    filters.program ? eq(warnings.programCode, filters.program) : undefined,
    filters.year !== undefined ? eq(warnings.year, filters.year) : undefined,
    filters.status ? eq(warnings.status, filters.status) : undefined,
    filters.isOpen === true ? ne(warnings.status, 'closed') : undefined,
    filters.isOpen === false ? eq(warnings.status, 'closed') : undefined,
    filters.severity ? eq(warnings.severity, filters.severity) : undefined,
    filters.source ? eq(warnings.source, filters.source) : undefined,
  ].filter(isPresent);
}

/** Newest first; the cursor is the last row's (issuedAt, id). */
export async function listWarnings(db: DbOrTx, scope: ScopeFilter, filters: WarningFilters, page: { before?: { issuedAt: Date; id: string } | undefined; limit: number }): Promise<WarningRow[]> {
  const conditions = filterConditions(scope, filters);
  if (page.before) conditions.push(or(lt(warnings.issuedAt, page.before.issuedAt), and(eq(warnings.issuedAt, page.before.issuedAt), lt(warnings.id, page.before.id)))!);
  return db
    .select()
    .from(warnings)
    .where(and(...conditions))
    .orderBy(desc(warnings.issuedAt), desc(warnings.id))
    .limit(page.limit);
}

export type WarningCountCell = { provinceCode: string; severity: Severity; status: WarningStatus; count: number };

/**
 * Warning counts by province, severity and status within a scope: every dashboard shows them
 * (the map per province, the cards summed with `summarizeWarningCounts`).
 */
export async function countWarningCells(db: DbOrTx, scope: ScopeFilter, filters: WarningFilters = {}): Promise<WarningCountCell[]> {
  const rows = await db
    .select({ provinceCode: warnings.provinceCode, severity: warnings.severity, status: warnings.status, count: sql<number>`count(*)::int` })
    .from(warnings)
    .where(and(...filterConditions(scope, filters)))
    .groupBy(warnings.provinceCode, warnings.severity, warnings.status)
    .orderBy(warnings.provinceCode, warnings.severity, warnings.status);
  return rows.map((r) => ({ provinceCode: r.provinceCode, severity: r.severity as Severity, status: r.status as WarningStatus, count: r.count }));
}

/** Sums cells (of any provinces) into the dashboard figures. */
export function summarizeWarningCounts(cells: readonly WarningCountCell[]): WarningCounts {
  const counts: WarningCounts = {
    total: 0,
    open: 0,
    openBySeverity: { notice: 0, yellow: 0, red: 0 },
    byStatus: { issued: 0, responded: 0, escalated: 0, closed: 0 },
    cells: [],
  };
  const merged = new Map<string, { severity: Severity; status: WarningStatus; count: number }>();
  for (const cell of cells) {
    counts.total += cell.count;
    counts.byStatus[cell.status] += cell.count;
    if (cell.status !== 'closed') {
      counts.open += cell.count;
      counts.openBySeverity[cell.severity] += cell.count;
    }
    const key = `${cell.severity}|${cell.status}`;
    const entry = merged.get(key) ?? { severity: cell.severity, status: cell.status, count: 0 };
    entry.count += cell.count;
    merged.set(key, entry);
  }
  counts.cells = [...merged.values()];
  return counts;
}

/** Counts within a scope, summed: the one call a dashboard needs. */
export async function countWarnings(db: DbOrTx, scope: ScopeFilter, filters: WarningFilters = {}): Promise<WarningCounts> {
  return summarizeWarningCounts(await countWarningCells(db, scope, filters));
}
