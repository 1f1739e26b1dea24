import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import { clients, statements } from './lrs.tables.js';

/** The administrators' browse filter, already parsed (agent as its key). */
export type BrowseFilter = {
  agentKey?: string;
  verbId?: string;
  activityId?: string;
  isRelatedActivities: boolean;
  registration?: string;
  since?: Date;
  until?: Date;
  isVoidedIncluded: boolean;
};

export type BrowseCursor = { stored: Date; id: string };

export type BrowsedRow = {
  id: string;
  stored: Date;
  scope: string;
  version: string;
  payload: unknown;
  authority: unknown;
  voidedBy: string | null;
  clientId: string | null;
  clientName: string | null;
};

/**
 * Statements a scope filter reaches: those written by clients bound to a reached province
 * (province_code, which college-bound clients carry too), college or enterprise.
 */
export function statementScopeCondition(filter: ScopeFilter): SQL | undefined {
  if (filter.kind === 'all') return undefined;
  const parts: SQL[] = [];
  if (filter.provinces.length > 0) parts.push(inArray(statements.provinceCode, filter.provinces));
  const scopes = [...filter.colleges.map((id) => `college:${id}`), ...filter.enterprises.map((id) => `enterprise:${id}`)];
  if (scopes.length > 0) parts.push(inArray(statements.scope, scopes));
  return parts.length === 0 ? sql`false` : or(...parts);
}

/** An activity as the object, or (when asked) anywhere in the context: the related_activities index. */
export function activityCondition(activityId: string, isRelated: boolean): SQL {
  const direct = eq(statements.activityId, activityId);
  if (!isRelated) return direct;
  return sql`(${direct} or ${statements.relatedActivities} @> array[${activityId}]::text[])`;
}

function filterConditions(filter: BrowseFilter): (SQL | undefined)[] {
  const key = filter.agentKey;
  return [
    filter.isVoidedIncluded ? undefined : isNull(statements.voidedBy),
    key === undefined ? undefined : or(eq(statements.actorKey, key), eq(statements.objectAgentKey, key)),
    filter.verbId === undefined ? undefined : eq(statements.verbId, filter.verbId),
    filter.activityId === undefined ? undefined : activityCondition(filter.activityId, filter.isRelatedActivities),
    filter.registration === undefined ? undefined : sql`${statements.registration} = ${filter.registration}::uuid`,
    filter.since ? sql`${statements.stored} > ${filter.since.toISOString()}::timestamptz` : undefined,
    filter.until ? sql`${statements.stored} <= ${filter.until.toISOString()}::timestamptz` : undefined,
  ];
}

/** Newest first, `limit` rows after `cursor`, with the name of the client that wrote each. */
export async function browseStatements(
  db: DbOrTx,
  scope: ScopeFilter,
  filter: BrowseFilter,
  page: { cursor: BrowseCursor | undefined; limit: number },
): Promise<BrowsedRow[]> {
  const after = page.cursor
    ? sql`(${statements.stored}, ${statements.id}) < (${page.cursor.stored.toISOString()}::timestamptz, ${page.cursor.id}::uuid)`
    : undefined;
  return db
    .select({
      id: statements.id,
      stored: statements.stored,
      scope: statements.scope,
      version: statements.version,
      payload: statements.payload,
      authority: statements.authority,
      voidedBy: statements.voidedBy,
      clientId: statements.clientId,
      clientName: clients.name,
    })
    .from(statements)
    .leftJoin(clients, eq(clients.id, statements.clientId))
    .where(and(statementScopeCondition(scope), ...filterConditions(filter), after))
    .orderBy(desc(statements.stored), desc(statements.id))
    .limit(page.limit);
}
