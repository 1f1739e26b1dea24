import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import type { FilingKind, FilingStatus } from '../../../shared/contracts/governance/filings.js';
import { filingCycles, filingItems, timelineEvents } from './filings.tables.js';
import { isPresent, scopeWhere } from './governance-scope.js';

export type FilingCycleRow = typeof filingCycles.$inferSelect;
export type FilingItemRow = typeof filingItems.$inferSelect;
export type FilingItemInsert = typeof filingItems.$inferInsert;
export type TimelineEventRow = typeof timelineEvents.$inferSelect;
export type TimelineEventInsert = typeof timelineEvents.$inferInsert;

// ---- cycles

export async function listFilingCycles(db: DbOrTx): Promise<FilingCycleRow[]> {
  return db.select().from(filingCycles).orderBy(desc(filingCycles.year));
}

export async function findFilingCycle(db: DbOrTx, year: number): Promise<FilingCycleRow | undefined> {
  const [row] = await db.select().from(filingCycles).where(eq(filingCycles.year, year));
  return row;
}

/** Inserts a cycle unless one exists for the year; returns whether it inserted. */
export async function insertFilingCycle(db: DbOrTx, row: typeof filingCycles.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(filingCycles).values(row).onConflictDoNothing().returning({ year: filingCycles.year });
  return inserted.length > 0;
}

export async function updateFilingCycle(db: DbOrTx, year: number, set: Partial<Omit<FilingCycleRow, 'year' | 'createdAt'>>): Promise<FilingCycleRow | undefined> {
  const [row] = await db.update(filingCycles).set(set).where(eq(filingCycles.year, year)).returning();
  return row;
}

// ---- items

export async function insertFilingItem(db: DbOrTx, row: FilingItemInsert): Promise<FilingItemRow> {
  const [inserted] = await db.insert(filingItems).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function findFilingItem(db: DbOrTx, id: string): Promise<FilingItemRow | undefined> {
  const [row] = await db.select().from(filingItems).where(eq(filingItems.id, id));
  return row;
}

/** Locks the item for the rest of the transaction, so two reviewers cannot both move it. */
export async function findFilingItemForUpdate(db: DbOrTx, id: string): Promise<FilingItemRow | undefined> {
  const [row] = await db.select().from(filingItems).where(eq(filingItems.id, id)).for('update');
  return row;
}

export async function updateFilingItem(db: DbOrTx, item: Pick<FilingItemRow, 'provinceCode' | 'id'>, set: Partial<Omit<FilingItemRow, 'provinceCode' | 'id'>>): Promise<FilingItemRow> {
  const [row] = await db
    .update(filingItems)
    .set(set)
    .where(and(eq(filingItems.provinceCode, item.provinceCode), eq(filingItems.id, item.id)))
    .returning();
  if (!row) throw new Error(`filing item ${item.id} vanished`);
  return row;
}

/** The open item (not yet decided) of a college for a program and year, if any. */
export async function findOpenFilingItem(db: DbOrTx, collegeId: string, programCode: string, year: number): Promise<FilingItemRow | undefined> {
  const [row] = await db
    .select()
    .from(filingItems)
    .where(and(eq(filingItems.collegeId, collegeId), eq(filingItems.programCode, programCode), eq(filingItems.year, year), sql`${filingItems.status} not in ('recorded', 'approved', 'rejected')`));
  return row;
}

/** New offerings recorded or approved for a college in a year (for the new-programs cap). */
export async function countDecidedNewItems(db: DbOrTx, collegeId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(filingItems)
    .where(and(eq(filingItems.collegeId, collegeId), eq(filingItems.year, year), eq(filingItems.kind, 'new'), inArray(filingItems.status, ['recorded', 'approved'])));
  return row?.count ?? 0;
}

export type FilingItemListQuery = {
  scope: ScopeFilter;
  year?: number | undefined;
  province?: string | undefined;
  college?: string | undefined;
  status?: FilingStatus | undefined;
  kind?: FilingKind | undefined;
  isControlled?: boolean | undefined;
  /** Cursor: the last item's (updatedAt, id). Newest first. */
  before?: { updatedAt: Date; id: string } | undefined;
  limit: number;
};

export async function listFilingItems(db: DbOrTx, query: FilingItemListQuery): Promise<FilingItemRow[]> {
  const conditions: SQL[] = [
    scopeWhere(query.scope, filingItems.provinceCode, filingItems.collegeId),
    query.year !== undefined ? eq(filingItems.year, query.year) : undefined,
    query.province ? eq(filingItems.provinceCode, query.province) : undefined,
    query.college ? eq(filingItems.collegeId, query.college) : undefined,
    query.status ? eq(filingItems.status, query.status) : undefined,
    query.kind ? eq(filingItems.kind, query.kind) : undefined,
    query.isControlled !== undefined ? eq(filingItems.isControlled, query.isControlled) : undefined,
    query.before ? or(lt(filingItems.updatedAt, query.before.updatedAt), and(eq(filingItems.updatedAt, query.before.updatedAt), lt(filingItems.id, query.before.id))) : undefined,
  ].filter(isPresent);
  return db
    .select()
    .from(filingItems)
    .where(and(...conditions))
    .orderBy(desc(filingItems.updatedAt), desc(filingItems.id))
    .limit(query.limit);
}

// ---- timeline

export async function insertTimelineEvent(db: DbOrTx, row: TimelineEventInsert): Promise<void> {
  await db.insert(timelineEvents).values(row);
}

export async function listEntityTimeline(db: DbOrTx, entityId: string): Promise<TimelineEventRow[]> {
  return db.select().from(timelineEvents).where(eq(timelineEvents.entityId, entityId)).orderBy(asc(timelineEvents.at), asc(timelineEvents.id));
}

/** Every filing step of one college in one cycle year, oldest first. */
export async function listCollegeCycleTimeline(db: DbOrTx, collegeId: string, year: number): Promise<TimelineEventRow[]> {
  return db
    .select()
    .from(timelineEvents)
    .where(and(eq(timelineEvents.collegeId, collegeId), eq(timelineEvents.year, year), eq(timelineEvents.entityType, 'filing-item')))
    .orderBy(asc(timelineEvents.at), asc(timelineEvents.id));
}
