import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ByteSpan } from './domain/json.js';
import type { StatementIndex } from './domain/statement-index.js';
import type { Cursor, StatementFilter } from './domain/statement-query.js';
import { VOIDED_VERB } from './domain/validate-statement.js';
import { activities, attachments, statementIds, statements } from './lrs.tables.js';

/** A statement ready to store: its index columns, the bytes as received and what the LRS assigned. */
export type NewStatementRow = StatementIndex & {
  id: string;
  stored: Date;
  scope: string;
  provinceCode: string | null;
  clientId: string | null;
  version: string;
  payload: ByteSpan;
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

export type DefinitionRow = { id: string; definitionText: string; updated: Date };

/**
 * Per-row values travel as ONE text parameter per column, joined by U+001E (split again by
 * string_to_array, '' for null), and lists within a row by U+001F: node-postgres escapes
 * every element of an array parameter, which was most of its serialisation time. No value can
 * hold either character: keys are digests, ids UUIDs, and IRIs exclude control characters
 * (RFC 3987; formats.ts refuses them). A batch of one null joins to '', which string_to_array
 * makes an empty array; unnest pads it back to one NULL.
 */
const RECORD_SEPARATOR = '\u001e';
const LIST_SEPARATOR = '\u001f';

// eslint-disable-next-line no-control-regex -- the separators themselves
const SEPARATORS = /[\u001e\u001f]/;

function plain(value: string): string {
  if (SEPARATORS.test(value)) throw new Error(`lrs: an index value holds a separator character: ${JSON.stringify(value)}`);
  return value;
}

function joined(values: readonly (string | null)[]): string {
  return values.map((value) => (value === null ? '' : plain(value))).join(RECORD_SEPARATOR);
}

function joinedLists(lists: readonly (string[] | null)[]): string {
  return lists.map((list) => (list === null ? '' : list.map(plain).join(LIST_SEPARATOR))).join(RECORD_SEPARATOR);
}

/**
 * The statements' exact bytes as one bytea parameter (sent in binary, no encoding on either
 * side) and where each lies in it (1-based, for substring). Rows of one request share its body.
 */
type PayloadBytes = { bytes: Buffer; starts: string; lengths: string };

function payloadBytes(rows: readonly NewStatementRow[]): PayloadBytes {
  const bases = new Map<Buffer, number>();
  let size = 0;
  for (const { payload } of rows) {
    if (!bases.has(payload.bytes)) {
      bases.set(payload.bytes, size);
      size += payload.bytes.length;
    }
  }
  const bytes = bases.size === 1 ? (rows[0]?.payload.bytes ?? Buffer.alloc(0)) : Buffer.concat([...bases.keys()], size);
  const starts = rows.map(({ payload }) => (bases.get(payload.bytes) ?? 0) + payload.start + 1);
  const lengths = rows.map(({ payload }) => payload.end - payload.start);
  return { bytes, starts: `{${starts.join(',')}}`, lengths: `{${lengths.join(',')}}` };
}

/** The batch as rows (a CTE both inserts read): per-row columns split, batch-wide ones as scalars. */
function batchRowsSql(rows: readonly NewStatementRow[], payload: PayloadBytes): SQL {
  const column = (pick: (row: NewStatementRow) => string | null) => sql`string_to_array(${joined(rows.map(pick))}::text, chr(30), '')`;
  return sql`select u.*, string_to_array(u.ra_text, chr(31)) as ra, string_to_array(u.rg_text, chr(31)) as rg
    from unnest(${column((r) => r.actorKey)}, ${column((r) => r.id)}::uuid[], ${column((r) => r.verbId)},
      ${column((r) => r.activityId)}, ${column((r) => r.objectAgentKey)}, ${column((r) => r.objectRef)}::uuid[],
      ${column((r) => r.registration)}::uuid[],
      string_to_array(${joinedLists(rows.map((r) => r.relatedActivities))}::text, chr(30), ''),
      string_to_array(${joinedLists(rows.map((r) => r.relatedAgents))}::text, chr(30), ''),
      ${payload.starts}::int[], ${payload.lengths}::int[])
      as u(a, i, v, act, oa, oref, reg, ra_text, rg_text, off, len)`;
}

function insertStatementsSql(rows: readonly NewStatementRow[], payload: PayloadBytes): SQL {
  const first = rows[0];
  if (!first) throw new Error('lrs: an empty batch');
  return sql`insert into lrs.statements (actor_key, id, stored, verb_id, activity_id, object_agent_key, object_ref,
      registration, related_activities, related_agents, scope, province_code, client_id, version, payload, authority)
    select b.a, b.i, ${first.stored.toISOString()}::timestamptz, b.v, b.act, b.oa, b.oref, b.reg, b.ra, b.rg,
      ${first.scope}::text, ${first.provinceCode}::text, ${first.clientId}::uuid, ${first.version}::text,
      convert_from(substring(${payload.bytes}::bytea from b.off for b.len), 'UTF8')::json, ${first.authorityText}::json
    from batch b`;
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
    select d.id, d.definition, ${rows[0]?.updated.toISOString() ?? null}::timestamptz
    from unnest(string_to_array(${joined(rows.map((r) => r.id))}::text, chr(30)),
      string_to_array(${joined(rows.map((r) => r.definitionText))}::text, chr(30))::jsonb[]) as d(id, definition)
    on conflict (id) do update set
      definition = a.definition || excluded.definition || ${mergeKey('name')} || ${mergeKey('description')} || ${mergeKey('extensions')},
      updated = excluded.updated
    where not a.definition @> excluded.definition`;
}

/**
 * Stores statements, their ids and activity definitions in ONE statement (data-modifying CTEs):
 * one round trip and one commit per batch however large, atomic without BEGIN/COMMIT.
 * Rows of a batch share stored, scope, province, client, version and authority. Each
 * definition id must occur once, and definitions share their `updated`.
 */
export async function insertStatementBatch(db: DbOrTx, rows: NewStatementRow[], definitions: DefinitionRow[]): Promise<void> {
  if (rows.length === 0) return;
  const definitionsCte = definitions.length > 0 ? sql`, defs as (${mergeDefinitionsSql(definitions)} returning 1)` : sql``;
  const payload = payloadBytes(rows);
  await db.execute(sql`with batch as materialized (${batchRowsSql(rows, payload)}),
    ids as (insert into lrs.statement_ids (id, actor_key) select b.i, b.a from batch b returning 1),
    st as (${insertStatementsSql(rows, payload)} returning 1)${definitionsCte}
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
