import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { StatementIndex } from './domain/statement-index.js';
import type { Cursor, StatementFilter } from './domain/statement-query.js';
import { VOIDED_VERB } from './domain/validate-statement.js';
import { activities, attachments, statementIds, statements } from './lrs.tables.js';

/** A statement ready to store: its index columns, the text as received and what the LRS assigned. */
export type NewStatementRow = StatementIndex & {
  id: string;
  stored: Date;
  scope: string;
  provinceCode: string | null;
  clientId: string | null;
  version: string;
  payloadText: string;
  authorityText: string;
};

export type StatementRow = {
  actorKey: string;
  id: string;
  stored: Date;
  verbId: string;
  scope: string;
  provinceCode: string | null;
  clientId: string | null;
  version: string;
  payload: unknown;
  authority: unknown;
  voidedBy: string | null;
};

/** Which statements a reader may see: everything, a province, one scope, or one client's own. */
export type StatementAccess =
  | { kind: 'all' }
  | { kind: 'province'; code: string }
  | { kind: 'scope'; scope: string }
  | { kind: 'client'; clientId: string };

/** A PostgreSQL array literal, for passing text[] values through unnest. */
function arrayLiteral(values: string[] | null): string | null {
  if (values === null) return null;
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

export type DefinitionRow = { id: string; definitionText: string; updated: Date };

function insertIdsSql(rows: NewStatementRow[]): SQL {
  const column = <T>(pick: (row: NewStatementRow) => T) => sql.param(rows.map(pick));
  return sql`insert into lrs.statement_ids (id, actor_key)
    select * from unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.actorKey)}::text[])`;
}

/**
 * Statement texts joined by U+001E: valid JSON text never contains a raw control character, so
 * the separator is unambiguous, and one plain text parameter spares node-postgres escaping every
 * statement into an array literal (half of its serialisation time in the profile).
 */
const RECORD_SEPARATOR = '\u001e';

function insertStatementsSql(rows: NewStatementRow[]): SQL {
  const column = <T>(pick: (row: NewStatementRow) => T) => sql.param(rows.map(pick));
  const payloads = sql.param(rows.map((r) => r.payloadText).join(RECORD_SEPARATOR));
  return sql`insert into lrs.statements (actor_key, id, stored, verb_id, activity_id, object_agent_key, object_ref,
      registration, related_activities, related_agents, scope, province_code, client_id, version, payload, authority)
    select a, i, st, v, act, oa, oref, reg, ra::text[], rg::text[], sc, pc, cl, ver, p::json, au::json
    from unnest(${column((r) => r.actorKey)}::text[], ${column((r) => r.id)}::uuid[], ${column((r) => r.stored.toISOString())}::timestamptz[],
      ${column((r) => r.verbId)}::text[], ${column((r) => r.activityId)}::text[], ${column((r) => r.objectAgentKey)}::text[],
      ${column((r) => r.objectRef)}::uuid[], ${column((r) => r.registration)}::uuid[],
      ${column((r) => arrayLiteral(r.relatedActivities))}::text[], ${column((r) => arrayLiteral(r.relatedAgents))}::text[],
      ${column((r) => r.scope)}::text[], ${column((r) => r.provinceCode)}::text[], ${column((r) => r.clientId)}::uuid[],
      ${column((r) => r.version)}::text[], string_to_array(${payloads}::text, chr(30)), ${column((r) => r.authorityText)}::text[])
      as u(a, i, st, v, act, oa, oref, reg, ra, rg, sc, pc, cl, ver, p, au)`;
}

/**
 * Upserts definitions, merging in the database so concurrent writers never lose a language:
 * language maps and extensions merge, other properties take the newer value. A definition the
 * stored one already contains changes nothing (no row version, no WAL).
 */
function mergeDefinitionsSql(rows: DefinitionRow[]): SQL {
  // keys are fixed names, inlined as literals
  const mergeKey = (key: 'name' | 'description' | 'extensions') => {
    const k = sql.raw(`'${key}'`);
    return sql`case when a.definition ? ${k} and excluded.definition ? ${k}
      then jsonb_build_object(${k}, (a.definition -> ${k}) || (excluded.definition -> ${k})) else '{}'::jsonb end`;
  };
  return sql`insert into lrs.activities as a (id, definition, updated)
    select * from unnest(${sql.param(rows.map((r) => r.id))}::text[], ${sql.param(rows.map((r) => r.definitionText))}::jsonb[],
      ${sql.param(rows.map((r) => r.updated.toISOString()))}::timestamptz[])
    on conflict (id) do update set
      definition = a.definition || excluded.definition || ${mergeKey('name')} || ${mergeKey('description')} || ${mergeKey('extensions')},
      updated = excluded.updated
    where not a.definition @> excluded.definition`;
}

/**
 * Stores statements, their ids and activity definitions in ONE statement (data-modifying CTEs):
 * one round trip and one commit per batch however large, atomic without BEGIN/COMMIT.
 * Each definition id must occur once.
 */
export async function insertStatementBatch(db: DbOrTx, rows: NewStatementRow[], definitions: DefinitionRow[]): Promise<void> {
  if (rows.length === 0) return;
  const definitionsCte = definitions.length > 0 ? sql`, defs as (${mergeDefinitionsSql(definitions)} returning 1)` : sql``;
  await db.execute(sql`with ids as (${insertIdsSql(rows)} returning 1), st as (${insertStatementsSql(rows)} returning 1)${definitionsCte}
    select (select count(*) from ids) as ids, (select count(*) from st) as statements`);
}

/** Ids (of those given) that are already stored. */
export async function findExistingIds(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(statementIds).where(inArray(statementIds.id, ids));
  return new Map(rows.map((row) => [row.id, row.actorKey]));
}

const rowColumns = {
  actorKey: statements.actorKey,
  id: statements.id,
  stored: statements.stored,
  verbId: statements.verbId,
  scope: statements.scope,
  provinceCode: statements.provinceCode,
  clientId: statements.clientId,
  version: statements.version,
  payload: statements.payload,
  authority: statements.authority,
  voidedBy: statements.voidedBy,
};

export async function findStatementById(db: DbOrTx, id: string): Promise<StatementRow | undefined> {
  const [located] = await db.select().from(statementIds).where(eq(statementIds.id, id));
  if (!located) return undefined;
  const [row] = await db
    .select(rowColumns)
    .from(statements)
    .where(sql`${statements.actorKey} = ${located.actorKey} and ${statements.id} = ${id}`);
  return row;
}

/**
 * Marks the target as voided by `voidingId` — unless it is missing, already voided, itself a
 * voiding statement, or outside the voiding client's reach (xAPI Data §2.3.2).
 */
export async function voidStatement(db: DbOrTx, targetId: string, voidingId: string, access: StatementAccess): Promise<void> {
  await db.execute(sql`update lrs.statements s set voided_by = ${voidingId}
    from lrs.statement_ids i
    where i.id = ${targetId} and s.actor_key = i.actor_key and s.id = i.id
      and s.voided_by is null and s.verb_id <> ${VOIDED_VERB} and ${accessCondition(access, sql`s`)}`);
}

function accessCondition(access: StatementAccess, alias: SQL): SQL {
  switch (access.kind) {
    case 'all':
      return sql`true`;
    case 'province':
      return sql`${alias}.province_code = ${access.code}`;
    case 'scope':
      return sql`${alias}.scope = ${access.scope}`;
    case 'client':
      return sql`${alias}.client_id = ${access.clientId}`;
  }
}

/** The non-time conditions of a filter on one statement, or undefined when there are none. */
function matchCondition(filter: StatementFilter, alias: SQL): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.agentKey !== undefined) {
    const key = filter.agentKey;
    const authority = filter.authorityClientId ? sql` or ${alias}.client_id = ${filter.authorityClientId}` : sql``;
    const related = filter.isRelatedAgents ? sql` or ${alias}.related_agents @> array[${key}]::text[]${authority}` : sql``;
    parts.push(sql`(${alias}.actor_key = ${key} or ${alias}.object_agent_key = ${key}${related})`);
  }
  if (filter.verbId !== undefined) parts.push(sql`${alias}.verb_id = ${filter.verbId}`);
  if (filter.activityId !== undefined) {
    const id = filter.activityId;
    const related = filter.isRelatedActivities ? sql` or ${alias}.related_activities @> array[${id}]::text[]` : sql``;
    parts.push(sql`(${alias}.activity_id = ${id}${related})`);
  }
  if (filter.registration !== undefined) parts.push(sql`${alias}.registration = ${filter.registration}::uuid`);
  return parts.length === 0 ? undefined : sql.join(parts, sql` and `);
}

