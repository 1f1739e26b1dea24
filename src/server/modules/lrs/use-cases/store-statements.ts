import { randomUUID } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import type { Tx } from '../../../db/open-db.js';
import { definedActivities, mergeActivityDefinition } from '../domain/activity-merge.js';
import { assertWithinRestriction } from '../domain/delegated-restriction.js';
import type { ReceivedAttachment } from '../domain/attachments.js';
import { isJsonObject, type ByteSpan, type Json, type JsonObject } from '../domain/json.js';
import { indexStatement } from '../domain/statement-index.js';
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

function prepare(principal: LrsPrincipal, request: StoreStatementsRequest, stored: Date): { rows: NewStatementRow[]; values: JsonObject[] } {
  const authorityText = JSON.stringify(principal.authority);
  const defaultVersion = request.version === '2.0.0' ? '2.0.0' : '1.0.0';
  const seen = new Set<string>();
  const rows: NewStatementRow[] = [];
  const values: JsonObject[] = [];
  request.statements.forEach((received, index) => {
    const statement = validateStatement(received.value, { version: request.version }, `statements[${index}]`);
    if (principal.restriction) assertWithinRestriction(statement, principal.restriction, `statements[${index}]`);
    const givenId = typeof statement.id === 'string' ? statement.id.toLowerCase() : undefined;
    if (request.statementId !== undefined && givenId !== undefined && givenId !== request.statementId) {
      throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'statementId', reason: 'does not match the id in the statement' });
    }
    const id = givenId ?? request.statementId ?? randomUUID();
    if (seen.has(id)) throw new AppError('LRS_INVALID_STATEMENT', { reason: `statement id ${id} occurs twice in the batch` });
    seen.add(id);
    values.push(statement);
    rows.push({
      ...indexStatement(statement),
      id,
      stored,
      scope: principal.scope,
      provinceCode: principal.provinceCode,
      clientId: principal.clientId,
      version: defaultVersion,
      payload: payloadOf(received),
      authorityText,
    });
  });
  return { rows, values };
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

type Definitions = { rows: DefinitionRow[] };

/**
 * The activity definitions of new statements for the Activities resource, merged per id,
 * without those this process stored recently with the same content (most statements repeat them).
 */
function definitionsOf(deps: LrsDeps, values: JsonObject[], stored: Date): Definitions {
  const merged = new Map<string, JsonObject>();
  for (const value of values) {
    for (const { id, definition } of definedActivities(value)) merged.set(id, mergeActivityDefinition(merged.get(id), definition));
  }
  const result: Definitions = { rows: [] };
  for (const [id, definition] of merged) {
    const definitionText = JSON.stringify(definition);
    if (deps.recentDefinitions.get(id) === definitionText) continue;
    result.rows.push({ id, definitionText, updated: stored });
  }
  return result;
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
async function save(deps: LrsDeps, principal: LrsPrincipal, rows: NewStatementRow[], values: JsonObject[], request: StoreStatementsRequest, isChecked: boolean): Promise<Saved> {
  const stored = rows[0]?.stored ?? deps.now();
  const isSimple = !isChecked && request.attachments.length === 0 && !rows.some((row) => row.isVoiding);
  if (isSimple) {
    const definitions = definitionsOf(deps, values, stored);
    await insertStatementBatch(deps.db, rows, definitions.rows);
    return { fresh: rows, definitions: definitions.rows };
  }
  return deps.db.transaction(async (tx) => {
    const fresh = isChecked ? await dropAlreadyStored(tx, rows, values) : rows;
    const freshIds = new Set(fresh.map((row) => row.id));
    const definitions = definitionsOf(deps, values.filter((_value, index) => freshIds.has(rows[index]?.id ?? '')), stored);
    await insertStatementBatch(tx, fresh, definitions.rows);
    for (const row of fresh) {
      if (row.isVoiding && row.objectRef) await voidStatement(tx, row.objectRef, row.id, writeAccessOf(principal));
    }
    await saveAttachments(tx, request.attachments);
    return { fresh, definitions: definitions.rows };
  });
}

function publish(deps: LrsDeps, principal: LrsPrincipal, rows: NewStatementRow[], values: Map<string, JsonObject>): void {
  for (const row of rows) {
    const payload = values.get(row.id);
    if (!payload) continue;
    let statement: JsonObject | undefined;
    // built when a subscriber first reads it: most batches have no subscriber that does
    const present = () => (statement ??= presentStatement({ id: row.id, payload, authority: principal.authority, stored: row.stored, version: row.version }, 'exact', []));
    const event: StatementStored = {
      type: STATEMENT_STORED,
      occurredAt: row.stored.toISOString(),
      statementId: row.id,
      actorKey: row.actorKey,
      verbId: row.verbId,
      activityId: row.activityId,
      registration: row.registration,
      scope: row.scope,
      clientId: row.clientId,
      stored: row.stored.toISOString(),
      voidedStatementId: row.isVoiding ? row.objectRef : null,
      get statement() {
        return present();
      },
    };
    deps.events.publish(event);
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
  const { rows, values } = prepare(principal, request, stored);
  let saved: Saved;
  // Embedded, the socket in front of PGlite drops the connection after a failed query, so
  // there we look for duplicates first instead of letting the unique index find them.
  const isCheckedFirst = deps.engine === 'pglite';
  try {
    // the fast path: plain inserts; a duplicate id shows up as a unique violation
    saved = await save(deps, principal, rows, values, request, isCheckedFirst);
  } catch (error) {
    if (isCheckedFirst || !isUniqueViolation(error)) throw error;
    saved = await save(deps, principal, rows, values, request, true);
  }
  remember(deps, saved.definitions);
  publish(deps, principal, saved.fresh, new Map(rows.map((row, index) => [row.id, values[index] ?? {}])));
  return rows.map((row) => row.id);
}
