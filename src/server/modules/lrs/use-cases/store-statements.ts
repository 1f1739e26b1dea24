import { randomUUID } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import type { Tx } from '../../../db/open-db.js';
import { definedActivities, mergeActivityDefinition, type DefinedActivity } from '../domain/activity-merge.js';
import { readCommonStatement } from '../domain/common-statement.js';
import { assertWithinRestriction } from '../domain/delegated-restriction.js';
import type { ReceivedAttachment } from '../domain/attachments.js';
import { isJsonObject, type ByteSpan, type Json, type JsonObject } from '../domain/json.js';
import { indexStatement, type StatementIndex } from '../domain/statement-index.js';
import { isSameStatement } from '../domain/statement-compare.js';
import { presentStatement } from '../domain/statement-format.js';
import { validateStatement } from '../domain/validate-statement.js';
import type { XapiVersion } from '../domain/validation.js';
import { STATEMENT_STORED, type StatementStored } from '../events.js';
import {
  findExistingIds,
  findStatementById,
  insertStatementBatch,
  saveAttachments,
  voidStatement,
  type DefinitionRow,
  type NewStatementRow,
} from '../statements.repository.js';
import { writeAccessOf, type LrsDeps, type LrsPrincipal } from './lrs-deps.js';

/**
 * Statements as received: each parsed value with the exact bytes it arrived as (a span of the
 * request body) or, from the module API, the text it was serialised to.
 */
export type ReceivedStatement = { value: Json } & (ByteSpan | { text: string });

function payloadOf(received: ReceivedStatement): ByteSpan {
  if ('bytes' in received) return { bytes: received.bytes, start: received.start, end: received.end };
  const bytes = Buffer.from(received.text, 'utf8');
  return { bytes, start: 0, end: bytes.length };
}

export type StoreStatementsRequest = {
  statements: ReceivedStatement[];
  attachments: ReceivedAttachment[];
  version: XapiVersion;
  /** PUT /statements?statementId=…: the id the single statement must have. */
  statementId?: string;
};

const MAX_REMEMBERED_DEFINITIONS = 50_000;

/** What preparing a batch yields: rows to insert, and per row its statement and defined activities. */
type Prepared = { rows: NewStatementRow[]; values: JsonObject[]; definitions: (DefinedActivity[] | null)[] };

/**
 * Validates and indexes one statement: the common shape in one pass (common-statement.ts),
 * anything else through the generic validator, which also names what is wrong.
 */
function checkStatement(value: Json, version: XapiVersion, index: number): { statement: JsonObject; index: StatementIndex; definitions: DefinedActivity[] | null } {
  const common = readCommonStatement(value, version);
  if (common) return { statement: value as JsonObject, index: common.index, definitions: common.definitions };
  const statement = validateStatement(value, { version }, `statements[${index}]`);
  const defined = definedActivities(statement);
  return { statement, index: indexStatement(statement), definitions: defined.length > 0 ? defined : null };
}

function prepare(principal: LrsPrincipal, request: StoreStatementsRequest, stored: Date): Prepared {
  const authorityText = JSON.stringify(principal.authority);
  const version = request.version === '2.0.0' ? '2.0.0' : '1.0.0';
  const seen = new Set<string>();
  const count = request.statements.length;
  const prepared: Prepared = { rows: new Array<NewStatementRow>(count), values: new Array<JsonObject>(count), definitions: new Array<DefinedActivity[] | null>(count) };
  for (let position = 0; position < count; position += 1) {
    const received = request.statements[position] as ReceivedStatement;
    const { statement, index, definitions } = checkStatement(received.value, request.version, position);
    if (principal.restriction) assertWithinRestriction(statement, principal.restriction, `statements[${position}]`);
    const givenId = typeof statement.id === 'string' ? statement.id.toLowerCase() : undefined;
    if (request.statementId !== undefined && givenId !== undefined && givenId !== request.statementId) {
      throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'statementId', reason: 'does not match the id in the statement' });
    }
    const id = givenId ?? request.statementId ?? randomUUID();
    if (seen.has(id)) throw new AppError('LRS_INVALID_STATEMENT', { reason: `statement id ${id} occurs twice in the batch` });
    seen.add(id);
    prepared.values[position] = statement;
    prepared.definitions[position] = definitions;
    // one literal of one shape (no spread): the repository reads these in tight loops
    prepared.rows[position] = {
      actorKey: index.actorKey,
      verbId: index.verbId,
      activityId: index.activityId,
      objectAgentKey: index.objectAgentKey,
      objectRef: index.objectRef,
      registration: index.registration,
      relatedActivities: index.relatedActivities,
      relatedAgents: index.relatedAgents,
      isVoiding: index.isVoiding,
      id,
      stored,
      scope: principal.scope,
      provinceCode: principal.provinceCode,
      clientId: principal.clientId,
      version,
      payload: payloadOf(received),
      authorityText,
    };
  }
  return prepared;
}

