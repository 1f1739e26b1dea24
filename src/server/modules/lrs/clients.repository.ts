import { and, asc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import { clients } from './lrs.tables.js';

export type ClientRow = typeof clients.$inferSelect;

export async function insertClient(db: DbOrTx, values: typeof clients.$inferInsert): Promise<ClientRow> {
  const [row] = await db.insert(clients).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findClientByKey(db: DbOrTx, key: string): Promise<ClientRow | undefined> {
  const [row] = await db.select().from(clients).where(eq(clients.key, key));
  return row;
}

export async function findClientById(db: DbOrTx, id: string): Promise<ClientRow | undefined> {
  const [row] = await db.select().from(clients).where(eq(clients.id, id));
  return row;
}

function scopeCondition(filter: ScopeFilter): SQL | undefined {
  if (filter.kind === 'all') return undefined;
  const parts: SQL[] = [];
  if (filter.provinces.length > 0) parts.push(inArray(clients.provinceCode, filter.provinces));
  const scopes = [...filter.colleges.map((id) => `college:${id}`), ...filter.enterprises.map((id) => `enterprise:${id}`)];
  if (scopes.length > 0) parts.push(inArray(clients.scope, scopes));
  return parts.length === 0 ? sql`false` : or(...parts);
}

/** Clients inside a scope filter, by id, after `cursor`. */
export async function listClients(
  db: DbOrTx,
  filter: ScopeFilter,
  options: { cursor: string | undefined; limit: number; isRevokedIncluded: boolean },
): Promise<ClientRow[]> {
  const conditions = [
    scopeCondition(filter),
    options.cursor ? gt(clients.id, options.cursor) : undefined,
    options.isRevokedIncluded ? undefined : isNull(clients.revokedAt),
  ];
  return db
    .select()
    .from(clients)
    .where(and(...conditions))
    .orderBy(asc(clients.id))
    .limit(options.limit);
}

export async function revokeClientRow(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(clients).set({ revokedAt: at }).where(and(eq(clients.id, id), isNull(clients.revokedAt)));
}
