import { and, asc, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../authz/policy.js';
import type { Role, RoleAssignment } from '../../../shared/contracts/platform/roles.js';
import { apiKeyAssignments, apiKeys, roleAssignments, sessions, users } from './identity.tables.js';

export type UserRow = typeof users.$inferSelect;
export type StoredAssignment = RoleAssignment & { provinceCode: string | null };
export type UserWithAssignments = UserRow & { assignments: StoredAssignment[] };
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeyWithAssignments = ApiKeyRow & { assignments: StoredAssignment[] };

function toAssignment(row: { role: string; scope: string; provinceCode: string | null }): StoredAssignment {
  return { role: row.role as Role, scope: row.scope, provinceCode: row.provinceCode };
}

async function assignmentsOf(db: DbOrTx, userIds: string[]): Promise<Map<string, StoredAssignment[]>> {
  const result = new Map<string, StoredAssignment[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.scope));
  for (const row of rows) {
    const list = result.get(row.userId) ?? [];
    list.push(toAssignment(row));
    result.set(row.userId, list);
  }
  return result;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserWithAssignments | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user) return undefined;
  return { ...user, assignments: (await assignmentsOf(db, [id])).get(id) ?? [] };
}

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserWithAssignments | undefined> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) return undefined;
  return { ...user, assignments: (await assignmentsOf(db, [user.id])).get(user.id) ?? [] };
}

export async function insertUser(
  db: DbOrTx,
  values: typeof users.$inferInsert,
  assignments: StoredAssignment[],
): Promise<UserWithAssignments> {
  const [user] = await db.insert(users).values(values).returning();
  if (!user) throw new Error('insert returned no row');
  await replaceAssignments(db, user.id, assignments);
  return { ...user, assignments };
}

export async function updateUserRow(db: DbOrTx, id: string, values: Partial<typeof users.$inferInsert>): Promise<void> {
  await db.update(users).set({ ...values, updatedAt: new Date() }).where(eq(users.id, id));
}

export async function replaceAssignments(db: DbOrTx, userId: string, assignments: StoredAssignment[]): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (assignments.length > 0) {
    await db
      .insert(roleAssignments)
      .values(assignments.map((a) => ({ userId, role: a.role, scope: a.scope, provinceCode: a.provinceCode })))
      .onConflictDoNothing();
  }
}

/** Rows of users holding at least one role inside the filter. */
function userScopeCondition(filter: ScopeFilter): SQL | undefined {
  if (filter.kind === 'all') return undefined;
  const parts: SQL[] = [];
  if (filter.provinces.length > 0) parts.push(inArray(roleAssignments.provinceCode, filter.provinces));
  const scopes = [...filter.colleges.map((id) => `college:${id}`), ...filter.enterprises.map((id) => `enterprise:${id}`)];
  if (scopes.length > 0) parts.push(inArray(roleAssignments.scope, scopes));
  if (parts.length === 0) return sql`false`;
  return sql`exists (select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and (${or(...parts)}))`;
}

export type UserListQuery = {
  filter: ScopeFilter;
  q?: string | undefined;
  role?: string | undefined;
  scope?: string | undefined;
  status?: string | undefined;
  afterUsername?: string | undefined;
  limit: number;
};

export async function listUsers(db: DbOrTx, query: UserListQuery): Promise<UserWithAssignments[]> {
  const escaped = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const conditions = [
    userScopeCondition(query.filter),
    escaped ? or(ilike(users.username, `%${escaped}%`), ilike(users.displayName, `%${escaped}%`)) : undefined,
    query.status ? eq(users.status, query.status) : undefined,
    query.role || query.scope
      ? sql`exists (select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id}${
          query.role ? sql` and ${roleAssignments.role} = ${query.role}` : sql``
        }${query.scope ? sql` and ${roleAssignments.scope} = ${query.scope}` : sql``})`
      : undefined,
    query.afterUsername ? gt(users.username, query.afterUsername) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await db
    .select()
    .from(users)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(users.username))
    .limit(query.limit);
  const assignments = await assignmentsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, assignments: assignments.get(row.id) ?? [] }));
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  return row?.count ?? 0;
}