function isUniqueViolation(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if ('code' in cause && cause.code === '23505') return true;
  }
  return false;
}

/** Statements already stored must say the same thing (409 otherwise) and are then skipped. */
async function dropAlreadyStored(tx: Tx, rows: NewStatementRow[], values: JsonObject[]): Promise<NewStatementRow[]> {
  const existing = await findExistingIds(tx, rows.map((row) => row.id));
  if (existing.size === 0) return rows;
  const fresh: NewStatementRow[] = [];
  for (const [index, row] of rows.entries()) {
    if (!existing.has(row.id)) {
      fresh.push(row);
      continue;
    }
    const stored = await findStatementById(tx, row.id);
    const value = values[index];
    if (!stored || !isJsonObject(stored.payload) || !value || !isSameStatement(stored.payload as JsonObject, value)) {
      throw new AppError('LRS_STATEMENT_CONFLICT', { id: row.id });
    }
  }
  return fresh;
}

/**
 * The activity definitions of new statements for the Activities resource, merged per id,
 * without those this process stored recently with the same content (most statements repeat them).
 */
function definitionsOf(deps: LrsDeps, defined: readonly (DefinedActivity[] | null)[], stored: Date): DefinitionRow[] {
  const merged = new Map<string, JsonObject>();
  for (const list of defined) {
    if (list === null) continue;
    for (const { id, definition } of list) {
      const before = merged.get(id);
      merged.set(id, before === undefined ? definition : mergeActivityDefinition(before, definition));
    }
  }
  const rows: DefinitionRow[] = [];
  for (const [id, definition] of merged) {
    const definitionText = JSON.stringify(definition);
    if (deps.recentDefinitions.get(id) === definitionText) continue;
    rows.push({ id, definitionText, updated: stored });
  }
  return rows;
}

/** After commit: remember what was stored (a bounded map, oldest first out). */
function remember(deps: LrsDeps, definitions: DefinitionRow[]): void {
  for (const { id, definitionText } of definitions) {
    deps.recentDefinitions.delete(id);
    deps.recentDefinitions.set(id, definitionText);
  }
  for (const key of deps.recentDefinitions.keys()) {
    if (deps.recentDefinitions.size <= MAX_REMEMBERED_DEFINITIONS) break;
    deps.recentDefinitions.delete(key);
  }
}

type Saved = { fresh: NewStatementRow[]; definitions: DefinitionRow[] };

/**
 * The common batch (no duplicates expected, no voiding, no attachments) is one SQL statement;
 * anything else runs as a transaction that checks ids first and voids after inserting.
 */