export type ListStatementsOptions = {
  filter: StatementFilter;
  access: StatementAccess;
  cursor: Cursor | undefined;
  limit: number;
  isAscending: boolean;
};

function windowCondition(options: ListStatementsOptions, alias: SQL): SQL {
  const { filter, cursor, isAscending } = options;
  const parts: SQL[] = [sql`${alias}.voided_by is null`, accessCondition(options.access, alias)];
  if (filter.since) parts.push(sql`${alias}.stored > ${filter.since.toISOString()}::timestamptz`);
  if (filter.until) parts.push(sql`${alias}.stored <= ${filter.until.toISOString()}::timestamptz`);
  if (cursor) {
    const position = sql`(${cursor.stored.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
    parts.push(isAscending ? sql`(${alias}.stored, ${alias}.id) > ${position}` : sql`(${alias}.stored, ${alias}.id) < ${position}`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * Statements matching a filter, newest first unless ascending. Statements whose object is a
 * StatementRef also match when the statement they target (recursively) matches the non-time
 * conditions (Data §2.5.4 "Filter Conditions for StatementRefs").
 */
export async function listStatements(db: DbOrTx, options: ListStatementsOptions): Promise<StatementRow[]> {
  const direction = options.isAscending ? sql`asc` : sql`desc`;
  const s = sql`s`;
  const match = matchCondition(options.filter, s);
  const window = windowCondition(options, s);
  const direct = sql`select s.actor_key, s.id, s.stored from lrs.statements s where ${window}${match ? sql` and ${match}` : sql``}
    order by s.stored ${direction}, s.id ${direction} limit ${options.limit}`;
  const targeting = match
    ? sql` union (with recursive chain(actor_key, id, stored, target) as (
          select s.actor_key, s.id, s.stored, s.object_ref from lrs.statements s where s.object_ref is not null and ${window}
          union
          select c.actor_key, c.id, c.stored, t.object_ref from chain c
            join lrs.statement_ids ti on ti.id = c.target
            join lrs.statements t on t.actor_key = ti.actor_key and t.id = ti.id
            where t.object_ref is not null)
        select distinct c.actor_key, c.id, c.stored from chain c
          join lrs.statement_ids ti on ti.id = c.target
          join lrs.statements t on t.actor_key = ti.actor_key and t.id = ti.id
          where ${matchCondition(options.filter, sql`t`) ?? sql`true`})`
    : sql``;
  const keys = sql`select k.actor_key, k.id, k.stored from ((${direct})${targeting}) k order by k.stored ${direction}, k.id ${direction} limit ${options.limit}`;
  const result = await db.execute<{ actor_key: string; id: string; stored: Date }>(keys);
  if (result.rows.length === 0) return [];
  const rows = await db
    .select(rowColumns)
    .from(statements)
    .where(sql`(${statements.actorKey}, ${statements.id}) in (${sql.join(result.rows.map((k) => sql`(${k.actor_key}, ${k.id}::uuid)`), sql`, `)})`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return result.rows.map((k) => byId.get(k.id)).filter((row): row is StatementRow => row !== undefined);
}

export async function saveAttachments(db: DbOrTx, received: { sha2: string; contentType: string; content: Buffer }[]): Promise<void> {
  if (received.length === 0) return;
  const unique = [...new Map(received.map((r) => [r.sha2, r])).values()];
  await db
    .insert(attachments)
    .values(unique.map((r) => ({ sha2: r.sha2, contentType: r.contentType, length: r.content.length, content: r.content })))
    .onConflictDoNothing();
}

export async function findAttachments(db: DbOrTx, hashes: string[]) {
  if (hashes.length === 0) return [];
  return db.select().from(attachments).where(inArray(attachments.sha2, hashes));
}

export async function findActivityDefinitions(db: DbOrTx, ids: string[]): Promise<Map<string, unknown>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(activities).where(inArray(activities.id, ids));
  return new Map(rows.map((row) => [row.id, row.definition]));
}