// ── sessions ────────────────────────────────────────────────────────────────

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSession(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`);
}

// ── API keys ────────────────────────────────────────────────────────────────

async function apiKeyAssignmentsOf(db: DbOrTx, ids: string[]): Promise<Map<string, StoredAssignment[]>> {
  const result = new Map<string, StoredAssignment[]>();
  if (ids.length === 0) return result;
  const rows = await db.select().from(apiKeyAssignments).where(inArray(apiKeyAssignments.apiKeyId, ids));
  for (const row of rows) {
    const list = result.get(row.apiKeyId) ?? [];
    list.push({ role: row.role as Role, scope: row.scope, provinceCode: null });
    result.set(row.apiKeyId, list);
  }
  return result;
}

export async function insertApiKey(
  db: DbOrTx,
  values: typeof apiKeys.$inferInsert,
  assignments: RoleAssignment[],
): Promise<ApiKeyWithAssignments> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  await db.insert(apiKeyAssignments).values(assignments.map((a) => ({ apiKeyId: row.id, role: a.role, scope: a.scope })));
  return { ...row, assignments: assignments.map((a) => ({ ...a, provinceCode: null })) };
}

export async function findApiKeyByPrefix(db: DbOrTx, prefix: string): Promise<ApiKeyWithAssignments | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyPrefix, prefix));
  if (!row) return undefined;
  return { ...row, assignments: (await apiKeyAssignmentsOf(db, [row.id])).get(row.id) ?? [] };
}

export async function findApiKeyById(db: DbOrTx, id: string): Promise<ApiKeyWithAssignments | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  if (!row) return undefined;
  return { ...row, assignments: (await apiKeyAssignmentsOf(db, [row.id])).get(row.id) ?? [] };
}

export async function listApiKeysCreatedBy(
  db: DbOrTx,
  createdBy: string | undefined,
  afterCreatedId: string | undefined,
  limit: number,
): Promise<ApiKeyWithAssignments[]> {
  const conditions = [
    createdBy ? eq(apiKeys.createdBy, createdBy) : undefined,
    afterCreatedId ? gt(apiKeys.id, afterCreatedId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await db
    .select()
    .from(apiKeys)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(apiKeys.id))
    .limit(limit);
  const assignments = await apiKeyAssignmentsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, assignments: assignments.get(row.id) ?? [] }));
}

export async function revokeApiKeyRow(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
}

export async function touchApiKey(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
}

export async function markDemoUsers(db: DbOrTx, usernames: string[]): Promise<void> {
  if (usernames.length > 0) await db.update(users).set({ isDemo: true }).where(inArray(users.username, usernames));
}

function buildSessionQuery(db: DbOrTx) {
  return db
    .select({
      user: users,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      assignments: sql<{ role: string; scope: string; provinceCode: string | null }[]>`coalesce((
        select json_agg(json_build_object('role', ${roleAssignments.role}, 'scope', ${roleAssignments.scope}, 'provinceCode', ${roleAssignments.provinceCode})
                        order by ${roleAssignments.role}, ${roleAssignments.scope})
        from ${roleAssignments} where ${roleAssignments.userId} = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('identity_session_with_user');
}

// Every authenticated request runs this: build it once per database handle and let
// PostgreSQL keep the plan (a named prepared statement per connection).
const preparedSessionQueries = new WeakMap<object, ReturnType<typeof buildSessionQuery>>();

/** A session with its user and role assignments, in one round trip. */
export async function findSessionWithUser(
  db: DbOrTx,
  tokenHash: string,
): Promise<{ csrfToken: string; expiresAt: Date; user: UserWithAssignments } | undefined> {
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = buildSessionQuery(db);
    preparedSessionQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash });
  if (!row) return undefined;
  return { csrfToken: row.csrfToken, expiresAt: row.expiresAt, user: { ...row.user, assignments: row.assignments.map(toAssignment) } };
}