async function save(deps: LrsDeps, principal: LrsPrincipal, prepared: Prepared, request: StoreStatementsRequest, isChecked: boolean): Promise<Saved> {
  const { rows, values } = prepared;
  const stored = rows[0]?.stored ?? deps.now();
  const isSimple = !isChecked && request.attachments.length === 0 && !rows.some((row) => row.isVoiding);
  if (isSimple) {
    const definitions = definitionsOf(deps, prepared.definitions, stored);
    await insertStatementBatch(deps.db, rows, definitions);
    return { fresh: rows, definitions };
  }
  return deps.db.transaction(async (tx) => {
    const fresh = isChecked ? await dropAlreadyStored(tx, rows, values) : rows;
    const freshIds = new Set(fresh.map((row) => row.id));
    const definitions = definitionsOf(deps, prepared.definitions.filter((_list, index) => freshIds.has(rows[index]?.id ?? '')), stored);
    await insertStatementBatch(tx, fresh, definitions);
    for (const row of fresh) {
      if (row.isVoiding && row.objectRef) await voidStatement(tx, row.objectRef, row.id, writeAccessOf(principal));
    }
    await saveAttachments(tx, request.attachments);
    return { fresh, definitions };
  });
}

/** StatementStored for one new row; the statement is built when a subscriber first reads it (most never do). */
class StoredEvent implements StatementStored {
  readonly type = STATEMENT_STORED;
  readonly statementId: string;
  readonly actorKey: string;
  readonly verbId: string;
  readonly activityId: string | null;
  readonly registration: string | null;
  readonly scope: string;
  readonly clientId: string | null;
  readonly voidedStatementId: string | null;
  #statement: JsonObject | undefined;

  constructor(
    private readonly row: NewStatementRow,
    private readonly payload: JsonObject,
    private readonly authority: JsonObject,
    /** The row's stored time as ISO 8601, shared by the batch. */
    readonly stored: string,
  ) {
    this.statementId = row.id;
    this.actorKey = row.actorKey;
    this.verbId = row.verbId;
    this.activityId = row.activityId;
    this.registration = row.registration;
    this.scope = row.scope;
    this.clientId = row.clientId;
    this.voidedStatementId = row.isVoiding ? row.objectRef : null;
  }

  get occurredAt(): string {
    return this.stored;
  }

  get statement(): JsonObject {
    const { row } = this;
    this.#statement ??= presentStatement({ id: row.id, payload: this.payload, authority: this.authority, stored: row.stored, version: row.version }, 'exact', []);
    return this.#statement;
  }
}

function publish(deps: LrsDeps, principal: LrsPrincipal, prepared: Prepared, fresh: NewStatementRow[]): void {
  const { rows, values } = prepared;
  // re-sent statements already stored are not in `fresh`
  const byId = fresh === rows ? undefined : new Map(rows.map((row, index) => [row.id, values[index]]));
  // a batch shares its stored time
  let storedAt: Date | undefined;
  let storedText = '';
  for (const [index, row] of fresh.entries()) {
    const payload = byId ? byId.get(row.id) : values[index];
    if (!payload) continue;
    if (row.stored !== storedAt) {
      storedAt = row.stored;
      storedText = row.stored.toISOString();
    }
    deps.events.publish(new StoredEvent(row, payload, principal.authority, storedText));
  }
}

/**
 * Stores a batch atomically (all or none): validate → assign id, stored, authority → insert;
 * re-sent identical statements are accepted without change, different ones are a 409.
 * Returns the ids in request order.
 */
export async function storeStatements(deps: LrsDeps, principal: LrsPrincipal, request: StoreStatementsRequest): Promise<string[]> {
  if (!principal.permissions.has('write')) throw new AppError('LRS_FORBIDDEN', { action: 'write statements' });
  const stored = deps.now();
  const prepared = prepare(principal, request, stored);
  let saved: Saved;
  // Embedded, the socket in front of PGlite drops the connection after a failed query, so
  // there we look for duplicates first instead of letting the unique index find them.
  const isCheckedFirst = deps.engine === 'pglite';
  try {
    // the fast path: plain inserts; a duplicate id shows up as a unique violation
    saved = await save(deps, principal, prepared, request, isCheckedFirst);
  } catch (error) {
    if (isCheckedFirst || !isUniqueViolation(error)) throw error;
    saved = await save(deps, principal, prepared, request, true);
  }
  remember(deps, saved.definitions);
  publish(deps, principal, prepared, saved.fresh);
  return prepared.rows.map((row) => row.id);
}
