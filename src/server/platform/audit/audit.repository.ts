import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { auditEntries, auditHead } from './audit.tables.js';
import { GENESIS_HASH, hashChange, hashEntry, redactDetails, type StoredAuditEntry } from './audit-chain.js';
import type { ScopeFilter } from '../authz/policy.js';

export type AuditRecord = {
  actorType: string;
  actorId: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  scope: string;
  provinceCode: string | null;
  details: unknown;
};

export type AuditQuery = {
  filter: ScopeFilter;
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeSeq?: number | undefined;
  limit: number;
};

const HEAD_ID = 1;

/**
 * Appends one row inside the caller's transaction. The head row is locked
 * (`FOR UPDATE`) so concurrent writers serialise and the chain stays linear.
 */
export async function appendAuditEntry(tx: DbOrTx, record: AuditRecord): Promise<StoredAuditEntry> {
  await tx.insert(auditHead).values({ id: HEAD_ID, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, HEAD_ID)).for('update');
  const details = redactDetails(record.details ?? {});
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: new Date(),
    actorType: record.actorType,
    actorId: record.actorId,
    actorLabel: record.actorLabel,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    scope: record.scope,
    provinceCode: record.provinceCode,
    changeHash: hashChange(details),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = hashEntry(fields);
  await tx.insert(auditEntries).values({ ...fields, details, hash });
  await tx.update(auditHead).set({ seq: fields.seq, hash }).where(eq(auditHead.id, HEAD_ID));
  return { ...fields, details, hash };
}

/** Streams the whole chain in order, a page at a time. */
export async function* readAuditChain(db: DbOrTx, pageSize = 2000): AsyncGenerator<StoredAuditEntry> {
  let afterSeq = 0;
  for (;;) {
    const page = await db.select().from(auditEntries).where(gt(auditEntries.seq, afterSeq)).orderBy(asc(auditEntries.seq)).limit(pageSize);
    for (const row of page) yield row;
    if (page.length < pageSize) return;
    afterSeq = page[page.length - 1]!.seq;
  }
}

export async function readAuditHead(db: DbOrTx): Promise<{ seq: number; hash: string } | undefined> {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, HEAD_ID));
  return head ? { seq: head.seq, hash: head.hash } : undefined;
}

function scopeCondition(filter: ScopeFilter): SQL | undefined {
  if (filter.kind === 'all') return undefined;
  const parts: SQL[] = [];
  if (filter.provinces.length > 0) parts.push(inArray(auditEntries.provinceCode, filter.provinces));
  if (filter.colleges.length > 0) parts.push(inArray(auditEntries.scope, filter.colleges.map((id) => `college:${id}`)));
  if (filter.enterprises.length > 0) parts.push(inArray(auditEntries.scope, filter.enterprises.map((id) => `enterprise:${id}`)));
  if (filter.selfUserId) parts.push(eq(auditEntries.actorId, filter.selfUserId));
  return parts.length > 0 ? or(...parts) : sql`false`;
}

export async function listAuditEntries(db: DbOrTx, query: AuditQuery): Promise<StoredAuditEntry[]> {
  const conditions = [
    scopeCondition(query.filter),
    query.actorId ? eq(auditEntries.actorId, query.actorId) : undefined,
    query.action ? eq(auditEntries.action, query.action) : undefined,
    query.entityType ? eq(auditEntries.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditEntries.entityId, query.entityId) : undefined,
    query.from ? gte(auditEntries.at, query.from) : undefined,
    query.to ? lte(auditEntries.at, query.to) : undefined,
    query.beforeSeq ? lt(auditEntries.seq, query.beforeSeq) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select()
    .from(auditEntries)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditEntries.seq))
    .limit(query.limit);
}
